package io.yishi.core.method.revision;

import io.yishi.core.electorate.Electorate;
import io.yishi.core.electorate.Member;
import io.yishi.core.electorate.MemberId;
import io.yishi.core.spi.Ballot;
import io.yishi.core.spi.DecisionRule;
import io.yishi.core.spi.InvalidActionException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Turns a round's responses into the ballots a rule counts, through the factory the rule's
 * ballot type must have: {@code public static B of(MemberId voter, V vote)}, where {@code V} is
 * an enum with the constants {@code YES}, {@code NO} and {@code ABSTAIN} (the voting module's
 * {@code MotionBallot.of(MemberId, Vote)} is one). Core cannot name the voting module's types, so
 * it finds the factory by that shape.
 */
final class SupportBallots {

  private final Method factory;
  private final Object yes;
  private final Object no;
  private final Object abstain;

  private SupportBallots(Method factory, Object yes, Object no, Object abstain) {
    this.factory = factory;
    this.yes = yes;
    this.no = no;
    this.abstain = abstain;
  }

  /**
   * Finds the factory of the rule's ballot type.
   *
   * @throws InvalidActionException naming the rule if its ballot type has no such factory
   */
  static SupportBallots of(DecisionRule rule) {
    Class<? extends Ballot> type = rule.ballotType();
    for (Method m : type.getMethods()) {
      Class<?>[] p = m.getParameterTypes();
      if (m.getName().equals("of") && Modifier.isStatic(m.getModifiers()) && p.length == 2
          && p[0] == MemberId.class && p[1].isEnum() && type.isAssignableFrom(m.getReturnType())) {
        Object yes = constant(p[1], "YES");
        Object no = constant(p[1], "NO");
        Object abstain = constant(p[1], "ABSTAIN");
        if (yes != null && no != null && abstain != null) {
          return new SupportBallots(m, yes, no, abstain);
        }
      }
    }
    throw new InvalidActionException("parameters.rule", rule.id(), "must count a ballot type with"
        + " a public static of(MemberId, vote) whose vote enum has YES, NO and ABSTAIN; "
        + type.getName() + " has none");
  }

  private static @Nullable Object constant(Class<?> enumType, String name) {
    for (Object c : enumType.getEnumConstants()) {
      if (((Enum<?>) c).name().equals(name)) {
        return c;
      }
    }
    return null;
  }

  /**
   * The ballots of a round: one per member of the electorate who (or any of whose co-owners)
   * responded, the co-owners' latest response counting, in electorate order. Responses from
   * residents outside the electorate are heard but not counted.
   */
  List<Ballot> ballots(Electorate electorate, List<RevisionState.Response> responses,
      Settings.SuggestionCount suggestions) {
    Map<String, MemberId> memberOf = new TreeMap<>();
    for (Member m : electorate.members()) {
      for (String part : m.id().value().split("\\+")) {
        memberOf.put(part, m.id());
      }
    }
    // Responses are in the order they were last given, so a later co-owner's overwrites.
    Map<MemberId, Object> votes = new TreeMap<>();
    for (RevisionState.Response r : responses) {
      MemberId member = memberOf.get(r.by().value());
      if (member != null) {
        votes.put(member, vote(r.stance(), suggestions));
      }
    }
    List<Ballot> ballots = new ArrayList<>(votes.size());
    for (Member m : electorate.members()) {
      Object vote = votes.get(m.id());
      if (vote != null) {
        ballots.add(make(m.id(), vote));
      }
    }
    return ballots;
  }

  private Object vote(Stance stance, Settings.SuggestionCount suggestions) {
    if (stance == Stance.SUPPORT) {
      return yes;
    }
    if (stance == Stance.OBJECT) {
      return no;
    }
    return suggestions == Settings.SuggestionCount.ABSTAIN ? abstain : no;
  }

  private Ballot make(MemberId voter, Object vote) {
    try {
      return (Ballot) factory.invoke(null, voter, vote);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("ballot factory " + factory + " is not accessible", e);
    } catch (InvocationTargetException e) {
      throw new IllegalStateException("ballot factory " + factory + " failed for " + voter,
          e.getCause());
    }
  }
}
