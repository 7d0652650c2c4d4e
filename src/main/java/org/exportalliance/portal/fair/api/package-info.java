@NullMarked
package org.exportalliance.portal.fair.api;

import org.jspecify.annotations.NullMarked;
