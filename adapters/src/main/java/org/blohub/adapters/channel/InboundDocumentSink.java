package org.blohub.adapters.channel;

import org.blohub.adapters.spi.NationalDocument;
import org.blohub.adapters.spi.TranslationRefusal;

/** Where a channel hands the documents it picks up: the hub translates, posts and records them. */
public interface InboundDocumentSink {

    /**
     * Translates the document and posts every part that translated; a part already posted before is not posted
     * again.
     *
     * @throws IntakeUnavailableException when the node cannot take documents now; nothing is lost, the channel
     *                                    offers the document again later
     */
    IntakeOutcome accept(NationalDocument document);

    /** Records a document the channel refused before translating it (too large, not readable). */
    void refuse(String documentName, TranslationRefusal refusal);

    /** Records a document refused because its sender is not one the adapter accepts documents from. */
    void refuseSender(String documentName, TranslationRefusal refusal);
}
