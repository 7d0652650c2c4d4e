package org.exportalliance.portal.lead;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.exportalliance.portal.platform.refusal.MultiLine;
import org.jspecify.annotations.Nullable;

/**
 * A lead as the form, the API or an import row gives it: the buyer company, its contacts, what it wants, and who may
 * see it. {@code website} may be an address or a bare domain.
 */
public record LeadDraft(@Nullable String companyName, @Nullable String country, @Nullable String city,
        @Nullable String website, List<ContactDraft> contacts, Set<String> categories,
        @Nullable BigDecimal estimatedValue, @Nullable String currency, @Nullable LeadSource source,
        @Nullable UUID fairId, @MultiLine @Nullable String notes, @Nullable Visibility visibility, Set<UUID> shareFirms,
        Set<String> shareCategories) {

    public LeadDraft {
        contacts = List.copyOf(contacts);
        categories = Set.copyOf(categories);
        shareFirms = Set.copyOf(shareFirms);
        shareCategories = Set.copyOf(shareCategories);
    }

    /**
     * Trimmed, blanks as absent, codes upper-cased, the email's case kept (its local part may matter). A currency
     * without a value says nothing (a form preselects one), so it goes.
     */
    public LeadDraft normalised() {
        return new LeadDraft(tidy(companyName), upper(country), tidy(city), tidy(website),
                contacts.stream().map(ContactDraft::normalised).toList(), categories, estimatedValue,
                estimatedValue == null ? null : upper(currency),
                source, fairId, tidy(notes), visibility, shareFirms, shareCategories);
    }

    static @Nullable String tidy(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static @Nullable String upper(@Nullable String code) {
        String c = tidy(code);
        return c == null ? null : c.toUpperCase(Locale.ROOT);
    }
}
