package org.blohub.hub.web;

import java.time.Clock;

import org.blohub.hub.security.CurrentCaller;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The office's inbox and outbox. The table's rows are also served alone, so the page polls them (htmx) and shows
 * status changes without reloading.
 */
@Controller
class MailboxPages {

    private final OfficeMessages messages;
    private final CurrentCaller callers;
    private final Clock clock;

    MailboxPages(OfficeMessages messages, CurrentCaller callers, Clock clock) {
        this.messages = messages;
        this.callers = callers;
        this.clock = clock;
    }

    @GetMapping("/inbox")
    String inbox(Authentication authentication, Model model) {
        return mailbox("inbox", authentication, model, "mailbox");
    }

    @GetMapping("/inbox/rows")
    String inboxRows(Authentication authentication, Model model) {
        return mailbox("inbox", authentication, model, "mailbox :: rows");
    }

    @GetMapping("/outbox")
    String outbox(Authentication authentication, Model model) {
        return mailbox("outbox", authentication, model, "mailbox");
    }

    @GetMapping("/outbox/rows")
    String outboxRows(Authentication authentication, Model model) {
        return mailbox("outbox", authentication, model, "mailbox :: rows");
    }

    private String mailbox(String which, Authentication authentication, Model model, String view) {
        String office = callers.of(authentication).office();
        model.addAttribute("mailbox", which);
        model.addAttribute("messages", which.equals("inbox") ? messages.inbox(office) : messages.outbox(office));
        model.addAttribute("now", clock.instant());
        return view;
    }
}
