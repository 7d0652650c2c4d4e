/** Insight's demo data. */
@NullMarked
package org.exportalliance.portal.insight.internal;

import org.jspecify.annotations.NullMarked;
