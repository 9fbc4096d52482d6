package org.blohub.hub.registry;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class RegistryPackageBoundaryTest {

    private final JavaClasses registryClasses = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.blohub.hub.registry");

    @Test
    void registryUsesCryptoApiAndNeverBouncyCastleDirectly() {
        noClasses()
                .should().dependOnClassesThat().resideInAnyPackage("org.bouncycastle..")
                .because("only the crypto module may use Bouncy Castle (DESIGN.md, module layout)")
                .check(registryClasses);
    }
}
