/** Staff's Excel exports of a delegation: its roster and its statements. */
@NullMarked
package org.exportalliance.portal.delegation.export;

import org.jspecify.annotations.NullMarked;
