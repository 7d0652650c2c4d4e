/** {@code /api/v1/firms/{id}/people}, {@code /api/v1/invitations}, {@code /api/v1/me/password}, {@code /api/v1/tokens}. */
@NullMarked
package org.exportalliance.portal.firm.people.api;

import org.jspecify.annotations.NullMarked;
