package org.exportalliance.portal.support;

import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.exportalliance.portal.lead.ContactDraft;
import org.exportalliance.portal.lead.LeadDraft;
import org.exportalliance.portal.lead.LeadSource;
import org.exportalliance.portal.lead.Visibility;

/** Lead drafts for tests. Company names are random words, so tests sharing a database never match each other. */
public final class Leads {

    private static final Random RANDOM = new Random();

    private Leads() {}

    /** A buyer name no other test uses: two random words, e.g. "Kqvbtrz Mlpwafe". */
    public static String uniqueName() {
        return word() + " " + word();
    }

    private static String word() {
        StringBuilder w = new StringBuilder();
        w.append((char) ('A' + RANDOM.nextInt(26)));
        for (int i = 0; i < 7; i++) {
            w.append((char) ('a' + RANDOM.nextInt(26)));
        }
        return w.toString();
    }

    public static LeadDraft draft(String company, String country, Visibility visibility, String... categories) {
        return new LeadDraft(company, country, "Como", null,
                List.of(new ContactDraft("Marco Bianchi", "Purchasing", null, null, null, null)),
                Set.of(categories.length == 0 ? new String[] {"WEAVING"} : categories), null, null, LeadSource.FAIR,
                null, null, visibility, Set.of(), Set.of());
    }

    public static LeadDraft withContact(LeadDraft d, ContactDraft contact) {
        return new LeadDraft(d.companyName(), d.country(), d.city(), d.website(), List.of(contact), d.categories(),
                d.estimatedValue(), d.currency(), d.source(), d.fairId(), d.notes(), d.visibility(), d.shareFirms(),
                d.shareCategories());
    }

    public static LeadDraft withWebsite(LeadDraft d, String website) {
        return new LeadDraft(d.companyName(), d.country(), d.city(), website, d.contacts(), d.categories(),
                d.estimatedValue(), d.currency(), d.source(), d.fairId(), d.notes(), d.visibility(), d.shareFirms(),
                d.shareCategories());
    }

    public static LeadDraft sharedWith(LeadDraft d, Set<UUID> firms, Set<String> categories) {
        return new LeadDraft(d.companyName(), d.country(), d.city(), d.website(), d.contacts(), d.categories(),
                d.estimatedValue(), d.currency(), d.source(), d.fairId(), d.notes(), Visibility.SELECTED, firms,
                categories);
    }
}
