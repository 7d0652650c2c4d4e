package org.exportalliance.portal.lead.claim;

import java.util.List;
import org.exportalliance.portal.platform.refusal.FieldProblem;
import org.jspecify.annotations.Nullable;

/** The rules for what people write on claims: reasons and notes. The database repeats the lengths. */
final class ClaimRules {

    static final int MAX_REASON = 500;
    static final int MAX_NOTE = 1000;

    private ClaimRules() {}

    static List<FieldProblem> checkStage(ClaimStage to, @Nullable String reason) {
        if (to == ClaimStage.LOST && reason == null) {
            return List.of(new FieldProblem("reason", "claim.validation.lost-reason"));
        }
        return reason != null && reason.length() > MAX_REASON
                ? List.of(new FieldProblem("reason", "validation.too-long.500")) : List.of();
    }

    static List<FieldProblem> checkNote(String note) {
        if (note.isEmpty()) {
            return List.of(new FieldProblem("note", "validation.required"));
        }
        return note.length() > MAX_NOTE ? List.of(new FieldProblem("note", "validation.too-long.1000")) : List.of();
    }

    static List<FieldProblem> checkReason(@Nullable String reason) {
        if (reason == null || reason.isBlank()) {
            return List.of(new FieldProblem("reason", "validation.required"));
        }
        return reason.strip().length() > MAX_REASON
                ? List.of(new FieldProblem("reason", "validation.too-long.500")) : List.of();
    }
}
