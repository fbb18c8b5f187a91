package io.yishi.examples.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps the lines DESIGN.md and STYLE.md draw between modules and packages. Lives in examples
 * because examples sees every module.
 */
class ArchitectureTest {

  static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("io.yishi");
  }

  @Test
  void importsEveryModulesClassesSoThatTheRulesAreNotVacuous() {
    for (String module : new String[] {"core", "voting", "mediation", "examples"}) {
      assertThat(classes.that(com.tngtech.archunit.base.DescribedPredicate.describe(module,
          (com.tngtech.archunit.core.domain.JavaClass c) -> c.getPackageName()
              .startsWith("io.yishi." + module)))).as(module).hasSizeGreaterThan(10);
    }
  }

  @Test
  void coreDependsOnNeitherVotingNorMediation() {
    noClasses().that().resideInAPackage("io.yishi.core..")
        .should().dependOnClassesThat().resideInAnyPackage("io.yishi.voting..",
            "io.yishi.mediation..", "io.yishi.examples..")
        .check(classes);
  }

  @Test
  void votingAndMediationDoNotDependOnEachOther() {
    noClasses().that().resideInAPackage("io.yishi.voting..")
        .should().dependOnClassesThat().resideInAnyPackage("io.yishi.mediation..",
            "io.yishi.examples..")
        .allowEmptyShould(true)
        .check(classes);
    noClasses().that().resideInAPackage("io.yishi.mediation..")
        .should().dependOnClassesThat().resideInAnyPackage("io.yishi.voting..",
            "io.yishi.examples..")
        .allowEmptyShould(true)
        .check(classes);
  }

  @Test
  void noModuleReachesIntoAnotherModulesInternalPackages() {
    for (String module : new String[] {"core", "voting", "mediation", "examples"}) {
      ArchRule rule = noClasses().that().resideOutsideOfPackage("io.yishi." + module + "..")
          .should().dependOnClassesThat().resideInAPackage("io.yishi." + module + ".internal..")
          .allowEmptyShould(true);
      rule.check(classes);
    }
  }

  @Test
  void domainPackagesImportNeitherJacksonNorSlf4j() {
    noClasses().that().resideInAPackage("io.yishi..")
        .and().resideOutsideOfPackages("..json..", "..internal..", "..plugin..",
            "io.yishi.examples..", "io.yishi.benchmarks..")
        .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml.jackson..",
            "org.slf4j..")
        .check(classes);
  }
}
