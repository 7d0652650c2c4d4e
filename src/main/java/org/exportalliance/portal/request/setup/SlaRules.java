package org.exportalliance.portal.request.setup;

import java.util.ArrayList;
import java.util.List;
import org.exportalliance.portal.platform.refusal.FieldProblem;

/**
 * What an SLA target must be: each clock at least a minute and at most {@link #MAX_HOURS} working hours (about three
 * quarters of a working year), and the take clock within the resolve clock, which it runs inside (V29).
 */
public final class SlaRules {

    public static final int MAX_HOURS = 1500;
    static final int MAX_MINUTES = MAX_HOURS * 60;

    private SlaRules() {}

    public static List<FieldProblem> check(SlaDraft d) {
        List<FieldProblem> problems = new ArrayList<>();
        bounds(problems, "accept", d.accept());
        bounds(problems, "take", d.take());
        bounds(problems, "resolve", d.resolve());
        if (problems.isEmpty() && d.take() > d.resolve()) {
            problems.add(new FieldProblem("take", "request.setup.validation.take-within-resolve"));
        }
        return problems;
    }

    private static void bounds(List<FieldProblem> problems, String field, int minutes) {
        if (minutes < 1 || minutes > MAX_MINUTES) {
            problems.add(new FieldProblem(field, "request.setup.validation.sla-range"));
        }
    }
}
