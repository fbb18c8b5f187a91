package io.yishi.core.method.interest;

/**
 * How the facilitator classifies an interest after hearing every group (RULES.md §2, step 3):
 * interests the groups share, interests that differ and may dovetail, and interests in conflict.
 */
public enum InterestKind {
  /** Not classified yet. */
  UNCLASSIFIED,
  /** Held by several groups alike, e.g. "children cross the road safely". */
  SHARED,
  /** Different but compatible: one group wants the peel, the other the fruit. */
  DIFFERING,
  /** Satisfying it for one group costs another, e.g. the same kerb for parking and for play. */
  CONFLICTING
}
