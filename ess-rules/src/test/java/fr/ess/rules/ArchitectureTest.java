package fr.ess.rules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The architecture of ess-rules, as sentences: the rule engine builds on ess-core, the JDK, Vavr and the
 * Immutables annotations only (main classes; the test jar is not analysed).
 */
@AnalyzeClasses(packages = "fr.ess.rules", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule rules_do_not_depend_on_the_examples = noClasses()
            .that().resideInAPackage("fr.ess.rules..")
            .should().dependOnClassesThat().resideInAPackage("fr.ess.examples..")
            .because("the examples (CLI, JSON, regional framework samples) are built on the rules, never the other way");

    @ArchTest
    static final ArchRule rules_depend_only_on_the_jdk_vavr_immutables_and_core = classes()
            .that().resideInAPackage("fr.ess.rules..")
            .should().onlyDependOnClassesThat()
            .resideInAnyPackage("java..", "io.vavr..", "org.immutables..", "fr.ess.core..", "fr.ess.rules..")
            .because("module fr.ess.rules requires fr.ess.core (and through it io.vavr) and nothing else");

    @ArchTest
    static final ArchRule rules_packages_have_no_cycle = slices()
            .matching("fr.ess.rules.(*)..")
            .should().beFreeOfCycles();
}
