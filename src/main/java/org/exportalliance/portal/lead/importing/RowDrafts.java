package org.exportalliance.portal.lead.importing;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.exportalliance.portal.firm.MachineCategory;
import org.exportalliance.portal.lead.BuyerIdentity;
import org.exportalliance.portal.lead.ContactDraft;
import org.exportalliance.portal.lead.LeadDraft;
import org.exportalliance.portal.lead.LeadRules;
import org.exportalliance.portal.lead.LeadSource;
import org.exportalliance.portal.platform.refusal.FieldProblem;
import org.jspecify.annotations.Nullable;

/**
 * Turns import rows into lead drafts under a mapping and the import's settings, and checks each with
 * {@link LeadRules} like a form would. What a sheet writes loosely is read loosely: countries by code or by English
 * or Chinese name, categories by code or name in either language (separated by {@code ;} {@code ,} or {@code 、}),
 * amounts with thousands separators, sources by code or label. A cell that cannot be read (a formula, an amount that
 * is no number, an unknown source) is a problem of its own field, which then gets no other.
 */
final class RowDrafts {

    /** A row as a normalised draft, with every problem it has; a row without any has its buyer identity. */
    record Drafted(ImportRow row, LeadDraft draft, List<FieldProblem> problems, @Nullable BuyerIdentity identity) {}

    private static final Pattern CATEGORY_SEPARATORS = Pattern.compile("[;,、，；|\\n]+");
    private static final Pattern NOT_A_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern AMOUNT_SPACING = Pattern.compile("[\\s\u00A0\u202F'’]");
    private static final Pattern THOUSANDS = Pattern.compile("-?\\d{1,3}(,\\d{3})+");
    private static final Pattern DECIMAL = Pattern.compile("-?\\d+(\\.\\d+)?");

    private final ColumnMapping mapping;
    private final ImportSettings settings;
    private final Map<String, String> categoriesByName;
    private final Set<String> knownCategories;
    private final Map<String, LeadSource> sourcesByName;

    /** {@code sourceLabels}: every label of every source, in every language the portal speaks. */
    RowDrafts(ColumnMapping mapping, ImportSettings settings, Map<String, MachineCategory> categories,
            Map<String, LeadSource> sourceLabels) {
        this.mapping = mapping;
        this.settings = settings;
        this.knownCategories = categories.keySet();
        this.categoriesByName = new LinkedHashMap<>();
        for (MachineCategory c : categories.values()) {
            categoriesByName.put(key(c.code()), c.code());
            categoriesByName.putIfAbsent(key(c.nameEn()), c.code());
            categoriesByName.putIfAbsent(key(c.nameZh()), c.code());
        }
        this.sourcesByName = new LinkedHashMap<>();
        for (LeadSource s : LeadSource.values()) {
            sourcesByName.put(key(s.name()), s);
        }
        sourceLabels.forEach((label, s) -> sourcesByName.putIfAbsent(key(label), s));
    }

    Drafted draft(ImportRow row) {
        Map<String, FieldProblem> unreadable = new LinkedHashMap<>();
        for (int column : row.formulaColumns()) {
            LeadColumn mapped = column < mapping.columns().size() ? mapping.columns().get(column) : null;
            if (mapped != null) {
                unreadable.put(mapped.field(), new FieldProblem(mapped.field(), "lead.import.formula"));
            }
        }
        String countryCell = cell(row, LeadColumn.COUNTRY);
        String country = countryCell == null ? null : CountryNames.code(countryCell).orElse(countryCell);
        BigDecimal value = null;
        String valueCell = cell(row, LeadColumn.VALUE);
        if (valueCell != null) {
            value = amount(valueCell);
            if (value == null) {
                unreadable.putIfAbsent("estimatedValue", new FieldProblem("estimatedValue", "validation.number"));
            }
        }
        LeadSource source = settings.defaultSource();
        String sourceCell = cell(row, LeadColumn.SOURCE);
        if (sourceCell != null) {
            source = sourcesByName.get(key(sourceCell));
            if (source == null) {
                unreadable.putIfAbsent("source", new FieldProblem("source", "validation.bad-value"));
            }
        }
        ContactDraft contact = new ContactDraft(cell(row, LeadColumn.CONTACT_NAME), cell(row, LeadColumn.TITLE),
                cell(row, LeadColumn.EMAIL), cell(row, LeadColumn.PHONE), cell(row, LeadColumn.WECHAT),
                cell(row, LeadColumn.WHATSAPP));
        boolean hasContact = contact.name() != null || contact.title() != null || contact.email() != null
                || contact.phone() != null || contact.wechat() != null || contact.whatsapp() != null;
        boolean selected = settings.visibility() == org.exportalliance.portal.lead.Visibility.SELECTED;
        LeadDraft draft = new LeadDraft(cell(row, LeadColumn.COMPANY), country, cell(row, LeadColumn.CITY),
                cell(row, LeadColumn.WEBSITE), hasContact ? List.of(contact) : List.of(),
                categories(cell(row, LeadColumn.CATEGORIES)), value,
                // A currency alone says nothing (and the schema wants one only beside an amount).
                value == null ? null : cell(row, LeadColumn.CURRENCY), source, settings.fairId(),
                cell(row, LeadColumn.NOTES), settings.visibility(), selected ? settings.shareFirms() : Set.of(),
                selected ? settings.shareCategories() : Set.of())
                .normalised();
        List<FieldProblem> problems = new ArrayList<>(unreadable.values());
        for (FieldProblem p : LeadRules.check(draft, knownCategories)) {
            if (!unreadable.containsKey(p.field())) {
                problems.add(p);
            }
        }
        BuyerIdentity identity = null;
        if (problems.isEmpty()) {
            identity = BuyerIdentity.of(draft);
            if (identity.normalisedName().isEmpty() || identity.normalisedName().length() > LeadRules.MAX_NAME) {
                // Nothing of the name is left to match on (only punctuation or a legal form), or too much.
                problems.add(new FieldProblem("companyName", "validation.bad-value"));
                identity = null;
            }
        }
        return new Drafted(row, draft, List.copyOf(problems), identity);
    }

    private @Nullable String cell(ImportRow row, LeadColumn column) {
        return mapping.indexOf(column)
                .filter(i -> !row.formulaColumns().contains(i))
                .map(row::cell)
                .filter(s -> !s.isBlank())
                .orElse(null);
    }

    /** Codes of the named categories; a name nobody knows stays as written, so the rules refuse it. */
    private Set<String> categories(@Nullable String cell) {
        Set<String> codes = new LinkedHashSet<>();
        if (cell != null) {
            for (String part : CATEGORY_SEPARATORS.split(cell)) {
                if (!part.isBlank()) {
                    codes.add(categoriesByName.getOrDefault(key(part), part.strip()));
                }
            }
        }
        return codes;
    }

    /**
     * An amount as sheets write it: {@code 12000}, {@code 12,000.50}, {@code 12 000}, {@code 1.234,56}; the last of
     * {@code ,} and {@code .} is the decimal point when both appear, and a lone comma before exactly three digits
     * groups thousands. {@code null} when it is no number.
     */
    static @Nullable BigDecimal amount(String written) {
        String s = AMOUNT_SPACING.matcher(written.strip()).replaceAll("");
        int comma = s.lastIndexOf(',');
        int dot = s.lastIndexOf('.');
        if (comma >= 0 && dot >= 0) {
            s = comma > dot ? s.replace(".", "").replace(',', '.') : s.replace(",", "");
        } else if (comma >= 0) {
            s = THOUSANDS.matcher(s).matches() ? s.replace(",", "") : s.replace(',', '.');
        }
        if (!DECIMAL.matcher(s).matches()) {
            return null;
        }
        try {
            return new BigDecimal(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static String key(String name) {
        return NOT_A_LETTER_OR_DIGIT.matcher(Normalizer.normalize(name, Normalizer.Form.NFKC)
                .toLowerCase(Locale.ROOT)).replaceAll("");
    }
}
