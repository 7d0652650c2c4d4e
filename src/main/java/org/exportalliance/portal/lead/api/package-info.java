/** The JSON API for leads and claims: {@code /api/v1/leads}, {@code /api/v1/claims}. */
@NullMarked
package org.exportalliance.portal.lead.api;

import org.jspecify.annotations.NullMarked;
