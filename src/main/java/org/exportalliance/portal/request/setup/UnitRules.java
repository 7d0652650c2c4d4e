package org.exportalliance.portal.request.setup;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.exportalliance.portal.platform.refusal.FieldProblem;
import org.exportalliance.portal.platform.refusal.PlainText;

/**
 * What a unit must be, apart from who its members may be (that needs their accounts: {@link UnitSetup}): names within
 * {@code responder_unit}'s bounds, a kind, a lead among its members, known categories.
 */
public final class UnitRules {

    public static final int MAX_NAME = 100;

    private UnitRules() {}

    public static List<FieldProblem> check(UnitDraft d, Set<String> knownCategories) {
        List<FieldProblem> problems = new ArrayList<>();
        name(problems, "nameZh", d.nameZh());
        name(problems, "nameEn", d.nameEn());
        if (d.kind() == null) {
            problems.add(new FieldProblem("kind", "validation.required"));
        }
        if (d.leadUserId() != null && !d.members().contains(d.leadUserId())) {
            problems.add(new FieldProblem("lead", "request.setup.validation.lead-member"));
        }
        if (!knownCategories.containsAll(d.categories())) {
            problems.add(new FieldProblem("categories", "request.validation.category"));
        }
        return problems;
    }

    private static void name(List<FieldProblem> problems, String field, String name) {
        if (name.isBlank()) {
            problems.add(new FieldProblem(field, "validation.required"));
        } else if (name.length() > MAX_NAME) {
            problems.add(new FieldProblem(field, "validation.too-long.100"));
        }
        PlainText.addTo(problems, field, name, false);
    }
}
