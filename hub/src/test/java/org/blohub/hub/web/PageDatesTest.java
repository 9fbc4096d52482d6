package org.blohub.hub.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class PageDatesTest {

    static final Instant NOON_IN_BANGKOK = Instant.parse("2026-12-07T05:00:00Z");
    final PageDates dates = new PageDates(ZoneId.of("Asia/Bangkok"));

    @Test
    void thaiDatesShowTheBuddhistEraYearWithItsEraName() {
        String thai = dates.format(NOON_IN_BANGKOK, Locale.forLanguageTag("th"));

        assertThat(thai).contains("2569").contains("พ.ศ.").contains("12:00").doesNotContain("2026");
    }

    @Test
    void otherLanguagesShowTheGregorianYearInTheirOwnFormat() {
        assertThat(dates.format(NOON_IN_BANGKOK, Locale.ENGLISH)).contains("Dec").contains("2026").contains("12:00");
        assertThat(dates.format(NOON_IN_BANGKOK, Locale.forLanguageTag("vi"))).contains("2026").doesNotContain("Dec");
        assertThat(dates.format(NOON_IN_BANGKOK, Locale.forLanguageTag("lo"))).contains("2026");
    }

    @Test
    void timesAreShownInTheNodesZone() {
        assertThat(dates.format(Instant.parse("2026-12-07T17:30:00Z"), Locale.ENGLISH)).contains("Dec 8, 2026");
    }
}
