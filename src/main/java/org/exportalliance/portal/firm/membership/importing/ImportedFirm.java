package org.exportalliance.portal.firm.membership.importing;

import org.exportalliance.portal.firm.membership.MemberFirm;
import org.exportalliance.portal.firm.people.IssuedInvitation;
import org.jspecify.annotations.Nullable;

/** A row that became a firm, with the invitation of its first admin if the row named one. */
public record ImportedFirm(int row, MemberFirm firm, @Nullable IssuedInvitation invitation) {}
