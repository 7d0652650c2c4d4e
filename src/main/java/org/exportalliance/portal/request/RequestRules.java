package org.exportalliance.portal.request;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.exportalliance.portal.platform.refusal.FieldProblem;
import org.exportalliance.portal.platform.refusal.PlainText;
import org.jspecify.annotations.Nullable;

/** The rules of a request draft and of the texts written on a request, in one place for the forms and the API. */
public final class RequestRules {

    public static final int MAX_TITLE = 200;
    public static final int MAX_TEXT = 4000;
    public static final int MAX_REASON = 2000;
    public static final int MAX_SAMPLES = 1000;
    public static final int MAX_MATERIAL = 200;
    public static final int MAX_STANDARD = 100;

    private RequestRules() {}

    /** Every broken rule of a normalised draft; {@code categories} are the active ones, by code. */
    public static List<FieldProblem> check(RequestDraft d, Map<String, RequestCategory> categories) {
        List<FieldProblem> problems = new ArrayList<>();
        RequestCategory category = d.category() == null ? null : categories.get(d.category());
        if (d.category() == null) {
            problems.add(new FieldProblem("category", "validation.required"));
        } else if (category == null) {
            problems.add(new FieldProblem("category", "request.validation.category"));
        }
        text(problems, "title", d.title(), MAX_TITLE, true);
        text(problems, "description", d.description(), MAX_TEXT, true);
        if (d.urgency() == null) {
            problems.add(new FieldProblem("urgency", "validation.required"));
        }
        if (category != null && category.labTest()) {
            samples(problems, d.samples());
        } else if (d.samples() != null) {
            problems.add(new FieldProblem("samples", "request.validation.samples-not-lab"));
        }
        PlainText.addTo(problems, d);
        return problems;
    }

    private static void samples(List<FieldProblem> problems, @Nullable LabSamples s) {
        if (s == null || s.count() == null) {
            problems.add(new FieldProblem("samples.count", "validation.required"));
        } else if (s.count() < 1 || s.count() > MAX_SAMPLES) {
            problems.add(new FieldProblem("samples.count", "request.validation.samples"));
        }
        text(problems, "samples.material", s == null ? null : s.material(), MAX_MATERIAL, true);
        text(problems, "samples.standard", s == null ? null : s.standard(), MAX_STANDARD, true);
    }

    /** A text written on a request (a reason, a comment, a resolution): required, within {@code max}, multi-line. */
    public static List<FieldProblem> text(String field, @Nullable String text, int max) {
        List<FieldProblem> problems = new ArrayList<>();
        text(problems, field, text == null ? null : text.strip(), max, true);
        PlainText.addTo(problems, field, text, true);
        return problems;
    }

    private static void text(List<FieldProblem> problems, String field, @Nullable String text, int max,
            boolean required) {
        if (text == null || text.isBlank()) {
            if (required) {
                problems.add(new FieldProblem(field, "validation.required"));
            }
        } else if (text.length() > max) {
            problems.add(new FieldProblem(field, "validation.too-long." + max));
        }
    }
}
