/** {@code POST /api/v1/firms/imports}: the member list as a raw CSV or .xlsx body, for staff. */
@NullMarked
package org.exportalliance.portal.firm.membership.importing.api;

import org.jspecify.annotations.NullMarked;
