/** The pages of sign-in steps, invitations, resets and My account, and the people panel of a firm. */
@NullMarked
package org.exportalliance.portal.firm.people.ui;

import org.jspecify.annotations.NullMarked;
