package io.yishi.voting.cardinal;

import io.yishi.core.spi.ParameterSpec;
import io.yishi.core.spi.Parameters;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Id {@code star}: STAR Voting, Score Then Automatic Runoff. Each voter scores every alternative
 * on the scale {@code [min, max]}, by default 0 to 5 stars; the two alternatives with the highest
 * totals are the finalists (scoring round), and the finalist scored higher than the other by more
 * voters wins (automatic runoff). A voter who gives both finalists the same score has no
 * preference and counts for neither. {@link CardinalDecision#scores()} holds the totals; {@link
 * CardinalDecision#runoff()} the finalists, how many voters preferred each and how many had no
 * preference.
 *
 * <p>Ties follow the <em>Official Tiebreaker Protocol</em> of the STAR Voting rules published by
 * the Equal Vote Coalition at <a href="https://www.starvoting.org/ties">starvoting.org/ties</a>
 * ("Q: How are ties in STAR Voting broken?", the protocol the STAR Elections platforms implement):
 *
 * <ol>
 *   <li>Scoring round: when a place in the runoff is shared by candidates with equal totals, the
 *       tied candidates are compared head to head (candidate A beats B when more voters score A
 *       higher than B) and the candidate(s) who lost the most match-ups among the tied are
 *       eliminated; this is repeated with the remaining tied candidates until the places are
 *       filled. With two tied candidates this is the one preferred by more voters.
 *   <li>Runoff: a runoff tie (as many voters prefer each finalist) is broken in favour of the
 *       finalist with the higher total score.
 *   <li>In either round, a tie the steps above cannot resolve is broken in favour of the tied
 *       candidate with the most five-star ratings (ratings of {@code max}, the top of the scale);
 *       if that does not fully resolve it, the candidate(s) with the fewest are eliminated.
 *   <li>A tie that remains is broken randomly, and the protocol is repeated from the top with
 *       the remaining tied candidates until the places are filled.
 * </ol>
 *
 * <p>Each elimination or advance in steps 1 and 3 is followed by a new pass from step 1 over the
 * candidates still tied, since a head-to-head count among fewer candidates can now decide. Two
 * candidates with equal totals at the top both advance: that is no tie, as both places are
 * theirs. Step 4 is this library's {@code tieBreak} parameter: with {@code lot} a seeded lot
 * draws; with {@code none} (the default) nothing is drawn and, if the finalists are not settled,
 * every candidate who would win the runoff for some way of filling the open places is reported,
 * a tie if more than one (no runoff is then recorded). A single candidate wins outright.
 *
 * <p>Parameters: {@code min} (default 0), {@code max} (default 5), {@code tieBreak}. The scoring
 * round reads the totals and five-star counts the profile derived when it was built; the runoff
 * and the head-to-head steps count over the distinct ballots, once per pair.
 */
public final class StarMethod extends CardinalMethod {

  /** Creates the method; it holds no state. */
  public StarMethod() {}

  @Override
  public String id() {
    return "star";
  }

  @Override
  public String description() {
    return "Score Then Automatic Runoff: the two highest totals meet; the finalist scored higher"
        + " by more voters wins";
  }

  @Override
  List<ParameterSpec> ownParameters() {
    return List.of(MIN, MAX);
  }

  @Override
  int[] scale(Parameters parameters) {
    return minMax(parameters);
  }

  @Override
  boolean setsScale(Parameters parameters) {
    return parameters.get("min").isPresent() || parameters.get("max").isPresent();
  }

  @Override
  CardinalDecision count(Tally tally, ScoreProfile profile, Parameters parameters) {
    Star star = new Star(tally, profile);
    return star.run();
  }

  /** One STAR count. */
  private static final class Star {
    final Tally tally;
    final ScoreProfile profile;
    final long[] totals;
    final long[] fives;
    /** Candidates still tied for the open places when no lot may be drawn. */
    List<Integer> open = List.of();
    int openPlaces;

    Star(Tally tally, ScoreProfile profile) {
      this.tally = tally;
      this.profile = profile;
      this.totals = profile.totals();
      this.fives = new long[tally.m];
      for (int c = 0; c < tally.m; c++) {
        fives[c] = profile.countAt(c, profile.max());
      }
    }

    CardinalDecision run() {
      tally.line("Scoring round (total, average, ratings of " + profile.max() + "):");
      for (int c = 0; c < tally.m; c++) {
        tally.line("  " + tally.name(c) + ": " + totals[c] + ", "
            + Tally.average(totals[c], profile.voters()) + ", " + fives[c]);
      }
      List<List<Integer>> byTotal = Tally.tiers(totals);
      if (tally.m == 1) {
        tally.line("Only one candidate: it wins without a runoff");
        tally.winners(List.of(0));
        return tally.decision(byTotal, tally.byName(totals), CardinalDecision.Runoff.none());
      }
      List<Integer> finalists = new ArrayList<>();
      int need = 2;
      for (List<Integer> tier : byTotal) {
        if (tier.size() <= need) {
          finalists.addAll(tier);
          need -= tier.size();
        } else {
          tally.line("Scoring round tie at " + totals[tier.get(0)] + " between "
              + tally.names(tier) + " for " + need + (need == 1 ? " place" : " places")
              + " in the runoff");
          finalists.addAll(resolve(tier, need));
          need = 0;
        }
        if (need == 0) {
          break;
        }
      }
      if (!open.isEmpty()) {
        return undecided(finalists);
      }
      int a = finalists.get(0);
      int b = finalists.get(1);
      tally.line("Finalists: " + tally.name(a) + " and " + tally.name(b));
      long pa = profile.prefer(a, b);
      long pb = profile.prefer(b, a);
      long none = profile.voters() - pa - pb;
      tally.line("Runoff: " + tally.name(a) + " preferred by " + pa + ", " + tally.name(b)
          + " preferred by " + pb + ", no preference " + none);
      CardinalDecision.Runoff runoff =
          new CardinalDecision.Runoff(List.of(tally.name(a), tally.name(b)), List.of(pa, pb),
              none);
      tally.winners(runoffWinners(a, b, pa, pb, true));
      List<Integer> decided = tally.winners();
      List<List<Integer>> ranking = new ArrayList<>();
      if (decided.size() > 1) {
        ranking.add(List.of(a, b));
      } else {
        ranking.add(decided);
        ranking.add(List.of(decided.get(0) == a ? b : a));
      }
      for (List<Integer> tier : byTotal) {
        List<Integer> rest = new ArrayList<>(tier);
        rest.remove(Integer.valueOf(a));
        rest.remove(Integer.valueOf(b));
        if (!rest.isEmpty()) {
          ranking.add(rest);
        }
      }
      return tally.decision(ranking, tally.byName(totals), runoff);
    }

    /**
     * The runoff's winner by the protocol (preference, then total, then five-star ratings, then
     * lot); both finalists when no lot may be drawn and all steps tie.
     */
    List<Integer> runoffWinners(int a, int b, long pa, long pb, boolean explain) {
      List<Integer> result;
      if (pa != pb) {
        result = List.of(pa > pb ? a : b);
      } else if (totals[a] != totals[b]) {
        result = List.of(totals[a] > totals[b] ? a : b);
        if (explain) {
          tally.line("Runoff tie, broken by the higher total: " + tally.name(result.get(0)));
        }
      } else if (fives[a] != fives[b]) {
        result = List.of(fives[a] > fives[b] ? a : b);
        if (explain) {
          tally.line("Runoff tie with equal totals, broken by the most ratings of "
              + profile.max() + ": " + tally.name(result.get(0)) + " ("
              + Math.max(fives[a], fives[b]) + " against " + Math.min(fives[a], fives[b]) + ")");
        }
      } else {
        // a lot, if allowed, is drawn by Tally.winners, which explains it
        result = List.of(a, b);
        if (explain) {
          tally.line("Runoff tie with equal totals and equal ratings of " + profile.max());
        }
      }
      return result;
    }

    /**
     * Fills {@code need} places from a group tied on totals, by steps 1, 3 and 4 of the protocol;
     * with no lot allowed, leaves the undecided rest in {@link #open}.
     */
    List<Integer> resolve(List<Integer> group, int need) {
      List<Integer> chosen = new ArrayList<>();
      List<Integer> g = new ArrayList<>(group);
      while (need > 0) {
        if (g.size() <= need) {
          chosen.addAll(g);
          break;
        }
        int[] losses = new int[g.size()];
        for (int i = 0; i < g.size(); i++) {
          for (int j = i + 1; j < g.size(); j++) {
            long ij = profile.prefer(g.get(i), g.get(j));
            long ji = profile.prefer(g.get(j), g.get(i));
            if (ij > ji) {
              losses[j]++;
            } else if (ji > ij) {
              losses[i]++;
            }
          }
        }
        int worst = Integer.MIN_VALUE;
        int best = Integer.MAX_VALUE;
        for (int l : losses) {
          worst = Math.max(worst, l);
          best = Math.min(best, l);
        }
        if (worst != best) {
          List<Integer> losers = new ArrayList<>();
          List<Integer> rest = new ArrayList<>();
          for (int i = 0; i < g.size(); i++) {
            (losses[i] == worst ? losers : rest).add(g.get(i));
          }
          if (rest.size() >= need) {
            tally.line("  head to head among " + tally.names(g) + ": " + tally.names(losers)
                + " lost the most match-ups (" + worst + ") and " + (losers.size() == 1 ? "is"
                : "are") + " eliminated");
            g = rest;
          } else {
            tally.line("  head to head among " + tally.names(g) + ": " + tally.names(rest)
                + " advance" + (rest.size() == 1 ? "s" : "") + " (fewer lost match-ups)");
            chosen.addAll(rest);
            need -= rest.size();
            g = losers;
          }
          continue;
        }
        long most = Long.MIN_VALUE;
        long least = Long.MAX_VALUE;
        for (int c : g) {
          most = Math.max(most, fives[c]);
          least = Math.min(least, fives[c]);
        }
        if (most != least) {
          List<Integer> top = new ArrayList<>();
          List<Integer> rest = new ArrayList<>();
          for (int c : g) {
            (fives[c] == most ? top : rest).add(c);
          }
          if (top.size() <= need) {
            tally.line("  equal head to head among " + tally.names(g) + "; most ratings of "
                + profile.max() + " (" + most + "): " + tally.names(top) + " advance"
                + (top.size() == 1 ? "s" : ""));
            chosen.addAll(top);
            need -= top.size();
            g = rest;
          } else {
            // only the fewest go; the others meet head to head again (protocol step 3)
            List<Integer> fewest = new ArrayList<>();
            List<Integer> others = new ArrayList<>();
            for (int c : g) {
              (fives[c] == least ? fewest : others).add(c);
            }
            tally.line("  equal head to head among " + tally.names(g) + "; fewest ratings of "
                + profile.max() + " (" + least + "): " + tally.names(fewest) + " eliminated");
            g = others;
          }
          continue;
        }
        if (tally.tieBreak == Tally.TieBreak.NONE) {
          tally.line("  " + tally.names(g) + " remain tied for " + need + (need == 1 ? " place"
              : " places") + " (no lot: parameter tieBreak is none)");
          open = g;
          openPlaces = need;
          return chosen;
        }
        int drawn = tally.lot(g);
        tally.line("  " + tally.names(g) + " remain tied; drawn by lot (seed " + tally.seed
            + "): " + tally.name(drawn) + " advances");
        chosen.add(drawn);
        need--;
        g.remove(Integer.valueOf(drawn));
      }
      return chosen;
    }

    /**
     * The finalists are not settled and no lot may be drawn: every candidate who would win the
     * runoff for some way of filling the open places may win.
     */
    CardinalDecision undecided(List<Integer> sure) {
      Set<Integer> possible = new LinkedHashSet<>();
      List<int[]> pairs = new ArrayList<>();
      if (sure.size() == 1) {
        for (int c : open) {
          pairs.add(new int[] {sure.get(0), c});
        }
      } else {
        for (int i = 0; i < open.size(); i++) {
          for (int j = i + 1; j < open.size(); j++) {
            pairs.add(new int[] {open.get(i), open.get(j)});
          }
        }
      }
      for (int[] pair : pairs) {
        long pa = profile.prefer(pair[0], pair[1]);
        long pb = profile.prefer(pair[1], pair[0]);
        possible.addAll(runoffWinners(pair[0], pair[1], pa, pb, false));
      }
      List<Integer> winners = new ArrayList<>(possible);
      winners.sort(null);
      tally.line("The finalists are not settled; " + (winners.size() == 1
          ? tally.name(winners.get(0)) + " wins the runoff whichever way the open place is filled"
          : "the runoff could be won by " + tally.names(winners)));
      tally.winners(winners);
      List<List<Integer>> ranking = new ArrayList<>();
      ranking.add(winners);
      for (List<Integer> tier : Tally.tiers(totals)) {
        List<Integer> rest = new ArrayList<>(tier);
        rest.removeAll(winners);
        if (!rest.isEmpty()) {
          ranking.add(rest);
        }
      }
      return tally.decision(ranking, tally.byName(totals), CardinalDecision.Runoff.none());
    }
  }
}
