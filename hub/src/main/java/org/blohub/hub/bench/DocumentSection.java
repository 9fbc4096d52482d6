package org.blohub.hub.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Replaces the generated part of a Markdown document, between {@code <!-- bench:begin -->} and
 * {@code <!-- bench:end -->}, so the table in docs/performance.md is regenerated, not edited by hand.
 */
final class DocumentSection {

    static final String BEGIN = "<!-- bench:begin -->";
    static final String END = "<!-- bench:end -->";

    private DocumentSection() {
    }

    static void replace(Path document, String generated) {
        try {
            String text = Files.readString(document, StandardCharsets.UTF_8);
            int begin = text.indexOf(BEGIN);
            int end = text.indexOf(END);
            if (begin < 0 || end < begin) {
                throw new BenchException(document + " has no " + BEGIN + " … " + END + " section to regenerate");
            }
            String updated = text.substring(0, begin + BEGIN.length()) + "\n" + generated + text.substring(end);
            Files.writeString(document, updated, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new BenchException("cannot update " + document, e);
        }
    }
}
