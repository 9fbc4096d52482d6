package org.blohub.hub;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaConstructor;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Set;
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

    @Test
    void packagesOfTheHubDependOnEachOtherWithoutCycles() {
        slices().matching("org.blohub.hub.(**)")
                .should().beFreeOfCycles()
                .because("each part of the hub is one package that others use without it using them back")
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
}
