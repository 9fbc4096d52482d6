package org.blohub.hub.web.oversight;

import java.util.List;
import org.blohub.hub.admin.DiscardReason;
import org.blohub.hub.admin.QuarantineDiscard;
import org.blohub.hub.store.QuarantineStore;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's pages (role ADMIN, see {@link OversightAccessRules}): peer links, broker and database health,
 * the quarantine with discarding, and the registry. They show routing data, reasons and counts, never a subject,
 * body or person's name.
 */
@Controller
@RequestMapping("/admin")
class AdministratorPages {

    static final int QUARANTINE_PAGE = 100;

    private final PeerLinksOverview links;
    private final DatabaseProbe database;
    private final QuarantineStore quarantine;
    private final QuarantineDiscard discard;
    private final RegistryOverview registry;

    AdministratorPages(PeerLinksOverview links, DatabaseProbe database, QuarantineStore quarantine,
            QuarantineDiscard discard, RegistryOverview registry) {
        this.links = links;
        this.database = database;
        this.quarantine = quarantine;
        this.discard = discard;
        this.registry = registry;
    }

    @GetMapping
    String start() {
        return "redirect:/admin/links";
    }

    @GetMapping("/links")
    String links(Model model) {
        model.addAttribute("links", links.read());
        model.addAttribute("database", database.probe());
        return "oversight/admin-links";
    }

    @GetMapping("/quarantine")
    String quarantine(@RequestParam(defaultValue = "0") int offset, Model model) {
        int from = Math.max(offset, 0);
        List<QuarantineRow> rows = quarantine.pending(from, QUARANTINE_PAGE).stream().map(QuarantineRow::of).toList();
        model.addAttribute("entries", rows);
        model.addAttribute("reasons", DiscardReason.values());
        if (rows.size() == QUARANTINE_PAGE) {
            model.addAttribute("nextOffset", from + QUARANTINE_PAGE);
        }
        return "oversight/admin-quarantine";
    }

    /** Discards an entry with one of the fixed reasons; the outcome is shown on the quarantine page. */
    @PostMapping("/quarantine/{id}/discard")
    String discard(@PathVariable long id, @RequestParam(required = false) String reason, Authentication administrator,
            RedirectAttributes redirect) {
        redirect.addFlashAttribute("entryId", id);
        redirect.addFlashAttribute("discarded", false);
        DiscardReason chosen;
        try {
            chosen = DiscardReason.valueOf(reason == null ? "" : reason.strip());
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("outcomeKey", "admin.quarantine.outcome.noReason");
            return "redirect:/admin/quarantine";
        }
        QuarantineDiscard.Outcome outcome = discard.discard(id, chosen, administrator.getName());
        redirect.addFlashAttribute("outcomeKey", "admin.quarantine.outcome." + outcome.name());
        redirect.addFlashAttribute("discarded", outcome == QuarantineDiscard.Outcome.DISCARDED);
        return "redirect:/admin/quarantine";
    }

    @GetMapping("/registry")
    String registry(Model model) {
        model.addAttribute("registry", registry.read());
        return "oversight/admin-registry";
    }
}
