package org.archsim.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layering of ARCHITECTURE.md as failing tests: {@code app → lessons → simulation → model}, JavaFX only in app,
 * Jackson databind only in io packages, no package cycles.
 */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.archsim");
    }

    @Test
    void everyModuleIsImported() {
        org.assertj.core.api.Assertions.assertThat(classes.stream().map(c -> c.getPackageName().split("\\.")[2]).distinct())
                .contains("model", "app");
    }

    @Test
    void layersPointOneWay() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("model").definedBy("org.archsim.model..")
                .layer("simulation").definedBy("org.archsim.sim..")
                .layer("lessons").definedBy("org.archsim.lessons..")
                .layer("app").definedBy("org.archsim.app..")
                .whereLayer("app").mayNotBeAccessedByAnyLayer()
                .whereLayer("lessons").mayOnlyBeAccessedByLayers("app")
                .whereLayer("simulation").mayOnlyBeAccessedByLayers("lessons", "app")
                .withOptionalLayers(true)
                .check(classes);
    }

    @Test
    void onlyAppUsesJavaFx() {
        noClasses().that().resideOutsideOfPackage("org.archsim.app..")
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .check(classes);
    }

    @Test
    void onlyIoPackagesUseJacksonDatabind() {
        noClasses().that().resideOutsideOfPackage("..io..")
                .should().dependOnClassesThat().resideInAPackage("com.fasterxml.jackson.databind..")
                .check(classes);
    }

    @Test
    void noPackageCycles() {
        slices().matching("org.archsim.(**)").should().beFreeOfCycles().check(classes);
    }
}
