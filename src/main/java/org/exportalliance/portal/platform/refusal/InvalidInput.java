package org.exportalliance.portal.platform.refusal;

import java.util.List;

/** The input breaks the rules; each problem names its field. */
public class InvalidInput extends Refusal {

    private final List<FieldProblem> problems;

    public InvalidInput(List<FieldProblem> problems) {
        super(400, "error.invalid-input");
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
