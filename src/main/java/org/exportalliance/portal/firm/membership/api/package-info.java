/** {@code /api/v1/firms}: the member register for staff. */
@NullMarked
package org.exportalliance.portal.firm.membership.api;

import org.jspecify.annotations.NullMarked;
