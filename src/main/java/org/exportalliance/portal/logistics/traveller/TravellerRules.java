package org.exportalliance.portal.logistics.traveller;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.exportalliance.portal.platform.refusal.FieldProblem;
import org.exportalliance.portal.platform.refusal.PlainText;
import org.jspecify.annotations.Nullable;

/**
 * The rules for a traveller, shared by the form, the API and the service; the schema (V7__travellers.sql) repeats
 * the essentials as CHECK constraints. Field names are the API's.
 */
public final class TravellerRules {

    public static final int MAX_NAME = 100;
    public static final int MAX_CHINESE_NAME = 30;
    public static final int MAX_ROLE = 100;
    static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    /** Latin letters (with accents, as passports print them), spaces, hyphens, apostrophes, dots and commas. */
    private static final Pattern LATIN_NAME = Pattern.compile("\\p{IsLatin}[\\p{IsLatin} '\\-.,]*");
    /** Han characters, with the middle dot of transcribed names (阿依古丽·买买提). */
    private static final Pattern CHINESE_NAME = Pattern.compile("[\\p{IsHan}·・]+");

    private TravellerRules() {}

    /**
     * The draft as it is stored: names trimmed with single spaces, the Latin name and the passport number in upper
     * case, an empty Chinese name as none.
     */
    public static TravellerDraft normalise(TravellerDraft d) {
        return new TravellerDraft(
                d.fullName() == null ? null : collapse(d.fullName()).toUpperCase(Locale.ROOT),
                d.chineseName() == null || d.chineseName().isBlank() ? null : d.chineseName().strip(),
                d.nationality() == null ? null : d.nationality().strip().toUpperCase(Locale.ROOT),
                d.dateOfBirth(),
                d.passportNumber() == null || d.passportNumber().isBlank() ? null
                        : PassportNumber.normalise(d.passportNumber()),
                d.passportExpiry(),
                d.role() == null ? null : collapse(d.role()));
    }

    /**
     * Problems of a normalised draft on {@code today} (the alliance's date). A new traveller needs a passport number;
     * an edit without one keeps the stored number.
     */
    public static List<FieldProblem> check(TravellerDraft d, LocalDate today, boolean passportRequired) {
        List<FieldProblem> p = new ArrayList<>();
        if (d.fullName() == null || d.fullName().isEmpty()) {
            p.add(new FieldProblem("fullName", "validation.required"));
        } else if (d.fullName().length() > MAX_NAME) {
            p.add(new FieldProblem("fullName", "validation.too-long.100"));
        } else if (!LATIN_NAME.matcher(d.fullName()).matches()) {
            p.add(new FieldProblem("fullName", "traveller.validation.latin-name"));
        }
        if (d.chineseName() != null) {
            if (d.chineseName().length() > MAX_CHINESE_NAME) {
                p.add(new FieldProblem("chineseName", "traveller.validation.chinese-name-length"));
            } else if (!CHINESE_NAME.matcher(d.chineseName()).matches()) {
                p.add(new FieldProblem("chineseName", "traveller.validation.chinese-name"));
            }
        }
        if (d.nationality() == null || d.nationality().isEmpty()) {
            p.add(new FieldProblem("nationality", "validation.required"));
        } else if (!COUNTRIES.contains(d.nationality())) {
            p.add(new FieldProblem("nationality", "traveller.validation.nationality"));
        }
        if (d.dateOfBirth() == null) {
            p.add(new FieldProblem("dateOfBirth", "validation.required"));
        } else if (!d.dateOfBirth().isBefore(today) || d.dateOfBirth().isBefore(EARLIEST_BIRTH)) {
            p.add(new FieldProblem("dateOfBirth", "traveller.validation.birth"));
        }
        if (d.passportNumber() == null) {
            if (passportRequired) {
                p.add(new FieldProblem("passportNumber", "validation.required"));
            }
        } else if (!PassportNumber.isValid(d.passportNumber())) {
            p.add(new FieldProblem("passportNumber", "traveller.validation.passport-number"));
        }
        if (d.passportExpiry() == null) {
            p.add(new FieldProblem("passportExpiry", "validation.required"));
        } else if (!d.passportExpiry().isAfter(today)) {
            p.add(new FieldProblem("passportExpiry", "traveller.validation.expiry-past"));
        }
        if (d.role() == null || d.role().isEmpty()) {
            p.add(new FieldProblem("role", "validation.required"));
        } else if (d.role().length() > MAX_ROLE) {
            p.add(new FieldProblem("role", "validation.too-long.100"));
        }
        PlainText.addTo(p, d);
        return p;
    }

    /** ISO 3166-1 alpha-2 codes the rules accept, for choosers. */
    public static List<String> countries() {
        return COUNTRIES.stream().sorted().toList();
    }

    private static String collapse(@Nullable String s) {
        return s == null ? "" : s.strip().replaceAll("\\s+", " ");
    }
}
