/** The JSON API of export orders and FX rates ({@code /api/v1/orders}, {@code /api/v1/fx-rates}). */
@NullMarked
package org.exportalliance.portal.order.api;

import org.jspecify.annotations.NullMarked;
