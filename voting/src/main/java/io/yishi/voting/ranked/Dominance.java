package io.yishi.voting.ranked;

import java.util.ArrayList;
import java.util.List;

/** The Condorcet winner and the Smith and Schwartz sets of a profile's majority relation. */
final class Dominance {

  private Dominance() {}

  /** {@return the candidate who beats every other head to head, or -1} */
  static int condorcetWinner(Profile p) {
    int m = p.candidateCount();
    for (int a = 0; a < m; a++) {
      boolean beatsAll = true;
      for (int b = 0; b < m && beatsAll; b++) {
        beatsAll = a == b || p.margin(a, b) > 0;
      }
      if (beatsAll) {
        return a;
      }
    }
    return -1;
  }

  /** {@return the candidate who loses to every other head to head, or -1} */
  static int condorcetLoser(Profile p) {
    int m = p.candidateCount();
    for (int a = 0; a < m; a++) {
      boolean losesAll = true;
      for (int b = 0; b < m && losesAll; b++) {
        losesAll = a == b || p.margin(a, b) < 0;
      }
      if (losesAll) {
        return a;
      }
    }
    return -1;
  }

  /**
   * {@return the Smith set: the smallest set whose members all beat every non-member}; a
   * candidate is in it when every candidate that reaches it through "beats or ties" is reached
   * back by it
   */
  static List<Integer> smith(Profile p) {
    return topCycle(p, true);
  }

  /**
   * {@return the Schwartz set: the union of the minimal sets no outsider beats}; a candidate is
   * in it when every candidate that reaches it through strict defeats is reached back by it
   */
  static List<Integer> schwartz(Profile p) {
    return topCycle(p, false);
  }

  private static List<Integer> topCycle(Profile p, boolean weak) {
    int m = p.candidateCount();
    boolean[][] reach = new boolean[m][m];
    for (int a = 0; a < m; a++) {
      for (int b = 0; b < m; b++) {
        long margin = p.margin(a, b);
        reach[a][b] = a == b || (weak ? margin >= 0 : margin > 0);
      }
    }
    for (int k = 0; k < m; k++) {
      for (int a = 0; a < m; a++) {
        if (reach[a][k]) {
          for (int b = 0; b < m; b++) {
            reach[a][b] |= reach[k][b];
          }
        }
      }
    }
    List<Integer> set = new ArrayList<>();
    for (int a = 0; a < m; a++) {
      boolean top = true;
      for (int b = 0; b < m && top; b++) {
        top = !reach[b][a] || reach[a][b];
      }
      if (top) {
        set.add(a);
      }
    }
    return set;
  }
}
