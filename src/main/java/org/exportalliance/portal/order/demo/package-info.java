/** What no other feature may use: the demo orders and rates. */
@NullMarked
package org.exportalliance.portal.order.demo;

import org.jspecify.annotations.NullMarked;
