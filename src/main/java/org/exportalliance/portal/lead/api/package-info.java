/** The lead API ({@code /api/v1/leads}, {@code /api/v1/claims}): WebFlux routes over the lead services. */
@NullMarked
package org.exportalliance.portal.lead.api;

import org.jspecify.annotations.NullMarked;
