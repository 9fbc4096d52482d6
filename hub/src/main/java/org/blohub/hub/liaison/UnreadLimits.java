package org.blohub.hub.liaison;

import java.time.Duration;
import java.util.Map;

import org.blohub.adapters.canonical.Priority;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How long a REQUEST may stay unread by its addressee, counted from its submission, before it is overdue:
 * {@code blo.liaison.unread-limit.flash} (30 minutes), {@code .immediate} (8 hours), {@code .routine} (3 days).
 */
@Component
public class UnreadLimits {

    private final Map<Priority, Duration> limits;

    UnreadLimits(@Value("${blo.liaison.unread-limit.flash:30m}") Duration flash,
            @Value("${blo.liaison.unread-limit.immediate:8h}") Duration immediate,
            @Value("${blo.liaison.unread-limit.routine:3d}") Duration routine) {
        this.limits = Map.of(Priority.FLASH, flash, Priority.IMMEDIATE, immediate, Priority.ROUTINE, routine);
    }

    public Duration of(Priority priority) {
        return limits.get(priority);
    }
}
