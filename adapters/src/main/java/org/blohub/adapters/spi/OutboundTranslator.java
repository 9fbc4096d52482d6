package org.blohub.adapters.spi;

import org.blohub.adapters.canonical.LiaisonMessage;

/** Writes a delivered canonical message in one national format. Stateless and thread-safe. */
public interface OutboundTranslator {

    String formatId();

    RenderedDocument render(LiaisonMessage message);
}
