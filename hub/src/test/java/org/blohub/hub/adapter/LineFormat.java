package org.blohub.hub.adapter;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.blohub.adapters.canonical.HandlingCode;
import org.blohub.adapters.canonical.LiaisonMessage;
import org.blohub.adapters.canonical.MessageKind;
import org.blohub.adapters.canonical.Priority;
import org.blohub.adapters.spi.InboundTranslator;
import org.blohub.adapters.spi.NationalDocument;
import org.blohub.adapters.spi.OutboundTranslator;
import org.blohub.adapters.spi.RenderedDocument;
import org.blohub.adapters.spi.TranslatedMessage;
import org.blohub.adapters.spi.Translation;
import org.blohub.adapters.spi.TranslationContext;
import org.blohub.adapters.spi.TranslationRefusal;

/**
 * A test-only national format, {@code test-lines}, registered through META-INF/services as the real ones are:
 * one NOTIFICATION per line {@code <from or empty>;<to>;<subject>}; a line without three fields is refused.
 * Renders a delivered message as {@code <from>;<to>;<subject>} in {@code <id>.txt}.
 */
public final class LineFormat implements InboundTranslator, OutboundTranslator {

    static final String ID = "test-lines";

    @Override
    public String formatId() {
        return ID;
    }

    @Override
    public Translation translate(NationalDocument document, TranslationContext context) {
        String text = new String(document.content(), StandardCharsets.UTF_8);
        if (text.isEmpty()) {
            return Translation.refused(TranslationRefusal.ofDocument("file", "the file is empty"));
        }
        String digest = sha256(document.content());
        List<TranslatedMessage> messages = new ArrayList<>();
        List<TranslationRefusal> refusals = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int index = 0; index < lines.length; index++) {
            String line = lines[index].strip();
            if (line.isEmpty()) {
                continue;
            }
            String locator = "line " + (index + 1);
            String[] fields = line.split(";", -1);
            if (fields.length != 3) {
                refusals.add(new TranslationRefusal(locator, "subject", "expected 3 fields separated by ';', found "
                        + fields.length));
                continue;
            }
            String id = context.ids().next();
            LiaisonMessage message = LiaisonMessage.builder().id(id).conversationId(id)
                    .from(fields[0].isEmpty() ? context.office() : fields[0]).to(fields[1])
                    .kind(MessageKind.NOTIFICATION).priority(Priority.ROUTINE).handling(HandlingCode.H1)
                    .createdAt(context.clock().instant()).language("en").subject(fields[2]).body(fields[2]).build();
            messages.add(new TranslatedMessage(message, locator, digest + "#" + (index + 1)));
        }
        return new Translation(messages, refusals);
    }

    @Override
    public RenderedDocument render(LiaisonMessage message) {
        return new RenderedDocument(message.id() + ".txt", "text/plain",
                (message.from() + ";" + String.join(",", message.to()) + ";" + message.subject())
                        .getBytes(StandardCharsets.UTF_8));
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
