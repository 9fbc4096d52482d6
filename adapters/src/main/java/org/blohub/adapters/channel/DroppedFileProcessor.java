package org.blohub.adapters.channel;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.blohub.adapters.spi.NationalDocument;
import org.blohub.adapters.spi.TranslationRefusal;

/**
 * Refuses an empty or over-size file without reading it, otherwise reads it and hands it to the sink; then sets
 * where the file component moves it ({@code done/} or {@code error/}, under a name not yet taken there) and
 * writes the error file for a refused one.
 */
final class DroppedFileProcessor implements Processor {

    static final String TARGET = "bloDropTarget";

    private final DirectoryDrop drop;
    private final InboundDocumentSink sink;

    DroppedFileProcessor(DirectoryDrop drop, InboundDocumentSink sink) {
        this.drop = drop;
        this.sink = sink;
    }

    @Override
    public void process(Exchange exchange) throws IOException {
        Path file = Path.of(exchange.getIn().getHeader(Exchange.FILE_PATH, String.class));
        String name = file.getFileName().toString();
        long size = Files.size(file);
        IntakeOutcome outcome;
        if (size == 0) {
            outcome = refusedWhole(name, "the file is empty (0 bytes)");
        } else if (size > drop.maxFileBytes()) {
            outcome = refusedWhole(name, "the file has " + size + " bytes; this adapter accepts files of at most "
                    + drop.maxFileBytes() + " bytes (maxFileSize); split it into smaller files");
        } else {
            outcome = sink.accept(new NationalDocument(name, Files.readAllBytes(file)));
        }
        Path target = DropTargets.free(drop.inbox().resolve(outcome.fullyAccepted() ? "done" : "error"), name);
        if (!outcome.fullyAccepted()) {
            ErrorFile.write(target.resolveSibling(target.getFileName() + ".errors.txt"), name, outcome);
        }
        exchange.setProperty(TARGET, drop.inbox().relativize(target).toString());
    }

    private IntakeOutcome refusedWhole(String name, String reason) {
        TranslationRefusal refusal = TranslationRefusal.ofDocument("file", reason);
        sink.refuse(name, refusal);
        return new IntakeOutcome(0, 0, List.of(refusal));
    }
}
