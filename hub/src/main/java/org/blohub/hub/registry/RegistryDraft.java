package org.blohub.hub.registry;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A registry file an operator is preparing, checked with the node's own parser before it is signed:
 * a template (no certificates) or an unsigned published registry (serial, issue time, certificates).
 */
public final class RegistryDraft {

    /** Only the published form carries a top-level {@code serial}; the parser reports it as unknown in a template. */
    private static final Pattern TOP_LEVEL_SERIAL = Pattern.compile("(?m)^serial\\s*:");

    private final Path file;
    private final byte[] content;

    private RegistryDraft(Path file, byte[] content) {
        this.file = file;
        this.content = content;
    }

    public static RegistryDraft read(Path file) throws RegistryException {
        try {
            return new RegistryDraft(file, Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            throw RegistryException.refused(file, "registry file does not exist", e);
        } catch (IOException e) {
            throw RegistryException.refused(file, "cannot read registry file: " + e.getMessage(), e);
        }
    }

    public Path file() {
        return file;
    }

    /** The exact bytes, as they will be signed. */
    public byte[] content() {
        return content.clone();
    }

    public boolean isPublishedForm() {
        return TOP_LEVEL_SERIAL.matcher(new String(content, StandardCharsets.UTF_8)).find();
    }

    /** Checks a template exactly as {@link RegistryPublisher} does before publishing it. */
    public NetworkOutline checkTemplate() throws RegistryException {
        return RegistryParser.parseTemplate(file, content);
    }

    /**
     * Checks a published registry exactly as {@link RegistryLoader} does after its signature verified.
     *
     * @param trustRoots the regional root(s) that must have issued the national CA certificates
     */
    public NetworkRegistry checkPublished(List<X509Certificate> trustRoots) throws RegistryException {
        return RegistryParser.parsePublished(file, content, trustRoots);
    }
}
