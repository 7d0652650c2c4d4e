@NullMarked
package org.exportalliance.portal.delegation.shipping;

import org.jspecify.annotations.NullMarked;
