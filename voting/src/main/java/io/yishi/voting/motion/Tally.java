package io.yishi.voting.motion;

import static com.google.common.base.Preconditions.checkNotNull;

import io.yishi.core.electorate.Weighting;
import java.util.List;

/**
 * What was counted on a motion, before any threshold: the electorate, each kind of vote in heads
 * and weight, how the ballots arrived, and what was done with abstentions, blanks, invalid
 * ballots and non-voters.
 *
 * @param weighting what a member's weight is
 * @param eligible every member of the electorate
 * @param yes yes votes, including those by proxy and by delegation
 * @param no no votes, likewise
 * @param abstain abstentions, likewise
 * @param blank blank ballots, likewise
 * @param invalid invalid ballots, likewise
 * @param inPerson ballots cast by the member in person
 * @param byProxy ballots cast by a proxy under a mandate
 * @param overriddenByMember proxy ballots set aside because the member also voted in person
 * @param delegated members without a ballot whose vote followed a standing delegation
 * @param delegationCycles delegation chains that run in a circle, each written as "a → b → a";
 *     the members on them who did not vote are not counted
 * @param nonVoters members with no ballot and no delegated vote
 * @param abstentions how abstentions were counted
 * @param blanks how blank ballots were counted
 * @param invalidBallots how invalid ballots were counted
 */
public record Tally(
    Weighting weighting,
    Count eligible,
    Count yes,
    Count no,
    Count abstain,
    Count blank,
    Count invalid,
    long inPerson,
    long byProxy,
    long overriddenByMember,
    Count delegated,
    List<String> delegationCycles,
    Count nonVoters,
    Treatment abstentions,
    Treatment blanks,
    Treatment invalidBallots) {

  /**
   * Checks for null and copies the list.
   *
   * @param weighting what a member's weight is
   * @param eligible every member of the electorate
   * @param yes yes votes, including those by proxy and by delegation
   * @param no no votes, likewise
   * @param abstain abstentions, likewise
   * @param blank blank ballots, likewise
   * @param invalid invalid ballots, likewise
   * @param inPerson the number of ballots cast by the member in person, {@code >= 0}
   * @param byProxy the number of ballots cast by a proxy under a mandate, {@code >= 0}
   * @param overriddenByMember the number of proxy ballots set aside because the member also
   *     voted in person, {@code >= 0}
   * @param delegated members without a ballot whose vote followed a standing delegation
   * @param delegationCycles delegation chains that run in a circle, each written as
   *     "a → b → a"; copied
   * @param nonVoters members with no ballot and no delegated vote
   * @param abstentions how abstentions were counted
   * @param blanks how blank ballots were counted
   * @param invalidBallots how invalid ballots were counted
   */
  public Tally {
    checkNotNull(weighting, "weighting");
    checkNotNull(eligible, "eligible");
    checkNotNull(yes, "yes");
    checkNotNull(no, "no");
    checkNotNull(abstain, "abstain");
    checkNotNull(blank, "blank");
    checkNotNull(invalid, "invalid");
    checkNotNull(delegated, "delegated");
    delegationCycles = List.copyOf(delegationCycles);
    checkNotNull(nonVoters, "nonVoters");
    checkNotNull(abstentions, "abstentions");
    checkNotNull(blanks, "blanks");
    checkNotNull(invalidBallots, "invalidBallots");
  }

  /**
   * {@return the count of one kind of vote}
   *
   * @param vote the kind of vote: yes, no, abstain, blank or invalid
   */
  public Count of(Vote vote) {
    switch (vote) {
      case YES:
        return yes;
      case NO:
        return no;
      case ABSTAIN:
        return abstain;
      case BLANK:
        return blank;
      case INVALID:
        return invalid;
      default:
        throw new AssertionError(vote);
    }
  }

  /**
   * {@return how a kind of vote is counted; yes and no are always cast}
   *
   * @param vote the kind of vote: yes, no, abstain, blank or invalid
   */
  public Treatment treatmentOf(Vote vote) {
    switch (vote) {
      case ABSTAIN:
        return abstentions;
      case BLANK:
        return blanks;
      case INVALID:
        return invalidBallots;
      default:
        return Treatment.CAST;
    }
  }

  /** {@return the members taking part: every counted vote whose kind is not ignored} */
  public Count participating() {
    Count sum = Count.ZERO;
    for (Vote v : Vote.values()) {
      if (treatmentOf(v) != Treatment.IGNORED) {
        sum = sum.plus(of(v));
      }
    }
    return sum;
  }

  /** {@return the votes cast: yes, no, and the kinds counted as cast} */
  public Count cast() {
    Count sum = Count.ZERO;
    for (Vote v : Vote.values()) {
      if (treatmentOf(v) == Treatment.CAST) {
        sum = sum.plus(of(v));
      }
    }
    return sum;
  }
}
