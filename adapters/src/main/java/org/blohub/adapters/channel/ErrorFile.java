package org.blohub.adapters.channel;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.blohub.adapters.spi.TranslationRefusal;

/**
 * The error file next to a refused input ({@code error/<name>.errors.txt}): one line per refused part with its
 * place (the physical line, for line-based files), the column or field and the reason. Never quotes content.
 */
final class ErrorFile {

    private ErrorFile() {
    }

    static void write(Path errorFile, String inputName, IntakeOutcome outcome) throws IOException {
        StringBuilder text = new StringBuilder()
                .append("# BLO Hub: ").append(inputName).append(": ").append(outcome.accepted())
                .append(" part(s) sent now, ").append(outcome.repeated()).append(" sent before, ")
                .append(outcome.refused().size()).append(" refused.\n")
                .append("# Send the corrected parts in a new file holding only them (with the header line, if any):\n")
                .append("# a changed file is a new document, so the parts already sent would be sent again.\n");
        outcome.refused().forEach(refusal -> text.append(line(refusal)).append('\n'));
        Files.createDirectories(errorFile.getParent());
        Path temporary = errorFile.resolveSibling("." + errorFile.getFileName() + ".tmp");
        Files.writeString(temporary, text, StandardCharsets.UTF_8);
        Files.move(temporary, errorFile, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /** E.g. {@code line 4, column quantity: not a number: write 48,5 or 48.5}. */
    static String line(TranslationRefusal refusal) {
        return refusal.field().isEmpty() ? refusal.locator() + ": " + refusal.reason()
                : refusal.locator() + ", column " + refusal.field() + ": " + refusal.reason();
    }
}
