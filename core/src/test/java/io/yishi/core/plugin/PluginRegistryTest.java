package io.yishi.core.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.yishi.core.fixtures.SplitTestTool;
import io.yishi.core.fixtures.YesNoRule;
import io.yishi.core.method.DiscussAndDecideMethod;
import io.yishi.core.spi.InvalidParameterException;
import io.yishi.core.spi.NegotiationResult;
import io.yishi.core.spi.NegotiationTool;
import io.yishi.core.spi.Parameters;
import io.yishi.core.tie.LotTieBreaker;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
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
    assertThat(registry.negotiationTool("split-test")).isInstanceOf(SplitTestTool.class);
  }

  @Test
  void aNegotiationToolFoundByIdRunsOnAProblemOfItsProblemType() {
    NegotiationTool<?, ?> tool = PluginRegistry.load().negotiationTool("split-test");

    NegotiationResult result = run(tool, new SplitTestTool.Pot(List.of("Wang", "Li"), 7),
        Parameters.empty());

    assertThat(tool.problemType()).isEqualTo(SplitTestTool.Pot.class);
    assertThat(tool.resultType()).isEqualTo(SplitTestTool.Shares.class);
    assertThat(result).isEqualTo(new SplitTestTool.Shares(List.of(4L, 3L),
        List.of("7 units among 2 parties", "Wang receives the 1 left over")));
    assertThat(result.explain()).isEqualTo(
        "7 units among 2 parties\nWang receives the 1 left over");
  }

  @Test
  void aNegotiationToolRefusesAnUnknownParameterNamingIt() {
    NegotiationTool<?, ?> tool = PluginRegistry.load().negotiationTool("split-test");

    assertThatThrownBy(() -> run(tool, new SplitTestTool.Pot(List.of("Wang"), 1),
        Parameters.of(Map.of("rounding", "up"))))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessageContaining("parameters.rounding")
        .hasMessageContaining("split-test");
  }

  /** What a host does with a tool found by id: capture its problem type. */
  private static <P> NegotiationResult run(NegotiationTool<P, ?> tool, Object problem,
      Parameters parameters) {
    return tool.negotiate(tool.problemType().cast(problem), parameters, 42);
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
    assertThat(registry.descriptors()).anySatisfy(d -> {
      assertThat(d.kind()).isEqualTo(PluginKind.NEGOTIATION_TOOL);
      assertThat(d.id()).isEqualTo("split-test");
      assertThat(d.parameters()).extracting(p -> p.name()).containsExactly("remainder");
    });
    assertThat(registry.toString()).contains("negotiation-tool: [split-test]");
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
  void unknownNegotiationToolListsTheKnownTools() {
    assertThatThrownBy(() -> PluginRegistry.load().negotiationTool("zopa"))
        .isInstanceOf(UnknownPluginException.class)
        .hasMessageContaining("negotiation-tool id")
        .hasMessageContaining("'zopa'")
        .hasMessageContaining("split-test");
  }

  @Test
  void handRegisteredNegotiationToolIsFoundAndADuplicateIdRefused() {
    PluginRegistry one = PluginRegistry.empty().with(new SplitTestTool());

    assertThat(one.negotiationTool("split-test")).isInstanceOf(SplitTestTool.class);
    assertThat(PluginKind.of(new SplitTestTool())).isEqualTo(PluginKind.NEGOTIATION_TOOL);
    assertThatThrownBy(() -> one.with(new SplitTestTool()))
        .isInstanceOf(DuplicatePluginIdException.class)
        .hasMessageContaining("duplicate negotiation-tool id 'split-test'");
  }

  @Test
  void aPluginOfNoKindIsRefusedNamingEveryKind() {
    io.yishi.core.spi.Plugin none = new io.yishi.core.spi.Plugin() {
      @Override
      public String id() {
        return "none";
      }

      @Override
      public String description() {
        return "implements no service interface";
      }
    };

    assertThatThrownBy(() -> PluginRegistry.empty().with(none))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(
            "implements none of DeliberationMethod, DecisionRule, TieBreaker, NegotiationTool");
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
