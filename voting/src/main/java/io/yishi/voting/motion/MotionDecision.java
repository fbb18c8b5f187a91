package io.yishi.voting.motion;

import static com.google.common.base.Preconditions.checkNotNull;

import io.yishi.core.electorate.Weighting;
import io.yishi.core.spi.Decision;
import io.yishi.core.spi.Verdict;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;

/**
 * The decision on a motion: adopted, rejected, or not decided for want of a quorum, with every
 * number it rests on. JSON type name {@code "motion"}.
 *
 * @param ruleId the rule that decided, e.g. {@code owners-major}
 * @param verdict {@link Verdict#ADOPTED}, {@link Verdict#REJECTED} or {@link
 *     Verdict#NOT_DECIDED}
 * @param tally what was counted
 * @param majorities each majority the motion had to win, in order, with its numbers
 * @param minimumYes the yes votes (members) needed at least whatever the shares; 0 for none
 * @param maxObjections under a consent rule, the number of objections ("no") that still let the
 *     motion pass; -1 when the rule is not a consent rule
 * @param notes further facts a resident must see, e.g. that non-voters were counted with the
 *     majority, or which law's wording a preset applied
 */
public record MotionDecision(
    String ruleId,
    Verdict verdict,
    Tally tally,
    List<MajorityResult> majorities,
    long minimumYes,
    long maxObjections,
    List<String> notes) implements Decision {

  /**
   * Checks for null and copies the lists.
   *
   * @param ruleId the rule that decided, e.g. {@code owners-major}
   * @param verdict adopted, rejected or not decided
   * @param tally what was counted
   * @param majorities each majority the motion had to win, in order; copied
   * @param minimumYes the yes votes (members) needed at least whatever the shares; 0 for none
   * @param maxObjections the number of objections that still let the motion pass under a
   *     consent rule; -1 when the rule is not a consent rule
   * @param notes further facts a resident must see; copied
   */
  public MotionDecision {
    checkNotNull(ruleId, "ruleId");
    checkNotNull(verdict, "verdict");
    checkNotNull(tally, "tally");
    majorities = List.copyOf(majorities);
    notes = List.copyOf(notes);
  }

  /** {@return empty: a motion is adopted or not, it chooses no alternative} */
  @Override
  public List<String> chosen() {
    return List.of();
  }

  /**
   * {@return the explanation for residents: the verdict, the electorate, the ballots and how each
   * kind was counted, then for each majority the quorum and the threshold with the numbers that
   * met or missed them, any tie and how it was settled, and the notes}
   */
  @Override
  public String explain() {
    StringBuilder out = new StringBuilder();
    out.append(verdict.name().toLowerCase(Locale.ROOT).replace('_', ' '))
        .append(" (rule ").append(ruleId).append(")\n");
    boolean weighted = tally.weighting() != Weighting.PER_PERSON
        && tally.weighting() != Weighting.PER_HOUSEHOLD && tally.weighting() != Weighting.PER_UNIT;
    out.append("Electorate: ").append(tally.eligible().heads()).append(" members");
    if (weighted) {
      out.append(", total weight ").append(plain(tally.eligible().weight()))
          .append(unit());
    }
    out.append('\n');
    long returned = tally.inPerson() + tally.byProxy();
    out.append("Ballots: ").append(returned).append(" counted (").append(tally.inPerson())
        .append(" in person, ").append(tally.byProxy()).append(" by proxy");
    if (tally.overriddenByMember() > 0) {
      out.append("; ").append(tally.overriddenByMember())
          .append(" proxy ballots set aside for the member's own");
    }
    out.append("): ");
    out.append(tally.yes().heads()).append(" yes, ").append(tally.no().heads()).append(" no, ")
        .append(tally.abstain().heads()).append(" abstain, ").append(tally.blank().heads())
        .append(" blank, ").append(tally.invalid().heads()).append(" invalid\n");
    if (tally.delegated().heads() > 0) {
      out.append("Delegated: ").append(tally.delegated().heads())
          .append(" members without a ballot voted through their standing delegate\n");
    }
    for (String cycle : tally.delegationCycles()) {
      out.append("Delegation cycle, not counted: ").append(cycle).append('\n');
    }
    out.append("Did not vote: ").append(tally.nonVoters().heads()).append(" members");
    if (weighted) {
      out.append(" (").append(plain(tally.nonVoters().weight())).append(unit()).append(')');
    }
    out.append('\n');
    out.append("Abstentions ").append(words(tally.abstentions())).append("; blank ballots ")
        .append(words(tally.blanks())).append("; invalid ballots ")
        .append(words(tally.invalidBallots())).append('\n');
    for (MajorityResult m : majorities) {
      explain(out, m);
    }
    if (minimumYes > 0) {
      out.append("Minimum yes: ").append(minimumYes).append(" members needed, ")
          .append(tally.yes().heads()).append(" voted yes — ")
          .append(tally.yes().heads() >= minimumYes ? "met" : "missed").append('\n');
    }
    if (maxObjections >= 0) {
      out.append("Consent: adopted unless more than ").append(maxObjections)
          .append(" object; ").append(tally.no().heads()).append(" objected — ")
          .append(tally.no().heads() <= maxObjections ? "no block" : "blocked").append('\n');
    }
    for (String note : notes) {
      out.append("Note: ").append(note).append('\n');
    }
    return out.toString().stripTrailing();
  }

  private void explain(StringBuilder out, MajorityResult m) {
    Majority majority = m.majority();
    Measure measure = majority.measure();
    String by = measure == Measure.HEADS ? "By members" : "By weight";
    out.append(by).append(": ");
    Quorum quorum = majority.quorum();
    if (quorum.isNone()) {
      out.append("no quorum; ");
    } else {
      out.append("taking part ").append(plain(m.participating())).append(" of ")
          .append(plain(m.total())).append(" (").append(percent(m.participating(), m.total()))
          .append("), quorum ").append(quorum.describe(measure)).append(" — ")
          .append(m.quorumMet() ? "met" : "MISSED").append("; ");
    }
    Threshold t = majority.threshold();
    out.append("yes ").append(plain(m.yes())).append(" of ")
        .append(t.base().phrase(plain(m.base())));
    if (m.base().signum() > 0) {
      out.append(" (").append(percent(m.yes(), m.base())).append(')');
    }
    out.append(", needs ").append(t.describe()).append(" — ");
    if (!m.quorumMet()) {
      out.append("not reached: quorum missed");
    } else if (m.tie()) {
      out.append("tie, settled by ").append(m.tieSettledBy()).append(": ")
          .append(m.thresholdMet() ? "carried" : "failed");
    } else {
      out.append(m.thresholdMet() ? "met" : "missed");
    }
    out.append('\n');
  }

  private String unit() {
    return tally.weighting() == Weighting.FLOOR_AREA ? " m²" : "";
  }

  private static String words(Treatment treatment) {
    switch (treatment) {
      case NOT_CAST:
        return "count as taking part but not as votes cast";
      case CAST:
        return "count as votes cast, not yes";
      case IGNORED:
        return "are not counted at all";
      default:
        throw new AssertionError(treatment);
    }
  }

  private static String plain(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }

  private static String percent(BigDecimal part, BigDecimal whole) {
    if (whole.signum() == 0) {
      return "-";
    }
    return part.multiply(BigDecimal.valueOf(100)).divide(whole, 1, RoundingMode.HALF_EVEN)
        .toPlainString() + " %";
  }
}
