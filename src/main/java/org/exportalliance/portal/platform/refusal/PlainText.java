package org.exportalliance.portal.platform.refusal;

/**
 * What people may type into the portal: any character but the invisible control characters. Tab and line breaks are
 * allowed in multi-line text only. NUL in particular never reaches PostgreSQL, which refuses it (issue 13).
 */
public final class PlainText {

    /** The message key of a field holding a character it may not. */
    public static final String PROBLEM = "validation.control-characters";

    private PlainText() {}

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
