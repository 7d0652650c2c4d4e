package org.exportalliance.portal.lead.claim;

import java.util.List;
import org.exportalliance.portal.platform.refusal.FieldProblem;
import org.exportalliance.portal.platform.refusal.PlainText;
import org.jspecify.annotations.Nullable;

/**
 * The rules for what people write on claims: reasons and notes. The database repeats the lengths; the views check
 * their dialogs with the same rules before sending.
 */
public final class ClaimRules {

    public static final int MAX_REASON = 500;
    public static final int MAX_NOTE = 1000;

    private ClaimRules() {}

    public static List<FieldProblem> checkStage(ClaimStage to, @Nullable String reason) {
        if (to == ClaimStage.LOST && reason == null) {
            return List.of(new FieldProblem("reason", "claim.validation.lost-reason"));
        }
        if (reason != null && reason.length() > MAX_REASON) {
            return List.of(new FieldProblem("reason", "validation.too-long.500"));
        }
        return PlainText.problems("reason", reason, true);
    }

    public static List<FieldProblem> checkNote(String note) {
        if (note.isEmpty()) {
            return List.of(new FieldProblem("note", "validation.required"));
        }
        return note.length() > MAX_NOTE ? List.of(new FieldProblem("note", "validation.too-long.1000"))
                : PlainText.problems("note", note, true);
    }

    /** A reason that must be given: staff's decisions (and a release, where the view asks for one). */
    public static List<FieldProblem> checkReason(@Nullable String reason) {
        if (reason == null || reason.isBlank()) {
            return List.of(new FieldProblem("reason", "validation.required"));
        }
        return reason.strip().length() > MAX_REASON
                ? List.of(new FieldProblem("reason", "validation.too-long.500"))
                : PlainText.problems("reason", reason, true);
    }

    /** A reason that may be left out (a release through the API); when given, no longer than a required one. */
    public static List<FieldProblem> checkOptionalReason(@Nullable String reason) {
        return reason == null || reason.isBlank() ? List.of() : checkReason(reason);
    }
}
