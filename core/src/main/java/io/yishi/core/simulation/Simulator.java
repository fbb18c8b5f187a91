package io.yishi.core.simulation;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import io.yishi.core.annotation.Experimental;
import io.yishi.core.internal.Binomial;
import io.yishi.core.plugin.PluginRegistry;
import io.yishi.core.spi.DecisionRule;
import io.yishi.core.spi.InvalidParameterException;
import io.yishi.core.spi.Verdict;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Runs experiments. On anonymous voters, each run draws how many turn out (one binomial draw)
 * and their rankings under the preference model into a {@link RankingTally}. On a {@link
 * Population}, drawn once from the experiment's seed, each run draws every voter's opinion on
 * the motion, lets the opinions move under the deliberation's dynamics on the population's
 * network, draws who turns out (each voter with their groups' chance), and counts the votes by
 * head and by weight into a {@link VoteCount} as well as a tally. Then every rule chooses: a
 * {@link TallyRule} on the tally, a {@link CountRule} on the count; and the metrics are counted.
 *
 * <p>Run {@code r} draws from a random seeded by the experiment's seed and {@code r} alone, and
 * totals are exact (see {@link ExperimentTotals}), so the result is the same, bit for bit, on one
 * thread or many, and for a sweep run whole or in ranges and merged. Memory stays flat as runs
 * grow: one tally (and one array of opinions) per block of runs in flight, and totals, never a
 * run's profile.
 */
@Experimental
public final class Simulator {

  /** Runs are handed to threads in blocks of this many. */
  private static final int BLOCK = 32;
  /** Keeps the population's random apart from every run's. */
  private static final long POPULATION_SALT = 0x5DEECE66DL;
  /** Keeps the deliberation network's random apart from the population's and the runs'. */
  private static final long NETWORK_SALT = 0x2545F4914F6CDD1DL;
  /** A vote to adopt: option 0 first. */
  private static final int[] ADOPT = {0, 1};
  /** A vote to keep things as they are: option 1 first. */
  private static final int[] KEEP = {1, 0};

  private Simulator() {}

  /**
   * Runs every run of an experiment with the models and rules the registry finds by id.
   *
   * @param experiment the experiment
   * @param registry where the population, preference and opinion-dynamics models and the rules
   *     are found
   * @param threads how many threads, at least 1
   * @return the result
   * @throws InvalidParameterException naming the parameter, before any run
   * @throws io.yishi.core.plugin.UnknownPluginException if a model or a rule is not installed
   */
  public static ExperimentResult run(Experiment experiment, PluginRegistry registry,
      int threads) {
    check(experiment, registry);
    Population population = population(experiment, registry);
    return ExperimentResult.of(experiment, population,
        runRange(experiment, registry, population, 0, experiment.runs(), threads, null));
  }

  /**
   * Runs every run of an experiment on anonymous voters.
   *
   * @param experiment the experiment, without a population
   * @param model the preference model named by the experiment
   * @param rules finds a decision rule by id; each must implement {@link TallyRule} or {@link
   *     CountRule}
   * @param threads how many threads, at least 1
   * @return the result
   * @throws InvalidParameterException naming the parameter, before any run, if the model's or a
   *     rule's parameters are invalid, or a rule cannot decide on drawn preferences
   * @throws IllegalArgumentException if the experiment has a population (run it with a
   *     registry)
   * @throws io.yishi.core.plugin.UnknownPluginException if a rule id is not installed
   */
  public static ExperimentResult run(Experiment experiment, PreferenceModel model,
      Function<String, DecisionRule> rules, int threads) {
    return ExperimentResult.of(experiment,
        runRange(experiment, model, rules, 0, experiment.runs(), threads, null));
  }

  /**
   * Runs the runs {@code from} (inclusive) to {@code to} (exclusive) of an experiment on
   * anonymous voters, for a sweep split across machines; merge the totals with {@link
   * ExperimentTotals#merge} and report them with {@link ExperimentResult#of}.
   *
   * @param experiment the experiment, without a population
   * @param model the preference model named by the experiment
   * @param rules finds a decision rule by id
   * @param from the first run index, 0 or more
   * @param to the run index after the last, at most the experiment's runs, above {@code from}
   * @param threads how many threads, at least 1
   * @return the totals of those runs
   * @throws InvalidParameterException as {@link #run} does
   * @throws IllegalArgumentException if the range is empty or outside the experiment, or the
   *     experiment has a population
   */
  public static ExperimentTotals runRange(Experiment experiment, PreferenceModel model,
      Function<String, DecisionRule> rules, int from, int to, int threads) {
    return runRange(experiment, model, rules, from, to, threads, null);
  }

  /**
   * Runs the runs {@code from} to {@code to} of an experiment on anonymous voters, showing each
   * run to an observer in run order.
   *
   * @param experiment the experiment, without a population
   * @param model the preference model named by the experiment
   * @param rules finds a decision rule by id
   * @param from the first run index, 0 or more
   * @param to the run index after the last, at most the experiment's runs, above {@code from}
   * @param threads how many threads, at least 1
   * @param observer sees every run in order, on the calling thread; or null
   * @return the totals of those runs
   * @throws InvalidParameterException as {@link #run} does
   * @throws IllegalArgumentException if the range is empty or outside the experiment, or the
   *     experiment has a population
   */
  public static ExperimentTotals runRange(Experiment experiment, PreferenceModel model,
      Function<String, DecisionRule> rules, int from, int to, int threads,
      @Nullable RunObserver observer) {
    checkNotNull(experiment, "experiment");
    checkArgument(experiment.population() == null, "population: an experiment with a"
        + " population runs with a registry, which finds its population and dynamics models");
    return runRange(experiment, model, rules, null, null, from, to, threads, observer);
  }

  /**
   * Checks everything in an experiment that does not need its population: the rules and their
   * parameters, the preference model's parameters and the deliberation's, so that a bad
   * experiment fails before a large population is drawn. The population's groups are checked
   * when the runs start.
   *
   * @param experiment the experiment
   * @param registry where the models and rules are found
   * @throws InvalidParameterException naming the parameter
   * @throws io.yishi.core.plugin.UnknownPluginException if a model or a rule is not installed
   */
  public static void check(Experiment experiment, PluginRegistry registry) {
    checkNotNull(experiment, "experiment");
    Experiment.Deliberation deliberation = experiment.deliberation();
    if (deliberation != null) {
      registry.opinionDynamics(deliberation.dynamics()).process(deliberation.parameters());
    }
    Experiment.PopulationSpec spec = experiment.population();
    if (spec != null) {
      spec.parameters().checkKnown(spec.model(), registry.populationModel(spec.model())
          .parameters());
    }
    prepare(experiment, registry.preferenceModel(experiment.model()), registry::decisionRule,
        spec != null);
  }

  /**
   * {@return the experiment's population, drawn from a random seeded by the experiment's seed
   * alone, or null when it has none}: the same on every call
   *
   * @param experiment the experiment
   * @param registry where the population model is found
   * @throws InvalidParameterException naming the parameter if the model's parameters are invalid
   * @throws io.yishi.core.plugin.UnknownPluginException if the model is not installed
   */
  public static @Nullable Population population(Experiment experiment, PluginRegistry registry) {
    Experiment.PopulationSpec spec = experiment.population();
    if (spec == null) {
      return null;
    }
    return registry.populationModel(spec.model()).population(spec.parameters(),
        new SplittableRandom(mix(experiment.seed() ^ POPULATION_SALT)));
  }

  /**
   * Runs the runs {@code from} to {@code to} of any experiment, with the models and rules the
   * registry finds, showing each run to an observer in run order.
   *
   * @param experiment the experiment
   * @param registry where the models and rules are found
   * @param population the experiment's {@link #population}, or null when it has none; another
   *     population would run, but its figures would not be the experiment's
   * @param from the first run index, 0 or more
   * @param to the run index after the last, at most the experiment's runs, above {@code from}
   * @param threads how many threads, at least 1
   * @param observer sees every run in order, on the calling thread; or null
   * @return the totals of those runs
   * @throws InvalidParameterException as {@link #run} does
   * @throws IllegalArgumentException if the range is empty or outside the experiment, or a
   *     population is given exactly when the experiment has none
   */
  public static ExperimentTotals runRange(Experiment experiment, PluginRegistry registry,
      @Nullable Population population, int from, int to, int threads,
      @Nullable RunObserver observer) {
    checkNotNull(experiment, "experiment");
    checkArgument((population == null) == (experiment.population() == null),
        "population: give the population exactly when the experiment has one");
    Experiment.Deliberation deliberation = experiment.deliberation();
    OpinionProcess process = deliberation == null ? null
        : registry.opinionDynamics(deliberation.dynamics()).process(deliberation.parameters());
    return runRange(experiment, registry.preferenceModel(experiment.model()),
        registry::decisionRule, population, process, from, to, threads, observer);
  }

  private static ExperimentTotals runRange(Experiment experiment, PreferenceModel model,
      Function<String, DecisionRule> rules, @Nullable Population population,
      @Nullable OpinionProcess process, int from, int to, int threads,
      @Nullable RunObserver observer) {
    checkNotNull(model, "model");
    checkArgument(from >= 0 && to > from && to <= experiment.runs(),
        "runs [%s, %s): must be a non-empty range within 0..%s", from, to, experiment.runs());
    checkArgument(threads >= 1, "threads: must be at least 1, was %s", threads);
    Prepared prepared = prepare(experiment, model, rules, population != null);
    Experiment.Rule[] specs = experiment.rules().toArray(Experiment.Rule[]::new);
    Object[] deciders = prepared.deciders();
    PreferenceSampler sampler = prepared.sampler();
    Voters voters = population == null ? null
        : Voters.of(experiment, population, (OpinionSampler) sampler, process);
    Context context = new Context(experiment, sampler, voters, specs, deciders, observer != null);
    int blocks = (to - from + BLOCK - 1) / BLOCK;
    if (threads == 1 || blocks == 1) {
      @Nullable ExperimentTotals totals = null;
      for (int b = 0; b < blocks; b++) {
        Block t = context.block(from + b * BLOCK, Math.min(to, from + (b + 1) * BLOCK));
        if (observer != null) {
          t.runs().forEach(observer::run);
        }
        totals = totals == null ? t.totals() : totals.merge(t.totals());
      }
      return totals;
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
      Thread thread = new Thread(runnable, "yishi-simulation");
      thread.setDaemon(true);
      return thread;
    });
    try {
      // At most two blocks per thread are in flight: blocks are consumed in order and their
      // runs dropped, so memory stays flat however many runs there are.
      int window = 2 * threads;
      ArrayDeque<Future<Block>> inFlight = new ArrayDeque<>();
      int next = 0;
      @Nullable ExperimentTotals totals = null;
      while (next < blocks || !inFlight.isEmpty()) {
        while (next < blocks && inFlight.size() < window) {
          int start = from + next * BLOCK;
          int end = Math.min(to, start + BLOCK);
          inFlight.add(pool.submit(() -> context.block(start, end)));
          next++;
        }
        Block t = inFlight.remove().get();
        if (observer != null) {
          t.runs().forEach(observer::run);
        }
        totals = totals == null ? t.totals() : totals.merge(t.totals());
      }
      return totals;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("experiment interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  /** The rules ready to decide, and the sampler, checked. */
  private record Prepared(Object[] deciders, PreferenceSampler sampler) {}

  /**
   * Checks the rules and the preference model and readies them: each rule a {@link TallyRule}
   * or a {@link CountRule.Counter}.
   */
  private static Prepared prepare(Experiment experiment, PreferenceModel model,
      Function<String, DecisionRule> rules, boolean population) {
    checkArgument(model.id().equals(experiment.model()), "model: the experiment names '%s',"
        + " given '%s'", experiment.model(), model.id());
    Experiment.Rule[] specs = experiment.rules().toArray(Experiment.Rule[]::new);
    Object[] deciders = new Object[specs.length];
    for (int k = 0; k < specs.length; k++) {
      DecisionRule rule = rules.apply(specs[k].id());
      specs[k].parameters().checkKnown(rule.id(), rule.parameters());
      rule.checkParameters(specs[k].parameters());
      if (rule instanceof TallyRule t) {
        t.checkOptions(specs[k].parameters(), experiment.candidates());
        deciders[k] = t;
      } else if (rule instanceof CountRule c) {
        if (experiment.candidates() != 2) {
          throw new InvalidParameterException("rules", specs[k].id(), "decides yes-or-no"
              + " motions: the experiment must have 2 candidates (adopt, keep), not "
              + experiment.candidates());
        }
        deciders[k] = c.counter(specs[k].parameters());
      } else {
        throw new InvalidParameterException("rules", specs[k].id(), "cannot be run on drawn"
            + " preferences: the rule decides neither on a ranking tally (TallyRule) nor on a"
            + " count of yes and no votes (CountRule)");
      }
    }
    PreferenceSampler sampler = model.sampler(experiment.modelParameters(),
        experiment.candidates());
    if (!population && sampler instanceof OpinionSampler o && o.needsPopulation()) {
      throw new InvalidParameterException("population", null, "the preference model's"
          + " parameters name groups of voters: give the experiment a population");
    }
    if (population && !(sampler instanceof OpinionSampler)) {
      throw new InvalidParameterException("model", experiment.model(), "cannot give the"
          + " voters of a population opinions on a motion; use a model such as 'support'");
    }
    return new Prepared(deciders, sampler);
  }

  /**
   * {@return the random of run {@code run}, from the seed and the index alone}. The two are
   * mixed into a seed whose streams do not overlap: a seed that only stepped by the generator's
   * own increment would give run {@code r + 1} run {@code r}'s stream shifted by one draw.
   */
  static SplittableRandom random(long seed, int run) {
    return new SplittableRandom(mix(seed ^ mix(run + 0x632BE59BD9B4E019L)));
  }

  /** Stafford's variant 13 of the MurmurHash3 finaliser: a bijection that scrambles bits. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /** A block's totals, and its runs when an observer wants them. */
  private record Block(ExperimentTotals totals, List<RunObserver.Run> runs) {}

  /**
   * The voters of an experiment with a population, and what stays fixed across its runs: each
   * voter's chance of voting, who is in the minority group, and the network deliberation runs
   * on (drawn once, from the experiment's seed).
   */
  private record Voters(Population population, OpinionSampler sampler,
      @Nullable OpinionProcess process, @Nullable SocialNetwork network, double[] turnout,
      boolean @Nullable [] minority) {

    static Voters of(Experiment experiment, Population population, OpinionSampler sampler,
        @Nullable OpinionProcess process) {
      sampler.check(population);
      for (String group : experiment.groupTurnout().keySet()) {
        if (!population.hasGroup(group)) {
          throw new InvalidParameterException("groupTurnout." + group,
              experiment.groupTurnout().get(group), "names no group of the population; it has "
                  + population.groups());
        }
      }
      boolean[] minority = null;
      String group = experiment.minorityGroup();
      if (group != null) {
        if (!population.hasGroup(group)) {
          throw new InvalidParameterException("minorityGroup", group,
              "names no group of the population; it has " + population.groups());
        }
        if (population.groupSize(group) == 0) {
          throw new InvalidParameterException("minorityGroup", group,
              "has no member in this population");
        }
        minority = new boolean[population.size()];
        for (int i = 0; i < minority.length; i++) {
          minority[i] = population.inGroup(group, i);
        }
      }
      SocialNetwork network = null;
      Experiment.Deliberation deliberation = experiment.deliberation();
      if (deliberation != null) {
        Experiment.Network n = deliberation.networkFor(population.size());
        if (n.randomLinks() >= population.size()) {
          throw new InvalidParameterException("deliberation.network.randomLinks",
              n.randomLinks(), "must be below the population's size, " + population.size());
        }
        network = population.network(n.households(), n.buildings(), n.estates(),
            n.randomLinks(), new SplittableRandom(mix(experiment.seed() ^ NETWORK_SALT)));
      }
      return new Voters(population, sampler, process, network,
          population.meanOf(experiment.groupTurnout(), experiment.turnout()), minority);
    }
  }

  /** What a block reuses from run to run. */
  private static final class Scratch {
    final RankingTally tally;
    final double @Nullable [] opinions;

    Scratch(int options, @Nullable Voters voters) {
      tally = new RankingTally(options);
      opinions = voters == null ? null : new double[voters.population().size()];
    }
  }

  /** One run's draw: the tally, the count for motion rules, and the minority's preferences. */
  private static final class Draw {
    @Nullable VoteCount count;
    long minorityAdopt;
    long minorityKeep;
    double spreadBefore = Double.NaN;
    double spreadAfter = Double.NaN;
  }

  /** What every block shares; read-only. */
  private record Context(Experiment experiment, PreferenceSampler sampler,
      @Nullable Voters voters, Experiment.Rule[] specs, Object[] deciders, boolean observed) {

    Block block(int start, int end) {
      List<RunObserver.Run> observedRuns = new ArrayList<>();
      int k = deciders.length;
      // a block's scratch is its own, dropped with it: nothing stays on a pool's thread
      Scratch scratch = new Scratch(experiment.candidates(), voters);
      RankingTally tally = scratch.tally;
      Draw draw = new Draw();
      long condorcetRuns = 0;
      long utilityRuns = 0;
      ExperimentTotals.Moments before = ExperimentTotals.Moments.NONE;
      ExperimentTotals.Moments after = ExperimentTotals.Moments.NONE;
      long[] decided = new long[k];
      long[] adopted = new long[k];
      BigDecimal[] picks = new BigDecimal[k];
      Arrays.fill(picks, BigDecimal.ZERO);
      ExperimentTotals.Moments[] vse = new ExperimentTotals.Moments[k];
      ExperimentTotals.Moments[] satisfaction = new ExperimentTotals.Moments[k];
      Arrays.fill(vse, ExperimentTotals.Moments.NONE);
      Arrays.fill(satisfaction, ExperimentTotals.Moments.NONE);
      long[][] agree = new long[k][k];
      int[][] winners = new int[k][];
      for (int run = start; run < end; run++) {
        SplittableRandom random = random(experiment.seed(), run);
        tally.clear();
        if (voters == null) {
          sampler.sample(random, voting(random), tally);
          draw.count = null;
        } else {
          drawVoters(random, scratch, draw);
          if (!Double.isNaN(draw.spreadBefore)) {
            before = before.plus(draw.spreadBefore);
          }
          if (!Double.isNaN(draw.spreadAfter)) {
            after = after.plus(draw.spreadAfter);
          }
        }
        long lot = random.nextLong();
        int condorcet = tally.voters() == 0 ? -1 : tally.condorcetWinner();
        if (condorcet >= 0) {
          condorcetRuns++;
        }
        double[] welfare = welfare(tally);
        if (welfare != null) {
          utilityRuns++;
        }
        List<RunObserver.Choice> choices = observed ? new ArrayList<>(k) : List.of();
        for (int r = 0; r < k; r++) {
          winners[r] = decide(r, tally, draw, lot);
          int[] w = winners[r];
          checkWinners(specs[r].id(), w, tally.options());
          if (w.length > 0) {
            decided[r]++;
          }
          if (w.length == 1 && w[0] == 0) {
            adopted[r]++;
          }
          if (condorcet >= 0 && Arrays.binarySearch(w, condorcet) >= 0) {
            picks[r] = picks[r].add(new BigDecimal(1.0 / w.length));
          }
          if (voters != null && voters.minority() != null
              && draw.minorityAdopt + draw.minorityKeep > 0) {
            satisfaction[r] = satisfaction[r].plus(satisfaction(w, draw));
          }
          double v = Double.NaN;
          if (welfare != null && w.length > 0) {
            double value = 0;
            for (int o : w) {
              value += tally.utility(o);
            }
            v = (value / w.length - welfare[0]) / (welfare[1] - welfare[0]);
            vse[r] = vse[r].plus(v);
          }
          if (observed) {
            choices.add(new RunObserver.Choice(specs[r].id(), Arrays.stream(w).boxed().toList(),
                v));
          }
        }
        if (observed) {
          observedRuns.add(new RunObserver.Run(run, tally.voters(), condorcet, choices));
        }
        for (int a = 0; a < k; a++) {
          for (int b = 0; b < k; b++) {
            if (Arrays.equals(winners[a], winners[b])) {
              agree[a][b]++;
            }
          }
        }
      }
      List<ExperimentTotals.RuleTotals> totals = new ArrayList<>();
      for (int r = 0; r < k; r++) {
        totals.add(new ExperimentTotals.RuleTotals(specs[r].id(), decided[r], adopted[r],
            picks[r], vse[r], satisfaction[r], Arrays.stream(agree[r]).boxed().toList()));
      }
      return new Block(new ExperimentTotals(start, end, condorcetRuns, utilityRuns, before,
          after, totals), observedRuns);
    }

    /** Lets rule {@code r} choose: on the tally, or on the count of yes and no votes. */
    private int[] decide(int r, RankingTally tally, Draw draw, long lot) {
      if (deciders[r] instanceof TallyRule rule) {
        return tally.voters() == 0 ? new int[0]
            : rule.winners(tally, specs[r].parameters(), lot);
      }
      VoteCount count = draw.count;
      if (count == null) {
        long[] first = tally.firstPlaces();
        count = VoteCount.ofHeads(experiment.voters(), first[0], first[1], 0);
        draw.count = count;
      }
      Verdict verdict = ((CountRule.Counter) deciders[r]).verdict(count, lot);
      return verdict == Verdict.ADOPTED ? new int[] {0}
          : verdict == Verdict.REJECTED ? new int[] {1} : new int[0];
    }

    /**
     * {@return the share of the minority's members with a preference whose preferred option
     * the outcome is}: with no choice, things stay as they are (option 1); among tied winners,
     * each counts for its share
     */
    private static double satisfaction(int[] winners, Draw draw) {
      double total = draw.minorityAdopt + draw.minorityKeep;
      if (winners.length == 0) {
        return draw.minorityKeep / total;
      }
      double satisfied = 0;
      for (int w : winners) {
        satisfied += w == 0 ? draw.minorityAdopt : draw.minorityKeep;
      }
      return satisfied / winners.length / total;
    }

    /**
     * Draws the population's opinions, lets them deliberate, and counts who turns out and how
     * they vote: above one half for adopting, below it for keeping, at one half abstaining.
     */
    private void drawVoters(SplittableRandom random, Scratch scratch, Draw draw) {
      Voters v = voters;
      Population population = v.population();
      double[] opinions = scratch.opinions;
      int n = population.size();
      v.sampler().opinions(random, population, opinions);
      draw.spreadBefore = Math.sqrt(OpinionStatistics.variance(opinions));
      draw.spreadAfter = Double.NaN;
      if (v.process() != null) {
        v.process().run(opinions, v.network(), random);
        draw.spreadAfter = Math.sqrt(OpinionStatistics.variance(opinions));
      }
      long yesHeads = 0;
      long yesWeight = 0;
      long noHeads = 0;
      long noWeight = 0;
      long abstainHeads = 0;
      long abstainWeight = 0;
      double yesSupport = 0;
      double noSupport = 0;
      long minorityAdopt = 0;
      long minorityKeep = 0;
      boolean[] minority = v.minority();
      double[] turnout = v.turnout();
      for (int i = 0; i < n; i++) {
        double x = opinions[i];
        if (minority != null && minority[i]) {
          minorityAdopt += x > 0.5 ? 1 : 0;
          minorityKeep += x < 0.5 ? 1 : 0;
        }
        double p = turnout[i];
        if (p <= 0 || (p < 1 && random.nextDouble() >= p)) {
          continue;
        }
        long weight = population.weight(i);
        if (x > 0.5) {
          yesHeads++;
          yesWeight += weight;
          yesSupport += x;
        } else if (x < 0.5) {
          noHeads++;
          noWeight += weight;
          noSupport += x;
        } else {
          abstainHeads++;
          abstainWeight += weight;
        }
      }
      if (yesHeads > 0) {
        double mean = yesSupport / yesHeads;
        scratch.tally.accept(ADOPT, new double[] {mean, 1 - mean}, yesHeads);
      }
      if (noHeads > 0) {
        double mean = noSupport / noHeads;
        scratch.tally.accept(KEEP, new double[] {mean, 1 - mean}, noHeads);
      }
      draw.count = new VoteCount(population.weighting(), population.weightScale(),
          new VoteCount.Side(n, population.totalWeight()),
          new VoteCount.Side(yesHeads, yesWeight), new VoteCount.Side(noHeads, noWeight),
          new VoteCount.Side(abstainHeads, abstainWeight));
      draw.minorityAdopt = minorityAdopt;
      draw.minorityKeep = minorityKeep;
    }

    /** Holds a rule to its contract: winners strictly increasing, each an option's index. */
    private static void checkWinners(String rule, int[] winners, int options) {
      for (int i = 0; i < winners.length; i++) {
        if (winners[i] < 0 || winners[i] >= options || (i > 0 && winners[i] <= winners[i - 1])) {
          throw new IllegalStateException("rule " + rule + ": winners must be distinct option"
              + " indices 0.." + (options - 1) + " in increasing order, was "
              + Arrays.toString(winners));
        }
      }
    }

    /**
     * How many anonymous voters turn out in this run: each votes with the experiment's
     * turnout, drawn as one binomial variate rather than a coin per voter.
     */
    private int voting(SplittableRandom random) {
      double p = experiment.turnout();
      return p >= 1 ? experiment.voters()
          : (int) Binomial.sample(random, experiment.voters(), p);
    }

    /**
     * {@return the mean welfare of the options and the best option's, or null when the tally
     * has no utilities or every option has the same welfare}
     */
    private static double @Nullable [] welfare(RankingTally tally) {
      if (!tally.hasUtilities()) {
        return null;
      }
      double sum = 0;
      double best = Double.NEGATIVE_INFINITY;
      for (int o = 0; o < tally.options(); o++) {
        sum += tally.utility(o);
        best = Math.max(best, tally.utility(o));
      }
      double mean = sum / tally.options();
      return best > mean ? new double[] {mean, best} : null;
    }
  }
}
