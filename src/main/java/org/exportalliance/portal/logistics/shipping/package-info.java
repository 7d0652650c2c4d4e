@NullMarked
package org.exportalliance.portal.logistics.shipping;

import org.jspecify.annotations.NullMarked;
