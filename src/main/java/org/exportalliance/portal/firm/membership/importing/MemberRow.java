package org.exportalliance.portal.firm.membership.importing;

import java.util.ArrayList;
import java.util.List;
import org.exportalliance.portal.firm.membership.MemberDraft;
import org.jspecify.annotations.Nullable;

/**
 * One row of a member list as the register would take it: the firm's draft, the first admin to invite (with the
 * language of their invitation, {@code zh-CN} or {@code en}), and every problem the row has. Enrolled only when no row
 * of the file has any.
 */
public record MemberRow(int row, MemberDraft draft, @Nullable String adminEmail, String adminLanguage,
        List<RowProblem> problems) {

    public MemberRow {
        problems = List.copyOf(problems);
    }

    public boolean importable() {
        return problems.isEmpty();
    }

    /** The name to show for the row: the Chinese one, else the English one, else nothing. */
    public String name() {
        String zh = draft.nameZh();
        String en = draft.nameEn();
        return zh != null && !zh.isBlank() ? zh.strip() : en != null ? en.strip() : "";
    }

    MemberRow with(List<RowProblem> more) {
        if (more.isEmpty()) {
            return this;
        }
        List<RowProblem> all = new ArrayList<>(problems);
        all.addAll(more);
        return new MemberRow(row, draft, adminEmail, adminLanguage, all);
    }
}
