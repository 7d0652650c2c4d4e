package org.exportalliance.portal.notification.channel;

/**
 * Text someone typed, made safe to place in a robot's markdown. Everything in a {@link Notice} is such text; the
 * robots' markup (bold titles, the link back to the portal) is added around it by {@link RobotMarkdown} only.
 *
 * <p>Neither WeCom nor DingTalk documents backslash escapes, so the characters that make markup are replaced with
 * their full-width forms, which read naturally beside Chinese text: {@code [ ]} (links and images), {@code < >} (HTML,
 * autolinks, WeCom's {@code <@userid>} mentions and {@code <font>} tags), {@code * `} (emphasis and code that could
 * swallow our own markup), {@code #} (headings), {@code \} (escapes), {@code &} (entities that a renderer could decode
 * into any of these) and the colon of {@code ://}, so that a typed address is not made a link. Line breaks,
 * tabs and other controls become a space (no typed line can start a heading, quote or list), and bidirectional
 * overrides, which can make text read backwards, are dropped. DingTalk mentions ({@code @138…}) only notify the
 * numbers listed in the message's {@code at} field, which we never send.
 */
final class MarkdownText {

    private MarkdownText() {}

    static String escape(String typed) {
        StringBuilder out = new StringBuilder(typed.length());
        boolean space = false;
        for (int i = 0; i < typed.length(); ) {
            int c = typed.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isWhitespace(c) || Character.isISOControl(c)) {
                space = !out.isEmpty();
                continue;
            }
            if (isBidiControl(c)) {
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            out.appendCodePoint(replacement(c, typed, i));
        }
        return out.toString();
    }

    private static int replacement(int c, String typed, int next) {
        return switch (c) {
            case '[' -> '［';
            case ']' -> '］';
            case '<' -> '＜';
            case '>' -> '＞';
            case '*' -> '＊';
            case '`' -> '｀';
            case '#' -> '＃';
            case '\\' -> '＼';
            case '&' -> '＆';
            case ':' -> typed.startsWith("//", next) ? '：' : ':';
            default -> c;
        };
    }

    private static boolean isBidiControl(int c) {
        return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F
                || c == 0x061C;
    }
}
