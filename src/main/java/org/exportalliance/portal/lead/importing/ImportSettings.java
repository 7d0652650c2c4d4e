package org.exportalliance.portal.lead.importing;

import java.util.Set;
import java.util.UUID;
import org.exportalliance.portal.lead.LeadSource;
import org.exportalliance.portal.lead.Visibility;
import org.jspecify.annotations.Nullable;

/**
 * What an import decides once for all its rows: who may see the leads (and, for SELECTED, which firms and
 * categories), the source of rows that name none, and the fair they came from, if any.
 */
public record ImportSettings(Visibility visibility, Set<UUID> shareFirms, Set<String> shareCategories,
        LeadSource defaultSource, @Nullable UUID fairId) {

    public ImportSettings {
        shareFirms = Set.copyOf(shareFirms);
        shareCategories = Set.copyOf(shareCategories);
    }

    /** Private leads from a fair, the most common import (badge scans). */
    public static ImportSettings privateFrom(LeadSource source) {
        return new ImportSettings(Visibility.PRIVATE, Set.of(), Set.of(), source, null);
    }
}
