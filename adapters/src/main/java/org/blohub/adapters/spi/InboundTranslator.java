package org.blohub.adapters.spi;

/**
 * Translates one national format into canonical messages. Implementations are stateless and thread-safe,
 * never throw for bad input (a bad document or part becomes a {@link TranslationRefusal}: an empty document,
 * one over {@link #MAX_DOCUMENT_BYTES}, bytes not valid in the document's encoding), and never
 * resolve anything outside the document (no external entities, no network).
 */
public interface InboundTranslator {

    /** Every inbound translator refuses a document larger than this (10 MiB), before reading it. */
    int MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;

    /** The format id used in configuration and by {@code adapters check}, e.g. {@code th-cms-xml}. */
    String formatId();

    Translation translate(NationalDocument document, TranslationContext context);
}
