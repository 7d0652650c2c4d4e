/** The insight API: the alliance's suppressed aggregates and a firm's own figures, as JSON. */
@NullMarked
package org.exportalliance.portal.insight.api;

import org.jspecify.annotations.NullMarked;
