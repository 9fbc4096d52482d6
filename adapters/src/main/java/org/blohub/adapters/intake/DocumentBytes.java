package org.blohub.adapters.intake;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.blohub.adapters.spi.InboundTranslator;
import org.blohub.adapters.spi.NationalDocument;

/** The checks every inbound translator makes on the raw bytes: size, then strict decoding. */
public final class DocumentBytes {

    private DocumentBytes() {
    }

    /** The document's bytes, refused when empty or larger than {@link InboundTranslator#MAX_DOCUMENT_BYTES}. */
    public static byte[] sized(NationalDocument document) throws DocumentRefusedException {
        byte[] content = document.content();
        if (content.length == 0) {
            throw new DocumentRefusedException("document", "", "The document is empty (0 bytes); send the file again.");
        }
        if (content.length > InboundTranslator.MAX_DOCUMENT_BYTES) {
            throw new DocumentRefusedException("document", "", "The document is " + content.length
                    + " bytes; at most " + InboundTranslator.MAX_DOCUMENT_BYTES
                    + " bytes (10 MiB) are accepted. Split it or send large files as attachments.");
        }
        return content;
    }

    /**
     * Decodes {@code bytes} from {@code offset}, refusing any byte sequence that is not valid in
     * {@code charset} with the line and byte offset where it starts (never replacing it silently).
     */
    public static String decode(byte[] bytes, int offset, Charset charset) throws DocumentRefusedException {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharBuffer out = CharBuffer.allocate((int) Math.ceil((bytes.length - offset) * (double) decoder.maxCharsPerByte()) + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            out.flip();
            int line = 1 + (int) out.chars().filter(c -> c == '\n').count();
            throw new DocumentRefusedException("line " + line + ", byte " + in.position(), "",
                    "The bytes here are not valid " + charset.name() + "; save the file as " + charset.name()
                            + " or declare the encoding it is written in.");
        }
        out.flip();
        return out.toString();
    }

    /** {@link #decode} after a UTF-8 byte order mark, if there is one. */
    public static String decodeUtf8(byte[] bytes) throws DocumentRefusedException {
        int offset = startsWithUtf8Bom(bytes) ? 3 : 0;
        return decode(bytes, offset, StandardCharsets.UTF_8);
    }

    /** SHA-256 of the document's bytes in lower-case hex: a stable key for "the same document again". */
    public static String sha256Hex(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new MissingDigestException(e);
        }
    }

    public static boolean startsWithUtf8Bom(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF;
    }
}
