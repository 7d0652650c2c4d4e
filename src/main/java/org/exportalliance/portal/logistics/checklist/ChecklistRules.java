package org.exportalliance.portal.logistics.checklist;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.exportalliance.portal.platform.refusal.FieldProblem;
import org.exportalliance.portal.platform.refusal.PlainText;
import org.jspecify.annotations.Nullable;

/**
 * The rules for checklist items, shared by the service, the API and the staff's dialog. The schema
 * (V9__checklists.sql) repeats the essentials as CHECK constraints.
 *
 * <p>A due date may lie at most {@link #DAYS_BACK} days before today (entering a template late, with some dates
 * already passed, is normal; a date years ago is a typing error) and at most {@link #DAYS_AFTER_FAIR} days after the
 * fair's last day (returning exhibits and settling costs come after the fair, nothing much later).
 */
public final class ChecklistRules {

    public static final int MAX_TITLE = 200;
    public static final int MAX_DESCRIPTION = 2000;
    public static final int MAX_POSITION = 10_000;
    public static final int DAYS_BACK = 365;
    public static final int DAYS_AFTER_FAIR = 90;

    private ChecklistRules() {}

    /** The earliest and latest due dates allowed for a delegation whose fair ends on {@code fairEnd}. */
    public record DueDates(LocalDate earliest, LocalDate latest) {

        public static DueDates of(LocalDate today, LocalDate fairEnd) {
            return new DueDates(today.minusDays(DAYS_BACK), fairEnd.plusDays(DAYS_AFTER_FAIR));
        }
    }

    public static List<FieldProblem> check(ChecklistItemDraft d, DueDates allowed) {
        List<FieldProblem> p = new ArrayList<>();
        title(p, "titleZh", d.titleZh());
        title(p, "titleEn", d.titleEn());
        if (d.description() != null && d.description().length() > MAX_DESCRIPTION) {
            p.add(new FieldProblem("description", "validation.too-long.2000"));
        }
        if (d.dueDate() == null) {
            p.add(new FieldProblem("dueDate", "validation.required"));
        } else if (d.dueDate().isBefore(allowed.earliest())) {
            p.add(new FieldProblem("dueDate", "checklist.validation.due-too-early"));
        } else if (d.dueDate().isAfter(allowed.latest())) {
            p.add(new FieldProblem("dueDate", "checklist.validation.due-too-late"));
        }
        if (d.position() != null && (d.position() < 0 || d.position() > MAX_POSITION)) {
            p.add(new FieldProblem("position", "checklist.validation.position"));
        }
        PlainText.addTo(p, d);
        return p;
    }

    private static void title(List<FieldProblem> p, String field, @Nullable String value) {
        if (value == null || value.isBlank()) {
            p.add(new FieldProblem(field, "validation.required"));
        } else if (value.strip().length() > MAX_TITLE) {
            p.add(new FieldProblem(field, "validation.too-long.200"));
        }
    }
}
