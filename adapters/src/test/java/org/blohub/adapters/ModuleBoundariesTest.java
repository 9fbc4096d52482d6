package org.blohub.adapters;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** DESIGN.md: adapters may use Camel, Jackson and ICU4J, but not crypto, the hub, Spring Boot or Bouncy Castle. */
class ModuleBoundariesTest {

    private final JavaClasses adapters = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.blohub.adapters");

    @Test
    void adaptersDependOnNeitherHubNorCryptoNorSpringBootNorBouncyCastle() {
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("org.blohub.hub..", "org.blohub.crypto..", "org.springframework.boot..", "org.bouncycastle..")
                .check(adapters);
    }

    @Test
    void canonicalModelUsesJackson3Only() {
        noClasses().that().resideInAPackage("org.blohub.adapters.canonical..")
                .should().dependOnClassesThat().resideInAPackage("com.fasterxml.jackson.databind..")
                .check(adapters);
    }
}
