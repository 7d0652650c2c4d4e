@NullMarked
package org.exportalliance.portal.platform.observability;

import org.jspecify.annotations.NullMarked;
