package io.yishi.voting.budget;

import io.yishi.core.spi.Tie;
import io.yishi.core.spi.Verdict;
import io.yishi.core.tie.LotTieBreaker;
import io.yishi.voting.budget.BudgetDecision.Reason;
import io.yishi.voting.cardinal.ApprovalProfile;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * A budget count in progress: the instance in whole units of its smallest decimal (so that every
 * amount is an exact long), what the rule funds and why, the steps and the explanation.
 */
final class Ledger {

  static final MathContext SHOWN = new MathContext(16, RoundingMode.HALF_EVEN);

  final String ruleId;
  final BudgetInstance instance;
  final ApprovalProfile profile;
  final int m;
  final long seed;
  final BudgetRule.TieBreak tieBreak;
  /** Amounts are held in units of 10^-scale of the currency. */
  final int scale;
  final long[] cost;
  final long budget;
  final long[] support;
  private final int[] step;
  private final Reason[] reason;
  private final String[] why;
  private final List<Integer> order = new ArrayList<>();
  private final List<BudgetDecision.Step> steps = new ArrayList<>();
  private final List<String> lines = new ArrayList<>();
  private long spent;
  private boolean tie;
  private List<String> tied = List.of();
  private int lots;

  Ledger(String ruleId, BudgetInstance instance, long seed, BudgetRule.TieBreak tieBreak) {
    this.ruleId = ruleId;
    this.instance = instance;
    this.profile = instance.profile();
    this.m = profile.candidateCount();
    this.seed = seed;
    this.tieBreak = tieBreak;
    int s = Math.max(0, instance.budget().scale());
    for (Project p : instance.projects()) {
      s = Math.max(s, p.cost().scale());
    }
    this.scale = s;
    this.cost = new long[m];
    for (int c = 0; c < m; c++) {
      cost[c] = units(instance.projects().get(c).cost(), "project '" + name(c) + "': cost");
    }
    this.budget = units(instance.budget(), "budget");
    this.support = profile.approvalCounts();
    this.step = new int[m];
    this.reason = new Reason[m];
    this.why = new String[m];
  }

  private long units(BigDecimal amount, String what) {
    try {
      return amount.movePointRight(scale).longValueExact();
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException(what + ": " + amount.toPlainString()
          + " has too many digits for exact counting (at most 18 with " + scale + " decimals)", e);
    }
  }

  String name(int c) {
    return profile.candidates().get(c);
  }

  /** {@return an amount in units as a decimal of the currency} */
  BigDecimal money(long units) {
    return strip(BigDecimal.valueOf(units, scale));
  }

  /** {@return the exact fraction num/den of units, as a decimal of the currency, rounded} */
  BigDecimal money(BigInteger num, BigInteger den) {
    return strip(new BigDecimal(num).divide(new BigDecimal(den), SHOWN).movePointLeft(scale));
  }

  static BigDecimal strip(BigDecimal d) {
    return Project.canonical(d);
  }

  static String text(BigDecimal d) {
    return d.toPlainString();
  }

  long remaining() {
    return budget - spent;
  }

  boolean isFunded(int c) {
    return step[c] > 0;
  }

  void line(String text) {
    lines.add(text);
  }

  /** Funds a project and records the step. */
  void fund(int c, String phase, Reason why, BigDecimal maxPayment, BigDecimal rho, long payers,
      long payersInFull, String note) {
    spent += cost[c];
    order.add(c);
    step[c] = order.size();
    reason[c] = why;
    this.why[c] = (why == Reason.FUNDED_IN_COMPLETION ? "funded in the completion at step "
        : "funded at step ") + order.size() + ": " + note;
    steps.add(new BudgetDecision.Step(order.size(), name(c), phase, money(cost[c]), maxPayment,
        rho, payers, payersInFull, money(remaining()), note));
    lines.add(order.size() + ". " + name(c) + " (cost " + text(money(cost[c])) + "): " + note
        + "; " + text(money(remaining())) + " left");
  }

  /** Records why a project is not funded; a later reason replaces an earlier one. */
  void notFunded(int c, Reason r, String text) {
    reason[c] = r;
    why[c] = "not funded: " + text;
  }

  /** {@return the recorded reason text of an unfunded project, or null} */
  String whyNot(int c) {
    return why[c];
  }

  /** Stops the count at an unresolved tie. */
  void tie(List<Integer> contenders) {
    tie = true;
    tied = contenders.stream().map(this::name).sorted().toList();
    lines.add("Tie between " + String.join(", ", tied)
        + " (not broken: parameter tieBreak is none); the count stops here");
  }

  boolean stopped() {
    return tie;
  }

  /**
   * Draws one of the projects by lot; draw {@code k} of a run uses seed + k, so a run repeated
   * with the same seed draws the same.
   */
  int lot(List<Integer> contenders, long draw) {
    List<String> names = contenders.stream().map(this::name).toList();
    String chosen = new LotTieBreaker().choose(new Tie(names, seed + draw));
    return contenders.get(names.indexOf(chosen));
  }

  /** A lot drawn with the ledger's own running counter. */
  int lot(List<Integer> contenders) {
    return lot(contenders, lots++);
  }

  /**
   * Greedy by approvals: the unfunded supported projects by support, highest first, then by
   * cost, lowest first; each is funded if it fits the budget left, else skipped. Projects equal
   * in both keys are ordered by lot (or stop the count with tieBreak none) only when the budget
   * left fits some but not all of them.
   */
  void greedy(String phase, Reason fundedReason) {
    List<Integer> queue = new ArrayList<>();
    for (int c = 0; c < m; c++) {
      if (!isFunded(c) && support[c] > 0) {
        queue.add(c);
      }
    }
    queue.sort(Comparator.comparingLong((Integer c) -> -support[c])
        .thenComparingLong(c -> cost[c]).thenComparingInt(c -> c));
    int i = 0;
    while (i < queue.size()) {
      int j = i;
      while (j < queue.size() && support[queue.get(j)] == support[queue.get(i)]
          && cost[queue.get(j)] == cost[queue.get(i)]) {
        j++;
      }
      List<Integer> group = new ArrayList<>(queue.subList(i, j));
      long each = cost[group.get(0)];
      long fits = each == 0 ? group.size() : Math.min(group.size(), remaining() / each);
      if (fits > 0 && fits < group.size()) {
        if (tieBreak == BudgetRule.TieBreak.NONE) {
          tie(group);
          return;
        }
        List<Integer> drawn = new ArrayList<>();
        List<Integer> left = new ArrayList<>(group);
        while (left.size() > 1) {
          int c = lot(left);
          drawn.add(c);
          left.remove(Integer.valueOf(c));
        }
        drawn.add(left.get(0));
        lines.add("Tie between " + String.join(", ", group.stream().map(this::name).toList())
            + " (" + support[group.get(0)] + " approvals, cost " + text(money(each))
            + " each; the budget left fits " + fits + "), order drawn by lot (seed " + seed
            + "): " + String.join(", ", drawn.stream().map(this::name).toList()));
        group = drawn;
      }
      for (int c : group) {
        if (cost[c] <= remaining()) {
          fund(c, phase, fundedReason, BigDecimal.ZERO, BigDecimal.ZERO, support[c], 0,
              support[c] + " approvals");
        } else {
          String over = "costs " + text(money(cost[c])) + ", over the remaining budget of "
              + text(money(remaining())) + " at its turn";
          String earlier = why[c];
          notFunded(c, earlier == null ? Reason.OVER_BUDGET : reason[c],
              earlier == null ? over : earlier.substring("not funded: ".length())
                  + "; in the completion it " + over);
        }
      }
      i = j;
    }
  }

  BudgetDecision decision() {
    List<BudgetDecision.ProjectOutcome> outcomes = new ArrayList<>();
    for (int c = 0; c < m; c++) {
      Reason r = reason[c];
      String w = why[c];
      if (r == null) {
        if (support[c] == 0) {
          r = Reason.NO_SUPPORT;
          w = "not funded: nobody approved it";
        } else {
          r = Reason.NOT_REACHED;
          w = "not decided: an unresolved tie stopped the count before its turn";
        }
      }
      outcomes.add(new BudgetDecision.ProjectOutcome(name(c), money(cost[c]), support[c],
          isFunded(c), step[c], r, w));
    }
    List<String> funded = order.stream().map(this::name).toList();
    List<String> text = new ArrayList<>(lines);
    for (int c = 0; c < m; c++) {
      if (!isFunded(c)) {
        text.add(name(c) + ": " + outcomes.get(c).why());
      }
    }
    text.add((funded.isEmpty() ? "Funded: none" : "Funded: " + String.join(", ", funded))
        + "; spent " + text(money(spent)) + " of " + text(money(budget)));
    return new BudgetDecision(ruleId, tie ? Verdict.NOT_DECIDED : Verdict.CHOSEN, money(budget),
        money(spent), funded, tie, tied, outcomes, steps, text);
  }

  /** {@return the projects' indices sorted by a key, for rules that need an order} */
  static int[] sorted(int m, Comparator<Integer> order) {
    Integer[] idx = new Integer[m];
    Arrays.setAll(idx, i -> i);
    Arrays.sort(idx, order);
    return Arrays.stream(idx).mapToInt(Integer::intValue).toArray();
  }
}
