package io.yishi.voting.committee;

import io.yishi.voting.cardinal.ApprovalProfile;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Brute-force checkers of the proportionality axioms of approval committee rules, for small
 * profiles (a handful of candidates; any number of voters, since they read distinct ballots).
 * Definitions after Aziz et al., "Justified representation in approval-based committee voting"
 * (Social Choice and Welfare 2017) and Sánchez-Fernández et al., "Proportional justified
 * representation" (AAAI 2017), as restated by Lackner and Skowron, <i>Multi-Winner Voting with
 * Approval Preferences</i> (2023), chapter 4. With {@code n} voters and {@code k} seats, a group
 * of voters is <i>l-cohesive</i> if it has at least {@code l·n/k} voters who all approve at least
 * {@code l} common candidates.
 *
 * <ul>
 *   <li>EJR: every l-cohesive group has a member with at least {@code l} approved candidates in
 *       the committee.
 *   <li>PJR: every l-cohesive group approves, together, at least {@code l} members of the
 *       committee.
 * </ul>
 *
 * <p>Each checker returns a witness of the violation, or empty when the axiom holds.
 */
final class ApprovalAxioms {

  private ApprovalAxioms() {}

  /**
   * {@return a violation of extended justified representation, or empty}
   *
   * <p>A violation for {@code l} exists exactly when, for some set {@code T} of {@code l}
   * candidates, the voters approving all of {@code T} and fewer than {@code l} committee members
   * are at least {@code l·n/k}: every violating group lies inside such a set of voters.
   *
   * @param profile the ballots
   * @param seats the committee size {@code k}
   * @param committee the committee's candidate indices
   */
  static Optional<String> ejrViolation(ApprovalProfile profile, int seats,
      Collection<Integer> committee) {
    boolean[] in = members(profile, committee);
    long n = profile.voters();
    for (int l = 1; l <= seats; l++) {
      int level = l;
      List<String> found = new ArrayList<>();
      forEachSubset(profile.candidateCount(), l, t -> {
        if (!found.isEmpty()) {
          return;
        }
        long group = 0;
        for (int b = 0; b < profile.distinctBallots(); b++) {
          if (approvesAll(profile, b, t) && satisfaction(profile, b, in) < level) {
            group += profile.count(b);
          }
        }
        if (group * seats >= level * n) {
          found.add("EJR fails for l = " + level + ": " + group + " of " + n
              + " voters approve " + names(profile, t) + " but each approves fewer than "
              + level + " of the committee " + names(profile, committee));
        }
      });
      if (!found.isEmpty()) {
        return Optional.of(found.get(0));
      }
    }
    return Optional.empty();
  }

  /**
   * {@return a violation of proportional justified representation, or empty}
   *
   * <p>A violation for {@code l} exists exactly when, for some set {@code T} of {@code l}
   * candidates and some set {@code U} of {@code l - 1} committee members (or all of them, if
   * fewer), the voters approving all of {@code T} whose approved committee members all lie in
   * {@code U} are at least {@code l·n/k}: they together approve at most {@code l - 1} members.
   *
   * @param profile the ballots
   * @param seats the committee size {@code k}
   * @param committee the committee's candidate indices
   */
  static Optional<String> pjrViolation(ApprovalProfile profile, int seats,
      Collection<Integer> committee) {
    long n = profile.voters();
    int[] w = committee.stream().mapToInt(Integer::intValue).sorted().toArray();
    for (int l = 1; l <= seats; l++) {
      int level = l;
      int size = Math.min(l - 1, w.length);
      List<String> found = new ArrayList<>();
      forEachSubset(profile.candidateCount(), l, t -> forEachSubset(w.length, size, picks -> {
        if (!found.isEmpty()) {
          return;
        }
        boolean[] allowed = new boolean[profile.candidateCount()];
        List<Integer> u = new ArrayList<>();
        for (int p : picks) {
          allowed[w[p]] = true;
          u.add(w[p]);
        }
        long group = 0;
        for (int b = 0; b < profile.distinctBallots(); b++) {
          if (approvesAll(profile, b, t) && onlyApprovesWithin(profile, b, w, allowed)) {
            group += profile.count(b);
          }
        }
        if (group * seats >= level * n) {
          found.add("PJR fails for l = " + level + ": " + group + " of " + n + " voters approve "
              + names(profile, t) + " but together only " + names(profile, u)
              + " of the committee " + names(profile, committee));
        }
      }));
      if (!found.isEmpty()) {
        return Optional.of(found.get(0));
      }
    }
    return Optional.empty();
  }

  private static boolean[] members(ApprovalProfile profile, Collection<Integer> committee) {
    boolean[] in = new boolean[profile.candidateCount()];
    committee.forEach(c -> in[c] = true);
    return in;
  }

  private static boolean approvesAll(ApprovalProfile profile, int b, List<Integer> t) {
    for (int c : t) {
      if (!profile.approves(b, c)) {
        return false;
      }
    }
    return true;
  }

  private static int satisfaction(ApprovalProfile profile, int b, boolean[] in) {
    int s = 0;
    for (int c : profile.approved(b)) {
      if (in[c]) {
        s++;
      }
    }
    return s;
  }

  private static boolean onlyApprovesWithin(ApprovalProfile profile, int b, int[] committee,
      boolean[] allowed) {
    for (int c : committee) {
      if (profile.approves(b, c) && !allowed[c]) {
        return false;
      }
    }
    return true;
  }

  /** Calls the action with every {@code size}-subset of {0, …, n - 1}, in increasing order. */
  static void forEachSubset(int n, int size, Consumer<List<Integer>> action) {
    int[] pick = new int[size];
    for (int i = 0; i < size; i++) {
      pick[i] = i;
    }
    if (size > n) {
      return;
    }
    while (true) {
      List<Integer> subset = new ArrayList<>(size);
      for (int p : pick) {
        subset.add(p);
      }
      action.accept(subset);
      int i = size - 1;
      while (i >= 0 && pick[i] == n - size + i) {
        i--;
      }
      if (i < 0) {
        return;
      }
      pick[i]++;
      for (int j = i + 1; j < size; j++) {
        pick[j] = pick[j - 1] + 1;
      }
    }
  }

  private static String names(ApprovalProfile profile, Collection<Integer> candidates) {
    List<String> names = new ArrayList<>();
    candidates.stream().sorted().forEach(c -> names.add(profile.candidates().get(c)));
    return "{" + String.join(", ", names) + "}";
  }
}
