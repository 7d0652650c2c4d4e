package org.exportalliance.portal.firm.people;

import java.util.List;
import org.exportalliance.portal.account.Role;
import org.jspecify.annotations.Nullable;

/** Whom to invite, in which roles, and in which language the e-mail and the portal first speak to them. */
public record InvitationDraft(@Nullable String email, @Nullable List<@Nullable Role> roles, @Nullable String locale) {}
