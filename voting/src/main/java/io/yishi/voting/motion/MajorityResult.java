package io.yishi.voting.motion;

import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * How one majority fared, with every number checked, in the majority's measure (members or
 * weight).
 *
 * @param majority the majority: measure, threshold and quorum
 * @param total all members, by the measure
 * @param participating those taking part, by the measure, including non-voters counted with the
 *     majority if that option is on
 * @param yes the yes votes, by the measure, likewise
 * @param no the no votes, by the measure, likewise
 * @param base the threshold's denominator: votes cast, those taking part or all members
 * @param quorumMet whether every quorum condition held
 * @param thresholdMet whether the yes share reached the threshold, after any tie was settled
 * @param tie whether yes was exactly half of the base under a "more than half" threshold
 * @param tieSettledBy how the tie was settled, e.g. "the chair's casting vote: yes"; null if
 *     there was no tie
 */
public record MajorityResult(
    Majority majority,
    BigDecimal total,
    BigDecimal participating,
    BigDecimal yes,
    BigDecimal no,
    BigDecimal base,
    boolean quorumMet,
    boolean thresholdMet,
    boolean tie,
    @Nullable String tieSettledBy) {

  /**
   * Checks for null.
   *
   * @param majority the majority: measure, threshold and quorum
   * @param total all members, by the measure, {@code >= 0}
   * @param participating those taking part, by the measure, {@code >= 0}
   * @param yes the yes votes, by the measure, {@code >= 0}
   * @param no the no votes, by the measure, {@code >= 0}
   * @param base the threshold's denominator, by the measure, {@code >= 0}
   * @param quorumMet whether every quorum condition held
   * @param thresholdMet whether the yes share reached the threshold, after any tie was settled
   * @param tie whether yes was exactly half of the base under a "more than half" threshold
   * @param tieSettledBy how the tie was settled; null if there was no tie
   */
  public MajorityResult {
    checkNotNull(majority, "majority");
    checkNotNull(total, "total");
    checkNotNull(participating, "participating");
    checkNotNull(yes, "yes");
    checkNotNull(no, "no");
    checkNotNull(base, "base");
  }

  /** {@return whether this majority was won: quorum met and threshold reached} */
  public boolean won() {
    return quorumMet && thresholdMet;
  }
}
