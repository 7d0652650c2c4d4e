@NullMarked
package org.exportalliance.portal.logistics.shipping.ui;

import org.jspecify.annotations.NullMarked;
