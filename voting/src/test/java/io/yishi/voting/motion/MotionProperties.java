package io.yishi.voting.motion;

import static org.assertj.core.api.Assertions.assertThat;

import io.yishi.core.electorate.MemberId;
import io.yishi.core.plugin.PluginRegistry;
import io.yishi.core.spi.DecisionRequest;
import io.yishi.core.spi.DecisionRule;
import io.yishi.core.spi.ParameterSpec;
import io.yishi.core.spi.Parameters;
import io.yishi.core.spi.Verdict;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Invariants every motion preset keeps on random electorates and ballots: a yes never hurts,
 * the order of the ballots does not matter, a motion short of its quorum is never adopted, and
 * a double majority is exactly the two single majorities.
 */
class MotionProperties {

  static final LocalDate DATE = LocalDate.of(2025, 3, 1);
  static final PluginRegistry REGISTRY = PluginRegistry.load();
  static final int SEEDS = 30;

  /** Every preset the voting module lists as a decision rule, by id. */
  static final List<String> PRESETS = presetIds();

  static List<String> presetIds() {
    List<String> ids = new ArrayList<>();
    for (String className : listedRuleClasses()) {
      try {
        DecisionRule rule = (DecisionRule) Class.forName(className).getConstructor()
            .newInstance();
        ids.add(rule.id());
      } catch (ReflectiveOperationException e) {
        throw new AssertionError("cannot instantiate " + className, e);
      }
    }
    return List.copyOf(ids);
  }

  /** The classes listed in the voting module's own services file. */
  static List<String> listedRuleClasses() {
    List<String> classes = new ArrayList<>();
    try {
      for (URL url : Collections.list(MotionProperties.class.getClassLoader()
          .getResources("META-INF/services/io.yishi.core.spi.DecisionRule"))) {
        try (BufferedReader in = new BufferedReader(
            new InputStreamReader(url.openStream(), StandardCharsets.UTF_8))) {
          in.lines().map(String::strip)
              .filter(l -> l.startsWith("io.yishi.voting.motion."))
              .forEach(classes::add);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return classes;
  }

  static Stream<Arguments> presetsAndSeeds() {
    return PRESETS.stream().flatMap(id -> LongStream.rangeClosed(1, SEEDS)
        .mapToObj(seed -> Arguments.of(id, seed)));
  }

  static Stream<Long> seeds() {
    return LongStream.rangeClosed(1, 3 * SEEDS).boxed();
  }

  /** Random parameters for the two general rules; the presets' defaults for the others. */
  static Map<String, Object> parametersFor(String id, SplittableRandom random) {
    switch (id) {
      case "majority":
        return MotionGenerator.majorityParameters(random);
      case "double-majority":
        return MotionGenerator.doubleMajorityParameters(random);
      default:
        return Map.of();
    }
  }

  static MotionDecision decide(String id, MotionGenerator.Profile profile,
      List<MotionBallot> ballots, Map<String, Object> parameters, long seed) {
    DecisionRequest request = DecisionRequest.of(profile.electorate(), ballots, DATE)
        .withParameters(Parameters.of(parameters)).withSeed(seed);
    return (MotionDecision) REGISTRY.decisionRule(id).decide(request);
  }

  static boolean accepts(String id, String parameter) {
    return REGISTRY.decisionRule(id).parameters().stream().map(ParameterSpec::name)
        .anyMatch(parameter::equals);
  }

  @Test
  void everyListedPresetIsRegisteredUnderItsId() {
    assertThat(PRESETS).hasSize(listedRuleClasses().size()).doesNotHaveDuplicates()
        .contains("majority", "double-majority", "consent", "unanimity", "owners-major");
    for (String id : PRESETS) {
      assertThat(REGISTRY.decisionRule(id)).as(id).isInstanceOf(MotionPreset.class);
    }
  }

  @ParameterizedTest(name = "{0}, seed {1}")
  @MethodSource("presetsAndSeeds")
  void turningANoIntoAYesNeverHurtsTheMotion(String id, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    MotionGenerator.Profile profile = MotionGenerator.profile(seed);
    Map<String, Object> parameters = parametersFor(id, random);
    List<MotionBallot> ballots = new ArrayList<>(profile.ballots());
    Verdict before = decide(id, profile, ballots, parameters, seed).verdict();

    for (int step = 1; step <= 25; step++) {
      List<Integer> noes = new ArrayList<>();
      for (int i = 0; i < ballots.size(); i++) {
        if (ballots.get(i).vote() == Vote.NO) {
          noes.add(i);
        }
      }
      if (noes.isEmpty()) {
        break;
      }
      int i = noes.get(random.nextInt(noes.size()));
      MemberId turned = ballots.get(i).voter();
      ballots.set(i, MotionBallot.of(turned, Vote.YES));

      Verdict after = decide(id, profile, ballots, parameters, seed).verdict();

      assertThat(after)
          .as("seed %d, %s %s, step %d: %s turned no into yes, %s became %s", seed, id,
              parameters, step, turned, before, after)
          .isIn(atLeastAsGoodAs(before));
      before = after;
    }
  }

  /** Adopted stays adopted; a decided motion stays decided; not decided may go anywhere. */
  private static Set<Verdict> atLeastAsGoodAs(Verdict before) {
    switch (before) {
      case ADOPTED:
        return EnumSet.of(Verdict.ADOPTED);
      case REJECTED:
        return EnumSet.of(Verdict.ADOPTED, Verdict.REJECTED);
      default:
        return EnumSet.of(Verdict.ADOPTED, Verdict.REJECTED, Verdict.NOT_DECIDED);
    }
  }

  @ParameterizedTest(name = "{0}, seed {1}")
  @MethodSource("presetsAndSeeds")
  void theOrderOfTheBallotsDoesNotMatter(String id, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    MotionGenerator.Profile profile = MotionGenerator.profile(seed);
    Map<String, Object> parameters = new LinkedHashMap<>(parametersFor(id, random));
    List<MotionBallot> ballots = new ArrayList<>(profile.ballots());
    if (accepts(id, "proxies") && random.nextBoolean()) {
      Map<MemberId, MemberId> mandates = MotionGenerator.mandates(profile.electorate(), random);
      parameters.put("proxies", MotionGenerator.proxiesParameter(mandates));
      ballots = MotionGenerator.withProxies(ballots, mandates, random);
    }
    MotionDecision original = decide(id, profile, ballots, parameters, seed);

    for (int round = 1; round <= 3; round++) {
      List<MotionBallot> shuffled = new ArrayList<>(ballots);
      MotionGenerator.shuffle(shuffled, random);

      assertThat(decide(id, profile, shuffled, parameters, seed))
          .as("seed %d, %s %s, shuffle %d", seed, id, parameters, round)
          .isEqualTo(original);
    }
  }

  @ParameterizedTest(name = "{0}, seed {1}")
  @MethodSource("presetsAndSeeds")
  void aMotionShortOfItsQuorumIsNotDecidedAndOneThatMeetsItIsDecided(String id, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    MotionGenerator.Profile profile = MotionGenerator.profile(seed);
    Map<String, Object> parameters = parametersFor(id, random);

    MotionDecision decision = decide(id, profile, profile.ballots(), parameters, seed);

    boolean quorumMissed = decision.majorities().stream().anyMatch(m -> !m.quorumMet());
    if (quorumMissed) {
      assertThat(decision.verdict())
          .as("seed %d, %s %s, quorum missed: %s", seed, id, parameters, decision.explain())
          .isEqualTo(Verdict.NOT_DECIDED);
    } else {
      assertThat(decision.verdict())
          .as("seed %d, %s %s, quorum met: %s", seed, id, parameters, decision.explain())
          .isIn(Verdict.ADOPTED, Verdict.REJECTED);
    }
  }

  /**
   * The quorum and double-majority properties say little if no generated motion ever misses its
   * quorum or is adopted; this checks that the generator reaches every verdict under the rules
   * with a quorum.
   */
  @Test
  void generatedMotionsReachEveryVerdictUnderTheQuorumRules() {
    for (String id : List.of("majority", "double-majority", "owners-ordinary",
        "owners-major", "residents-meeting", "roberts-majority")) {
      Map<Verdict, Integer> seen = new HashMap<>();
      for (long seed = 1; seed <= SEEDS; seed++) {
        MotionGenerator.Profile profile = MotionGenerator.profile(seed);
        Map<String, Object> parameters = new LinkedHashMap<>(
            parametersFor(id, new SplittableRandom(seed)));
        if (id.equals("majority")) {
          parameters.put("quorum", "1/2");
        }
        seen.merge(decide(id, profile, profile.ballots(), parameters, seed).verdict(), 1,
            Integer::sum);
      }
      assertThat(seen).as("%s over seeds 1..%d", id, SEEDS)
          .containsKeys(Verdict.ADOPTED, Verdict.REJECTED, Verdict.NOT_DECIDED);
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void aDoubleMajorityIsAdoptedExactlyWhenBothSingleMajoritiesAre(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    MotionGenerator.Profile profile = MotionGenerator.profile(seed);
    Map<String, Object> both = MotionGenerator.doubleMajorityParameters(random);
    Map<String, Object> heads = single("heads", both);
    Map<String, Object> weight = single("weight", both);

    Verdict twice = decide("double-majority", profile, profile.ballots(), both, seed).verdict();
    Verdict byHeads = decide("majority", profile, profile.ballots(), heads, seed).verdict();
    Verdict byWeight = decide("majority", profile, profile.ballots(), weight, seed).verdict();

    assertThat(twice == Verdict.ADOPTED)
        .as("seed %d, %s: double %s, heads %s %s, weight %s %s", seed, both, twice, heads,
            byHeads, weight, byWeight)
        .isEqualTo(byHeads == Verdict.ADOPTED && byWeight == Verdict.ADOPTED);
    Verdict expected = byHeads == Verdict.NOT_DECIDED || byWeight == Verdict.NOT_DECIDED
        ? Verdict.NOT_DECIDED
        : byHeads == Verdict.ADOPTED && byWeight == Verdict.ADOPTED ? Verdict.ADOPTED
        : Verdict.REJECTED;
    assertThat(twice)
        .as("seed %d, %s: not decided if either quorum is missed; heads %s, weight %s", seed,
            both, byHeads, byWeight)
        .isEqualTo(expected);
  }

  /** The {@code majority} parameters for one half of a double majority. */
  private static Map<String, Object> single(String measure, Map<String, Object> both) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("measure", measure);
    p.put("threshold", both.get(measure + "Threshold"));
    p.put("strict", both.get(measure + "Strict"));
    p.put("base", both.get("base"));
    p.put("quorum", both.get(measure + "Quorum"));
    p.put("quorumStrict", both.get("quorumStrict"));
    return p;
  }
}
