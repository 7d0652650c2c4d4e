package org.exportalliance.portal.platform.refusal;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What people may type into the portal: any character but the invisible control characters. Tab and line breaks are
 * allowed in multi-line text only. NUL in particular never reaches PostgreSQL, which refuses it (issue 13).
 */
public final class PlainText {

    /** The message key of a field holding a character it may not. */
    public static final String PROBLEM = "validation.control-characters";

    private PlainText() {}

    /**
     * A problem for every text in {@code draft}, and in the records, lists and maps inside it, that holds a character
     * it may not; each named as the rules name fields ({@code contacts[0].name}). Components marked {@link MultiLine}
     * may hold tabs and line breaks. The features' rules add these to their own, so forms, the API and imports refuse
     * such text the same way, next to the field.
     */
    public static List<FieldProblem> problems(Record draft) {
        List<FieldProblem> found = new ArrayList<>();
        walk(draft, "", false, found);
        return found;
    }

    /**
     * Adds to {@code found} the problems of {@link #problems(Record)} on fields it does not name yet, so that each
     * field is refused once, for its first problem.
     */
    public static void addTo(List<FieldProblem> found, Record draft) {
        addNew(found, problems(draft));
    }

    /** Adds to {@code found} the problem of one text field, unless that field already has one. */
    public static void addTo(List<FieldProblem> found, String field, @Nullable String text, boolean multiLine) {
        addNew(found, problems(field, text, multiLine));
    }

    private static void addNew(List<FieldProblem> found, List<FieldProblem> more) {
        for (FieldProblem problem : more) {
            if (found.stream().noneMatch(f -> f.field().equals(problem.field()))) {
                found.add(problem);
            }
        }
    }

    /** The problem of one text field, if it has one. */
    public static List<FieldProblem> problems(String field, @Nullable String text, boolean multiLine) {
        return text == null || acceptable(text, multiLine) ? List.of() : List.of(new FieldProblem(field, PROBLEM));
    }

    private static void walk(@Nullable Object value, String path, boolean multiLine, List<FieldProblem> found) {
        switch (value) {
            case null -> { }
            case String text -> found.addAll(problems(path, text, multiLine));
            case Record record -> {
                for (RecordComponent component : record.getClass().getRecordComponents()) {
                    walk(read(record, component), join(path, component.getName()),
                            component.isAnnotationPresent(MultiLine.class), found);
                }
            }
            case Collection<?> items -> {
                int i = 0;
                for (Object item : items) {
                    walk(item, path + "[" + i++ + "]", multiLine, found);
                }
            }
            case Map<?, ?> map -> map.forEach((key, item) -> {
                walk(key, path, false, found);
                walk(item, path + "[" + key + "]", multiLine, found);
            });
            default -> { }
        }
    }

    private static @Nullable Object read(Record record, RecordComponent component) {
        try {
            var accessor = component.getAccessor();
            accessor.setAccessible(true);
            return accessor.invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component, e);
        }
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    /** Whether {@code text} holds only characters people type; tab, CR and LF only when {@code multiLine}. */
    public static boolean acceptable(String text, boolean multiLine) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (!acceptable(c, multiLine)) {
                return false;
            }
        }
        return true;
    }

    private static boolean acceptable(char c, boolean multiLine) {
        if (c == '\t' || c == '\n' || c == '\r') {
            return multiLine;
        }
        // C0 and C1 controls and DEL; a surrogate standing alone; the two noncharacters of the basic plane.
        return !(c < 0x20 || (c >= 0x7f && c <= 0x9f) || Character.isSurrogate(c) || c == '\ufffe' || c == '\uffff');
    }
}
