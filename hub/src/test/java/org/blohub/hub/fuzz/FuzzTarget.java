package org.blohub.hub.fuzz;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;

/**
 * One parser under fuzzing: every input must either be accepted or refused with one of the documented
 * exception types, within {@link #PER_CASE} (a hang detector, not a performance bound). An input that breaks
 * this is written to {@code target/fuzz-findings/<name>/} so it can be added to the regression corpus
 * {@code src/test/resources/fuzz-corpus/<name>/}, which {@link #replayCorpus} replays.
 *
 * <p>Cases per run come from {@code -Dblo.fuzz.tries} (the {@code fuzz-long} profile sets 100,000), the seed
 * from {@code -Dblo.fuzz.seed}, so a failing run can be repeated.
 */
public final class FuzzTarget {

    public static final int TRIES = Integer.getInteger("blo.fuzz.tries", 3_000);
    public static final long SEED = Long.getLong("blo.fuzz.seed", 20_261_207L);
    static final Duration PER_CASE = Duration.ofSeconds(5);

    /** Feeds one input to the parser; returns normally when it is accepted. */
    @FunctionalInterface
    public interface Parser {
        void parse(byte[] input) throws Exception;
    }

    /** What a run saw: the inputs accepted and those refused the documented way. */
    public record Outcomes(int accepted, int refused) {
    }

    private final String name;
    private final Parser parser;
    private final List<Class<? extends Exception>> documentedRefusals;

    public FuzzTarget(String name, Parser parser, List<Class<? extends Exception>> documentedRefusals) {
        this.name = name;
        this.parser = parser;
        this.documentedRefusals = List.copyOf(documentedRefusals);
    }

    /** Random bytes for a quarter of the cases, mutations of one of the valid inputs for the rest. */
    public Outcomes fuzz(List<byte[]> validInputs, int maxRandomLength) {
        return fuzz(TRIES, random -> random.nextInt(4) == 0
                ? ByteMutator.randomBytes(random, maxRandomLength)
                : ByteMutator.mutate(validInputs.get(random.nextInt(validInputs.size())), random));
    }

    public Outcomes fuzz(int tries, Function<Random, byte[]> inputs) {
        Random random = new Random(SEED ^ name.hashCode());
        int accepted = 0;
        int refused = 0;
        for (int i = 0; i < tries; i++) {
            byte[] input = inputs.apply(random);
            if (check(input, "case " + i + " of seed " + SEED)) {
                accepted++;
            } else {
                refused++;
            }
        }
        System.out.printf("fuzz %s: %d cases, seed %d: %d accepted, %d refused%n", name, tries, SEED, accepted,
                refused);
        return new Outcomes(accepted, refused);
    }

    /** @return true if the parser accepted the input, false if it refused it the documented way */
    public boolean check(byte[] input, String which) {
        Exception outcome = assertTimeoutPreemptively(PER_CASE, () -> outcomeOf(input),
                () -> name + " did not finish " + which + " within " + PER_CASE.toSeconds() + " s; input saved as "
                        + saveFinding(input));
        if (outcome == null) {
            return true;
        }
        if (documentedRefusals.stream().noneMatch(type -> type.isInstance(outcome))) {
            fail(name + " threw " + outcome + " on " + which + ", not one of " + documentedRefusals
                    + "; input saved as " + saveFinding(input), outcome);
        }
        return false;
    }

    private Exception outcomeOf(byte[] input) {
        try {
            parser.parse(input);
            return null;
        } catch (Exception e) {
            return e;
        } catch (StackOverflowError | OutOfMemoryError e) {
            return new UnboundedException(e);
        }
    }

    /** One dynamic test per file of {@code fuzz-corpus/<name>/} on the test class path. */
    public Stream<DynamicTest> replayCorpus() {
        URL folder = FuzzTarget.class.getResource("/fuzz-corpus/" + name);
        if (folder == null) {
            return Stream.empty();
        }
        try (Stream<Path> files = Files.list(Path.of(folder.toURI()))) {
            return files.sorted().toList().stream().map(file -> DynamicTest.dynamicTest(name + "/" + file.getFileName(),
                    () -> check(Files.readAllBytes(file), "corpus file " + file.getFileName())));
        } catch (IOException | URISyntaxException e) {
            throw new IllegalArgumentException("cannot list the fuzz corpus of " + name, e);
        }
    }

    private String saveFinding(byte[] input) {
        try {
            Path file = Path.of("target", "fuzz-findings", name, sha256(input) + ".bin");
            Files.createDirectories(file.getParent());
            Files.write(file, input);
            return file.toAbsolutePath().toString();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save a fuzz finding of " + name, e);
        }
    }

    private static String sha256(byte[] input) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(input), 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("no SHA-256 in this JDK", e);
        }
    }

    /** A parser that recursed or allocated without bound: never a documented refusal. */
    static final class UnboundedException extends Exception {
        UnboundedException(Error cause) {
            super(cause.toString(), cause);
        }
    }
}
