@NullMarked
package org.exportalliance.portal.logistics.shipping.api;

import org.jspecify.annotations.NullMarked;
