package org.blohub.hub.liaison;

import java.time.Duration;
import java.util.Map;

import org.blohub.adapters.canonical.Priority;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The longest time a REQUEST may leave its addressee to reply, per priority; also the reply-by a REQUEST
 * gets when its sender sets none. Defaults follow the time limits of Directive (EU) 2023/977 (urgent 8
 * hours, 3 days, 14 days); a node sets its own with {@code blo.liaison.reply-by.flash} and the like.
 */
@Component
public class ReplyByLimits {

    private final Map<Priority, Duration> limits;

    ReplyByLimits(@Value("${blo.liaison.reply-by.flash:8h}") Duration flash,
            @Value("${blo.liaison.reply-by.immediate:3d}") Duration immediate,
            @Value("${blo.liaison.reply-by.routine:14d}") Duration routine) {
        this.limits = Map.of(Priority.FLASH, flash, Priority.IMMEDIATE, immediate, Priority.ROUTINE, routine);
    }

    public Duration of(Priority priority) {
        return limits.get(priority);
    }
}
