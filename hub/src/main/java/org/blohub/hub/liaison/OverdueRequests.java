package org.blohub.hub.liaison;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

/** The open overdue notices of an office's sent requests: all of them, or their reasons by message id. */
@Component
public class OverdueRequests {

    private final DeadlineStore deadlines;

    OverdueRequests(DeadlineStore deadlines) {
        this.deadlines = deadlines;
    }

    public List<OverdueNotice> open(String office) {
        return deadlines.openNotices(office);
    }

    public Map<String, List<OverdueReason>> openByMessage(String office) {
        return open(office).stream().collect(Collectors.groupingBy(OverdueNotice::messageId,
                Collectors.mapping(OverdueNotice::reason, Collectors.toList())));
    }
}
