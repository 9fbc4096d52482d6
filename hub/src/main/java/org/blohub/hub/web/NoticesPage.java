package org.blohub.hub.web;

import org.blohub.hub.liaison.OverdueRequests;
import org.blohub.hub.security.CurrentCaller;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The coordinator's page: the office's requests that are overdue, unread or unanswered, until a response closes them. */
@Controller
class NoticesPage {

    static final String PATH = "/notices";

    private final OverdueRequests overdue;
    private final CurrentCaller callers;

    NoticesPage(OverdueRequests overdue, CurrentCaller callers) {
        this.overdue = overdue;
        this.callers = callers;
    }

    @GetMapping(PATH)
    String notices(Authentication authentication, Model model) {
        model.addAttribute("notices", overdue.open(callers.of(authentication).office()));
        return "notices";
    }
}
