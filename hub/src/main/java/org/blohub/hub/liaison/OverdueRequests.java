package org.blohub.hub.liaison;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

/** The open overdue reasons of an office's sent requests, by message id, for the outbox listing. */
@Component
public class OverdueRequests {

    private final DeadlineStore deadlines;

    OverdueRequests(DeadlineStore deadlines) {
        this.deadlines = deadlines;
    }

    public Map<String, List<OverdueReason>> openByMessage(String office) {
        return deadlines.openNotices(office).stream().collect(Collectors.groupingBy(OverdueNotice::messageId,
                Collectors.mapping(OverdueNotice::reason, Collectors.toList())));
    }
}
