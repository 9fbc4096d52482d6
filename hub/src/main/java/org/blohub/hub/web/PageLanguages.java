package org.blohub.hub.web;

import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The languages the pages speak: English, Thai, Lao, Khmer, Myanmar (Burmese) and Vietnamese. */
public final class PageLanguages {

    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final List<Locale> SUPPORTED = List.of(ENGLISH, Locale.forLanguageTag("th"),
            Locale.forLanguageTag("lo"), Locale.forLanguageTag("km"), Locale.forLanguageTag("my"),
            Locale.forLanguageTag("vi"));

    private PageLanguages() {
    }

    /** The supported language of a locale (its region and variants dropped), if it is one. */
    public static Optional<Locale> supported(Locale locale) {
        return locale == null ? Optional.empty()
                : SUPPORTED.stream().filter(language -> language.getLanguage().equals(locale.getLanguage())).findFirst();
    }

    /** The first supported language of a browser's Accept-Language list, else English. */
    static Locale firstSupported(Enumeration<Locale> preferred) {
        while (preferred.hasMoreElements()) {
            Optional<Locale> language = supported(preferred.nextElement());
            if (language.isPresent()) {
                return language.get();
            }
        }
        return ENGLISH;
    }
}
