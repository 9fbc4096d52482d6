package org.blohub.hub.web;

import java.time.Duration;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * The user's page language: chosen with {@code ?lang=} on any page and kept in a cookie; before any choice, the first
 * supported language the browser asks for, else English. Unsupported languages fall back to English.
 */
final class PageLocaleResolver implements LocaleResolver {

    static final String COOKIE = "blo-lang";

    private final CookieLocaleResolver cookie;

    PageLocaleResolver() {
        cookie = new CookieLocaleResolver(COOKIE);
        cookie.setCookieMaxAge(Duration.ofDays(365));
        cookie.setCookieHttpOnly(true);
        cookie.setCookieSecure(true);
        cookie.setCookieSameSite("Lax");
        cookie.setDefaultLocaleFunction(request -> PageLanguages.firstSupported(request.getLocales()));
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        return PageLanguages.supported(cookie.resolveLocale(request)).orElse(PageLanguages.ENGLISH);
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        cookie.setLocale(request, response, PageLanguages.supported(locale).orElse(PageLanguages.ENGLISH));
    }
}
