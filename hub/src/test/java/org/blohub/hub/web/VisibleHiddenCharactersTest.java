package org.blohub.hub.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.blohub.hub.web.VisibleHiddenCharacters.Segment;
import org.junit.jupiter.api.Test;

class VisibleHiddenCharactersTest {

    private final VisibleHiddenCharacters characters = new VisibleHiddenCharacters();

    @Test
    void aRightToLeftOverrideBecomesANamedMarkerBetweenThePlainText() {
        assertThat(characters.segments("invoice \u202Efdp.exe")).containsExactly(
                Segment.plain("invoice "),
                new Segment("[U+202E]", true, "U+202E RIGHT-TO-LEFT OVERRIDE"),
                Segment.plain("fdp.exe"));
    }

    @Test
    void controlCharactersOfBothRangesAndEveryBidiControlAreMarked() {
        String body = "\u0000\u001B\u007F\u0085\u009F\u061C\u200E\u200F\u202A\u202B\u202C\u202D\u202E"
                + "\u2066\u2067\u2068\u2069";

        List<Segment> segments = characters.segments(body);

        assertThat(segments).hasSize(body.length()).allMatch(Segment::hidden);
        assertThat(segments.get(0).title()).isEqualTo("U+0000 NULL");
        assertThat(segments.get(1).text()).isEqualTo("[U+001B]");
        assertThat(segments.get(3).title()).isEqualTo("U+0085 NEXT LINE (NEL)");
    }

    @Test
    void textWithTabsLineBreaksThaiAndSupplementaryCharactersStaysOnePlainSegment() {
        String body = "บต 4521\tเชียงราย\r\nline two 😀 \u200B";

        assertThat(characters.segments(body)).containsExactly(Segment.plain(body));
    }

    @Test
    void anEmptyBodyHasNoSegments() {
        assertThat(characters.segments("")).isEmpty();
    }
}
