package org.exportalliance.portal.request.setup;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.exportalliance.portal.platform.refusal.FieldProblem;
import org.exportalliance.portal.platform.refusal.PlainText;

/** What a category must be; the same bounds as {@code request_category}'s checks (V24). */
public final class CategoryRules {

    public static final int MAX_CODE = 32;
    public static final int MAX_NAME = 60;
    public static final int MAX_POSITION = 999;
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,31}");

    private CategoryRules() {}

    /** Every broken rule of a normalised draft; {@code withCode} when the code is being chosen (adding). */
    public static List<FieldProblem> check(CategoryDraft d, boolean withCode) {
        List<FieldProblem> problems = new ArrayList<>();
        if (withCode) {
            if (d.code().isEmpty()) {
                problems.add(new FieldProblem("code", "validation.required"));
            } else if (!CODE.matcher(d.code()).matches()) {
                problems.add(new FieldProblem("code", "request.setup.validation.code"));
            }
        }
        name(problems, "nameZh", d.nameZh());
        name(problems, "nameEn", d.nameEn());
        if (d.position() < 0 || d.position() > MAX_POSITION) {
            problems.add(new FieldProblem("position", "request.setup.validation.position"));
        }
        return problems;
    }

    static void name(List<FieldProblem> problems, String field, String name) {
        if (name.isBlank()) {
            problems.add(new FieldProblem(field, "validation.required"));
        } else if (name.length() > MAX_NAME) {
            problems.add(new FieldProblem(field, "validation.too-long.60"));
        }
        PlainText.addTo(problems, field, name, false);
    }
}
