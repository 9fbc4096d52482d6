package org.blohub.crypto.note;

/** The character rules of c2sp.org/signed-note: well-formed Unicode, no control character but newline. */
final class NoteText {

    private NoteText() {
    }

    static void requireValidCharacters(String text, String what) throws NoteFormatException {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\n') {
                throw new NoteFormatException(what + " contains control character U+" + String.format("%04X", (int) c)
                        + " at offset " + i);
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new NoteFormatException(what + " is not well-formed Unicode at offset " + i);
            }
        }
    }

    /** A note text must be non-empty valid text ending in a newline. */
    static String requireValidText(String text) throws NoteFormatException {
        if (text == null || !text.endsWith("\n")) {
            throw new NoteFormatException("note text must end with a newline");
        }
        requireValidCharacters(text, "note text");
        return text;
    }
}
