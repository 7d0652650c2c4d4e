/** The import page of the member register ({@code members/import}), for staff. */
@NullMarked
package org.exportalliance.portal.firm.membership.importing.ui;

import org.jspecify.annotations.NullMarked;
