package io.yishi.core.community;

/**
 * The kinds of venue in a community's "1 + N" service circle (DESIGN.md): one community centre,
 * sub-centres in new estates, activity rooms in old estates, each reachable in 15 minutes, and
 * the online deliberation hall.
 */
public enum VenueKind {
  /** The community centre (党群服务中心), the "1" of "1 + N"; a community has at most one. */
  CENTRE,
  /** A sub-centre, one of the "N", usually in a new estate. */
  SUB_CENTRE,
  /** An activity room, one of the "N", usually in an old estate. */
  ACTIVITY_ROOM,
  /**
   * The online citizens' deliberation hall, which posts one hot topic a month and collects ideas
   * and comments; it belongs to no estate.
   */
  ONLINE_HALL
}
