package org.blohub.hub.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.blohub.hub.registry.NetworkRegistry;
import org.blohub.hub.registry.Office;
import org.blohub.hub.security.CurrentCaller;
import org.blohub.hub.security.OfficeCaller;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What the layout's header shows on every page: the signed-in user and their office, the navigation for their role,
 * and the language switcher (each language named in its own script).
 */
@ControllerAdvice(basePackages = "org.blohub.hub.web")
class PageHeader {

    /** A language of the switcher. */
    record Language(String tag, String name) {
    }

    /** The signed-in user as the header shows them. */
    record SignedIn(String user, String office, String officeName, String role) {
    }

    private static final List<Language> LANGUAGES = PageLanguages.SUPPORTED.stream()
            .map(locale -> new Language(locale.getLanguage(), locale.getDisplayLanguage(locale)))
            .toList();

    private final List<NavigationLink> links;
    private final CurrentCaller callers;
    private final NetworkRegistry registry;

    PageHeader(List<NavigationLink> links, CurrentCaller callers, NetworkRegistry registry) {
        this.links = List.copyOf(links);
        this.callers = callers;
        this.registry = registry;
    }

    @ModelAttribute("languages")
    List<Language> languages() {
        return LANGUAGES;
    }

    @ModelAttribute("signedIn")
    Optional<SignedIn> signedIn(Authentication authentication) {
        return caller(authentication).map(caller -> new SignedIn(caller.name(), caller.office(),
                registry.office(caller.office()).map(Office::displayName).orElse(caller.office()), caller.role().name()));
    }

    @ModelAttribute("navigation")
    List<NavigationLink> navigation(Authentication authentication) {
        return caller(authentication)
                .map(caller -> links.stream().filter(link -> caller.acts(link.role())).toList())
                .orElse(List.of());
    }

    @ModelAttribute("pageLanguage")
    String pageLanguage(Locale locale) {
        return locale.getLanguage();
    }

    private Optional<OfficeCaller> caller(Authentication authentication) {
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        return Optional.of(callers.of(authentication));
    }
}
