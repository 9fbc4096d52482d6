package org.blohub.adapters.spi;

/**
 * Translates one national format into canonical messages. Implementations are stateless and thread-safe,
 * never throw for bad input (a bad document or part becomes a {@link TranslationRefusal}), and never
 * resolve anything outside the document (no external entities, no network).
 */
public interface InboundTranslator {

    /** The format id used in configuration and by {@code adapters check}, e.g. {@code th-cms-xml}. */
    String formatId();

    Translation translate(NationalDocument document, TranslationContext context);
}
