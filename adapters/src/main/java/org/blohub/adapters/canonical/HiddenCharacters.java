package org.blohub.adapters.canonical;

import java.util.Optional;

/**
 * Characters that do not show as themselves on an officer's screen: C0 and C1 control characters, and the
 * bidirectional embeddings, overrides, isolates and marks that reorder the text around them, so that a name,
 * a plate or an office id reads differently from what was sent.
 */
final class HiddenCharacters {

    /** What a kind of field may contain of those characters. */
    enum Allowance {
        /** A name, identifier or subject: none of them. */
        SINGLE_LINE,
        /** Free text over several lines: tab, line feed and carriage return. */
        MULTI_LINE,
        /** A message body, kept as written: everything but NUL. */
        BODY
    }

    /** A hidden character at {@code position}, counted in characters (code points) from 1. */
    record Found(int codePoint, int position) {

        /** For example {@code U+202E RIGHT-TO-LEFT OVERRIDE at position 5}. */
        String describe() {
            return String.format("U+%04X %s at position %d", codePoint, Character.getName(codePoint), position);
        }
    }

    private HiddenCharacters() {
    }

    static Optional<Found> first(String text, Allowance allowance) {
        int position = 0;
        for (int index = 0; index < text.length(); ) {
            int codePoint = text.codePointAt(index);
            position++;
            if (refused(codePoint, allowance)) {
                return Optional.of(new Found(codePoint, position));
            }
            index += Character.charCount(codePoint);
        }
        return Optional.empty();
    }

    /** True when nothing in the text would be visible: only whitespace, controls and invisible formatting. */
    static boolean nothingVisible(String text) {
        return text.codePoints().allMatch(codePoint -> Character.isWhitespace(codePoint)
                || Character.isSpaceChar(codePoint) || Character.isISOControl(codePoint)
                || Character.getType(codePoint) == Character.FORMAT);
    }

    private static boolean refused(int codePoint, Allowance allowance) {
        return switch (allowance) {
            case BODY -> codePoint == 0;
            case MULTI_LINE -> codePoint != '\t' && codePoint != '\n' && codePoint != '\r' && isHidden(codePoint);
            case SINGLE_LINE -> isHidden(codePoint);
        };
    }

    private static boolean isHidden(int codePoint) {
        return Character.isISOControl(codePoint)                    // C0, DEL and C1 (U+0080-U+009F)
                || codePoint == 0x061C                              // ARABIC LETTER MARK
                || codePoint == 0x200E || codePoint == 0x200F       // LEFT-TO-RIGHT and RIGHT-TO-LEFT MARK
                || (codePoint >= 0x202A && codePoint <= 0x202E)     // embeddings, pop, overrides
                || (codePoint >= 0x2066 && codePoint <= 0x2069);    // isolates
    }
}
