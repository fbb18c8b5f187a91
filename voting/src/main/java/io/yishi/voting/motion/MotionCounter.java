package io.yishi.voting.motion;

import io.yishi.core.Fraction;
import io.yishi.core.electorate.Electorate;
import io.yishi.core.electorate.MemberId;
import io.yishi.core.spi.Ballot;
import io.yishi.core.spi.DecisionRequest;
import io.yishi.core.spi.InvalidBallotException;
import io.yishi.core.spi.InvalidParameterException;
import io.yishi.core.spi.Tie;
import io.yishi.core.spi.Verdict;
import io.yishi.core.tie.LotTieBreaker;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Counts one motion. Per-member state lives in arrays indexed by the member's position in the
 * electorate, so a count is one hash lookup per ballot plus linear passes: a million weighted
 * ballots take a few tens of milliseconds.
 */
final class MotionCounter {

  private static final Vote[] VOTES = Vote.values();
  private static final byte NONE = 0;

  private final MotionRule rule;
  private final DecisionRequest request;
  private final Electorate electorate;
  /** The vote counted for each member, as {@code ordinal + 1}; 0 if none. */
  private final byte[] votes;
  private final BitSet byProxy;
  private final BitSet delegatedVote;
  private long overridden;
  private final List<String> cycles = new ArrayList<>();

  MotionCounter(MotionRule rule, DecisionRequest request) {
    this.rule = rule;
    this.request = request;
    this.electorate = request.electorate();
    this.votes = new byte[electorate.size()];
    this.byProxy = new BitSet();
    this.delegatedVote = new BitSet();
  }

  MotionDecision decide() {
    collect();
    if (!rule.delegations().isEmpty()) {
      delegate();
    }
    return decide(rule, tally(), request.seed());
  }

  /**
   * Decides on a tally: the quorums and thresholds of every majority, the tie policy, and the
   * minimum of yes votes and maximum of objections.
   *
   * @param rule the rule
   * @param tally the votes, by head and by weight
   * @param seed the seed of a lot that settles a tie
   */
  static MotionDecision decide(MotionRule rule, Tally tally, long seed) {
    List<MajorityResult> results = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    Count nonVoters = tally.nonVoters();
    if (rule.nonVotersFollowMajority()) {
      notes.add("members who did not vote were counted with the majority of those who voted"
          + " (non-voters follow the majority: ON); without this option the result may differ");
    }
    boolean quorate = true;
    boolean carried = true;
    Boolean tieOutcome = null;
    for (Majority majority : rule.majorities()) {
      Measure m = majority.measure();
      BigDecimal total = tally.eligible().by(m);
      BigDecimal yes = tally.yes().by(m);
      BigDecimal no = tally.no().by(m);
      BigDecimal participating = tally.participating().by(m);
      BigDecimal cast = tally.cast().by(m);
      long participatingHeads = tally.participating().heads();
      if (rule.nonVotersFollowMajority() && nonVoters.heads() > 0) {
        // Non-voters are deemed to have taken part whatever the count, so that a vote moving
        // towards a tie can never lower the turnout; they join a side only if one leads.
        BigDecimal added = nonVoters.by(m);
        participating = participating.add(added);
        participatingHeads += nonVoters.heads();
        int side = yes.compareTo(no);
        if (side > 0) {
          yes = yes.add(added);
          cast = cast.add(added);
        } else if (side < 0) {
          no = no.add(added);
          cast = cast.add(added);
        } else {
          notes.add("by " + m.words() + ", yes and no were equal, so non-voters joined neither"
              + " side: they count as taking part but not as votes cast");
        }
      }
      boolean quorumMet = quorumMet(majority.quorum(), participating, participatingHeads, yes,
          total);
      Threshold t = majority.threshold();
      BigDecimal base = t.base() == Base.VOTES_CAST ? cast
          : t.base() == Base.PRESENT ? participating : total;
      int cmp = base.signum() == 0 ? -1 : t.share().compareShare(yes, base);
      boolean tie = base.signum() > 0 && t.strict() && t.share().equals(Fraction.HALF) && cmp == 0;
      boolean met = t.strict() ? cmp > 0 : cmp >= 0;
      String settledBy = null;
      if (tie && quorumMet) {
        if (tieOutcome == null) {
          tieOutcome = settleTie(rule, seed);
        }
        met = tieOutcome;
        settledBy = tieWords(rule, seed);
      }
      results.add(new MajorityResult(majority, total, participating, yes, no, base, quorumMet,
          met, tie, settledBy));
      quorate &= quorumMet;
      carried &= met;
    }
    if (rule.minimumYes() > 0 && tally.yes().heads() < rule.minimumYes()) {
      carried = false;
    }
    if (rule.maxObjections() >= 0 && tally.no().heads() > rule.maxObjections()) {
      carried = false;
    }
    notes.addAll(rule.notes());
    Verdict verdict = !quorate ? Verdict.NOT_DECIDED : carried ? Verdict.ADOPTED
        : Verdict.REJECTED;
    return new MotionDecision(rule.id(), verdict, tally, results, rule.minimumYes(),
        rule.maxObjections(), notes);
  }

  /** Code of a ballot that is not a motion ballot. */
  private static final byte NOT_MOTION = 0;
  /** Flag added to a ballot's code when a proxy cast it. */
  private static final byte PROXIED = 0x40;
  /** Below this many ballots, reading them in one thread is as fast as in several. */
  private static final int PARALLEL = 1 << 16;

  /** Places every ballot, resolving proxies and second ballots. */
  private void collect() {
    List<Ballot> ballots = request.ballots();
    int n = ballots.size();
    int[] positions = new int[n];
    byte[] codes = new byte[n];
    read(ballots, positions, codes);
    for (int k = 0; k < n; k++) {
      int code = codes[k];
      if (code == NOT_MOTION) {
        rule.asMotion(ballots.get(k));  // throws, naming the ballot's type
      }
      int i = positions[k];
      if (i < 0) {
        throw new InvalidBallotException("ballot.voter", ballots.get(k).voter(),
            "must be a member of the electorate (" + electorate.size() + " members)");
      }
      boolean proxied = (code & PROXIED) != 0;
      if (proxied) {
        rule.checkMandate((MotionBallot) ballots.get(k));
      }
      if (votes[i] != NONE) {
        boolean earlierByProxy = byProxy.get(i);
        if (earlierByProxy != proxied) {
          overridden++;
          if (proxied) {
            continue;  // the member's own ballot stands, whichever came first
          }
        } else if (rule.duplicates() == DuplicatePolicy.REJECT) {
          throw new InvalidBallotException("ballot.voter", ballots.get(k).voter(),
              "has already voted; one ballot per member (policy reject; 'last-counts' lets the"
                  + " last ballot before the close count)");
        }
      }
      votes[i] = (byte) (code & ~PROXIED);
      byProxy.set(i, proxied);
    }
  }

  /**
   * Reads each ballot's voter position and vote into arrays, so that the order-dependent pass
   * touches arrays only. The reads are independent, so a large count spreads them over the
   * common fork-join pool; errors are only recorded here and raised in ballot order afterwards,
   * so the same bad input always gives the same message.
   */
  private void read(List<Ballot> ballots, int[] positions, byte[] codes) {
    IntStream range = IntStream.range(0, positions.length);
    (positions.length >= PARALLEL ? range.parallel() : range).forEach(k -> {
      if (ballots.get(k) instanceof MotionBallot b) {
        positions[k] = electorate.indexOf(b.voter());
        codes[k] = (byte) ((b.vote().ordinal() + 1) | (b.proxy() == null ? 0 : PROXIED));
      } else {
        codes[k] = NOT_MOTION;
      }
    });
  }

  /** Gives each member without a ballot the vote of the first member along their chain who voted. */
  private void delegate() {
    Map<MemberId, MemberId> delegations = rule.delegations();
    for (Map.Entry<MemberId, MemberId> e : delegations.entrySet()) {
      for (MemberId end : List.of(e.getKey(), e.getValue())) {
        if (!electorate.contains(end)) {
          throw new InvalidParameterException("delegations", e.getKey() + " -> " + e.getValue(),
              "member " + end + " is not in the electorate");
        }
      }
    }
    Map<String, Boolean> reported = new HashMap<>();
    for (MemberId from : delegations.keySet()) {
      int i = electorate.indexOf(from);
      if (votes[i] != NONE) {
        continue;
      }
      LinkedHashSet<MemberId> path = new LinkedHashSet<>();
      path.add(from);
      MemberId next = delegations.get(from);
      while (next != null) {
        int j = electorate.indexOf(next);
        if (votes[j] != NONE && !delegatedVote.get(j)) {
          votes[i] = votes[j];
          delegatedVote.set(i);
          break;
        }
        if (!path.add(next)) {
          String cycle = describeCycle(path, next);
          if (reported.putIfAbsent(cycle, Boolean.TRUE) == null) {
            cycles.add(cycle);
          }
          break;
        }
        next = delegations.get(next);
      }
    }
  }

  private static String describeCycle(LinkedHashSet<MemberId> path, MemberId repeated) {
    List<MemberId> loop = new ArrayList<>();
    boolean in = false;
    for (MemberId id : path) {
      in |= id.equals(repeated);
      if (in) {
        loop.add(id);
      }
    }
    // Start the cycle at its smallest id so that every member on it reports the same text.
    int start = 0;
    for (int k = 1; k < loop.size(); k++) {
      if (loop.get(k).value().compareTo(loop.get(start).value()) < 0) {
        start = k;
      }
    }
    StringBuilder text = new StringBuilder();
    for (int k = 0; k <= loop.size(); k++) {
      text.append(k == 0 ? "" : " → ").append(loop.get((start + k) % loop.size()));
    }
    return text.toString();
  }

  private Tally tally() {
    long[] heads = new long[VOTES.length + 1];
    long[] units = new long[VOTES.length + 1];
    long inPerson = 0;
    long proxied = 0;
    long delegatedHeads = 0;
    long delegatedUnits = 0;
    for (int i = 0; i < votes.length; i++) {
      int v = votes[i];
      long w = electorate.weightInUnits(i);
      heads[v]++;
      units[v] += w;
      if (v == NONE) {
        continue;
      }
      if (delegatedVote.get(i)) {
        delegatedHeads++;
        delegatedUnits += w;
      } else if (byProxy.get(i)) {
        proxied++;
      } else {
        inPerson++;
      }
    }
    int scale = electorate.weightUnit().scale();
    return new Tally(electorate.weighting(),
        new Count(electorate.size(), electorate.totalWeight()),
        count(heads, units, Vote.YES, scale), count(heads, units, Vote.NO, scale),
        count(heads, units, Vote.ABSTAIN, scale), count(heads, units, Vote.BLANK, scale),
        count(heads, units, Vote.INVALID, scale), inPerson, proxied, overridden,
        new Count(delegatedHeads, BigDecimal.valueOf(delegatedUnits, scale)), cycles,
        new Count(heads[NONE], BigDecimal.valueOf(units[NONE], scale)), rule.abstentions(),
        rule.blanks(), rule.invalid());
  }

  private static Count count(long[] heads, long[] units, Vote vote, int scale) {
    return new Count(heads[vote.ordinal() + 1], BigDecimal.valueOf(units[vote.ordinal() + 1],
        scale));
  }

  private static boolean quorumMet(Quorum q, BigDecimal participating, long participatingHeads,
      BigDecimal yes, BigDecimal total) {
    if (participatingHeads < q.minimumParticipants()) {
      return false;
    }
    if (!q.participation().equals(Fraction.ZERO) || q.participationStrict()) {
      int cmp = q.participation().compareShare(participating, total);
      if (q.participationStrict() ? cmp <= 0 : cmp < 0) {
        return false;
      }
    }
    if (!q.approval().equals(Fraction.ZERO) || q.approvalStrict()) {
      int cmp = q.approval().compareShare(yes, total);
      return q.approvalStrict() ? cmp > 0 : cmp >= 0;
    }
    return true;
  }

  private static boolean settleTie(MotionRule rule, long seed) {
    switch (rule.tie()) {
      case FAILS:
        return false;
      case CASTING_VOTE:
        Vote casting = rule.castingVote().orElseThrow(() -> new InvalidParameterException(
            "castingVote", null, "the vote is tied; under tie policy casting-vote the chair's"
                + " casting vote (yes or no) must be given"));
        return casting == Vote.YES;
      case LOT:
        return new LotTieBreaker().choose(new Tie(List.of("adopted", "rejected"),
            seed)).equals("adopted");
      default:
        throw new AssertionError(rule.tie());
    }
  }

  private static String tieWords(MotionRule rule, long seed) {
    switch (rule.tie()) {
      case FAILS:
        return "the rule that a tie fails";
      case CASTING_VOTE:
        return "the chair's casting vote ("
            + rule.castingVote().map(v -> v.name().toLowerCase(java.util.Locale.ROOT))
                .orElse("none") + ")";
      case LOT:
        return "lot drawn with seed " + seed;
      default:
        throw new AssertionError(rule.tie());
    }
  }
}
