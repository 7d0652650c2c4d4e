package org.exportalliance.portal.firm.people;

/**
 * An invitation just sent or resent, with its link. The link is shown to the inviter only when no e-mail went out
 * ({@code mailed} false: no mail server, or it refused), for them to pass on.
 */
public record IssuedInvitation(Invitation invitation, String link, boolean mailed) {}
