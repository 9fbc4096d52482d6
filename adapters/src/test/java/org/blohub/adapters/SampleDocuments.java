package org.blohub.adapters;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;

import org.blohub.adapters.canonical.MessageIds;
import org.blohub.adapters.canonical.SampleMessages;
import org.blohub.adapters.spi.NationalDocument;
import org.blohub.adapters.spi.TranslationContext;

/**
 * The national sample documents of {@code docs/samples} (one per format) and a translation context at
 * {@link SampleMessages#CLOCK}, for translator tests here and channel tests in the hub.
 */
public final class SampleDocuments {

    public static final String TH_CMS_REQUEST = "th-cms-request.xml";
    public static final String LA_CUSTOMS_SEIZURES = "la-customs-seizures.csv";
    public static final String KH_IMMIGRATION_ALERT = "kh-immigration-alert.json";
    public static final String MM_OFFICER_REQUEST = "mm-officer-request.eml";

    private static final Path SAMPLES = Path.of("..", "docs", "samples");

    private SampleDocuments() {
    }

    public static byte[] bytes(String fileName) {
        try {
            return Files.readAllBytes(SAMPLES.resolve(fileName));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read sample " + fileName, e);
        }
    }

    public static NationalDocument document(String fileName) {
        return new NationalDocument(fileName, bytes(fileName));
    }

    public static TranslationContext context(String office) {
        return new TranslationContext(office, SampleMessages.CLOCK, new MessageIds(SampleMessages.CLOCK, new SecureRandom()));
    }
}
