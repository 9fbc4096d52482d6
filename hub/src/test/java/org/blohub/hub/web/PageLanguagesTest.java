package org.blohub.hub.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class PageLanguagesTest {

    @Test
    void theFirstSupportedLanguageTheBrowserAsksForWins() {
        assertThat(PageLanguages.firstSupported(Collections.enumeration(List.of(Locale.forLanguageTag("fr-FR"),
                Locale.forLanguageTag("km-KH"), Locale.forLanguageTag("th"))))).isEqualTo(Locale.forLanguageTag("km"));
    }

    @Test
    void withoutASupportedLanguageThePagesAreInEnglish() {
        assertThat(PageLanguages.firstSupported(Collections.enumeration(List.of(Locale.FRENCH)))).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void regionsAreDroppedAndUnknownLanguagesRefused() {
        assertThat(PageLanguages.supported(Locale.forLanguageTag("my-MM"))).contains(Locale.forLanguageTag("my"));
        assertThat(PageLanguages.supported(Locale.forLanguageTag("zh"))).isEmpty();
    }
}
