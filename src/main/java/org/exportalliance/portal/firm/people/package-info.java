/**
 * The people of the alliance's firms, as they are managed: invitations, roles, deactivation; and what each person does
 * with their own account (password, second factor, API tokens, sessions, a forgotten password). The accounts
 * themselves, and how a sign-in is checked, are the account feature's, which sits below the platform and therefore
 * leaves the refusals, audit and e-mail around these changes to this package.
 */
@NullMarked
package org.exportalliance.portal.firm.people;

import org.jspecify.annotations.NullMarked;
