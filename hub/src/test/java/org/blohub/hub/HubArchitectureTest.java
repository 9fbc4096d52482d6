package org.blohub.hub;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaConstructor;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The module and package rules of DESIGN.md and STYLE.md, over the hub's main code. */
class HubArchitectureTest {

    private static final JavaClasses HUB = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.blohub.hub");

    private static final Set<String> BARE = Set.of(IllegalStateException.class.getName(), RuntimeException.class.getName());

    /** Our exception types extend RuntimeException, so their own constructors may call its constructor. */
    private static final DescribedPredicate<JavaConstructorCall> BARE_EXCEPTION_CREATED = DescribedPredicate.describe(
            "a bare IllegalStateException or RuntimeException is created",
            call -> BARE.contains(call.getTargetOwner().getName())
                    && !(call.getOrigin() instanceof JavaConstructor && call.getOriginOwner().isAssignableTo(Throwable.class)));

    private static final Path MAIN_SOURCES = Path.of("src/main/java");
    /**
     * The package of an import of a type in a hub package (nested types and static imports included); the entry
     * point {@code org.blohub.hub.HubApplication}, which starts every part, is outside the rule as for ArchUnit.
     */
    private static final Pattern HUB_IMPORT = Pattern.compile(
            "import (?:static )?(org\\.blohub\\.hub(?:\\.[a-z][a-z0-9]*)+)\\.[A-Z].*;");

    @Test
    void packagesOfTheHubDependOnEachOtherWithoutCycles() {
        slices().matching("org.blohub.hub.(**)")
                .should().beFreeOfCycles()
                .because("each part of the hub is one package that others use without it using them back")
                .check(HUB);
    }

    /** Bytecode does not show a class used only for its compile-time constants; the imports do. */
    @Test
    void importsBetweenHubPackagesFormNoCycleEither() throws IOException {
        Map<String, Set<String>> imports = new TreeMap<>();
        try (Stream<Path> sources = Files.walk(MAIN_SOURCES)) {
            for (Path source : sources.filter(path -> path.toString().endsWith(".java")).toList()) {
                String from = packageOf(MAIN_SOURCES.relativize(source.getParent()));
                if (from.equals("org.blohub.hub")) {
                    continue;
                }
                for (String line : Files.readAllLines(source)) {
                    Matcher hubImport = HUB_IMPORT.matcher(line);
                    if (hubImport.matches() && !hubImport.group(1).equals(from)) {
                        imports.computeIfAbsent(from, any -> new TreeSet<>()).add(hubImport.group(1));
                    }
                }
            }
        }
        for (String from : imports.keySet()) {
            assertThat(reachable(imports, from)).as("packages importing each other, back to " + from)
                    .doesNotContain(from);
        }
    }

    @Test
    void auditKnowsNothingOfThePipelineAndThePipelineNothingOfCosigning() {
        noClasses().that().resideInAPackage("org.blohub.hub.audit..")
                .should().dependOnClassesThat().resideInAPackage("org.blohub.hub.pipeline..")
                .because("the pipeline records into the audit trail, never the other way round")
                .check(HUB);
        noClasses().that().resideInAPackage("org.blohub.hub.pipeline..")
                .should().dependOnClassesThat().resideInAPackage("org.blohub.hub.audit.cosign..")
                .because("checkpoints and cosignatures arrive on blo.audit.inbound and have their own route in"
                        + " audit.cosign; the inbound route carries only messages and receipts")
                .check(HUB);
    }

    @Test
    void onlyTheCryptoModuleUsesBouncyCastle() {
        noClasses()
                .should().dependOnClassesThat().resideInAnyPackage("org.bouncycastle..")
                .because("only the crypto module may use Bouncy Castle (DESIGN.md, module layout)")
                .check(HUB);
    }

    @Test
    void mainCodeThrowsItsOwnExceptionsNotBareIllegalStateOrRuntimeExceptions() {
        noClasses()
                .should().callConstructorWhere(BARE_EXCEPTION_CREATED)
                .because("an error says in our own exception type what failed and where (STYLE.md)")
                .check(HUB);
    }

    private static String packageOf(Path directory) {
        return directory.toString().replace(java.io.File.separatorChar, '.');
    }

    private static Set<String> reachable(Map<String, Set<String>> imports, String start) {
        Set<String> seen = new TreeSet<>();
        Deque<String> next = new ArrayDeque<>(imports.getOrDefault(start, Set.of()));
        while (!next.isEmpty()) {
            String current = next.pop();
            if (seen.add(current)) {
                next.addAll(imports.getOrDefault(current, Set.of()));
            }
        }
        return seen;
    }
}
