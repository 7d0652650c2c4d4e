package org.exportalliance.portal.firm.people;

import org.exportalliance.portal.firm.Firm;

/**
 * An invitation recorded by {@link InvitationService#prepare} and not sent yet, with its firm and its link, for
 * {@link InvitationService#send} once the caller's transaction has committed.
 */
public record UnsentInvitation(Invitation invitation, Firm firm, String link) {}
