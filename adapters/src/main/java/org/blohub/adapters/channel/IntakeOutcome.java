package org.blohub.adapters.channel;

import java.util.List;

import org.blohub.adapters.spi.TranslationRefusal;

/**
 * What became of one document.
 *
 * @param accepted parts posted now
 * @param repeated parts posted before (same document reference), not posted again
 * @param refused  parts refused, each with where and why
 */
public record IntakeOutcome(int accepted, int repeated, List<TranslationRefusal> refused) {

    public IntakeOutcome {
        refused = List.copyOf(refused);
    }

    public boolean fullyAccepted() {
        return refused.isEmpty();
    }
}
