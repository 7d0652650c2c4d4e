package org.exportalliance.portal.architecture;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds the tables that Java source code names in its SQL: the string literals and text blocks (never comments),
 * and in them only the names that follow {@code from}, {@code join}, {@code into}, {@code update}, {@code table} or
 * {@code using}, or that continue a {@code from} list after a comma. A column, an alias or a qualified name
 * ({@code f.name_zh}, {@code firm_id}, {@code as firm}) is therefore never taken for a table. Whether a name is a table
 * at all is the caller's business: it looks the names up among the tables the migrations create.
 */
final class SqlTables {

    /** A table named in SQL, and whether the statement writes it ({@code into}, {@code update}, {@code delete}). */
    record Reference(String table, boolean write) {
        static Reference read(String table) {
            return new Reference(table, false);
        }

        static Reference write(String table) {
            return new Reference(table, true);
        }
    }

    private static final Set<String> INTRODUCERS = Set.of("from", "join", "into", "update", "table", "using");
    private static final Set<String> WRITERS = Set.of("into", "update", "table");
    /** Words that end a from item's alias: what follows is no longer the from list. */
    private static final Set<String> CLAUSES = Set.of("where", "join", "on", "group", "order", "limit", "left",
            "right", "inner", "outer", "cross", "full", "natural", "union", "except", "intersect", "having", "window",
            "returning", "set", "for", "values", "select", "offset", "fetch", "using", "lateral", "with", "and", "or",
            "then", "else", "end", "when", "is", "not", "in");

    private SqlTables() {}

    /** Every table reference in the SQL of one Java source file. */
    static List<Reference> in(String javaSource) {
        List<Reference> found = new ArrayList<>();
        for (String literal : literals(javaSource)) {
            found.addAll(inSql(literal));
        }
        return found;
    }

    /** The contents of the string literals and text blocks of Java source, outside comments. */
    static List<String> literals(String src) {
        List<String> out = new ArrayList<>();
        int i = 0;
        int n = src.length();
        while (i < n) {
            if (src.startsWith("//", i)) {
                int end = src.indexOf('\n', i);
                i = end < 0 ? n : end;
            } else if (src.startsWith("/*", i)) {
                i = src.indexOf("*/", i + 2) + 2;
            } else if (src.startsWith("\"\"\"", i)) {
                int end = i + 3;
                while (!src.startsWith("\"\"\"", end) || src.charAt(end - 1) == '\\') {
                    end++;
                }
                out.add(src.substring(i + 3, end));
                i = end + 3;
            } else if (src.charAt(i) == '"' || src.charAt(i) == '\'') {
                char quote = src.charAt(i);
                int end = i + 1;
                while (src.charAt(end) != quote) {
                    end += src.charAt(end) == '\\' ? 2 : 1;
                }
                if (quote == '"') {
                    out.add(src.substring(i + 1, end));
                }
                i = end + 1;
            } else {
                i++;
            }
        }
        return out;
    }

    /** The table references of one piece of SQL (a whole statement or a fragment of one). */
    static List<Reference> inSql(String sql) {
        List<String> t = tokens(sql);
        List<Reference> found = new ArrayList<>();
        for (int i = 0; i < t.size() - 1; i++) {
            String word = t.get(i);
            if (!INTRODUCERS.contains(word)) {
                continue;
            }
            boolean write = WRITERS.contains(word) || (word.equals("from") && i > 0 && t.get(i - 1).equals("delete"));
            int next = i + 1;
            if (t.get(next).equals("only")) {
                next++;
            }
            if (word.equals("from") || word.equals("using")) {
                fromList(t, next, write, found);
            } else if (isTable(t, next) || (word.equals("into") || word.equals("table")) && isName(t, next)) {
                // After into or table, a parenthesis opens the column list, not a function's arguments.
                found.add(new Reference(t.get(next), write));
            }
        }
        return found;
    }

    /** A from list: items separated by commas, each a table, a function call or a sub-query, with an alias. */
    private static void fromList(List<String> t, int start, boolean write, List<Reference> found) {
        int i = start;
        while (i < t.size()) {
            if (isTable(t, i)) {
                found.add(new Reference(t.get(i), write));
                i++;
            } else if (i < t.size() && t.get(i).equals("(")) {
                i = afterParentheses(t, i);
            } else if (i + 1 < t.size() && isWord(t.get(i)) && t.get(i + 1).equals("(")) {
                i = afterParentheses(t, i + 1);
            } else {
                return;
            }
            if (i < t.size() && t.get(i).equals("as")) {
                i++;
            }
            if (i < t.size() && isWord(t.get(i)) && !CLAUSES.contains(t.get(i))) {
                i++;
            }
            if (i < t.size() && t.get(i).equals("(")) {
                i = afterParentheses(t, i);
            }
            if (i >= t.size() || !t.get(i).equals(",")) {
                return;
            }
            i++;
        }
    }

    private static int afterParentheses(List<String> t, int open) {
        int depth = 0;
        for (int i = open; i < t.size(); i++) {
            if (t.get(i).equals("(")) {
                depth++;
            } else if (t.get(i).equals(")") && --depth == 0) {
                return i + 1;
            }
        }
        return t.size();
    }

    /** A plain name that is not a function call, a qualifier ({@code o.}) or a keyword. */
    private static boolean isTable(List<String> t, int i) {
        return i < t.size() && isWord(t.get(i)) && !CLAUSES.contains(t.get(i))
                && (i + 1 == t.size() || !(t.get(i + 1).equals("(") || t.get(i + 1).equals(".")));
    }

    /** A plain name that is not a qualifier ({@code o.}) or a keyword. */
    private static boolean isName(List<String> t, int i) {
        return i < t.size() && isWord(t.get(i)) && !CLAUSES.contains(t.get(i))
                && (i + 1 == t.size() || !t.get(i + 1).equals("."));
    }

    private static boolean isWord(String token) {
        return Character.isLetter(token.charAt(0)) || token.charAt(0) == '_';
    }

    /** Lower-case words, and punctuation one character at a time; quoted literals, parameters and numbers dropped. */
    static List<String> tokens(String sql) {
        List<String> out = new ArrayList<>();
        int i = 0;
        int n = sql.length();
        while (i < n) {
            char c = sql.charAt(i);
            if (Character.isLetter(c) || c == '_') {
                int end = i;
                while (end < n && (Character.isLetterOrDigit(sql.charAt(end)) || sql.charAt(end) == '_')) {
                    end++;
                }
                out.add(sql.substring(i, end).toLowerCase(java.util.Locale.ROOT));
                i = end;
            } else if (c == '\'' || c == '"') {
                int end = sql.indexOf(c, i + 1);
                i = end < 0 ? n : end + 1;
            } else if (c == ':' || Character.isDigit(c) || c == '\\') {
                // A parameter (:firm), a cast (::text), a number or an escape: its word is no table.
                int end = i + 1;
                while (end < n && (Character.isLetterOrDigit(sql.charAt(end)) || sql.charAt(end) == '_'
                        || sql.charAt(end) == ':')) {
                    end++;
                }
                i = end;
            } else if (c == '(' || c == ')' || c == ',' || c == '.' || c == ';') {
                out.add(String.valueOf(c));
                i++;
            } else {
                i++;
            }
        }
        return out;
    }
}
