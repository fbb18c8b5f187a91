package io.yishi.mediation.dispute;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;

/**
 * What an agreement says (RULES.md §3.5, Art. 29): the main facts, the matters it settles with
 * each party's responsibility, and the terms. The parties' basic information comes from the
 * dispute.
 *
 * @param facts the main facts of the dispute; required in a written agreement unless the
 *     method's {@code requireWrittenContent} is off
 * @param matters the ids of the matters the agreement settles, at least one, each a matter of the
 *     case
 * @param responsibilities each party's responsibility; required in a written agreement unless
 *     {@code requireWrittenContent} is off
 * @param terms what each party undertakes, at least one
 */
public record AgreementContent(String facts, List<String> matters, String responsibilities,
    List<Term> terms) {

  /**
   * Refuses nulls and copies the lists; the rules on values are the method's.
   *
   * @param facts the main facts of the dispute
   * @param matters the ids of the matters settled
   * @param responsibilities each party's responsibility
   * @param terms what each party undertakes
   */
  public AgreementContent {
    checkNotNull(facts, "facts");
    matters = List.copyOf(matters);
    checkNotNull(responsibilities, "responsibilities");
    terms = List.copyOf(terms);
  }
}
