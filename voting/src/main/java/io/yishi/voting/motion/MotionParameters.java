package io.yishi.voting.motion;

import io.yishi.core.Fraction;
import io.yishi.core.electorate.MemberId;
import io.yishi.core.spi.InvalidParameterException;
import io.yishi.core.spi.ParameterSpec;
import io.yishi.core.spi.Parameters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads the JSON parameters the motion presets share, and describes them for listings. */
final class MotionParameters {

  private MotionParameters() {}

  static final ParameterSpec THRESHOLD = ParameterSpec.of("threshold", "fraction in [0, 1]",
      "", "the yes share needed, e.g. \"1/2\" or \"2/3\"");
  static final ParameterSpec STRICT = ParameterSpec.of("strict", "boolean", "",
      "true: more than the threshold; false: at least the threshold");
  static final ParameterSpec BASE = ParameterSpec.of("base", "votes-cast | present | members",
      "votes-cast", "what the yes share is taken of");
  static final ParameterSpec MEASURE = ParameterSpec.of("measure", "heads | weight", "heads",
      "count members, or the members' weights (e.g. floor area)");
  static final ParameterSpec QUORUM = ParameterSpec.of("quorum", "fraction in [0, 1]", "0",
      "share of all members (by the measure) that must take part");
  static final ParameterSpec QUORUM_STRICT = ParameterSpec.of("quorumStrict", "boolean", "false",
      "true: more than the quorum share; false: at least");
  static final ParameterSpec QUORUM_COUNT = ParameterSpec.of("quorumCount", "integer >= 0", "0",
      "number of members that must take part");
  static final ParameterSpec APPROVAL_QUORUM = ParameterSpec.of("approvalQuorum",
      "fraction in [0, 1]", "0", "share of all members (by the measure) that must vote yes");
  static final ParameterSpec APPROVAL_STRICT = ParameterSpec.of("approvalStrict", "boolean",
      "false", "true: more than the approval share; false: at least");
  static final ParameterSpec ABSTENTIONS = ParameterSpec.of("abstentions",
      "not-cast | cast | ignored", "not-cast", "how abstentions count");
  static final ParameterSpec BLANKS = ParameterSpec.of("blanks", "not-cast | cast | ignored",
      "not-cast", "how blank ballots count");
  static final ParameterSpec INVALID = ParameterSpec.of("invalid", "not-cast | cast | ignored",
      "cast", "how invalid ballots count");
  static final ParameterSpec TIE = ParameterSpec.of("tie", "fails | casting-vote | lot", "fails",
      "what settles yes exactly half under a more-than-half threshold");
  static final ParameterSpec CASTING_VOTE = ParameterSpec.of("castingVote", "yes | no", "",
      "the chair's casting vote, used when tie is casting-vote");
  static final ParameterSpec MINIMUM_YES = ParameterSpec.of("minimumYes", "integer >= 0", "0",
      "yes votes (members) needed at least, whatever the shares");
  static final ParameterSpec NON_VOTERS = ParameterSpec.of("nonVotersFollowMajority", "boolean",
      "false", "count members who did not vote with the majority of those who did");
  static final ParameterSpec BALLOTS = ParameterSpec.of("ballots", "reject | last-counts",
      "reject", "what happens to a member's second ballot");
  static final ParameterSpec PROXIES = ParameterSpec.of("proxies", "object member -> proxy",
      "{}", "proxy mandates for this decision; the member's own ballot overrides the proxy's");
  static final ParameterSpec DELEGATIONS = ParameterSpec.of("delegations",
      "object member -> delegate", "{}",
      "standing delegations, followed along chains to the first member who voted");

  /** The options every general motion rule accepts, after its threshold settings. */
  static final List<ParameterSpec> COMMON = List.of(QUORUM, QUORUM_STRICT, QUORUM_COUNT,
      APPROVAL_QUORUM, APPROVAL_STRICT, ABSTENTIONS, BLANKS, INVALID, TIE, CASTING_VOTE,
      MINIMUM_YES, NON_VOTERS, BALLOTS, PROXIES, DELEGATIONS);

  static List<ParameterSpec> concat(List<ParameterSpec> first, List<ParameterSpec> rest) {
    List<ParameterSpec> all = new ArrayList<>(first);
    all.addAll(rest);
    return List.copyOf(all);
  }

  /** Reads a threshold; the share and strictness default to the preset's. */
  static Threshold threshold(Parameters p, String shareName, String strictName, Base base,
      Threshold defaults) {
    Fraction share = proper(p, shareName, defaults.share());
    return new Threshold(share, p.flag(strictName, defaults.strict()), base);
  }

  /** Reads a fraction that must lie in [0, 1], naming the value as written if it does not. */
  private static Fraction proper(Parameters p, String name, Fraction defaultValue) {
    Fraction share = p.fraction(name, defaultValue);
    if (!share.isProper()) {
      throw new InvalidParameterException(name, p.get(name).map(Object::toString)
          .orElse(share.toString()), "must lie between 0 and 1");
    }
    return share;
  }

  /** Reads the quorum options, starting from the preset's quorum. */
  static Quorum quorum(Parameters p, String shareName, Quorum defaults) {
    Fraction share = proper(p, shareName, defaults.participation());
    Fraction approval = proper(p, APPROVAL_QUORUM.name(), defaults.approval());
    long count = p.integer(QUORUM_COUNT.name(), defaults.minimumParticipants());
    if (count < 0) {
      throw new InvalidParameterException(QUORUM_COUNT.name(), count, "must be >= 0");
    }
    return new Quorum(share, p.flag(QUORUM_STRICT.name(), defaults.participationStrict()), count,
        approval, p.flag(APPROVAL_STRICT.name(), defaults.approvalStrict()));
  }

  /** Applies the counting options that are set; absent ones keep the builder's values. */
  static MotionRule.Builder counting(Parameters p, MotionRule.Builder b, MotionRule defaults) {
    b.abstentions(p.choice(ABSTENTIONS.name(), Treatment.class, defaults.abstentions()));
    b.blanks(p.choice(BLANKS.name(), Treatment.class, defaults.blanks()));
    b.invalid(p.choice(INVALID.name(), Treatment.class, defaults.invalid()));
    b.nonVotersFollowMajority(p.flag(NON_VOTERS.name(), defaults.nonVotersFollowMajority()));
    b.duplicates(p.choice(BALLOTS.name(), DuplicatePolicy.class, defaults.duplicates()));
    if (p.get(PROXIES.name()).isPresent()) {
      map(p, PROXIES.name()).forEach((member, proxy) -> {
        try {
          b.proxy(member, proxy);
        } catch (IllegalArgumentException e) {
          throw new InvalidParameterException(PROXIES.name(), member + " -> " + proxy,
              e.getMessage(), e);
        }
      });
    }
    if (p.get(DELEGATIONS.name()).isPresent()) {
      map(p, DELEGATIONS.name()).forEach((member, delegate) -> {
        try {
          b.delegation(member, delegate);
        } catch (IllegalArgumentException e) {
          throw new InvalidParameterException(DELEGATIONS.name(), member + " -> " + delegate,
              e.getMessage(), e);
        }
      });
    }
    return b;
  }

  /** Applies the tie and yes-count options that are set. */
  static MotionRule.Builder ties(Parameters p, MotionRule.Builder b, MotionRule defaults) {
    b.tie(p.choice(TIE.name(), TiePolicy.class, defaults.tie()));
    if (p.get(CASTING_VOTE.name()).isPresent()) {
      Vote casting = p.choice(CASTING_VOTE.name(), Vote.class, Vote.YES);
      if (casting != Vote.YES && casting != Vote.NO) {
        throw new InvalidParameterException(CASTING_VOTE.name(),
            p.get(CASTING_VOTE.name()).orElseThrow(), "must be yes or no");
      }
      b.castingVote(casting);
    }
    long minimumYes = p.integer(MINIMUM_YES.name(), defaults.minimumYes());
    if (minimumYes < 0) {
      throw new InvalidParameterException(MINIMUM_YES.name(), minimumYes, "must be >= 0");
    }
    return b.minimumYes(minimumYes);
  }

  private static Map<MemberId, MemberId> map(Parameters p, String name) {
    Object raw = p.get(name).orElseThrow();
    if (!(raw instanceof Map<?, ?> entries)) {
      throw new InvalidParameterException(name, raw, "must be an object of member ids");
    }
    Map<MemberId, MemberId> result = new java.util.LinkedHashMap<>();
    for (Map.Entry<?, ?> e : entries.entrySet()) {
      if (!(e.getValue() instanceof String target)) {
        throw new InvalidParameterException(name + "." + e.getKey(), e.getValue(),
            "must be a member id");
      }
      try {
        result.put(new MemberId(String.valueOf(e.getKey())), new MemberId(target));
      } catch (IllegalArgumentException ex) {
        throw new InvalidParameterException(name + "." + e.getKey(), target, ex.getMessage(), ex);
      }
    }
    return result;
  }
}
