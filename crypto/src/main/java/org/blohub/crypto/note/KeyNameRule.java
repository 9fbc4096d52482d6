package org.blohub.crypto.note;

/** c2sp.org/signed-note key names: non-empty well-formed text, no Unicode space, no plus sign, no control character. */
final class KeyNameRule {

    private KeyNameRule() {
    }

    static String requireValid(String name, String what) throws NoteFormatException {
        if (name == null || name.isEmpty()) {
            throw new NoteFormatException(what + " is empty");
        }
        for (int i = 0; i < name.length(); ) {
            int codePoint = name.codePointAt(i);
            boolean loneSurrogate = codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE;
            if (codePoint == '+' || isSpace(codePoint) || codePoint < 0x20 || loneSurrogate) {
                throw new NoteFormatException(what + " contains a space, plus sign or control character at offset "
                        + i);
            }
            i += Character.charCount(codePoint);
        }
        return name;
    }

    /** Unicode White_Space as Go's unicode.IsSpace sees it. */
    private static boolean isSpace(int codePoint) {
        return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint) || codePoint == 0x85;
    }
}
