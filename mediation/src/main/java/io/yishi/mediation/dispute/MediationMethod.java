package io.yishi.mediation.dispute;

import io.yishi.core.spi.DeliberationMethod;
import io.yishi.core.spi.ParameterSpec;
import io.yishi.core.spi.Parameters;
import io.yishi.core.spi.Phase;
import io.yishi.core.spi.Procedure;
import java.util.List;

/**
 * People's mediation of a dispute, id {@code mediation}: a case from application to a signed
 * agreement, to the letter of the People's Mediation Law of the PRC (RULES.md §3.5). A case runs
 * as a consultation that takes no vote ({@link io.yishi.core.spi.DecisionRule#NONE}), in one
 * phase, {@code case}; {@link MediationCase} opens and drives one.
 *
 * <ol>
 *   <li><b>Start</b> (Art. 17). A party applies ({@code apply-for-mediation}), which is its own
 *       consent, and the committee accepts ({@code accept-case}) or declines ({@code
 *       decline-case}); or the committee takes a dispute up on its own initiative ({@code
 *       take-up-case}). Every other party consents ({@code consent-to-mediation}) or refuses
 *       ({@code refuse-mediation}); a refusal ends the case: mediation must not proceed. Once the
 *       committee has accepted and every party consented, mediation starts ({@code
 *       mediation-started}).
 *   <li><b>Mediators</b> (Art. 19, 23). The committee designates them ({@code
 *       designate-mediators}), or every party chooses the same ones ({@code choose-mediators});
 *       one presides. A mediator is a committee member or one of its people's mediators, and acts
 *       for no party. A party may ask for a mediator's recusal ({@code request-recusal}); a
 *       mediator or the committee may declare a conflict of interest ({@code declare-conflict});
 *       either way the committee replaces the mediator ({@code replace-mediator}; the MOJ rules of
 *       2002), and until it has nothing else proceeds: no session is opened or closed, and no
 *       statement, draft, signature, oral agreement, seal or termination is accepted. A recused
 *       mediator is never assigned to the case again.
 *   <li><b>Sessions</b> (Art. 21-22, 27). A mediator opens a joint session with every party or a
 *       separate one with one party ({@code open-session}), records what is said ({@code
 *       make-statement}) and closes it ({@code close-session}). What a party says in a separate
 *       session is confidential to it (Art. 15 (4)): {@link MediationCase#recordFor} never shows
 *       it to another party. A mediator may also work with a single negotiating text ({@code
 *       propose-single-text}): each round every party accepts the current version ({@code
 *       accept-single-text}) or criticises it ({@code criticise-single-text}), and the mediator
 *       revises it, naming the criticisms each revision answers ({@code revise-single-text}),
 *       until every party accepts one version or {@code singleTextRounds} run out; the rules are
 *       those of {@link io.yishi.mediation.negotiation.SingleText}. An accepted text is what
 *       the mediator then writes into the agreement.
 *   <li><b>Ending without agreement</b>. A party may withdraw at any time before an agreement is
 *       in force ({@code withdraw-from-mediation}, Art. 23); a mediator ends a mediation that
 *       failed ({@code terminate-mediation}, Art. 26). Either way, and on a decline or refusal,
 *       the record says the parties were told of the other routes: arbitration, administrative,
 *       court ({@code case-ended}). No action is accepted afterwards.
 *   <li><b>Agreement</b> (Art. 28-30). A mediator writes a draft ({@code draft-agreement}): the
 *       matters it settles (each a matter of the case), the main facts, each party's
 *       responsibility, and terms stating what each party undertakes, how and by when. Facts,
 *       responsibilities, manner and time limit are required unless {@code requireWrittenContent}
 *       is off (the statute says "may", the 2002 rules "shall"). Every party signs through one
 *       of its members and the presiding mediator signs ({@code sign-agreement}); nobody else may
 *       sign. The committee then seals it ({@code seal-agreement}) and it is in force ({@code
 *       agreement-in-force}). A new draft replaces the last and its signatures. Or, when the
 *       parties consider writing unnecessary, the mediator records an oral agreement ({@code
 *       record-oral-agreement}), in force as reached.
 *   <li><b>Performance and confirmation</b> (Art. 31, 33). The mediator or the committee records
 *       each term performed ({@code record-performance}; {@code agreement-performed} once all
 *       are). Within the confirmation period from a written agreement's effect (30 days by
 *       default, counted per {@link ConfirmationPeriod}) every party applies to the same court
 *       ({@code apply-for-confirmation}); the last application makes the joint one ({@code
 *       confirmation-requested}), and the committee records the court's ruling ({@code
 *       record-confirmation}). When the period ends first, {@code confirmation-period-ended} is
 *       recorded at the next command.
 * </ol>
 *
 * <p>Every refusal names the field, the value and the rule, and records nothing. On replay each
 * action is checked again against the state it followed, at the time it was recorded, and the
 * facts it implies must follow it, exactly and in order: a rewritten log is refused, and so is
 * one that drops or repeats such a fact, at the next action. A log cut short at its end is
 * caught by checking its head hash against the stored one ({@code EventLog.verify(String)}).
 * A draft is sealed only while none of its terms' time limits has passed.
 */
public final class MediationMethod implements DeliberationMethod {

  /** The method's id, {@code "mediation"}. */
  public static final String ID = "mediation";

  private static final List<ParameterSpec> PARAMETERS = List.of(
      ParameterSpec.of("committee", "list of 3 to 9 resident ids", "(required)",
          "the people's mediation committee (Art. 8); its members accept, designate, replace and"
          + " seal, and may mediate"),
      ParameterSpec.of("mediators", "list of resident ids", "[]",
          "the committee's other people's mediators, who may be designated or chosen"),
      ParameterSpec.of("requireWrittenContent", "boolean", "true",
          "a written agreement must state the facts, the responsibilities, and each term's"
          + " manner and time limit (Art. 29)"),
      ParameterSpec.of("allowOral", "boolean", "true",
          "the mediator may record an oral agreement (Art. 28)"),
      ParameterSpec.of("confirmationDays", "integer 1..3650", "30",
          "days from a written agreement's effect in which to apply for judicial confirmation"
          + " (Art. 33)"),
      ParameterSpec.of("zone", "time-zone id", "Asia/Shanghai", "where days are counted"),
      ParameterSpec.of("holidays", "list of ISO dates", "[]",
          "statutory holidays; a period's last day on one moves to the next working day"),
      ParameterSpec.of("makeUpWorkdays", "list of ISO dates", "[]",
          "weekend days that are working days"),
      ParameterSpec.of("weekendsAreRestDays", "boolean", "true",
          "Saturdays and Sundays are rest days"),
      ParameterSpec.of("singleTextRounds", "integer 1..20", "5",
          "rounds of responses a single negotiating text may take"));

  /** Creates the method; it holds no state. */
  public MediationMethod() {}

  /** {@return {@code "mediation"}} */
  @Override
  public String id() {
    return ID;
  }

  @Override
  public String description() {
    return "people's mediation of a dispute, from application to a signed agreement";
  }

  /** {@return the parameters, described in the class documentation} */
  @Override
  public List<ParameterSpec> parameters() {
    return PARAMETERS;
  }

  /**
   * {@return the one phase, {@code case}, accepting every mediation action}
   *
   * @param parameters the method's parameters
   * @throws io.yishi.core.spi.InvalidParameterException if a parameter is out of range or the
   *     committee is missing
   */
  @Override
  public List<Phase> phases(Parameters parameters) {
    Settings.of(parameters);
    return List.of(Phase.of("case", "the case from application to agreement, performance and"
        + " confirmation", MediationAction.KINDS.stream().sorted().toArray(String[]::new)));
  }

  /**
   * {@return the procedure: its actions are the {@link MediationAction}s, its facts the {@link
   * MediationFact}s, its state a {@link CaseState}}
   *
   * @param parameters the method's parameters
   * @throws io.yishi.core.spi.InvalidParameterException if a parameter is out of range
   */
  @Override
  public Procedure<?> procedure(Parameters parameters) {
    return new MediationProcedure(Settings.of(parameters));
  }
}
