package org.blohub.adapters.intake;

import java.util.Objects;

import org.blohub.adapters.spi.TranslationRefusal;

/**
 * Thrown inside a translator when a document or one of its parts cannot be translated; the translator
 * catches it and returns its refusal, so nothing escapes {@code translate}.
 */
public final class DocumentRefusedException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient TranslationRefusal refusal;

    public DocumentRefusedException(TranslationRefusal refusal) {
        super(refusal.describe());
        this.refusal = Objects.requireNonNull(refusal, "refusal");
    }

    public DocumentRefusedException(String locator, String field, String reason) {
        this(new TranslationRefusal(locator, field, reason));
    }

    public TranslationRefusal refusal() {
        return refusal;
    }
}
