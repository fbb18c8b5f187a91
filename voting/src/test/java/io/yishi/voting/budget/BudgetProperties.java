package io.yishi.voting.budget;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.yishi.core.json.YishiJson;
import io.yishi.core.spi.Decision;
import io.yishi.core.spi.Parameters;
import io.yishi.core.spi.Tie;
import io.yishi.core.tie.LotTieBreaker;
import io.yishi.voting.cardinal.ApprovalProfile;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Invariants of greedy-budget and equal-shares on random small instances (2 to 8 projects, 1 to
 * 40 voters, costs 0 to 20 or unit costs), each drawn from an explicit seed printed on failure:
 * the funded set fits the budget; the result does not depend on the order of the ballots or on
 * how the profile was split and merged; equal shares agrees with a plain per-voter reference count
 * written from equalshares.net's description; equal shares for committees satisfies EJR (checked
 * by brute force); greedy funds in order of approvals and skips only what does not fit.
 */
class BudgetProperties {

  static final ObjectMapper JSON = YishiJson.mapper();
  static final BudgetRule GREEDY = new GreedyBudgetRule();
  static final BudgetRule MES = new EqualSharesRule();
  static final List<String> COMPLETIONS = List.of("none", "utilitarian", "add1-utilitarian");

  static Stream<Long> seeds() {
    return LongStream.range(0, 150).boxed();
  }

  /** A drawn instance and the approval sets it was built from. */
  record Draw(long seed, BudgetInstance instance, List<int[]> ballots) {}

  static Draw draw(long seed, boolean committee) {
    SplittableRandom random = new SplittableRandom(seed);
    int m = 2 + random.nextInt(7);
    int n = 1 + random.nextInt(40);
    List<String> names = new ArrayList<>();
    for (int c = 0; c < m; c++) {
      names.add("p" + c);
    }
    double density = 0.15 + 0.6 * random.nextDouble();
    List<int[]> ballots = new ArrayList<>();
    // a few recurring camps make ties and cohesive groups likely
    List<int[]> camps = new ArrayList<>();
    for (int k = 0; k < 3; k++) {
      camps.add(subset(random, m, density));
    }
    for (int v = 0; v < n; v++) {
      ballots.add(random.nextInt(3) == 0 ? subset(random, m, density)
          : camps.get(random.nextInt(camps.size())));
    }
    ApprovalProfile.Builder b = ApprovalProfile.builder(names);
    ballots.forEach(s -> b.add(s, 1));
    ApprovalProfile profile = b.build();
    if (committee) {
      return new Draw(seed, BudgetInstance.committee(profile, 1 + random.nextInt(m)), ballots);
    }
    List<Project> projects = new ArrayList<>();
    long total = 0;
    for (int c = 0; c < m; c++) {
      long cost = random.nextInt(12) == 0 ? 0 : 1 + random.nextInt(20);
      total += cost;
      projects.add(Project.of(names.get(c), cost));
    }
    long budget = random.nextLong(total + 2);
    return new Draw(seed, BudgetInstance.of(projects, BigDecimal.valueOf(budget), profile),
        ballots);
  }

  static int[] subset(SplittableRandom random, int m, double density) {
    List<Integer> s = new ArrayList<>();
    for (int c = 0; c < m; c++) {
      if (random.nextDouble() < density) {
        s.add(c);
      }
    }
    return s.stream().mapToInt(Integer::intValue).toArray();
  }

  static Parameters completion(String c) {
    return Parameters.of(Map.of("completion", c));
  }

  static BigDecimal cost(BudgetInstance instance, List<String> funded) {
    BigDecimal sum = BigDecimal.ZERO;
    for (Project p : instance.projects()) {
      if (funded.contains(p.name())) {
        sum = sum.add(p.cost());
      }
    }
    return sum;
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void everyFundedSetFitsTheBudget(long seed) {
    for (boolean committee : new boolean[] {false, true}) {
      Draw d = draw(seed, committee);
      List<BudgetDecision> decisions = new ArrayList<>();
      if (!committee) {
        decisions.add(GREEDY.decide(d.instance(), Parameters.empty(), seed));
      }
      for (String c : COMPLETIONS) {
        decisions.add(MES.decide(d.instance(), completion(c), seed));
      }
      for (BudgetDecision decision : decisions) {
        assertThat(decision.spent()).as("seed %d, %s", seed, decision.ruleId())
            .isEqualByComparingTo(cost(d.instance(), decision.funded()))
            .isLessThanOrEqualTo(d.instance().budget());
        assertThat(decision.funded()).doesNotHaveDuplicates();
        assertThat(decision.steps()).hasSize(decision.funded().size());
      }
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void ballotOrderAndSplittingDoNotMatter(long seed) {
    Draw d = draw(seed, false);
    List<int[]> shuffled = new ArrayList<>(d.ballots());
    Collections.shuffle(shuffled, new Random(seed));
    List<String> names = d.instance().profile().candidates();
    int cut = shuffled.size() / 2;
    ApprovalProfile.Builder left = ApprovalProfile.builder(names);
    ApprovalProfile.Builder right = ApprovalProfile.builder(names);
    shuffled.subList(0, cut).forEach(s -> left.add(s, 1));
    shuffled.subList(cut, shuffled.size()).forEach(s -> right.add(s, 1));
    ApprovalProfile merged = ApprovalProfile.builder(names).addAll(right.build())
        .addAll(left.build()).build();
    BudgetInstance other = BudgetInstance.of(d.instance().projects(), d.instance().budget(),
        merged);
    assertThat(GREEDY.decide(other, Parameters.empty(), seed)).as("seed %d", seed)
        .isEqualTo(GREEDY.decide(d.instance(), Parameters.empty(), seed));
    for (String c : COMPLETIONS) {
      assertThat(MES.decide(other, completion(c), seed)).as("seed %d, %s", seed, c)
          .isEqualTo(MES.decide(d.instance(), completion(c), seed));
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void equalSharesAgreesWithThePerVoterReference(long seed) {
    for (boolean committee : new boolean[] {false, true}) {
      Draw d = draw(seed, committee);
      for (String c : COMPLETIONS) {
        List<String> expected = new Reference(d, seed).run(c);
        assertThat(MES.decide(d.instance(), completion(c), seed).funded())
            .as("seed %d, committee %s, %s", seed, committee, c).isEqualTo(expected);
      }
    }
  }

  /**
   * EJR for approval committees (Aziz et al. 2017): for every l and every set T of l candidates,
   * the voters approving all of T who approve fewer than l elected candidates must number fewer
   * than l·n/k. A group of at least l·n/k voters with l commonly approved candidates would
   * otherwise have no member with l elected. Checked for equal shares with every completion (a
   * larger virtual budget only strengthens the guarantee).
   */
  @ParameterizedTest
  @MethodSource("seeds")
  void equalSharesForCommitteesSatisfiesEjr(long seed) {
    Draw d = draw(seed, true);
    ApprovalProfile p = d.instance().profile();
    int m = p.candidateCount();
    long n = p.voters();
    long k = d.instance().budget().longValueExact();
    for (String c : COMPLETIONS) {
      List<String> elected = MES.decide(d.instance(), completion(c), seed).funded();
      for (int mask = 1; mask < 1 << m; mask++) {
        int l = Integer.bitCount(mask);
        if (l > k) {
          continue;
        }
        long unsatisfied = 0;
        for (int b = 0; b < p.distinctBallots(); b++) {
          int[] approved = p.approved(b);
          int bits = 0;
          int satisfaction = 0;
          for (int a : approved) {
            bits |= 1 << a;
            satisfaction += elected.contains(p.candidates().get(a)) ? 1 : 0;
          }
          if ((bits & mask) == mask && satisfaction < l) {
            unsatisfied += p.count(b);
          }
        }
        assertThat(unsatisfied * k).as("seed %d, %s, T = %s, l = %d, elected %s", seed, c,
            Integer.toBinaryString(mask), l, elected).isLessThan(l * n);
      }
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void greedyFundsByApprovalsAndSkipsOnlyWhatDoesNotFit(long seed) {
    Draw d = draw(seed, false);
    BudgetDecision decision = GREEDY.decide(d.instance(), Parameters.empty(), seed);
    List<BudgetDecision.ProjectOutcome> outcomes = decision.projects();
    Comparator<BudgetDecision.ProjectOutcome> order = Comparator
        .comparingLong((BudgetDecision.ProjectOutcome o) -> -o.support())
        .thenComparing(BudgetDecision.ProjectOutcome::cost);
    List<BudgetDecision.ProjectOutcome> funded = decision.funded().stream()
        .map(name -> outcomes.stream().filter(o -> o.name().equals(name)).findFirst().get())
        .toList();
    for (int i = 1; i < funded.size(); i++) {
      assertThat(order.compare(funded.get(i - 1), funded.get(i))).as("seed %d", seed)
          .isLessThanOrEqualTo(0);
    }
    for (BudgetDecision.ProjectOutcome o : outcomes) {
      if (o.funded() || o.support() == 0) {
        continue;
      }
      BigDecimal before = BigDecimal.ZERO;
      for (BudgetDecision.ProjectOutcome f : funded) {
        if (order.compare(f, o) <= 0) {
          before = before.add(f.cost());
        }
      }
      assertThat(o.cost()).as("seed %d: %s", seed, o.name())
          .isGreaterThan(d.instance().budget().subtract(before));
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void decisionsSurviveAJsonRoundTrip(long seed) throws Exception {
    Draw d = draw(seed, seed % 2 == 0);
    for (BudgetDecision decision : List.of(MES.decide(d.instance(), Parameters.empty(), seed),
        GREEDY.decide(d.instance(), Parameters.of(Map.of("tieBreak", "none")), seed))) {
      String text = JSON.writeValueAsString(decision);
      assertThat(JSON.readValue(text, Decision.class)).as("seed %d", seed).isEqualTo(decision);
    }
  }

  /**
   * Equal shares counted voter by voter with exact fractions, projects re-priced from scratch
   * each round by sorting the supporters by money (as in equalshares.net's reference code), then
   * the completions as {@link EqualSharesRule} documents them; ties by approvals, then cost, then
   * the same seeded lot.
   */
  static final class Reference {
    final BudgetInstance instance;
    final long seed;
    final int m;
    final long[] cost;
    final long budget;
    final long[] support;
    final List<int[]> voters;
    final List<String> names;

    Reference(Draw d, long seed) {
      this.instance = d.instance();
      this.seed = seed;
      this.names = instance.profile().candidates();
      this.m = names.size();
      this.cost = instance.projects().stream().mapToLong(p -> p.cost().longValueExact())
          .toArray();
      this.budget = instance.budget().longValueExact();
      this.support = instance.profile().approvalCounts();
      this.voters = d.ballots();
    }

    /** Exact fraction a/b, b > 0. */
    record Q(BigInteger a, BigInteger b) {
      static Q of(long a, long b) {
        return new Q(BigInteger.valueOf(a), BigInteger.valueOf(b)).norm();
      }

      Q norm() {
        BigInteger g = a.gcd(b);
        return g.signum() == 0 ? this : new Q(a.divide(g), b.divide(g));
      }

      Q plus(Q o) {
        return new Q(a.multiply(o.b).add(o.a.multiply(b)), b.multiply(o.b)).norm();
      }

      Q minus(Q o) {
        return plus(new Q(o.a.negate(), o.b));
      }

      Q div(long k) {
        return new Q(a, b.multiply(BigInteger.valueOf(k))).norm();
      }

      int cmp(Q o) {
        return a.multiply(o.b).compareTo(o.a.multiply(b));
      }
    }

    boolean approves(int v, int c) {
      for (int x : voters.get(v)) {
        if (x == c) {
          return true;
        }
      }
      return false;
    }

    List<Integer> mes(long virtual) {
      int n = voters.size();
      List<Integer> funded = new ArrayList<>();
      for (int c = 0; c < m; c++) {
        if (cost[c] == 0 && support[c] > 0) {
          funded.add(c);
        }
      }
      Q[] money = new Q[n];
      java.util.Arrays.fill(money, Q.of(virtual, n));
      List<Integer> remaining = new ArrayList<>();
      for (int c = 0; c < m; c++) {
        if (cost[c] > 0 && support[c] > 0) {
          remaining.add(c);
        }
      }
      long draws = 0;
      while (true) {
        List<Integer> best = new ArrayList<>();
        Q bestRho = null;
        for (int c : new ArrayList<>(remaining)) {
          List<Integer> sup = new ArrayList<>();
          Q total = Q.of(0, 1);
          for (int v = 0; v < n; v++) {
            if (approves(v, c)) {
              sup.add(v);
              total = total.plus(money[v]);
            }
          }
          if (total.cmp(Q.of(cost[c], 1)) < 0) {
            remaining.remove(Integer.valueOf(c));
            continue;
          }
          sup.sort((x, y) -> money[x].cmp(money[y]));
          Q paid = Q.of(0, 1);
          long left = sup.size();
          Q rho = null;
          for (int v : sup) {
            Q max = Q.of(cost[c], 1).minus(paid).div(left);
            if (max.cmp(money[v]) > 0) {
              paid = paid.plus(money[v]);
              left--;
            } else {
              rho = max.div(cost[c]);
              break;
            }
          }
          int cmp = bestRho == null ? -1 : rho.cmp(bestRho);
          if (cmp < 0) {
            best = new ArrayList<>(List.of(c));
            bestRho = rho;
          } else if (cmp == 0) {
            best.add(c);
          }
        }
        if (best.isEmpty()) {
          return funded;
        }
        long most = best.stream().mapToLong(c -> support[c]).max().getAsLong();
        best.removeIf(c -> support[c] != most);
        long cheapest = best.stream().mapToLong(c -> cost[c]).min().getAsLong();
        best.removeIf(c -> cost[c] != cheapest);
        int w = best.get(0);
        if (best.size() > 1) {
          w = lot(best, draws++);
        }
        Q max = bestRho.plus(Q.of(0, 1));
        max = new Q(max.a().multiply(BigInteger.valueOf(cost[w])), max.b()).norm();
        for (int v = 0; v < n; v++) {
          if (approves(v, w)) {
            money[v] = money[v].cmp(max) <= 0 ? Q.of(0, 1) : money[v].minus(max);
          }
        }
        funded.add(w);
        remaining.remove(Integer.valueOf(w));
      }
    }

    int lot(List<Integer> contenders, long draw) {
      List<String> tied = contenders.stream().map(names::get).toList();
      return contenders.get(tied.indexOf(new LotTieBreaker().choose(new Tie(tied, seed + draw))));
    }

    long spent(List<Integer> funded) {
      return funded.stream().mapToLong(c -> cost[c]).sum();
    }

    List<String> run(String completion) {
      List<Integer> funded = mes(budget);
      int n = voters.size();
      if (completion.equals("add1-utilitarian")) {
        boolean committee = instance.isCommittee();
        long step = committee ? 1 : n;
        long base = committee ? budget : budget / n * n;
        while (true) {
          long left = budget - spent(funded);
          List<Integer> current = funded;
          boolean exhaustive = true;
          for (int c = 0; c < m; c++) {
            if (!current.contains(c) && support[c] > 0 && cost[c] <= left) {
              exhaustive = false;
            }
          }
          if (exhaustive) {
            break;
          }
          List<Integer> next = mes(base + step);
          if (spent(next) > budget) {
            break;
          }
          base += step;
          funded = next;
        }
      }
      if (!completion.equals("none")) {
        List<Integer> queue = new ArrayList<>();
        for (int c = 0; c < m; c++) {
          if (!funded.contains(c) && support[c] > 0) {
            queue.add(c);
          }
        }
        queue.sort(Comparator.comparingLong((Integer c) -> -support[c])
            .thenComparingLong(c -> cost[c]).thenComparingInt(c -> c));
        long draws = 0;
        int i = 0;
        funded = new ArrayList<>(funded);
        while (i < queue.size()) {
          int j = i;
          while (j < queue.size() && support[queue.get(j)] == support[queue.get(i)]
              && cost[queue.get(j)] == cost[queue.get(i)]) {
            j++;
          }
          List<Integer> group = new ArrayList<>(queue.subList(i, j));
          long each = cost[group.get(0)];
          long left = budget - spent(funded);
          long fits = each == 0 ? group.size() : Math.min(group.size(), left / each);
          if (fits > 0 && fits < group.size()) {
            List<Integer> drawn = new ArrayList<>();
            while (group.size() > 1) {
              int c = lot(group, draws++);
              drawn.add(c);
              group.remove(Integer.valueOf(c));
            }
            drawn.add(group.get(0));
            group = drawn;
          }
          for (int c : group) {
            if (cost[c] <= budget - spent(funded)) {
              funded.add(c);
            }
          }
          i = j;
        }
      }
      return funded.stream().map(names::get).toList();
    }
  }
}
