@NullMarked
package org.exportalliance.portal.platform.shutdown;

import org.jspecify.annotations.NullMarked;
