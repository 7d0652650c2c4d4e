package org.exportalliance.portal.lead;

import java.util.Set;
import java.util.TreeSet;

/**
 * What identifies a buyer company for matching: its normalised name and country, its web and company e-mail
 * domains, and its phone numbers in E.164. Built from a valid lead draft.
 */
public record BuyerIdentity(String normalisedName, String country, Set<String> domains, Set<String> phones) {

    public BuyerIdentity {
        domains = Set.copyOf(domains);
        phones = Set.copyOf(phones);
    }

    /** The identity of a normalised draft that passed {@link LeadRules#check}. */
    public static BuyerIdentity of(LeadDraft d) {
        String country = java.util.Objects.requireNonNull(d.country());
        Set<String> domains = new TreeSet<>();
        Set<String> phones = new TreeSet<>();
        if (d.website() != null) {
            WebDomains.ofWebsite(d.website()).ifPresent(domains::add);
        }
        for (ContactDraft c : d.contacts()) {
            if (c.email() != null) {
                WebDomains.ofEmail(c.email()).ifPresent(domains::add);
            }
            for (String phone : new String[] {c.phone(), c.whatsapp()}) {
                if (phone != null) {
                    PhoneNumbers.e164(phone, country).ifPresent(phones::add);
                }
            }
        }
        return new BuyerIdentity(BuyerNames.normalise(java.util.Objects.requireNonNull(d.companyName())), country,
                domains, phones);
    }
}
