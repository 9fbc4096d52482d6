package org.blohub.adapters.jsonmapping;

import org.blohub.adapters.spi.InboundTranslator;
import org.blohub.adapters.spi.NationalDocument;
import org.blohub.adapters.spi.Translation;
import org.blohub.adapters.spi.TranslationContext;

/**
 * The Cambodian immigration alert feed ({@code kh-immigration-json}): the packaged mapping
 * {@code kh-immigration-json.yaml} next to this class, registered for {@link java.util.ServiceLoader}.
 */
public final class CambodianImmigrationAlertTranslator implements InboundTranslator {

    public static final String MAPPING_RESOURCE = "kh-immigration-json.yaml";

    private final JsonMappingTranslator translator = JsonMappingTranslator.fromResource(
            CambodianImmigrationAlertTranslator.class, MAPPING_RESOURCE);

    @Override
    public String formatId() {
        return translator.formatId();
    }

    @Override
    public Translation translate(NationalDocument document, TranslationContext context) {
        return translator.translate(document, context);
    }
}
