package org.blohub.crypto.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class CryptoModuleBoundaryTest {

    private final JavaClasses cryptoClasses = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.blohub.crypto");

    @Test
    void cryptoDependsOnNeitherSpringNorCamel() {
        noClasses()
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.apache.camel..")
                .because("the crypto module is Bouncy Castle and the JDK only (DESIGN.md, module layout)")
                .check(cryptoClasses);
    }

    @Test
    void cryptoDependsOnNoOtherPartOfTheHub() {
        noClasses()
                .should().dependOnClassesThat().resideInAnyPackage("org.blohub.hub..", "org.blohub.adapters..")
                .because("hub and adapters depend on crypto, never the reverse")
                .check(cryptoClasses);
    }
}
