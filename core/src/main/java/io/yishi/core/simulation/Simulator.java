package io.yishi.core.simulation;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import io.yishi.core.annotation.Experimental;
import io.yishi.core.internal.Binomial;
import io.yishi.core.plugin.PluginRegistry;
import io.yishi.core.spi.DecisionRule;
import io.yishi.core.spi.InvalidParameterException;
import io.yishi.core.spi.Parameters;
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
 * Runs experiments: for each run, draws the voters' rankings under the preference model into a
 * {@link RankingTally} and lets every rule choose, then counts the metrics. Run {@code r} draws
 * from a random seeded by the experiment's seed and {@code r} alone, and totals are exact (see
 * {@link ExperimentTotals}), so the result is the same, bit for bit, on one thread or many, and
 * for a sweep run whole or in ranges and merged. Memory stays flat as runs grow: one tally per
 * thread, and totals, never a run's profile.
 */
@Experimental
public final class Simulator {

  /** Runs are handed to threads in blocks of this many. */
  private static final int BLOCK = 32;

  private Simulator() {}

  /**
   * Runs every run of an experiment with the model and rules the registry finds by id.
   *
   * @param experiment the experiment
   * @param registry where the preference model and the rules are found
   * @param threads how many threads, at least 1
   * @return the result
   * @throws InvalidParameterException naming the parameter, before any run
   * @throws io.yishi.core.plugin.UnknownPluginException if the model or a rule is not installed
   */
  public static ExperimentResult run(Experiment experiment, PluginRegistry registry,
      int threads) {
    return run(experiment, registry.preferenceModel(experiment.model()),
        registry::decisionRule, threads);
  }

  /**
   * Runs every run of an experiment.
   *
   * @param experiment the experiment
   * @param model the preference model named by the experiment
   * @param rules finds a decision rule by id; each must implement {@link TallyRule}
   * @param threads how many threads, at least 1
   * @return the result
   * @throws InvalidParameterException naming the parameter, before any run, if the model's or a
   *     rule's parameters are invalid, or a rule cannot decide on a tally
   * @throws io.yishi.core.plugin.UnknownPluginException if a rule id is not installed
   */
  public static ExperimentResult run(Experiment experiment, PreferenceModel model,
      Function<String, DecisionRule> rules, int threads) {
    return ExperimentResult.of(experiment,
        runRange(experiment, model, rules, 0, experiment.runs(), threads, null));
  }

  /**
   * Runs the runs {@code from} (inclusive) to {@code to} (exclusive) of an experiment, for a
   * sweep split across machines; merge the totals with {@link ExperimentTotals#merge} and
   * report them with {@link ExperimentResult#of}.
   *
   * @param experiment the experiment
   * @param model the preference model named by the experiment
   * @param rules finds a decision rule by id; each must implement {@link TallyRule}
   * @param from the first run index, 0 or more
   * @param to the run index after the last, at most the experiment's runs, above {@code from}
   * @param threads how many threads, at least 1
   * @return the totals of those runs
   * @throws InvalidParameterException as {@link #run} does
   * @throws IllegalArgumentException if the range is empty or outside the experiment
   */
  public static ExperimentTotals runRange(Experiment experiment, PreferenceModel model,
      Function<String, DecisionRule> rules, int from, int to, int threads) {
    return runRange(experiment, model, rules, from, to, threads, null);
  }

  /**
   * Runs the runs {@code from} to {@code to} of an experiment, showing each run to an observer
   * in run order.
   *
   * @param experiment the experiment
   * @param model the preference model named by the experiment
   * @param rules finds a decision rule by id; each must implement {@link TallyRule}
   * @param from the first run index, 0 or more
   * @param to the run index after the last, at most the experiment's runs, above {@code from}
   * @param threads how many threads, at least 1
   * @param observer sees every run in order, on the calling thread; or null
   * @return the totals of those runs
   * @throws InvalidParameterException as {@link #run} does
   * @throws IllegalArgumentException if the range is empty or outside the experiment
   */
  public static ExperimentTotals runRange(Experiment experiment, PreferenceModel model,
      Function<String, DecisionRule> rules, int from, int to, int threads,
      @Nullable RunObserver observer) {
    checkNotNull(experiment, "experiment");
    checkNotNull(model, "model");
    checkArgument(from >= 0 && to > from && to <= experiment.runs(),
        "runs [%s, %s): must be a non-empty range within 0..%s", from, to, experiment.runs());
    checkArgument(threads >= 1, "threads: must be at least 1, was %s", threads);
    checkArgument(model.id().equals(experiment.model()), "model: the experiment names '%s',"
        + " given '%s'", experiment.model(), model.id());
    Experiment.Rule[] specs = experiment.rules().toArray(Experiment.Rule[]::new);
    TallyRule[] tallyRules = new TallyRule[specs.length];
    for (int k = 0; k < specs.length; k++) {
      DecisionRule rule = rules.apply(specs[k].id());
      if (!(rule instanceof TallyRule t)) {
        throw new InvalidParameterException("rules", specs[k].id(), "cannot be run on drawn"
            + " rankings: the rule does not decide on a ranking tally (TallyRule)");
      }
      specs[k].parameters().checkKnown(rule.id(), rule.parameters());
      rule.checkParameters(specs[k].parameters());
      tallyRules[k] = t;
    }
    PreferenceSampler sampler = model.sampler(experiment.modelParameters(),
        experiment.candidates());
    Context context = new Context(experiment, sampler, specs, tallyRules, observer != null);
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

  /** What every block shares; read-only. */
  private record Context(Experiment experiment, PreferenceSampler sampler,
      Experiment.Rule[] specs, TallyRule[] rules, boolean observed,
      ThreadLocal<RankingTally> tallies) {

    Context(Experiment experiment, PreferenceSampler sampler, Experiment.Rule[] specs,
        TallyRule[] rules, boolean observed) {
      this(experiment, sampler, specs, rules, observed,
          ThreadLocal.withInitial(() -> new RankingTally(experiment.candidates())));
    }

    Block block(int start, int end) {
      List<RunObserver.Run> observedRuns = new ArrayList<>();
      int k = rules.length;
      RankingTally tally = tallies.get();
      long condorcetRuns = 0;
      long utilityRuns = 0;
      long[] decided = new long[k];
      long[] vseRuns = new long[k];
      BigDecimal[] picks = zeros(k);
      BigDecimal[] vse = zeros(k);
      BigDecimal[] vseSquares = zeros(k);
      long[][] agree = new long[k][k];
      int[][] winners = new int[k][];
      for (int run = start; run < end; run++) {
        SplittableRandom random = random(experiment.seed(), run);
        tally.clear();
        sampler.sample(random, voting(random), tally);
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
          winners[r] = tally.voters() == 0 ? new int[0]
              : rules[r].winners(tally, specs[r].parameters(), lot);
          int[] w = winners[r];
          checkWinners(specs[r].id(), w, tally.options());
          if (w.length > 0) {
            decided[r]++;
          }
          if (condorcet >= 0 && Arrays.binarySearch(w, condorcet) >= 0) {
            picks[r] = picks[r].add(new BigDecimal(1.0 / w.length));
          }
          if (welfare != null && w.length > 0) {
            double value = 0;
            for (int o : w) {
              value += tally.utility(o);
            }
            double v = (value / w.length - welfare[0]) / (welfare[1] - welfare[0]);
            vseRuns[r]++;
            BigDecimal exact = new BigDecimal(v);
            vse[r] = vse[r].add(exact);
            vseSquares[r] = vseSquares[r].add(exact.multiply(exact));
            if (observed) {
              choices.add(new RunObserver.Choice(specs[r].id(), Arrays.stream(w).boxed().toList(),
                  v));
            }
          } else if (observed) {
            choices.add(new RunObserver.Choice(specs[r].id(), Arrays.stream(w).boxed().toList(),
                Double.NaN));
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
        totals.add(new ExperimentTotals.RuleTotals(specs[r].id(), decided[r], picks[r],
            vseRuns[r], vse[r], vseSquares[r], Arrays.stream(agree[r]).boxed().toList()));
      }
      return new Block(new ExperimentTotals(start, end, condorcetRuns, utilityRuns, totals),
          observedRuns);
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
     * How many voters turn out in this run: each votes with the experiment's turnout, drawn as
     * one binomial variate rather than a coin per voter.
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

    private static BigDecimal[] zeros(int k) {
      BigDecimal[] a = new BigDecimal[k];
      Arrays.fill(a, BigDecimal.ZERO);
      return a;
    }
  }
}
