/** The views of export orders: the firm's order list, the order form, stage moves. */
@NullMarked
package org.exportalliance.portal.order.ui;

import org.jspecify.annotations.NullMarked;
