@NullMarked
package org.exportalliance.portal.logistics.shipping.demo;

import org.jspecify.annotations.NullMarked;
