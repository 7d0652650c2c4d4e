package org.exportalliance.portal.lead.export;

import org.jspecify.annotations.Nullable;

/**
 * Text for a spreadsheet cell that no spreadsheet program will run as a formula (CSV/formula injection, OWASP): text
 * starting with {@code = + - @}, a tab or a carriage return (or their full-width forms, which some Chinese Excel
 * versions take as the same) gets a leading apostrophe. The cell is written as text either way; the apostrophe keeps
 * it text when someone edits it, or saves the sheet as CSV and opens it again.
 */
public final class SafeText {

    private static final String DANGEROUS_START = "=+-@\t\r＝＋－＠";

    private SafeText() {}

    public static @Nullable String of(@Nullable String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        return DANGEROUS_START.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
