package org.exportalliance.portal.lead.api;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.exportalliance.portal.lead.ContactDraft;
import org.exportalliance.portal.lead.LeadDraft;
import org.exportalliance.portal.lead.LeadSource;
import org.exportalliance.portal.lead.Visibility;
import org.exportalliance.portal.platform.refusal.FieldProblem;
import org.exportalliance.portal.platform.refusal.InvalidInput;
import org.jspecify.annotations.Nullable;

/**
 * A lead as a client sends it. Codes arrive as text, so an unknown source or visibility is a field problem rather
 * than an unreadable body.
 */
record LeadRequest(@Nullable String companyName, @Nullable String country, @Nullable String city,
        @Nullable String website, @Nullable List<ContactJson> contacts, @Nullable Set<String> categories,
        @Nullable BigDecimal estimatedValue, @Nullable String currency, @Nullable String source,
        @Nullable UUID fairId, @Nullable String notes, @Nullable String visibility, @Nullable Set<UUID> shareFirms,
        @Nullable Set<String> shareCategories) {

    LeadDraft toDraft() {
        List<FieldProblem> problems = new ArrayList<>();
        LeadSource s = code(LeadSource.class, source, "source", problems);
        Visibility v = code(Visibility.class, visibility, "visibility", problems);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return new LeadDraft(companyName, country, city, website,
                contacts == null ? List.of() : contacts.stream().map(ContactJson::toDraft).toList(),
                categories == null ? Set.of() : categories, estimatedValue, currency, s, fairId, notes, v,
                shareFirms == null ? Set.of() : shareFirms, shareCategories == null ? Set.of() : shareCategories);
    }

    private static <E extends Enum<E>> @Nullable E code(Class<E> type, @Nullable String value, String field,
            List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem(field, "validation.bad-value"));
            return null;
        }
    }

    /** A contact, in and out: phones come back in E.164. */
    record ContactJson(@Nullable String name, @Nullable String title, @Nullable String email,
            @Nullable String phone, @Nullable String wechat, @Nullable String whatsapp) {

        ContactDraft toDraft() {
            return new ContactDraft(name, title, email, phone, wechat, whatsapp);
        }

        static ContactJson of(org.exportalliance.portal.lead.Contact c) {
            return new ContactJson(c.name(), c.title(), c.email(), c.phone(), c.wechat(), c.whatsapp());
        }

        @Override
        public String toString() {
            return "ContactJson[redacted]";
        }
    }
}
