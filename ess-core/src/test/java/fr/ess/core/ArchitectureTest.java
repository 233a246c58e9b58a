package fr.ess.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The architecture of ess-core, as sentences: a leaf library of immutable values that depends on the JDK,
 * Vavr and the Immutables annotations only (main classes; the test jar is not analysed).
 */
@AnalyzeClasses(packages = "fr.ess.core", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule core_depends_on_nothing_of_ours = noClasses()
            .that().resideInAPackage("fr.ess.core..")
            .should().dependOnClassesThat().resideInAnyPackage("fr.ess.rules..", "fr.ess.examples..")
            .because("ess-core is the leaf module: the rules and the examples build on it, never the other way");

    @ArchTest
    static final ArchRule core_depends_only_on_the_jdk_vavr_and_immutables = classes()
            .that().resideInAPackage("fr.ess.core..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "io.vavr..", "org.immutables..", "fr.ess.core..")
            .because("module fr.ess.core requires io.vavr (and Immutables at compile time) and nothing else");

    @ArchTest
    static final ArchRule core_packages_have_no_cycle = slices()
            .matching("fr.ess.core.(*)..")
            .should().beFreeOfCycles();
}
