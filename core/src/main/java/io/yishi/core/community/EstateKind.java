package io.yishi.core.community;

/**
 * Whether an estate is old or new, which decides the deliberation method that suits it.
 *
 * <p>In the Lixiong case (DESIGN.md), old estates deliberate with the team co-creation workshop
 * (the ToP consensus workshop), and new estates with interest-expression and consultation rounds
 * that prevent and resolve conflicts between groups of owners. The kind is a default for hosts
 * and examples choosing a method; nothing in core enforces it.
 */
public enum EstateKind {
  /**
   * An old estate (老旧小区), typically decades old with long-settled residents; deliberates
   * with the team co-creation workshop. Its venues are activity rooms.
   */
  OLD,
  /**
   * A new estate (新建小区), typically with many recent owners and a developer still holding
   * units; deliberates with interest-expression rounds. Its venues are sub-centres.
   */
  NEW
}
