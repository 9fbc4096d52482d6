package org.blohub.hub.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

/**
 * Splits a message body into plain text and markers for the characters a reader cannot see but which change what is
 * shown: C0 and C1 control characters (tab and line breaks excepted) and the bidirectional controls. The body stays
 * as written; the page shows each such character as {@code [U+202E]} with its name as title. Public for the
 * templates.
 */
@Component("hiddenCharacters")
public class VisibleHiddenCharacters {

    /** A run of plain text, or one hidden character as its marker and its code point and name as title. */
    public record Segment(String text, boolean hidden, String title) {

        static Segment plain(String text) {
            return new Segment(text, false, "");
        }

        static Segment marker(int codePoint) {
            String code = String.format(Locale.ROOT, "U+%04X", codePoint);
            String name = Character.getName(codePoint);
            return new Segment("[" + code + "]", true, name == null ? code : code + " " + name);
        }
    }

    public List<Segment> segments(String body) {
        List<Segment> segments = new ArrayList<>();
        int plainStart = 0;
        int index = 0;
        while (index < body.length()) {
            int codePoint = body.codePointAt(index);
            int next = index + Character.charCount(codePoint);
            if (isHidden(codePoint)) {
                if (plainStart < index) {
                    segments.add(Segment.plain(body.substring(plainStart, index)));
                }
                segments.add(Segment.marker(codePoint));
                plainStart = next;
            }
            index = next;
        }
        if (plainStart < body.length()) {
            segments.add(Segment.plain(body.substring(plainStart)));
        }
        return segments;
    }

    static boolean isHidden(int codePoint) {
        if (codePoint == '\t' || codePoint == '\n' || codePoint == '\r') {
            return false;
        }
        return codePoint < 0x20 || (codePoint >= 0x7F && codePoint <= 0x9F)
                || codePoint == 0x061C || codePoint == 0x200E || codePoint == 0x200F
                || (codePoint >= 0x202A && codePoint <= 0x202E) || (codePoint >= 0x2066 && codePoint <= 0x2069);
    }
}
