/**
 * Export orders (DESIGN §2.3): a firm's orders from quote to payment, with their lines in the order's currency, the
 * stage history, the attribution to a lead (a claim) or a fair (a delegation), and the FX rates staff keep by date.
 * A firm sees only its own orders; staff see all.
 */
@NullMarked
package org.exportalliance.portal.order;

import org.jspecify.annotations.NullMarked;
