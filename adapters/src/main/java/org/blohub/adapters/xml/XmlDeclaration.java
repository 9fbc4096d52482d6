package org.blohub.adapters.xml;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.blohub.adapters.intake.DocumentBytes;
import org.blohub.adapters.intake.DocumentRefusedException;

/**
 * The encoding a document declares in its XML declaration ({@code <?xml version="1.0" encoding="windows-874"?>}),
 * UTF-8 when it declares none. Documents are read in ASCII-compatible encodings (UTF-8, windows-874,
 * TIS-620, ...), so the declaration can be read before the encoding is known.
 */
final class XmlDeclaration {

    private static final Pattern DECLARATION = Pattern.compile("^<\\?xml\\s[^?>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']");

    private XmlDeclaration() {
    }

    /** The document's text, decoded strictly in its declared encoding, without a byte order mark. */
    static String decode(byte[] content) throws DocumentRefusedException {
        if (DocumentBytes.startsWithUtf8Bom(content)) {
            return DocumentBytes.decodeUtf8(content);
        }
        String prefix = new String(content, 0, Math.min(content.length, 200), StandardCharsets.ISO_8859_1);
        Matcher m = DECLARATION.matcher(prefix);
        if (!m.find()) {
            return DocumentBytes.decode(content, 0, StandardCharsets.UTF_8);
        }
        Charset charset;
        try {
            charset = Charset.forName(m.group(1));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new DocumentRefusedException("line 1", "encoding", "The declared encoding " + m.group(1)
                    + " is not supported; use UTF-8 (or windows-874 / TIS-620).");
        }
        return DocumentBytes.decode(content, 0, charset);
    }
}
