package org.blohub.adapters.spi;

import java.util.List;

/**
 * What a national document became: the messages that translated and the parts that were refused. A
 * document may give both (a CSV with one bad row); a refused document gives no message at all.
 */
public record Translation(List<TranslatedMessage> messages, List<TranslationRefusal> refusals) {

    public Translation {
        messages = List.copyOf(messages);
        refusals = List.copyOf(refusals);
    }

    public static Translation refused(TranslationRefusal refusal) {
        return new Translation(List.of(), List.of(refusal));
    }

    public boolean fullyAccepted() {
        return refusals.isEmpty();
    }
}
