package org.exportalliance.portal.account.password;

/**
 * A text in the two forms compared: lower case without white space ("zhang.wei@x.cn"), and further without
 * anything but letters and digits ("zhangweixcn"), so that "Zhang-Wei 2024" is found to hold "zhang.wei".
 */
record Fact(String squeezed, String alphanumeric) {

    static Fact of(String lower) {
        String squeezed = withoutSpaces(lower);
        StringBuilder kept = new StringBuilder(squeezed.length());
        squeezed.codePoints().filter(Character::isLetterOrDigit).forEach(kept::appendCodePoint);
        return new Fact(squeezed, kept.toString());
    }

    int length() {
        return squeezed.codePointCount(0, squeezed.length());
    }

    boolean contains(Fact fact) {
        return squeezed.contains(fact.squeezed)
                || (fact.longEnoughWithoutPunctuation() && alphanumeric.contains(fact.alphanumeric));
    }

    boolean near(Fact fact) {
        return EditDistance.atMost(squeezed, fact.squeezed, PasswordPolicy.NEAR_FACT)
                || (fact.longEnoughWithoutPunctuation()
                        && EditDistance.atMost(alphanumeric, fact.alphanumeric, PasswordPolicy.NEAR_FACT));
    }

    private boolean longEnoughWithoutPunctuation() {
        return alphanumeric.codePointCount(0, alphanumeric.length()) >= PasswordPolicy.SHORTEST_FACT;
    }

    static String withoutSpaces(String text) {
        StringBuilder kept = new StringBuilder(text.length());
        text.codePoints().filter(c -> !isSpace(c)).forEach(kept::appendCodePoint);
        return kept.toString();
    }

    private static boolean isSpace(int codePoint) {
        // Character.isWhitespace leaves out no-break spaces; isSpaceChar leaves out tabs and line breaks.
        return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint);
    }
}
