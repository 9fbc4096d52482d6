package org.blohub.hub.bench;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/** The run whose timings the delivery and receipt observers feed; none between runs. */
final class CurrentRun {

    private final AtomicReference<ExchangeTimings> current = new AtomicReference<>();

    void begin(ExchangeTimings timings) {
        current.set(timings);
    }

    void end() {
        current.set(null);
    }

    Optional<ExchangeTimings> timings() {
        return Optional.ofNullable(current.get());
    }

    void delivered(String messageId) {
        timings().ifPresent(timings -> timings.delivered(messageId));
    }

    void receiptVerified(String messageId) {
        timings().ifPresent(timings -> timings.receiptVerified(messageId));
    }
}
