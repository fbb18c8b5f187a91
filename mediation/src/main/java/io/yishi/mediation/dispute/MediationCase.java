package io.yishi.mediation.dispute;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import io.yishi.core.community.ResidentId;
import io.yishi.core.consultation.Command;
import io.yishi.core.consultation.Consultation;
import io.yishi.core.consultation.ConsultationEvent;
import io.yishi.core.consultation.ConsultationId;
import io.yishi.core.consultation.ConsultationSpec;
import io.yishi.core.consultation.EventLog;
import io.yishi.core.consultation.Receipt;
import io.yishi.core.consultation.RecordedEvent;
import io.yishi.core.electorate.Electorate;
import io.yishi.core.electorate.Member;
import io.yishi.core.electorate.MemberId;
import io.yishi.core.electorate.Scope;
import io.yishi.core.electorate.Weighting;
import io.yishi.core.issue.Issue;
import io.yishi.core.issue.IssueId;
import io.yishi.core.plugin.PluginRegistry;
import io.yishi.core.spi.DecisionRule;
import io.yishi.core.spi.Parameters;
import io.yishi.mediation.dispute.MediationAction.CloseSession;
import io.yishi.mediation.dispute.MediationAction.MakeStatement;
import io.yishi.mediation.dispute.MediationAction.OpenSession;
import io.yishi.mediation.dispute.MediationFact.ActionTaken;
import io.yishi.mediation.dispute.MediationFact.MediatorsAssigned;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A mediation case: a consultation run with the {@link MediationMethod} ({@code mediation}),
 * taking no vote, whose hash-chained log is the case's record. Open one with {@link #apply} or
 * {@link #takeUp}, drive it with {@link #submit}, store {@link #log()}, and rebuild it with
 * {@link #replay}, which checks every action again.
 *
 * <pre>{@code
 * MediationCase c = MediationCase.apply(dispute, wang, "flat-502",
 *     Parameters.of(Map.of("committee", List.of("r-li", "r-zhao", "r-chen"))), clock, registry);
 * c.submit(new MediationAction.AcceptCase(li));
 * c.submit(new MediationAction.ConsentToMediation(zhang, "flat-402"));
 * CaseRecord forZhang = c.recordFor(zhang);   // without flat-502's separate statements
 * }</pre>
 *
 * <p>Thread-safe: submissions are serialised by the consultation.
 */
public final class MediationCase {

  private final Consultation consultation;

  private MediationCase(Consultation consultation) {
    this.consultation = consultation;
  }

  /**
   * Opens a case on a party's application (RULES.md §3.5, Art. 17).
   *
   * @param dispute the dispute
   * @param by the resident applying, a member of {@code party}
   * @param party the applicant party's id
   * @param parameters the method's parameters; {@code committee} is required
   * @param clock the source of every timestamp
   * @param registry where the {@code mediation} method is found
   * @return the case, applied
   * @throws io.yishi.core.spi.InvalidParameterException if a parameter is invalid
   * @throws io.yishi.core.spi.InvalidActionException if {@code by} does not act for the party
   * @throws io.yishi.core.plugin.UnknownPluginException if the method is not installed
   */
  public static MediationCase apply(Dispute dispute, ResidentId by, String party,
      Parameters parameters, Clock clock, PluginRegistry registry) {
    return open(dispute, new MediationAction.ApplyForMediation(by, party, dispute), parameters,
        clock, registry);
  }

  /**
   * Opens a case the committee takes up on its own initiative or on a referral (Art. 17).
   *
   * @param dispute the dispute; its {@link Dispute#referral()} names a consultation that handed
   *     it over
   * @param by a member of the committee
   * @param reason why the committee takes it up, not blank
   * @param parameters the method's parameters; {@code committee} is required
   * @param clock the source of every timestamp
   * @param registry where the {@code mediation} method is found
   * @return the case, taken up and accepted by the committee
   * @throws io.yishi.core.spi.InvalidParameterException if a parameter is invalid
   * @throws io.yishi.core.spi.InvalidActionException if {@code by} is not on the committee or
   *     the reason is blank
   * @throws io.yishi.core.plugin.UnknownPluginException if the method is not installed
   */
  public static MediationCase takeUp(Dispute dispute, ResidentId by, String reason,
      Parameters parameters, Clock clock, PluginRegistry registry) {
    return open(dispute, new MediationAction.TakeUpCase(by, dispute, reason), parameters, clock,
        registry);
  }

  private static MediationCase open(Dispute dispute, MediationAction first,
      Parameters parameters, Clock clock, PluginRegistry registry) {
    checkNotNull(dispute, "dispute");
    List<Member> members = new ArrayList<>();
    for (Party p : dispute.parties()) {
      for (ResidentId r : p.members()) {
        members.add(Member.of(MemberId.of(r)));
      }
    }
    Consultation c = Consultation.open(ConsultationSpec.builder()
        .id(new ConsultationId(dispute.id()))
        .title(dispute.title())
        .issue(new Issue(new IssueId(dispute.id()), dispute.title(), dispute.category(),
            Scope.community()))
        .method(MediationMethod.ID)
        .methodParameters(parameters)
        .rule(DecisionRule.NONE)
        .electorate(Electorate.of(Weighting.PER_PERSON, members))
        .build(), clock, registry);
    c.submit(new Command.Act(first));
    return new MediationCase(c);
  }

  /**
   * Rebuilds a case from its stored log, checking the hash chain and every action again.
   *
   * @param log the stored log
   * @param clock the source of timestamps for further actions
   * @param registry where the {@code mediation} method is found
   * @return the case as the log leaves it
   * @throws io.yishi.core.consultation.TamperedLogException if the log does not verify or an
   *     entry could not have followed
   * @throws IllegalArgumentException if the log is not a mediation case's
   */
  public static MediationCase replay(EventLog log, Clock clock, PluginRegistry registry) {
    Consultation c = Consultation.replay(log, clock, registry);
    checkArgument(c.state().method().equals(MediationMethod.ID),
        "log of %s: is run with '%s', not a mediation case", c.id(), c.state().method());
    return new MediationCase(c);
  }

  /**
   * Takes an action in the case and records it with what follows from it.
   *
   * @param action the action
   * @return what was recorded
   * @throws io.yishi.core.spi.InvalidActionException naming the field, the value and the rule,
   *     when the case does not allow the action; nothing is recorded
   * @throws io.yishi.core.consultation.InvalidCommandException if the case's consultation was
   *     closed
   */
  public Receipt submit(MediationAction action) {
    return consultation.submit(new Command.Act(action));
  }

  /** {@return the case as it stands, in full: the committee's view} */
  public CaseState state() {
    return (CaseState) consultation.state().methodState().orElseThrow();
  }

  /** {@return the kinds of action the case accepts now} */
  public Set<String> allowed() {
    return consultation.state().allowed();
  }

  /** {@return the case's log, to store or verify} */
  public EventLog log() {
    return consultation.log();
  }

  /** {@return the consultation the case runs as} */
  public Consultation consultation() {
    return consultation;
  }

  /**
   * {@return the record as {@code reader} may see it}: everything but what another party said
   * in a separate session and the mediator's summary of it (RULES.md §3.5, Art. 15 (4)); a
   * replaced mediator reads separate sessions only from the time of serving
   *
   * @param reader a member of a party, a mediator assigned now or before, or a committee member
   * @throws IllegalArgumentException if the reader takes no part in the case
   */
  public CaseRecord recordFor(ResidentId reader) {
    checkNotNull(reader, "reader");
    CaseState state = state();
    Dispute dispute = checkNotNull(state.dispute(), "no case is open");
    Set<ResidentId> mediators = new HashSet<>();
    List<RecordedEvent> events = log().events();
    for (RecordedEvent e : events) {
      if (e.event() instanceof ConsultationEvent.FactRecorded f
          && f.fact() instanceof MediatorsAssigned m) {
        mediators.addAll(m.mediators());
      }
    }
    state.recusals().forEach(r -> {
      mediators.add(r.mediator());
      if (r.replacement() != null) {
        mediators.add(r.replacement());
      }
    });
    String party = dispute.partyOf(reader).map(Party::id).orElse(null);
    CaseRecord.Role role;
    if (party != null) {
      role = CaseRecord.Role.PARTY;
    } else if (committee().contains(reader.value())) {
      role = CaseRecord.Role.COMMITTEE;
    } else if (mediators.contains(reader)) {
      role = CaseRecord.Role.MEDIATOR;
    } else {
      throw new IllegalArgumentException("reader: " + reader + " takes no part in case "
          + dispute.id() + "; the record is shown to its parties, mediators and committee");
    }
    List<CaseRecord.Entry> entries = new ArrayList<>();
    int withheld = 0;
    @Nullable String separateWith = null;
    boolean serving = false;
    for (RecordedEvent e : events) {
      if (!(e.event() instanceof ConsultationEvent.FactRecorded f)
          || !(f.fact() instanceof MediationFact fact)) {
        continue;
      }
      if (fact instanceof MediatorsAssigned m && m.mediators().contains(reader)) {
        serving = true;
      }
      if (fact instanceof ActionTaken t) {
        if (t.action() instanceof MediationAction.ReplaceMediator r) {
          serving = r.replacement().equals(reader) || (serving && !r.mediator().equals(reader));
        }
        if (t.action() instanceof OpenSession o) {
          separateWith = o.form() == Session.Form.SEPARATE ? o.party() : null;
        } else if ((t.action() instanceof MakeStatement
            || t.action() instanceof CloseSession c && !c.summary().isBlank())
            && separateWith != null && !mayRead(role, party, serving, separateWith)) {
          withheld++;
          continue;
        }
      }
      entries.add(new CaseRecord.Entry(e.sequence(), e.recordedAt(), fact));
    }
    return new CaseRecord(dispute.id(), reader, role, entries, withheld,
        Settings.of(consultation.state().methodParameters()).confirmation().zone());
  }

  /**
   * Whether a reader may read what was said in a separate session with {@code separateWith}:
   * the committee always (it keeps the records, Art. 27); a mediator while serving on the case,
   * not after being replaced; a party only its own.
   */
  private static boolean mayRead(CaseRecord.Role role, @Nullable String party, boolean serving,
      String separateWith) {
    return switch (role) {
      case COMMITTEE -> true;
      case MEDIATOR -> serving;
      case PARTY -> separateWith.equals(party);
    };
  }

  private List<String> committee() {
    return consultation.state().methodParameters().texts("committee", List.of());
  }
}
