@NullMarked
package org.exportalliance.portal.platform.live;

import org.jspecify.annotations.NullMarked;
