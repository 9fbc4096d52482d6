package org.blohub.hub.web;

import org.blohub.hub.security.AccountLockout;
import org.blohub.hub.security.CallerRole;
import org.blohub.hub.security.CurrentCaller;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page, and the start page that sends each role where it works. */
@Controller
class LoginPage {

    private final CurrentCaller callers;
    private final AccountLockout lockout;

    LoginPage(CurrentCaller callers, AccountLockout lockout) {
        this.callers = callers;
        this.lockout = lockout;
    }

    @GetMapping("/login")
    String login(Model model) {
        model.addAttribute("lockMinutes", lockout.lockFor().toMinutes());
        return "login";
    }

    @GetMapping("/")
    String start(Authentication authentication) {
        return switch (callers.of(authentication).role()) {
            case OFFICER -> "redirect:/inbox";
            case COORDINATOR -> "redirect:/notices";
            case AUDITOR -> "redirect:/audit";
            case ADMIN -> "redirect:/admin/links";
            default -> "home";
        };
    }
}
