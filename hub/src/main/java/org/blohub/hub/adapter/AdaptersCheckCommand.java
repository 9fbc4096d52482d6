package org.blohub.hub.adapter;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.Callable;

import org.blohub.adapters.canonical.LiaisonMessageJson;
import org.blohub.adapters.canonical.MessageIds;
import org.blohub.adapters.spi.InboundTranslator;
import org.blohub.adapters.spi.NationalDocument;
import org.blohub.adapters.spi.NationalFormats;
import org.blohub.adapters.spi.TranslatedMessage;
import org.blohub.adapters.spi.Translation;
import org.blohub.adapters.spi.TranslationContext;
import org.blohub.adapters.spi.TranslationRefusal;
import org.springframework.util.unit.DataSize;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code adapters check --format <id> FILE}: translates a national document as an adapter would, without a node and
 * without sending anything, and prints each canonical message as JSON and each refused part with where and why.
 * Exit code 0 when every part translated, 1 when a part was refused, 2 for a usage error (unknown format, no file).
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Translate a national document without sending it: print each canonical message (JSON) and "
                + "each refused part. Exit code 0: all translated; 1: some part refused; 2: usage error.")
final class AdaptersCheckCommand implements Callable<Integer> {

    static final int ALL_TRANSLATED = 0;
    static final int SOME_REFUSED = 1;
    static final int USAGE_ERROR = 2;

    @Spec
    CommandSpec spec;

    @Option(names = "--format", required = true, paramLabel = "FORMAT-ID",
            description = "the document's format, e.g. la-customs-csv or th-cms-xml")
    String format;

    @Option(names = "--office", paramLabel = "OFFICE-ID",
            description = "the office the adapter posts for, used where the document does not name its sender "
                    + "(default: ${DEFAULT-VALUE})")
    String office = "XX-CHECK";

    @Option(names = "--max-size", paramLabel = "SIZE", description = "larger files are refused unread (default: "
            + "${DEFAULT-VALUE})")
    String maxSize = "10MB";

    @Parameters(paramLabel = "FILE", description = "the national document")
    Path file;

    private final NationalFormats formats;

    AdaptersCheckCommand() {
        this(NationalFormats.load());
    }

    AdaptersCheckCommand(NationalFormats formats) {
        this.formats = formats;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Optional<InboundTranslator> translator = formats.inbound(format);
        if (translator.isEmpty()) {
            err.println("unknown format '" + format + "'; available: "
                    + String.join(", ", new TreeSet<>(formats.inboundFormatIds())));
            return USAGE_ERROR;
        }
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            err.println("cannot read " + file + ": not a readable file");
            return USAGE_ERROR;
        }
        long limit;
        try {
            limit = DataSize.parse(maxSize).toBytes();
        } catch (IllegalArgumentException e) {
            err.println("--max-size: not a size: '" + maxSize + "'; write e.g. 512KB or 10MB");
            return USAGE_ERROR;
        }
        long size = Files.size(file);
        if (size > limit) {
            err.println("REFUSED file: the file has " + size + " bytes; at most " + limit + " are read (--max-size)");
            return SOME_REFUSED;
        }
        Clock clock = Clock.systemUTC();
        Translation translation = translator.get().translate(
                new NationalDocument(file.getFileName().toString(), Files.readAllBytes(file)),
                new TranslationContext(office, clock, new MessageIds(clock, new SecureRandom())));
        LiaisonMessageJson json = new LiaisonMessageJson();
        for (TranslatedMessage message : translation.messages()) {
            out.println("# " + message.locator() + " (reference " + message.reference() + ")");
            out.println(json.toJson(message.message()));
        }
        for (TranslationRefusal refusal : translation.refusals()) {
            err.println("REFUSED " + refusal.describe());
        }
        err.println(translation.messages().size() + " message(s), " + translation.refusals().size() + " refused part(s)");
        out.flush();
        err.flush();
        return translation.fullyAccepted() ? ALL_TRANSLATED : SOME_REFUSED;
    }
}
