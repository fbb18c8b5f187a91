package io.yishi.mediation.dispute;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import io.yishi.core.consultation.ConsultationId;
import java.util.List;

/**
 * Where a case came from when a consultation handed it over: interest rounds that ended without
 * agreement (their {@code handed-to-mediation} fact). The head hash pins the consultation's log
 * as it stood, so the case's record points at a record anyone can verify.
 *
 * @param consultation the consultation's id
 * @param method the consultation's deliberation method, e.g. {@code "interest-rounds"}
 * @param headHash the hash of the last entry of the consultation's log when the case was opened,
 *     64 lower-case hex digits
 * @param round the last round held
 * @param options the options left on the table, best ranked first
 * @param holdouts the groups that did not accept the best-ranked option
 * @param unresolved the interests the best-ranked option does not serve
 */
public record Referral(ConsultationId consultation, String method, String headHash, int round,
    List<String> options, List<String> holdouts, List<String> unresolved) {

  /**
   * Checks the parts and copies the lists.
   *
   * @param consultation the consultation's id
   * @param method the consultation's deliberation method
   * @param headHash the hash of the consultation log's last entry, 64 lower-case hex digits
   * @param round the last round held, at least 0
   * @param options the options left on the table
   * @param holdouts the groups that did not accept the best-ranked option
   * @param unresolved the interests left unserved
   * @throws IllegalArgumentException if the hash is not 64 lower-case hex digits or the round is
   *     negative
   */
  public Referral {
    checkNotNull(consultation, "consultation");
    checkNotNull(method, "method");
    checkNotNull(headHash, "headHash");
    checkArgument(headHash.matches("[0-9a-f]{64}"),
        "referral.headHash: must be 64 lower-case hex digits, was '%s'", headHash);
    checkArgument(round >= 0, "referral.round: must be >= 0, was %s", round);
    options = List.copyOf(options);
    holdouts = List.copyOf(holdouts);
    unresolved = List.copyOf(unresolved);
  }
}
