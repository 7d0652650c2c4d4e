package org.exportalliance.portal.fair;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.exportalliance.portal.platform.refusal.FieldProblem;
import org.exportalliance.portal.platform.refusal.PlainText;
import org.jspecify.annotations.Nullable;

/**
 * The rules a fair must satisfy, in one place for the form, the API and the service. The database enforces the same
 * rules with CHECK constraints (V2__fair_catalogue.sql); these give the user a message per field first.
 */
public final class FairRules {

    public static final int MAX_NAME = 200;
    public static final int MAX_CITY = 100;
    public static final int MAX_VENUE = 200;
    public static final int MAX_WEBSITE = 500;
    public static final int MAX_DAYS = 60;
    public static final int MAX_REASON = 500;
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private FairRules() {}

    /** Problems of a normalised draft; empty when it may be saved. */
    public static List<FieldProblem> check(FairDraft d) {
        List<FieldProblem> problems = new ArrayList<>();
        text(problems, "nameZh", d.nameZh(), MAX_NAME);
        text(problems, "nameEn", d.nameEn(), MAX_NAME);
        text(problems, "city", d.city(), MAX_CITY);
        text(problems, "venue", d.venue(), MAX_VENUE);
        if (d.country() == null) {
            problems.add(new FieldProblem("country", "validation.required"));
        } else if (!COUNTRIES.contains(d.country())) {
            problems.add(new FieldProblem("country", "validation.country"));
        }
        if (d.startDate() == null) {
            problems.add(new FieldProblem("startDate", "validation.required"));
        }
        if (d.endDate() == null) {
            problems.add(new FieldProblem("endDate", "validation.required"));
        }
        if (d.startDate() != null && d.endDate() != null) {
            if (d.endDate().isBefore(d.startDate())) {
                problems.add(new FieldProblem("endDate", "fair.validation.end-before-start"));
            } else if (d.startDate().plusDays(MAX_DAYS).isBefore(d.endDate())) {
                problems.add(new FieldProblem("endDate", "fair.validation.too-long"));
            }
        }
        if (d.sectors() == null || d.sectors().isEmpty()) {
            problems.add(new FieldProblem("sectors", "fair.validation.sectors"));
        }
        if (d.website() != null && !isWebAddress(d.website())) {
            problems.add(new FieldProblem("website", "validation.url"));
        }
        PlainText.addTo(problems, d);
        return problems;
    }

    /** A cancellation needs a reason the members will read. */
    public static List<FieldProblem> checkCancelReason(@Nullable String reason) {
        List<FieldProblem> problems = new ArrayList<>();
        text(problems, "reason", reason == null ? null : reason.strip(), MAX_REASON);
        PlainText.addTo(problems, "reason", reason, true);
        return problems;
    }

    private static void text(List<FieldProblem> problems, String field, @Nullable String value, int max) {
        if (value == null || value.isBlank()) {
            problems.add(new FieldProblem(field, "validation.required"));
        } else if (value.length() > max) {
            problems.add(new FieldProblem(field, "validation.too-long." + max));
        }
    }

    private static boolean isWebAddress(String value) {
        if (value.length() > MAX_WEBSITE || value.chars().anyMatch(Character::isWhitespace)) {
            return false;
        }
        try {
            URI uri = new URI(value);
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
