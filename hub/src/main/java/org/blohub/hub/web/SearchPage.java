package org.blohub.hub.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.blohub.adapters.canonical.SourceReliability;
import org.blohub.hub.security.CurrentCaller;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Searches the office's recent messages (the newest {@value OfficeMessages#SEARCH_DEPTH} of inbox and outbox each) by
 * subject, counterpart office and creation date, and by a person's name when a {@link PersonNameSearch} is present.
 */
@Controller
class SearchPage {

    private final OfficeMessages messages;
    private final Optional<PersonNameSearch> names;
    private final PageDates dates;
    private final CurrentCaller callers;

    SearchPage(OfficeMessages messages, Optional<PersonNameSearch> names, PageDates dates, CurrentCaller callers) {
        this.messages = messages;
        this.names = names;
        this.dates = dates;
        this.callers = callers;
    }

    @GetMapping("/search")
    String search(@RequestParam Optional<String> subject, @RequestParam Optional<String> office,
            @RequestParam Optional<String> from, @RequestParam Optional<String> until,
            @RequestParam Optional<String> name, @RequestParam Optional<String> reliability,
            Authentication authentication, Model model) {
        String caller = callers.of(authentication).office();
        Optional<String> subjectText = subject.map(String::strip).filter(text -> !text.isEmpty());
        Optional<String> counterpart = office.map(String::strip).filter(text -> !text.isEmpty());
        Optional<String> nameText = name.map(String::strip).filter(text -> !text.isEmpty());
        List<String> problems = new ArrayList<>();
        Optional<Instant> since = day(from, problems, "from").map(dates::startOf);
        Optional<Instant> before = day(until, problems, "until").map(day -> dates.startOf(day.plusDays(1)));
        Optional<SourceReliability> sourceReliability = reliability(reliability, problems);
        boolean asked = subjectText.isPresent() || counterpart.isPresent() || since.isPresent() || before.isPresent()
                || nameText.isPresent() || sourceReliability.isPresent();
        List<OfficeMessage> found = List.of();
        if (asked && problems.isEmpty()) {
            Optional<Set<String>> named = nameText.flatMap(text -> names.map(search -> Set.copyOf(search.messageIds(caller, text))));
            found = Stream.concat(messages.recentInbox(caller).stream(), messages.recentOutbox(caller).stream())
                    .filter(message -> counterpart.map(id -> message.counterparts().contains(id)).orElse(true))
                    .filter(message -> since.map(time -> !message.view().createdAt().isBefore(time)).orElse(true))
                    .filter(message -> before.map(time -> message.view().createdAt().isBefore(time)).orElse(true))
                    .filter(message -> subjectText.map(text -> message.subject().toLowerCase(Locale.ROOT)
                            .contains(text.toLowerCase(Locale.ROOT))).orElse(true))
                    .filter(message -> named.map(ids -> ids.contains(message.id())).orElse(true))
                    .filter(message -> sourceReliability.map(message::hasReliability).orElse(true))
                    .sorted(Comparator.comparing((OfficeMessage message) -> message.view().createdAt()).reversed())
                    .toList();
        }
        model.addAttribute("asked", asked);
        model.addAttribute("problems", problems);
        model.addAttribute("found", found);
        model.addAttribute("nameSearch", names.isPresent());
        model.addAttribute("subject", subjectText.orElse(""));
        model.addAttribute("office", counterpart.orElse(""));
        model.addAttribute("from", from.orElse(""));
        model.addAttribute("until", until.orElse(""));
        model.addAttribute("name", nameText.orElse(""));
        model.addAttribute("reliability", sourceReliability.map(Enum::name).orElse(""));
        model.addAttribute("reliabilities", SourceReliability.values());
        return "search";
    }

    private static Optional<LocalDate> day(Optional<String> value, List<String> problems, String field) {
        Optional<String> text = value.map(String::strip).filter(day -> !day.isEmpty());
        try {
            return text.map(LocalDate::parse);
        } catch (DateTimeParseException e) {
            problems.add(field);
            return Optional.empty();
        }
    }

    private static Optional<SourceReliability> reliability(Optional<String> code, List<String> problems) {
        Optional<String> given = code.map(String::strip).filter(text -> !text.isEmpty());
        if (given.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(SourceReliability.valueOf(given.get()));
        } catch (IllegalArgumentException e) {
            problems.add("reliability");
            return Optional.empty();
        }
    }
}
