package org.exportalliance.portal.firm.membership;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.exportalliance.portal.firm.FirmKind;
import org.exportalliance.portal.platform.refusal.FieldProblem;
import org.exportalliance.portal.platform.refusal.PlainText;
import org.jspecify.annotations.Nullable;

/**
 * The checks of a firm's register entry, the same for the form, the API and the spreadsheet import; fields are named
 * as the API names them ({@code categories[2]}).
 */
public final class MemberRules {

    public static final Set<String> TIERS = Set.of("CORE", "STANDARD", "ASSOCIATE");
    /** The association is registered once, at the first start; staff enrol the others. */
    public static final List<FirmKind> ENROLLABLE = List.of(FirmKind.MEMBER, FirmKind.CHAIN_LEADER,
            FirmKind.SERVICE_PROVIDER);
    public static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern PHONE = Pattern.compile("^[+]?[0-9 ()\\-]{5,40}$");
    private static final LocalDate EARLIEST = LocalDate.of(1949, 10, 1);
    static final int MAX_CATEGORIES = 50;

    private MemberRules() {}

    /** Every problem of the draft; {@code knownCategories} is the taxonomy, {@code today} the association's date. */
    public static List<FieldProblem> check(MemberDraft draft, Set<String> knownCategories, LocalDate today,
            boolean association) {
        List<FieldProblem> problems = new ArrayList<>();
        text(problems, "nameZh", draft.nameZh(), 200, true);
        text(problems, "nameEn", draft.nameEn(), 200, true);
        if (draft.kind() == null) {
            problems.add(new FieldProblem("kind", "validation.required"));
        } else if (association != (draft.kind() == FirmKind.ASSOCIATION)) {
            problems.add(new FieldProblem("kind", "firm.kind.not-enrollable"));
        }
        if (draft.tier() == null || draft.tier().isBlank()) {
            problems.add(new FieldProblem("tier", "validation.required"));
        } else if (!TIERS.contains(draft.tier())) {
            problems.add(new FieldProblem("tier", "validation.bad-value"));
        }
        text(problems, "city", draft.city(), 100, false);
        categories(problems, draft.categories(), knownCategories);
        if (draft.creditCode() == null || draft.creditCode().isBlank()) {
            problems.add(new FieldProblem("creditCode", "validation.required"));
        } else {
            CreditCode.problem(CreditCode.normalise(draft.creditCode()))
                    .ifPresent(p -> problems.add(new FieldProblem("creditCode", p.messageKey())));
        }
        text(problems, "contactName", draft.contactName(), 100, true);
        text(problems, "contactPhone", draft.contactPhone(), 40, false);
        if (draft.contactPhone() != null && !draft.contactPhone().isBlank()
                && problems.stream().noneMatch(p -> p.field().equals("contactPhone"))
                && !PHONE.matcher(draft.contactPhone().strip()).matches()) {
            problems.add(new FieldProblem("contactPhone", "firm.contact-phone.invalid"));
        }
        email(problems, "contactEmail", draft.contactEmail());
        if (draft.joinedOn() == null) {
            problems.add(new FieldProblem("joinedOn", "validation.required"));
        } else if (draft.joinedOn().isAfter(today) || draft.joinedOn().isBefore(EARLIEST)) {
            problems.add(new FieldProblem("joinedOn", "firm.joined-on.range"));
        }
        return problems;
    }

    /** An optional e-mail address: at most 254 characters, one {@code @}, no spaces. */
    public static void email(List<FieldProblem> problems, String field, @Nullable String email) {
        if (email == null || email.isBlank()) {
            return;
        }
        String value = email.strip();
        if (value.length() > 254 || !EMAIL.matcher(value).matches() || !PlainText.acceptable(value, false)) {
            problems.add(new FieldProblem(field, "validation.email"));
        }
    }

    private static void categories(List<FieldProblem> problems, @Nullable List<@Nullable String> categories,
            Set<String> known) {
        if (categories == null) {
            return;
        }
        if (categories.size() > MAX_CATEGORIES) {
            problems.add(new FieldProblem("categories", "validation.too-many"));
            return;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < categories.size(); i++) {
            String code = categories.get(i);
            String field = "categories[" + i + "]";
            if (code == null) {
                problems.add(new FieldProblem(field, "validation.null-item"));
            } else if (!known.contains(code)) {
                problems.add(new FieldProblem(field, "firm.category.unknown"));
            } else if (!seen.add(code)) {
                problems.add(new FieldProblem(field, "firm.category.duplicate"));
            }
        }
    }

    private static void text(List<FieldProblem> problems, String field, @Nullable String value, int max,
            boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                problems.add(new FieldProblem(field, "validation.required"));
            }
            return;
        }
        if (value.strip().length() > max) {
            problems.add(new FieldProblem(field, "validation.too-long." + max));
            return;
        }
        PlainText.addTo(problems, field, value, false);
    }
}
