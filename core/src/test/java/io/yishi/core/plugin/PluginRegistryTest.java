package io.yishi.core.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.yishi.core.fixtures.YesNoRule;
import io.yishi.core.method.DiscussAndDecideMethod;
import io.yishi.core.tie.LotTieBreaker;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PluginRegistryTest {

  @TempDir
  Path dir;

  /** A class loader that sees the test classes plus one extra services file. */
  ClassLoader withServices(Class<?> service, String... providers) throws IOException {
    Path services = dir.resolve("META-INF/services");
    Files.createDirectories(services);
    Files.writeString(services.resolve(service.getName()), String.join("\n", providers) + "\n");
    return new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader());
  }

  @Test
  void findsAPluginListedOnlyInTheTestResources() {
    PluginRegistry registry = PluginRegistry.load();

    assertThat(registry.decisionRule("yes-no-test")).isInstanceOf(YesNoRule.class);
    assertThat(registry.deliberationMethod("discuss-and-decide"))
        .isInstanceOf(DiscussAndDecideMethod.class);
    assertThat(registry.tieBreaker("lot")).isInstanceOf(LotTieBreaker.class);
  }

  @Test
  void listsEveryPluginWithKindIdDescriptionAndParameters() {
    PluginRegistry registry = PluginRegistry.load();

    assertThat(registry.descriptors())
        .anySatisfy(d -> {
          assertThat(d.kind()).isEqualTo(PluginKind.DECISION_RULE);
          assertThat(d.id()).isEqualTo("yes-no-test");
          assertThat(d.description()).contains("yes outnumbers no");
          assertThat(d.parameters()).extracting(p -> p.name()).containsExactly("minimumYes");
          assertThat(d.implementation()).isEqualTo(YesNoRule.class.getName());
        })
        .anySatisfy(d -> assertThat(d.kind()).isEqualTo(PluginKind.DELIBERATION_METHOD));
    assertThat(registry.ids(PluginKind.TIE_BREAKER)).contains("lot");
  }

  @Test
  void refusesASecondProviderWithTheSameIdNamingBothClasses() throws IOException {
    ClassLoader loader = withServices(io.yishi.core.spi.DecisionRule.class,
        Fakes.SameIdRule.class.getName());

    assertThatThrownBy(() -> PluginRegistry.load(loader))
        .isInstanceOf(DuplicatePluginIdException.class)
        .hasMessageContaining("decision-rule id 'yes-no-test'")
        .hasMessageContaining(YesNoRule.class.getName())
        .hasMessageContaining(Fakes.SameIdRule.class.getName());
  }

  @Test
  void refusesAHandRegisteredPluginWithATakenId() {
    PluginRegistry registry = PluginRegistry.load();

    assertThatThrownBy(() -> registry.with(new Fakes.SameIdRule()))
        .isInstanceOf(DuplicatePluginIdException.class)
        .hasMessageContaining("'yes-no-test'");
  }

  @Test
  void reportsAProviderThatCannotBeInstantiatedByClassName() throws IOException {
    ClassLoader loader = withServices(io.yishi.core.spi.TieBreaker.class,
        Fakes.BrokenTieBreaker.class.getName());

    assertThatThrownBy(() -> PluginRegistry.load(loader))
        .isInstanceOf(PluginLoadException.class)
        .hasMessageContaining(Fakes.BrokenTieBreaker.class.getName())
        .hasMessageContaining("no database connection");
  }

  @Test
  void reportsAListedClassThatDoesNotExist() throws IOException {
    ClassLoader loader = withServices(io.yishi.core.spi.TieBreaker.class, "io.acme.Missing");

    assertThatThrownBy(() -> PluginRegistry.load(loader))
        .isInstanceOf(PluginLoadException.class)
        .hasMessageContaining("io.acme.Missing");
  }

  @Test
  void refusesAnIdThatIsNotLowerCaseWordsJoinedByHyphens() throws IOException {
    ClassLoader loader = withServices(io.yishi.core.spi.TieBreaker.class,
        Fakes.BadIdTieBreaker.class.getName());

    assertThatThrownBy(() -> PluginRegistry.load(loader))
        .isInstanceOf(PluginLoadException.class)
        .hasMessageContaining("'Bad.Id'")
        .hasMessageContaining(Fakes.BadIdTieBreaker.class.getName());
  }

  @Test
  void unknownIdListsTheKnownIds() {
    assertThatThrownBy(() -> PluginRegistry.load().decisionRule("schulze"))
        .isInstanceOf(UnknownPluginException.class)
        .hasMessageContaining("decision-rule id")
        .hasMessageContaining("'schulze'")
        .hasMessageContaining("yes-no-test");
  }

  @Test
  void withReturnsANewRegistryAndLeavesTheOldOneUnchanged() {
    PluginRegistry empty = PluginRegistry.empty();

    PluginRegistry one = empty.with(new YesNoRule());

    assertThat(empty.size()).isZero();
    assertThat(one.size()).isEqualTo(1);
    assertThat(one.decisionRule("yes-no-test")).isInstanceOf(YesNoRule.class);
  }

  @Test
  void aPluginWhoseIdThrowsIsReportedByClassName() {
    io.yishi.core.spi.TieBreaker broken = new io.yishi.core.spi.TieBreaker() {
      @Override
      public String id() {
        throw new IllegalStateException("not configured");
      }

      @Override
      public String description() {
        return "broken";
      }

      @Override
      public String choose(io.yishi.core.spi.Tie tie) {
        return tie.tied().get(0);
      }
    };

    assertThatThrownBy(() -> PluginRegistry.empty().with(broken))
        .isInstanceOf(PluginLoadException.class)
        .hasMessageContaining("failed to give its tie-breaker id")
        .hasMessageContaining("not configured");
  }
}
