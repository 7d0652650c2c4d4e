/**
 * Membership: staff enrol member firms, edit them, suspend, reinstate and end their membership, and import the
 * association's member list. Leaving keeps every record; what it ends in other features is theirs to say
 * ({@link org.exportalliance.portal.firm.membership.MembershipConsequence}).
 */
@NullMarked
package org.exportalliance.portal.firm.membership;

import org.jspecify.annotations.NullMarked;
