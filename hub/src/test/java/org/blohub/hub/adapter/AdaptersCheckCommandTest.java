package org.blohub.hub.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.blohub.adapters.canonical.LiaisonMessageJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

class AdaptersCheckCommandTest {

    @TempDir
    Path directory;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int check(String... arguments) {
        return new CommandLine(new AdaptersCheckCommand()).setOut(new PrintWriter(out)).setErr(new PrintWriter(err))
                .execute(arguments);
    }

    @Test
    void printsOneCanonicalMessagePerRowOfTheLaoSampleAndExitsZero() {
        int exit = check("--format", "la-customs-csv", sample().toString());

        assertThat(exit).isZero();
        String[] json = out.toString().lines().filter(line -> line.startsWith("{")).toArray(String[]::new);
        assertThat(json).hasSize(3);
        assertThat(new LiaisonMessageJson().fromJson(json[0]).from()).isEqualTo("LA-HOUAYXAY");
        assertThat(out.toString()).contains("# line 2 (reference ");
        assertThat(err.toString()).contains("3 message(s), 0 refused part(s)");
    }

    @Test
    void namesTheLineAndColumnOfABrokenRowPrintsTheGoodRowsAndExitsOne() throws IOException {
        String broken = Files.readString(sample(), StandardCharsets.UTF_8).replace(";3,2;m3;", ";three;m3;");
        Path copy = Files.writeString(directory.resolve("broken.csv"), broken, StandardCharsets.UTF_8);

        int exit = check("--format", "la-customs-csv", copy.toString());

        assertThat(exit).isEqualTo(AdaptersCheckCommand.SOME_REFUSED);
        assertThat(out.toString().lines().filter(line -> line.startsWith("{"))).hasSize(2);
        assertThat(err.toString()).containsPattern("REFUSED line 3, quantity: .+")
                .contains("2 message(s), 1 refused part(s)");
    }

    @Test
    void refusesAnUnknownFormatAsAUsageErrorNamingTheAvailableOnes() {
        int exit = check("--format", "la-customs", sample().toString());

        assertThat(exit).isEqualTo(AdaptersCheckCommand.USAGE_ERROR);
        assertThat(err.toString()).contains("unknown format 'la-customs'; available: ").contains("la-customs-csv");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void refusesAFileLargerThanTheLimitWithoutTranslatingIt() throws IOException {
        Path large = Files.write(directory.resolve("large.csv"), new byte[2048]);

        int exit = check("--format", "la-customs-csv", "--max-size", "1KB", large.toString());

        assertThat(exit).isEqualTo(AdaptersCheckCommand.SOME_REFUSED);
        assertThat(err.toString()).contains("REFUSED file: the file has 2048 bytes; at most 1024 are read");
    }

    private static Path sample() {
        Path candidate = Path.of("").toAbsolutePath();
        while (!Files.exists(candidate.resolve("docs/samples/la-customs-seizures.csv"))) {
            candidate = candidate.getParent();
        }
        return candidate.resolve("docs/samples/la-customs-seizures.csv");
    }
}
