package org.exportalliance.portal.lead;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.exportalliance.portal.platform.i18n.IsoCodes;
import org.exportalliance.portal.platform.refusal.FieldProblem;
import org.exportalliance.portal.platform.refusal.PlainText;
import org.jspecify.annotations.Nullable;

/**
 * The rules a lead must satisfy, in one place for the form, the API and the import. The database repeats them as
 * CHECK constraints (V12__leads_and_claims.sql); these give a message per field first. Field names are the API's
 * ({@code contacts[1].phone}).
 */
public final class LeadRules {

    public static final int MAX_NAME = 200;
    public static final int MAX_CITY = 100;
    public static final int MAX_CONTACTS = 50;
    public static final int MAX_CONTACT_TEXT = 100;
    public static final int MAX_EMAIL = 254;
    public static final int MAX_WECHAT = 64;
    public static final int MAX_NOTES = 4000;
    public static final BigDecimal MAX_VALUE = new BigDecimal("10000000000");
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private LeadRules() {}

    /** Category codes as stored: {@code " weaving"} and {@code "WEAVING"} are one category. */
    public static Set<String> categoryCodes(Set<String> codes) {
        return codes.stream().map(c -> c.strip().toUpperCase(Locale.ROOT)).collect(Collectors.toSet());
    }

    /** Problems of a normalised draft; empty when it may be saved. */
    public static List<FieldProblem> check(LeadDraft d, Set<String> knownCategories) {
        List<FieldProblem> problems = new ArrayList<>();
        text(problems, "companyName", d.companyName(), MAX_NAME, true);
        if (d.companyName() != null && BuyerNames.normalise(d.companyName()).isEmpty()) {
            // Nothing would be left to match the buyer on ("!!!", "—").
            problems.add(new FieldProblem("companyName", "lead.validation.company-name"));
        }
        String country = d.country();
        if (country == null) {
            problems.add(new FieldProblem("country", "validation.required"));
        } else if (!COUNTRIES.contains(country)) {
            problems.add(new FieldProblem("country", "validation.country"));
        }
        text(problems, "city", d.city(), MAX_CITY, false);
        if (d.website() != null && WebDomains.ofWebsite(d.website()).isEmpty()) {
            problems.add(new FieldProblem("website", "lead.validation.website"));
        }
        contacts(problems, d.contacts(), country != null && COUNTRIES.contains(country) ? country : "ZZ");
        if (d.categories().isEmpty()) {
            problems.add(new FieldProblem("categories", "lead.validation.categories"));
        } else if (!knownCategories.containsAll(d.categories())) {
            problems.add(new FieldProblem("categories", "validation.bad-value"));
        }
        value(problems, d.estimatedValue(), d.currency());
        if (d.source() == null) {
            problems.add(new FieldProblem("source", "validation.required"));
        }
        text(problems, "notes", d.notes(), MAX_NOTES, false);
        if (d.visibility() == null) {
            problems.add(new FieldProblem("visibility", "validation.required"));
        } else if (d.visibility() == Visibility.SELECTED && d.shareFirms().isEmpty()
                && d.shareCategories().isEmpty()) {
            problems.add(new FieldProblem("visibility", "lead.validation.share-with-nobody"));
        }
        if (!knownCategories.containsAll(d.shareCategories())) {
            problems.add(new FieldProblem("shareCategories", "validation.bad-value"));
        }
        PlainText.addTo(problems, d);
        return problems;
    }

    /** Problems of the categories a claim names. */
    public static List<FieldProblem> checkCategories(Set<String> categories, Set<String> knownCategories) {
        if (categories.isEmpty()) {
            return List.of(new FieldProblem("categories", "lead.validation.categories"));
        }
        return knownCategories.containsAll(categories) ? List.of()
                : List.of(new FieldProblem("categories", "validation.bad-value"));
    }

    public static boolean isEmail(String email) {
        return email.length() <= MAX_EMAIL && EMAIL.matcher(email).matches();
    }

    private static void contacts(List<FieldProblem> problems, List<ContactDraft> contacts, String country) {
        if (contacts.size() > MAX_CONTACTS) {
            problems.add(new FieldProblem("contacts", "validation.too-many"));
            return;
        }
        for (int i = 0; i < contacts.size(); i++) {
            ContactDraft c = contacts.get(i);
            String at = "contacts[" + i + "].";
            text(problems, at + "name", c.name(), MAX_CONTACT_TEXT, true);
            text(problems, at + "title", c.title(), MAX_CONTACT_TEXT, false);
            if (c.email() != null && !isEmail(c.email())) {
                problems.add(new FieldProblem(at + "email", "validation.email"));
            }
            if (c.phone() != null && PhoneNumbers.e164(c.phone(), country).isEmpty()) {
                problems.add(new FieldProblem(at + "phone", "validation.phone"));
            }
            if (c.whatsapp() != null && PhoneNumbers.e164(c.whatsapp(), country).isEmpty()) {
                problems.add(new FieldProblem(at + "whatsapp", "validation.phone"));
            }
            if (c.wechat() != null && c.wechat().length() > MAX_WECHAT) {
                problems.add(new FieldProblem(at + "wechat", "validation.too-long.64"));
            }
        }
    }

    private static void value(List<FieldProblem> problems, @Nullable BigDecimal value, @Nullable String currency) {
        if (value != null) {
            if (value.signum() < 0 || value.stripTrailingZeros().scale() > 2) {
                problems.add(new FieldProblem("estimatedValue", "validation.money"));
            } else if (value.compareTo(MAX_VALUE) > 0) {
                problems.add(new FieldProblem("estimatedValue", "validation.too-large"));
            }
            if (currency == null) {
                problems.add(new FieldProblem("currency", "validation.required"));
            }
        }
        if (currency != null && !isCurrency(currency)) {
            problems.add(new FieldProblem("currency", "validation.currency"));
        }
    }

    static boolean isCurrency(String code) {
        return IsoCodes.isCurrency(code);
    }

    private static void text(List<FieldProblem> problems, String field, @Nullable String value, int max,
            boolean required) {
        if (value == null) {
            if (required) {
                problems.add(new FieldProblem(field, "validation.required"));
            }
        } else if (value.length() > max) {
            problems.add(new FieldProblem(field, "validation.too-long." + max));
        }
    }
}
