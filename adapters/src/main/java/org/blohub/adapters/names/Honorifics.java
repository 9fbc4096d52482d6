package org.blohub.adapters.names;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Titles written in front of names, which are not part of the name: Thai นาย/นาง/นางสาว (written
 * without a space), Lao ທ້າວ/ນາງ, Khmer លោក/លោកស្រី and English Mr/Mrs/Ms/Miss.
 */
final class Honorifics {

    /** Longest first, so that นางสาว is not read as นาง followed by สาว. */
    private static final List<String> PREFIXES = List.of("นางสาว", "เด็กชาย", "เด็กหญิง", "นาย", "นาง",
            "ທ້າວ", "ນາງ", "លោកស្រី", "លោក");
    private static final Set<String> LATIN_WORDS = Set.of("mr", "mrs", "ms", "miss");

    private Honorifics() {
    }

    /** {@code name} without a leading title (only when a name follows it). */
    static String strip(String name) {
        String trimmed = name.strip();
        for (String prefix : PREFIXES) {
            if (trimmed.startsWith(prefix) && trimmed.length() > prefix.length()) {
                return trimmed.substring(prefix.length()).strip();
            }
        }
        return trimmed;
    }

    static boolean isLatinTitle(String token) {
        return LATIN_WORDS.contains(token.toLowerCase(Locale.ROOT).replace(".", ""));
    }
}
