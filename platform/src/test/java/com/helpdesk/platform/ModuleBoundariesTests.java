package com.helpdesk.platform;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The dependency direction of ARCHITECTURE.md: platform depends on the adapter modules, never the reverse. */
class ModuleBoundariesTests {

    private final JavaClasses classes = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("com.helpdesk");

    @Test
    void adapterModulesDoNotKnowThePlatform() {
        noClasses().that()
            .resideInAnyPackage("com.helpdesk.tenantadmin..", "com.helpdesk.search..", "com.helpdesk.telephony..")
            .should().dependOnClassesThat().resideInAPackage("com.helpdesk.platform..")
            .check(classes);
    }

    @Test
    void adapterModulesDoNotKnowEachOther() {
        noClasses().that().resideInAPackage("com.helpdesk.search..")
            .should().dependOnClassesThat().resideInAnyPackage("com.helpdesk.telephony..")
            .check(classes);
        noClasses().that().resideInAPackage("com.helpdesk.telephony..")
            .should().dependOnClassesThat().resideInAnyPackage("com.helpdesk.search..")
            .allowEmptyShould(true) // until the bridge has classes
            .check(classes);
        noClasses().that().resideInAPackage("com.helpdesk.tenantadmin..")
            .should().dependOnClassesThat().resideInAnyPackage("com.helpdesk.search..", "com.helpdesk.telephony..")
            .check(classes);
    }

    @Test
    void protocolTypesStayInTheirModules() {
        noClasses().that().resideInAPackage("com.helpdesk.platform..")
            .should().dependOnClassesThat().resideInAnyPackage("co.elastic..", "org.asteriskjava..")
            .check(classes);
    }
}
