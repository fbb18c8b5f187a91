package io.yishi.mediation.negotiation;

import java.util.List;

/**
 * Worked single-text negotiations, shared by the tests of the state, the tool and the JSON. The
 * noise dispute is also {@code src/test/resources/negotiation/single-text.json}.
 */
public final class SingleTextExamples {

  private SingleTextExamples() {}

  public static final String ZHOU = "Zhou";
  public static final String WANG = "Wang";
  public static final String LI = "Li";

  public static final String V1 = "Flat 502 keeps quiet hours from 22:00 to 07:00. The piano in"
      + " flat 502 is played only on weekdays, from 18:00 to 20:00.";
  public static final String V2 = "Flat 502 keeps quiet hours from 21:00 to 07:00. The piano in"
      + " flat 502 is played on weekdays from 18:00 to 20:00 and on Saturdays from 10:00 to"
      + " 11:00.";
  public static final String V3 = V2 + " Within two weeks flat 502 lays soft floor mats in the"
      + " living room and the children's room.";
  public static final String V4 = V2 + " Within two weeks flat 502 lays soft floor mats in the"
      + " living room and the children's room; the two families share their cost equally. The"
      + " property office lends a sound level meter for one month so that either family can"
      + " check.";

  public static final String C1 = "Our daughter has her piano lesson on Saturday morning; she"
      + " must be able to practise at the weekend.";
  public static final String C2 = "My mother goes to bed at 21:00; quiet hours from 22:00 start"
      + " too late.";
  public static final String C3 = "The children running across the floor in the afternoon still"
      + " shake our ceiling lamp.";
  public static final String C4 = "Mats for both rooms cost about 1,200 yuan; we cannot pay for"
      + " all of it.";

  /**
   * A neighbour noise dispute, mediated by the building's people's mediator Zhou: Wang's family
   * in flat 502 (a piano, two small children) and Li's family in flat 402 below (an elderly
   * mother). Three revisions to agreement: version 2 answers both first criticisms (c1 Wang's
   * weekend practice, c2 Li's earlier quiet hours), version 3 answers Li's running children
   * (c3), version 4 Wang's cost of the mats (c4); both accept version 4 in round 4 of 5.
   */
  public static SingleTextProblem noiseDispute() {
    return new SingleTextProblem(ZHOU, List.of(WANG, LI), 5, List.of(
        new SingleTextStep.Propose(ZHOU, V1),
        new SingleTextStep.Criticise(WANG, 1, C1),
        new SingleTextStep.Criticise(LI, 1, C2),
        new SingleTextStep.Revise(ZHOU, List.of("c1", "c2"), V2),
        new SingleTextStep.Accept(WANG, 2),
        new SingleTextStep.Criticise(LI, 2, C3),
        new SingleTextStep.Revise(ZHOU, List.of("c3"), V3),
        new SingleTextStep.Criticise(WANG, 3, C4),
        new SingleTextStep.Accept(LI, 3),
        new SingleTextStep.Revise(ZHOU, List.of("c4"), V4),
        new SingleTextStep.Accept(LI, 4),
        new SingleTextStep.Accept(WANG, 4)));
  }

  /**
   * The same dispute with two rounds allowed: version 2 answers only Li's quiet hours (c2), so
   * Wang criticises again (c3) and Li too (c4); the rounds run out without agreement and Wang's
   * first criticism (c1) lapsed unanswered.
   */
  public static SingleTextProblem noiseDisputeInTwoRounds() {
    return new SingleTextProblem(ZHOU, List.of(WANG, LI), 2, List.of(
        new SingleTextStep.Propose(ZHOU, V1),
        new SingleTextStep.Criticise(WANG, 1, C1),
        new SingleTextStep.Criticise(LI, 1, C2),
        new SingleTextStep.Revise(ZHOU, List.of("c2"), V1.replace("22:00", "21:00")),
        new SingleTextStep.Criticise(WANG, 2, "Still no practice at the weekend."),
        new SingleTextStep.Criticise(LI, 2, C3)));
  }
}
