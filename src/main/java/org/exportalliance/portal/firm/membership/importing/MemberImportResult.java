package org.exportalliance.portal.firm.membership.importing;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** What an import did: the firms enrolled, in file order, and the invitations sent (or to pass on). */
public record MemberImportResult(UUID importId, List<ImportedFirm> firms) {

    public MemberImportResult {
        firms = List.copyOf(firms);
    }

    public int enrolled() {
        return firms.size();
    }

    public int invited() {
        return (int) firms.stream().filter(f -> f.invitation() != null).count();
    }

    /** Invitations that went out by e-mail; the others' links are to be passed on. */
    public int mailed() {
        return (int) firms.stream().map(ImportedFirm::invitation).filter(Objects::nonNull)
                .filter(i -> i.mailed()).count();
    }
}
