package io.yishi.voting.motion;

import io.yishi.core.electorate.Electorate;
import io.yishi.core.electorate.Member;
import io.yishi.core.electorate.MemberId;
import io.yishi.core.electorate.Weighting;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Random electorates, motion ballots and preset parameters from a seed, for property tests. The
 * same seed always gives the same profile.
 *
 * <pre>{@code
 * MotionGenerator.Profile p = MotionGenerator.profile(seed);
 * DecisionRequest request = DecisionRequest.of(p.electorate(), p.ballots(), DATE);
 * }</pre>
 */
public final class MotionGenerator {

  /** The members' smallest floor area, in hundredths of a square metre: 45.37 m². */
  private static final int MIN_AREA_CENTS = 45_37;

  /** The members' largest floor area, in hundredths of a square metre: 160.00 m². */
  private static final int MAX_AREA_CENTS = 160_00;

  /** Members per electorate, at most. */
  public static final int MAX_MEMBERS = 200;

  private static final List<String> SHARES = List.of("0", "1/3", "2/5", "1/2", "3/5", "2/3",
      "3/4", "4/5", "1", "0.55");

  private MotionGenerator() {}

  /**
   * An electorate and the ballots cast in it.
   *
   * @param electorate the members
   * @param ballots one in-person ballot per member who voted, in the order cast
   */
  public record Profile(Electorate electorate, List<MotionBallot> ballots) {

    /** Copies the list. */
    public Profile {
      ballots = List.copyOf(ballots);
    }
  }

  /** {@return the profile of this seed: a random electorate and random ballots} */
  public static Profile profile(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    Electorate electorate = electorate(random);
    return new Profile(electorate, ballots(electorate, random));
  }

  /**
   * {@return a random electorate of 1 to {@value #MAX_MEMBERS} members with ids {@code m-001},
   * {@code m-002}, …}: half the time {@link Weighting#PER_PERSON} with weight 1, otherwise
   * {@link Weighting#FLOOR_AREA} with areas from 45.37 to 160.00 m² in hundredths
   */
  public static Electorate electorate(SplittableRandom random) {
    int size = 1 + random.nextInt(random.nextBoolean() ? 12 : MAX_MEMBERS);
    boolean weighted = random.nextBoolean();
    List<Member> members = new ArrayList<>(size);
    for (int i = 1; i <= size; i++) {
      MemberId id = memberId(i);
      members.add(weighted
          ? Member.of(id, BigDecimal.valueOf(
              random.nextInt(MIN_AREA_CENTS, MAX_AREA_CENTS + 1), 2))
          : Member.of(id));
    }
    return Electorate.of(weighted ? Weighting.FLOOR_AREA : Weighting.PER_PERSON, members);
  }

  /** {@return the id of the {@code i}-th generated member, from 1: {@code m-001}} */
  public static MemberId memberId(int i) {
    return MemberId.of(String.format("m-%03d", i));
  }

  /**
   * {@return random in-person ballots, at most one per member, in a random order}: a turnout
   * and a mix of yes, no, abstain, blank and invalid are drawn for the whole profile, so that
   * some profiles lean to yes, some to no and some are close, some quorate and some not
   */
  public static List<MotionBallot> ballots(Electorate electorate, SplittableRandom random) {
    double turnout = random.nextInt(4) == 0 ? random.nextDouble(0.0, 0.5)
        : random.nextDouble(0.4, 1.0);
    Vote[] votes = Vote.values();
    double[] mix = new double[votes.length];
    double sum = 0;
    // a quarter of profiles lean heavily to yes, a quarter to no, the rest are close
    int lean = random.nextInt(4);
    for (int k = 0; k < votes.length; k++) {
      // yes and no always possible; the other kinds absent in about a third of profiles
      mix[k] = k < 2 ? (lean == 1 - k ? random.nextDouble(0.01, 0.1)
          : random.nextDouble(0.05, 1.0))
          : random.nextInt(3) == 0 ? 0 : random.nextDouble(0.0, 0.4);
      sum += mix[k];
    }
    List<MotionBallot> ballots = new ArrayList<>();
    for (Member member : electorate.members()) {
      if (random.nextDouble() >= turnout) {
        continue;
      }
      double pick = random.nextDouble(sum);
      int k = 0;
      while (k < votes.length - 1 && pick >= mix[k]) {
        pick -= mix[k];
        k++;
      }
      ballots.add(MotionBallot.of(member.id(), votes[k]));
    }
    shuffle(ballots, random);
    return ballots;
  }

  /**
   * {@return random proxy mandates: each member is represented by another with probability
   * about 1 in 5}; empty for an electorate of one
   */
  public static Map<MemberId, MemberId> mandates(Electorate electorate,
      SplittableRandom random) {
    Map<MemberId, MemberId> mandates = new LinkedHashMap<>();
    List<Member> members = electorate.members();
    if (members.size() < 2) {
      return mandates;
    }
    for (int i = 0; i < members.size(); i++) {
      if (random.nextInt(5) == 0) {
        int j = random.nextInt(members.size() - 1);
        mandates.put(members.get(i).id(), members.get(j >= i ? j + 1 : j).id());
      }
    }
    return mandates;
  }

  /**
   * {@return the ballots with proxies mixed in}: a member with a mandate whose ballot is in the
   * list has it cast by the proxy instead, half the time, and a quarter of the time both the
   * member and the proxy cast one (the member's own, in person, must then prevail); the order is
   * shuffled
   */
  public static List<MotionBallot> withProxies(List<MotionBallot> ballots,
      Map<MemberId, MemberId> mandates, SplittableRandom random) {
    List<MotionBallot> out = new ArrayList<>();
    Vote[] votes = Vote.values();
    for (MotionBallot b : ballots) {
      MemberId proxy = mandates.get(b.voter());
      if (proxy == null) {
        out.add(b);
        continue;
      }
      switch (random.nextInt(4)) {
        case 0, 1 -> out.add(MotionBallot.byProxy(b.voter(), proxy, b.vote()));
        case 2 -> {
          out.add(b);
          out.add(MotionBallot.byProxy(b.voter(), proxy, votes[random.nextInt(votes.length)]));
        }
        default -> out.add(b);
      }
    }
    shuffle(out, random);
    return out;
  }

  /** {@return the parameter {@code proxies} for these mandates: member id to proxy id} */
  public static Map<String, Object> proxiesParameter(Map<MemberId, MemberId> mandates) {
    Map<String, Object> map = new LinkedHashMap<>();
    mandates.forEach((member, proxy) -> map.put(member.value(), proxy.value()));
    return map;
  }

  /**
   * {@return random parameters for the {@code majority} rule}: a threshold share from "0" to "1",
   * strict or not, a base, a measure, and half the time a participation quorum (strict or not);
   * every setting is written explicitly
   */
  public static Map<String, Object> majorityParameters(SplittableRandom random) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("threshold", share(random));
    p.put("strict", random.nextBoolean());
    p.put("base", base(random));
    p.put("measure", random.nextBoolean() ? "heads" : "weight");
    if (random.nextBoolean()) {
      p.put("quorum", share(random));
      p.put("quorumStrict", random.nextBoolean());
    }
    return p;
  }

  /**
   * {@return random parameters for the {@code double-majority} rule}: each measure's threshold,
   * strictness and quorum drawn separately, a common base and quorum strictness; the tie policy
   * is left at its default
   */
  public static Map<String, Object> doubleMajorityParameters(SplittableRandom random) {
    Map<String, Object> p = new LinkedHashMap<>();
    for (String measure : List.of("heads", "weight")) {
      p.put(measure + "Threshold", share(random));
      p.put(measure + "Strict", random.nextBoolean());
      p.put(measure + "Quorum", random.nextBoolean() ? "0" : share(random));
    }
    p.put("base", base(random));
    p.put("quorumStrict", random.nextBoolean());
    return p;
  }

  /** {@return a share in [0, 1], mostly the usual ones, sometimes a random p/q} */
  public static String share(SplittableRandom random) {
    if (random.nextInt(4) == 0) {
      int q = 1 + random.nextInt(12);
      return random.nextInt(q + 1) + "/" + q;
    }
    return SHARES.get(random.nextInt(SHARES.size()));
  }

  /** {@return one of the bases in parameter words} */
  public static String base(SplittableRandom random) {
    return List.of("votes-cast", "present", "members").get(random.nextInt(3));
  }

  /** Shuffles a list in place, Fisher–Yates, from the random source. */
  public static <T> void shuffle(List<T> list, SplittableRandom random) {
    for (int i = list.size() - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      T t = list.get(i);
      list.set(i, list.get(j));
      list.set(j, t);
    }
  }
}
