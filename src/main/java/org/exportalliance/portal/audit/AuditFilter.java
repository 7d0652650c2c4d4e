package org.exportalliance.portal.audit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.exportalliance.portal.platform.refusal.FieldProblem;
import org.jspecify.annotations.Nullable;

/**
 * Which audit entries to list; every field is optional and blank means "any".
 *
 * <ul>
 * <li>{@code action}: one action code ({@code claim.approved}), or a family when it ends with a dot or {@code *}
 * ({@code claim.} or {@code claim.*}: every action that starts with {@code claim.});</li>
 * <li>{@code subjectType}, {@code subjectId}: exactly;</li>
 * <li>{@code actor}: the username of who did it;</li>
 * <li>{@code from}, {@code to}: days in the portal's time zone, both included;</li>
 * <li>{@code text}: a part of the detail, any case, taken literally ({@code %} and {@code _} are not wildcards).</li>
 * </ul>
 */
public record AuditFilter(@Nullable String action, @Nullable String subjectType, @Nullable String subjectId,
        @Nullable String actor, @Nullable LocalDate from, @Nullable LocalDate to, @Nullable String text) {

    /** The longest free text a filter takes. */
    public static final int MAX_TEXT = 200;

    public AuditFilter {
        action = blankToNull(action);
        subjectType = blankToNull(subjectType);
        subjectId = blankToNull(subjectId);
        actor = blankToNull(actor);
        actor = actor == null ? null : actor.toLowerCase(Locale.ROOT);
        text = blankToNull(text);
    }

    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null, null, null);
    }

    public AuditFilter withAction(@Nullable String code) {
        return new AuditFilter(code, subjectType, subjectId, actor, from, to, text);
    }

    public AuditFilter withSubject(@Nullable String type, @Nullable String id) {
        return new AuditFilter(action, type, id, actor, from, to, text);
    }

    public AuditFilter withActor(@Nullable String username) {
        return new AuditFilter(action, subjectType, subjectId, username, from, to, text);
    }

    public AuditFilter withDates(@Nullable LocalDate first, @Nullable LocalDate last) {
        return new AuditFilter(action, subjectType, subjectId, actor, first, last, text);
    }

    public AuditFilter withText(@Nullable String part) {
        return new AuditFilter(action, subjectType, subjectId, actor, from, to, part);
    }

    /** The family an {@code action} of {@code claim.} or {@code claim.*} names; null for one exact code. */
    public @Nullable String actionFamily() {
        if (action == null) {
            return null;
        }
        if (action.endsWith("*")) {
            return action.substring(0, action.length() - 1);
        }
        return action.endsWith(".") ? action : null;
    }

    /** What is wrong with this filter, field by field (the API's parameter names). */
    public List<FieldProblem> problems() {
        List<FieldProblem> problems = new ArrayList<>();
        if (from != null && to != null && to.isBefore(from)) {
            problems.add(new FieldProblem("to", "audit.validation.to-before-from"));
        }
        if (text != null && text.length() > MAX_TEXT) {
            problems.add(new FieldProblem("q", "validation.too-long.200"));
        }
        if (action != null && action.length() > 100) {
            problems.add(new FieldProblem("action", "validation.too-long.100"));
        }
        return problems;
    }

    /** A short description for the audit entry of an export: the fields that were set. */
    String describe() {
        List<String> parts = new ArrayList<>();
        add(parts, "action", action);
        add(parts, "subjectType", subjectType);
        add(parts, "subjectId", subjectId);
        add(parts, "user", actor);
        add(parts, "from", from);
        add(parts, "to", to);
        add(parts, "q", text);
        return parts.isEmpty() ? "all" : String.join(", ", parts);
    }

    private static void add(List<String> parts, String name, @Nullable Object value) {
        if (value != null) {
            parts.add(name + "=" + value);
        }
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
