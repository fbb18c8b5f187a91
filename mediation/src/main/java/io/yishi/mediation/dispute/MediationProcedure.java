package io.yishi.mediation.dispute;

import io.yishi.core.community.ResidentId;
import io.yishi.core.spi.Action;
import io.yishi.core.spi.Fact;
import io.yishi.core.spi.InvalidActionException;
import io.yishi.core.spi.Phase;
import io.yishi.core.spi.Procedure;
import io.yishi.mediation.dispute.CaseState.Choice;
import io.yishi.mediation.dispute.CaseState.Draft;
import io.yishi.mediation.dispute.CaseState.Next;
import io.yishi.mediation.dispute.CaseState.Recusal;
import io.yishi.mediation.dispute.CaseState.Signature;
import io.yishi.mediation.dispute.MediationAction.AcceptCase;
import io.yishi.mediation.dispute.MediationAction.AcceptSingleText;
import io.yishi.mediation.dispute.MediationAction.ApplyForConfirmation;
import io.yishi.mediation.dispute.MediationAction.ApplyForMediation;
import io.yishi.mediation.dispute.MediationAction.ChooseMediators;
import io.yishi.mediation.dispute.MediationAction.CloseSession;
import io.yishi.mediation.dispute.MediationAction.CriticiseSingleText;
import io.yishi.mediation.dispute.MediationAction.ConsentToMediation;
import io.yishi.mediation.dispute.MediationAction.DeclareConflict;
import io.yishi.mediation.dispute.MediationAction.DeclineCase;
import io.yishi.mediation.dispute.MediationAction.DesignateMediators;
import io.yishi.mediation.dispute.MediationAction.DraftAgreement;
import io.yishi.mediation.dispute.MediationAction.MakeStatement;
import io.yishi.mediation.dispute.MediationAction.OpenSession;
import io.yishi.mediation.dispute.MediationAction.ProposeSingleText;
import io.yishi.mediation.dispute.MediationAction.RecordConfirmation;
import io.yishi.mediation.dispute.MediationAction.RecordOralAgreement;
import io.yishi.mediation.dispute.MediationAction.RecordPerformance;
import io.yishi.mediation.dispute.MediationAction.RefuseMediation;
import io.yishi.mediation.dispute.MediationAction.ReplaceMediator;
import io.yishi.mediation.dispute.MediationAction.ReviseSingleText;
import io.yishi.mediation.dispute.MediationAction.RequestRecusal;
import io.yishi.mediation.dispute.MediationAction.SealAgreement;
import io.yishi.mediation.dispute.MediationAction.SignAgreement;
import io.yishi.mediation.dispute.MediationAction.TakeUpCase;
import io.yishi.mediation.dispute.MediationAction.TerminateMediation;
import io.yishi.mediation.dispute.MediationAction.WithdrawFromMediation;
import io.yishi.mediation.dispute.MediationFact.ActionTaken;
import io.yishi.mediation.dispute.MediationFact.AgreementInForce;
import io.yishi.mediation.dispute.MediationFact.AgreementPerformed;
import io.yishi.mediation.dispute.MediationFact.Assignment;
import io.yishi.mediation.dispute.MediationFact.CaseEnded;
import io.yishi.mediation.dispute.MediationFact.ConfirmationPeriodEnded;
import io.yishi.mediation.dispute.MediationFact.ConfirmationRequested;
import io.yishi.mediation.dispute.MediationFact.MediationStarted;
import io.yishi.mediation.dispute.MediationFact.MediatorsAssigned;
import io.yishi.mediation.negotiation.InvalidSingleTextException;
import io.yishi.mediation.negotiation.SingleText;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The procedure of {@link MediationMethod}; its rules are documented there. Every rule lives in
 * {@link #apply(CaseState, Fact, Context)}, which {@link #handle} runs on the facts before they
 * are recorded, so a replayed log is held to exactly the rules a live case is.
 */
final class MediationProcedure implements Procedure<CaseState> {

  /** The routes the parties are told of when a case ends without agreement (Art. 3, 26). */
  static final List<String> ROUTES = List.of("arbitration", "administrative", "court");

  private final Settings settings;

  MediationProcedure(Settings settings) {
    this.settings = settings;
  }

  @Override
  public CaseState start() {
    return CaseState.EMPTY;
  }

  @Override
  public Set<String> actions() {
    return MediationAction.KINDS;
  }

  @Override
  public List<Fact> handle(CaseState state, Action action, Context context) {
    MediationAction a = (MediationAction) action;
    List<Fact> facts = new ArrayList<>();
    ActionTaken taken = new ActionTaken(a);
    CaseState after = apply(state, taken, context);
    facts.add(taken);
    for (MediationFact consequence : after.owed()) {
      facts.add(consequence);
    }
    for (int i = 1; i < facts.size(); i++) {
      after = apply(after, facts.get(i), context);
    }
    return facts;
  }

  /** What follows from an action: mediation starting, an assignment, an agreement, an end. */
  private List<MediationFact> consequences(CaseState s, MediationAction a, Instant now) {
    Dispute d = Objects.requireNonNull(s.dispute());
    List<MediationFact> out = new ArrayList<>();
    if ((a instanceof ApplyForMediation || a instanceof TakeUpCase || a instanceof AcceptCase
        || a instanceof ConsentToMediation) && s.started()) {
      out.add(new MediationStarted(d.partyIds()));
    }
    if (a instanceof DesignateMediators m) {
      out.add(new MediatorsAssigned(m.mediators(), m.presiding(), Assignment.DESIGNATED));
    }
    if (a instanceof ChooseMediators m && unanimousChoice(s)) {
      out.add(new MediatorsAssigned(m.mediators(), m.presiding(), Assignment.CHOSEN));
    }
    if (s.status().endedWithoutAgreement()) {
      out.add(new CaseEnded(s.status(), reason(a), ROUTES));
    }
    if (a instanceof SealAgreement) {
      Draft draft = Objects.requireNonNull(s.draft());
      out.add(new AgreementInForce(Agreement.Form.WRITTEN, draft.version(),
          settings.confirmation().lastDay(now), settings.confirmation().deadline(now)));
    }
    if (a instanceof RecordOralAgreement) {
      out.add(new AgreementInForce(Agreement.Form.ORAL, 0, null, null));
    }
    if (a instanceof RecordPerformance && Objects.requireNonNull(s.agreement()).isPerformed()) {
      out.add(new AgreementPerformed(s.agreement().content().terms().size()));
    }
    if (a instanceof ApplyForConfirmation c
        && s.confirmationApplicants().size() == d.parties().size()) {
      out.add(new ConfirmationRequested(d.partyIds(), c.court()));
    }
    return out;
  }

  private static String reason(MediationAction a) {
    if (a instanceof DeclineCase x) {
      return x.reason();
    }
    if (a instanceof RefuseMediation x) {
      return x.reason();
    }
    if (a instanceof WithdrawFromMediation x) {
      return x.reason();
    }
    if (a instanceof TerminateMediation x) {
      return x.reason();
    }
    throw new IllegalStateException("no ending follows " + a.kind());
  }

  private static boolean unanimousChoice(CaseState s) {
    Dispute d = Objects.requireNonNull(s.dispute());
    if (s.choices().size() != d.parties().size()) {
      return false;
    }
    Choice first = s.choices().get(0);
    return s.choices().stream().allMatch(c -> c.presiding().equals(first.presiding())
        && Set.copyOf(c.mediators()).equals(Set.copyOf(first.mediators())));
  }

  @Override
  public List<Fact> due(CaseState s, Context context) {
    Agreement agreement = s.agreement();
    if (agreement != null && agreement.confirmationDeadline() != null
        && !s.confirmationPeriodEnded()
        && (s.status() == CaseStatus.AGREED || s.status() == CaseStatus.PERFORMED)
        && !context.now().isBefore(agreement.confirmationDeadline())) {
      return List.of(new ConfirmationPeriodEnded(agreement.confirmationLastDay()));
    }
    return List.of();
  }

  @Override
  public Set<String> allowed(CaseState s, Phase phase) {
    Set<String> out = new LinkedHashSet<>();
    switch (s.status()) {
      case NEW -> out.addAll(List.of("apply-for-mediation", "take-up-case"));
      case APPLIED -> {
        if (!s.accepted()) {
          out.addAll(List.of("accept-case", "decline-case"));
        }
        out.addAll(List.of("consent-to-mediation", "refuse-mediation", "withdraw-from-mediation"));
        mediatorActions(s, out);
      }
      case IN_MEDIATION -> {
        mediatorActions(s, out);
        out.add("withdraw-from-mediation");
        if (s.pendingRecusals().isEmpty() && !s.mediators().isEmpty()) {
          out.add(s.openSession().isPresent() ? "make-statement" : "open-session");
          s.openSession().ifPresent(x -> out.add("close-session"));
          out.addAll(List.of("terminate-mediation", "draft-agreement"));
          if (settings.allowOral()) {
            out.add("record-oral-agreement");
          }
          SingleText text = s.singleText();
          if (text == null) {
            out.add("propose-single-text");
          } else if (text.status() == SingleText.Status.IN_ROUND) {
            out.addAll(List.of("accept-single-text", "criticise-single-text"));
          } else if (text.status() == SingleText.Status.AWAITING_REVISION) {
            out.add("revise-single-text");
          }
          if (s.draft() != null) {
            out.addAll(List.of("sign-agreement", "seal-agreement"));
          }
        }
      }
      case AGREED, PERFORMED -> {
        if (s.status() == CaseStatus.AGREED) {
          out.add("record-performance");
        }
        if (s.agreement() != null && s.agreement().form() == Agreement.Form.WRITTEN
            && !s.confirmationPeriodEnded()) {
          out.add("apply-for-confirmation");
        }
      }
      case CONFIRMATION_REQUESTED, CONFIRMED_VALID -> {
        if (s.status() == CaseStatus.CONFIRMATION_REQUESTED) {
          out.add("record-confirmation");
        }
        if (s.agreement() != null && !s.agreement().isPerformed()) {
          out.add("record-performance");
        }
      }
      default -> { }
    }
    out.retainAll(phase.commands());
    return out;
  }

  private static void mediatorActions(CaseState s, Set<String> out) {
    if (s.mediators().isEmpty()) {
      out.addAll(List.of("designate-mediators", "choose-mediators"));
    } else {
      out.addAll(List.of("request-recusal", "declare-conflict"));
      if (!s.pendingRecusals().isEmpty()) {
        out.add("replace-mediator");
      }
    }
  }

  /**
   * Folds a fact without its context; the mediation procedure always needs the time and is
   * always given it by the consultation.
   *
   * @throws UnsupportedOperationException always
   */
  @Override
  public CaseState apply(CaseState state, Fact fact) {
    throw new UnsupportedOperationException("the mediation procedure folds facts with their"
        + " context: apply(state, fact, context)");
  }

  @Override
  public CaseState apply(CaseState s, Fact fact, Context context) {
    Instant now = context.now();
    if (fact instanceof ActionTaken t) {
      if (!s.owed().isEmpty()) {
        throw new IllegalArgumentException("action-taken: " + t.action().kind() + " cannot follow"
            + " while the facts " + s.owed() + " that the last action implies are missing");
      }
      Next after = take(s, t.action(), now).next();
      after.owed.addAll(consequences(after.done(), t.action(), now));
      return after.done();
    }
    if (fact instanceof ConfirmationPeriodEnded) {
      expect(s.owed().isEmpty(), fact, "no consequence of the last action is owed");
    } else {
      expect(!s.owed().isEmpty() && s.owed().get(0).equals(fact), fact,
          "it is the next consequence the last action implies (owed: " + s.owed() + ")");
    }
    // A derived fact equal to the one owed is exactly what the last action implies, so it needs
    // no check of its own; only the passing of the confirmation deadline is judged here.
    Next n = s.next();
    if (!(fact instanceof ConfirmationPeriodEnded)) {
      n.owed.remove(0);
    }
    if (fact instanceof MediationStarted) {
      n.status = CaseStatus.IN_MEDIATION;
    } else if (fact instanceof MediatorsAssigned f) {
      n.mediators.addAll(f.mediators());
      n.presiding = f.presiding();
      n.assignment = f.how();
    } else if (fact instanceof CaseEnded f) {
      n.ending = f;
    } else if (fact instanceof AgreementInForce f) {
      n.agreement = inForce(s, f, now);
      n.status = CaseStatus.AGREED;
    } else if (fact instanceof AgreementPerformed) {
      if (s.status() == CaseStatus.AGREED) {
        n.status = CaseStatus.PERFORMED;
      }
    } else if (fact instanceof ConfirmationRequested) {
      n.status = CaseStatus.CONFIRMATION_REQUESTED;
    } else if (fact instanceof ConfirmationPeriodEnded f) {
      Agreement agreement = s.agreement();
      expect(agreement != null && agreement.confirmationDeadline() != null
          && !s.confirmationPeriodEnded()
          && (s.status() == CaseStatus.AGREED || s.status() == CaseStatus.PERFORMED)
          && f.lastDay().equals(agreement.confirmationLastDay())
          && !now.isBefore(agreement.confirmationDeadline()), f,
          "the period for judicial confirmation has run out without a joint application");
      n.confirmationPeriodEnded = true;
    } else {
      throw new IllegalArgumentException("not a mediation fact: " + fact.type());
    }
    return n.done();
  }

  private Agreement inForce(CaseState s, AgreementInForce f, Instant now) {
    MediationAction last = s.last();
    if (f.form() == Agreement.Form.WRITTEN) {
      Draft draft = s.draft();
      expect(last instanceof SealAgreement && draft != null && draft.sealed()
          && f.draft() == draft.version()
          && Objects.equals(f.confirmationLastDay(), settings.confirmation().lastDay(now))
          && Objects.equals(f.confirmationDeadline(), settings.confirmation().deadline(now)), f,
          "the committee has just sealed the signed draft; the confirmation period runs "
          + settings.confirmation().days() + " days from " + now);
      return new Agreement(f.form(), draft.version(), draft.content(), now,
          f.confirmationLastDay(), f.confirmationDeadline(), List.of());
    }
    expect(last instanceof RecordOralAgreement && f.draft() == 0
        && f.confirmationLastDay() == null && f.confirmationDeadline() == null, f,
        "the mediator has just recorded an oral agreement");
    return new Agreement(f.form(), 0, ((RecordOralAgreement) last).content(), now, null, null,
        List.of());
  }

  private static void expect(boolean condition, Fact fact, String rule) {
    if (!condition) {
      throw new IllegalArgumentException(fact.type() + ": must follow only when " + rule);
    }
  }

  // ---- actions -------------------------------------------------------------------------------

  private CaseState take(CaseState s, MediationAction a, Instant now) {
    String k = a.kind();
    if (s.status().isFinal()) {
      throw refuse(k, "by", a.by(), "cannot act: the case is over (" + s.status() + ")");
    }
    Next n = s.next();
    n.last = a;
    if (a instanceof ApplyForMediation x) {
      opening(s, k);
      Dispute d = x.dispute();
      actsFor(d, k, x.by(), x.party());
      n.dispute = d;
      n.applicant = x.party();
      n.consented.add(x.party());
      n.status = CaseStatus.APPLIED;
      return n.done();
    }
    if (a instanceof TakeUpCase x) {
      opening(s, k);
      committee(x.dispute(), k, x.by());
      notBlank(k, "reason", x.reason());
      n.dispute = x.dispute();
      n.accepted = true;
      n.status = CaseStatus.APPLIED;
      return n.done();
    }
    Dispute d = s.dispute();
    if (d == null) {
      throw refuse(k, "kind", k, "no case is open: apply-for-mediation or take-up-case first");
    }
    if (a instanceof AcceptCase x) {
      committee(d, k, x.by());
      beforeStart(s, k);
      if (s.accepted()) {
        throw refuse(k, "by", x.by(), "the committee has accepted the case already");
      }
      n.accepted = true;
    } else if (a instanceof DeclineCase x) {
      committee(d, k, x.by());
      beforeStart(s, k);
      if (s.accepted()) {
        throw refuse(k, "by", x.by(), "the committee has accepted the case already");
      }
      notBlank(k, "reason", x.reason());
      n.status = CaseStatus.DECLINED;
    } else if (a instanceof ConsentToMediation x) {
      actsFor(d, k, x.by(), x.party());
      beforeStart(s, k);
      if (s.consented().contains(x.party())) {
        throw refuse(k, "party", x.party(), "has consented already");
      }
      n.consented.add(x.party());
    } else if (a instanceof RefuseMediation x) {
      actsFor(d, k, x.by(), x.party());
      beforeStart(s, k);
      if (s.consented().contains(x.party())) {
        throw refuse(k, "party", x.party(), "has consented; to end the mediation now, use"
            + " withdraw-from-mediation");
      }
      n.status = CaseStatus.REFUSED;
    } else if (a instanceof DesignateMediators x) {
      committee(d, k, x.by());
      assigning(s, k);
      if (!s.accepted()) {
        throw refuse(k, "by", x.by(), "the committee must accept the case before designating");
      }
      mediatorList(s, d, k, x.mediators(), x.presiding());
    } else if (a instanceof ChooseMediators x) {
      actsFor(d, k, x.by(), x.party());
      assigning(s, k);
      mediatorList(s, d, k, x.mediators(), x.presiding());
      n.choices.removeIf(c -> c.party().equals(x.party()));
      n.choices.add(new Choice(x.party(), x.mediators(), x.presiding()));
    } else if (a instanceof RequestRecusal x) {
      actsFor(d, k, x.by(), x.party());
      beforeAgreement(s, k);
      assigned(s, k, "mediator", x.mediator());
      n.recusals.add(new Recusal(x.mediator(), x.party(), x.by(), x.reason(), null));
    } else if (a instanceof DeclareConflict x) {
      if (!x.by().equals(x.mediator())) {
        committee(d, k, x.by());
      }
      beforeAgreement(s, k);
      assigned(s, k, "mediator", x.mediator());
      notBlank(k, "reason", x.reason());
      n.recusals.add(new Recusal(x.mediator(), null, x.by(), x.reason(), null));
    } else if (a instanceof ReplaceMediator x) {
      committee(d, k, x.by());
      beforeAgreement(s, k);
      int pending = -1;
      for (int i = 0; i < s.recusals().size(); i++) {
        Recusal r = s.recusals().get(i);
        if (r.isPending() && r.mediator().equals(x.mediator())) {
          pending = i;
        }
      }
      if (pending < 0) {
        throw refuse(k, "mediator", x.mediator(), "has no recusal or conflict pending (pending: "
            + s.pendingRecusals().stream().map(Recusal::mediator).toList() + ")");
      }
      eligible(s, d, k, "replacement", x.replacement());
      if (s.mediators().contains(x.replacement())) {
        throw refuse(k, "replacement", x.replacement(), "is assigned already");
      }
      // one replacement resolves every recusal and conflict pending against the mediator: left
      // pending, an earlier one would block the case for good
      for (int i = 0; i < s.recusals().size(); i++) {
        Recusal r = s.recusals().get(i);
        if (r.isPending() && r.mediator().equals(x.mediator())) {
          n.recusals.set(i, new Recusal(r.mediator(), r.party(), r.by(), r.reason(),
              x.replacement()));
        }
      }
      n.mediators.set(n.mediators.indexOf(x.mediator()), x.replacement());
      if (x.mediator().equals(s.presiding())) {
        n.presiding = x.replacement();
      }
      Draft draft = s.draft();
      if (draft != null) {
        n.draft = new Draft(draft.version(), draft.by(), draft.content(), draft.signatures()
            .stream().filter(g -> !(g.party() == null && g.by().equals(x.mediator()))).toList(),
            draft.sealed());
      }
    } else if (a instanceof OpenSession x) {
      mediating(s, k, x.by());
      if (s.openSession().isPresent()) {
        throw refuse(k, "by", x.by(), "session " + s.openSession().get().number()
            + " is still open; close it first");
      }
      if (x.form() == Session.Form.JOINT && x.party() != null) {
        throw refuse(k, "party", x.party(), "must be null for a joint session");
      }
      if (x.form() == Session.Form.SEPARATE
          && (x.party() == null || d.party(x.party()).isEmpty())) {
        throw refuse(k, "party", x.party(), "a separate session meets one party of the case "
            + d.partyIds());
      }
      n.sessions.add(new Session(s.sessions().size() + 1, x.form(), x.party(), x.inPublic(),
          x.by(), now, null, ""));
    } else if (a instanceof MakeStatement x) {
      inMediation(s, k);
      noRecusalPending(s, k);
      Session session = s.openSession().orElseThrow(() ->
          refuse(k, "kind", k, "no session is open; a statement is made in a session"));
      String party = d.partyOf(x.by()).map(Party::id).orElse(null);
      if (party == null && !s.mediators().contains(x.by())) {
        throw refuse(k, "by", x.by(), "must act for a party or be an assigned mediator");
      }
      if (party != null && session.form() == Session.Form.SEPARATE
          && !party.equals(session.party())) {
        throw refuse(k, "by", x.by(), "acts for " + party + ", but session "
            + session.number() + " is a separate session with " + session.party());
      }
      if (x.matter() != null && !d.hasMatter(x.matter())) {
        throw refuse(k, "matter", x.matter(), "must be a matter of the case "
            + d.matters().stream().map(Matter::id).toList());
      }
      notBlank(k, "text", x.text());
      n.statements.add(new Statement(s.statements().size() + 1, session.number(), x.by(), party,
          x.statementKind(), x.matter(), x.text(),
          session.form() == Session.Form.SEPARATE ? session.party() : null, now));
    } else if (a instanceof CloseSession x) {
      mediating(s, k, x.by());
      Session session = s.openSession().orElseThrow(() ->
          refuse(k, "kind", k, "no session is open"));
      n.sessions.set(n.sessions.size() - 1, closed(session, now, x.summary()));
    } else if (a instanceof ProposeSingleText x) {
      mediating(s, k, x.by());
      if (s.singleText() != null) {
        throw refuse(k, "kind", k, "a single text was proposed already (status "
            + s.singleText().status() + "); it is revised, not proposed again");
      }
      n.singleText = singleText(k, () -> SingleText.start(SINGLE_TEXT_MEDIATOR, d.partyIds(),
          settings.singleTextRounds()).propose(SINGLE_TEXT_MEDIATOR, x.text()));
    } else if (a instanceof CriticiseSingleText x) {
      actsFor(d, k, x.by(), x.party());
      SingleText text = singleTextUnderWay(s, k);
      n.singleText = singleText(k, () -> text.criticise(x.party(), x.version(), x.text()));
    } else if (a instanceof AcceptSingleText x) {
      actsFor(d, k, x.by(), x.party());
      SingleText text = singleTextUnderWay(s, k);
      n.singleText = singleText(k, () -> text.accept(x.party(), x.version()));
    } else if (a instanceof ReviseSingleText x) {
      mediating(s, k, x.by());
      SingleText text = singleTextUnderWay(s, k);
      n.singleText = singleText(k, () -> text.revise(SINGLE_TEXT_MEDIATOR, x.answers(),
          x.text()));
    } else if (a instanceof WithdrawFromMediation x) {
      actsFor(d, k, x.by(), x.party());
      beforeAgreement(s, k);
      closeOpenSession(s, n, now);
      n.status = CaseStatus.WITHDRAWN;
    } else if (a instanceof TerminateMediation x) {
      mediating(s, k, x.by());
      notBlank(k, "reason", x.reason());
      closeOpenSession(s, n, now);
      n.status = CaseStatus.TERMINATED;
    } else if (a instanceof DraftAgreement x) {
      mediating(s, k, x.by());
      content(d, k, x.content(), settings.requireWrittenContent(), now);
      int version = s.draft() == null ? 1 : s.draft().version() + 1;
      n.draft = new Draft(version, x.by(), x.content(), List.of(), false);
    } else if (a instanceof SignAgreement x) {
      inMediation(s, k);
      noRecusalPending(s, k);
      Draft draft = s.draft();
      if (draft == null) {
        throw refuse(k, "kind", k, "there is no draft to sign; a mediator writes one first");
      }
      String party = d.partyOf(x.by()).map(Party::id).orElse(null);
      Signature signature;
      if (party != null) {
        if (draft.signedBy(party)) {
          throw refuse(k, "by", x.by(), "party " + party + " has signed draft "
              + draft.version() + " already");
        }
        signature = new Signature(x.by(), party, now);
      } else if (x.by().equals(s.presiding()) && isActive(s, x.by())) {
        if (draft.signedByMediator(x.by())) {
          throw refuse(k, "by", x.by(), "the presiding mediator has signed already");
        }
        signature = new Signature(x.by(), null, now);
      } else {
        throw refuse(k, "by", x.by(), "is neither a member of a party " + d.partyIds()
            + " nor the presiding mediator; only they sign the agreement");
      }
      List<Signature> signatures = new ArrayList<>(draft.signatures());
      signatures.add(signature);
      n.draft = new Draft(draft.version(), draft.by(), draft.content(), signatures, false);
    } else if (a instanceof SealAgreement x) {
      committee(d, k, x.by());
      inMediation(s, k);
      Draft draft = s.draft();
      if (draft == null) {
        throw refuse(k, "kind", k, "there is no draft to seal");
      }
      List<String> missing = new ArrayList<>();
      for (String party : d.partyIds()) {
        if (!draft.signedBy(party)) {
          missing.add(party);
        }
      }
      if (s.presiding() == null || !draft.signedByMediator(s.presiding())) {
        missing.add("presiding mediator " + s.presiding());
      }
      if (!missing.isEmpty()) {
        throw refuse(k, "kind", k, "draft " + draft.version() + " lacks the signatures of "
            + missing + "; it is sealed once every party and the mediator have signed");
      }
      if (!s.pendingRecusals().isEmpty()) {
        throw refuse(k, "kind", k, "a recusal is pending; the committee replaces the mediator"
            + " first");
      }
      LocalDate today = LocalDate.ofInstant(now, settings.confirmation().zone());
      for (int i = 0; i < draft.content().terms().size(); i++) {
        LocalDate due = draft.content().terms().get(i).due();
        if (due != null && due.isBefore(today)) {
          throw refuse(k, "kind", k, "term " + (i + 1) + " of draft " + draft.version()
              + " was due on " + due + ", before today " + today
              + "; a mediator writes a new draft");
        }
      }
      n.draft = new Draft(draft.version(), draft.by(), draft.content(), draft.signatures(),
          true);
    } else if (a instanceof RecordOralAgreement x) {
      mediating(s, k, x.by());
      if (!settings.allowOral()) {
        throw refuse(k, "kind", k, "oral agreements are not allowed (parameter allowOral)");
      }
      content(d, k, x.content(), false, now);
      closeOpenSession(s, n, now);
    } else if (a instanceof RecordPerformance x) {
      Agreement agreement = s.agreement();
      if (agreement == null || !(s.status() == CaseStatus.AGREED
          || s.status() == CaseStatus.CONFIRMATION_REQUESTED
          || s.status() == CaseStatus.CONFIRMED_VALID)) {
        throw refuse(k, "kind", k, "there is no agreement awaiting performance (status "
            + s.status() + ")");
      }
      if (!s.mediators().contains(x.by())) {
        if (!settings.onCommittee(x.by())) {
          throw refuse(k, "by", x.by(), "must be a mediator of the case or a committee member");
        }
        committee(d, k, x.by());
      }
      int terms = agreement.content().terms().size();
      if (x.term() < 1 || x.term() > terms) {
        throw refuse(k, "term", x.term(), "must be from 1 to " + terms);
      }
      if (agreement.performed().contains(x.term())) {
        throw refuse(k, "term", x.term(), "was recorded as performed already");
      }
      List<Integer> performed = new ArrayList<>(agreement.performed());
      performed.add(x.term());
      n.agreement = new Agreement(agreement.form(), agreement.draft(), agreement.content(),
          agreement.effectiveAt(), agreement.confirmationLastDay(),
          agreement.confirmationDeadline(), performed);
    } else if (a instanceof ApplyForConfirmation x) {
      actsFor(d, k, x.by(), x.party());
      Agreement agreement = s.agreement();
      if (agreement == null || !(s.status() == CaseStatus.AGREED
          || s.status() == CaseStatus.PERFORMED)) {
        throw refuse(k, "kind", k, "there is no agreement in force (status " + s.status() + ")");
      }
      if (agreement.form() != Agreement.Form.WRITTEN) {
        throw refuse(k, "kind", k, "only a written agreement can be confirmed by a court");
      }
      if (s.confirmationPeriodEnded() || !now.isBefore(agreement.confirmationDeadline())) {
        throw refuse(k, "kind", k, "the period for applying ended with "
            + agreement.confirmationLastDay() + " (" + settings.confirmation().days()
            + " days from the agreement's effect, Art. 33)");
      }
      if (s.confirmationApplicants().contains(x.party())) {
        throw refuse(k, "party", x.party(), "has applied already");
      }
      notBlank(k, "court", x.court());
      if (s.court() != null && !s.court().equals(x.court())) {
        throw refuse(k, "court", x.court(), "the application is joint: every party applies to "
            + s.court());
      }
      n.confirmationApplicants.add(x.party());
      n.court = x.court();
    } else if (a instanceof RecordConfirmation x) {
      committee(d, k, x.by());
      if (s.status() != CaseStatus.CONFIRMATION_REQUESTED) {
        throw refuse(k, "kind", k, "no joint application for confirmation is pending (status "
            + s.status() + ")");
      }
      notBlank(k, "ruling", x.ruling());
      n.ruling = x.ruling();
      n.status = x.valid() ? CaseStatus.CONFIRMED_VALID : CaseStatus.CONFIRMED_INVALID;
    } else {
      throw new IllegalArgumentException("not a mediation action: " + k);
    }
    return n.done();
  }

  /**
   * The single text's mediator: any assigned mediator with no recusal pending speaks for the
   * mediators, which the procedure checks before the text's own rules.
   */
  private static final String SINGLE_TEXT_MEDIATOR = "mediators";

  private static SingleText singleTextUnderWay(CaseState s, String k) {
    inMediation(s, k);
    noRecusalPending(s, k);
    SingleText text = s.singleText();
    if (text == null) {
      throw refuse(k, "kind", k, "no single text is under way; a mediator proposes one first");
    }
    return text;
  }

  /** Runs a step of the single text, refusing a breach of its rules as this action's. */
  private static SingleText singleText(String k, Supplier<SingleText> step) {
    try {
      return step.get();
    } catch (InvalidSingleTextException e) {
      String field = e.field();
      int dot = field.indexOf('.');
      throw refuse(k, dot < 0 ? "kind" : field.substring(dot + 1), e.value().orElse(null),
          e.rule());
    }
  }

  // ---- checks --------------------------------------------------------------------------------

  private static void opening(CaseState s, String k) {
    if (s.dispute() != null) {
      throw refuse(k, "kind", k, "case " + s.dispute().id() + " is open already");
    }
  }

  private void committee(Dispute d, String k, ResidentId by) {
    if (!settings.onCommittee(by)) {
      throw refuse(k, "by", by, "must be a member of the mediation committee "
          + settings.committee());
    }
    d.partyOf(by).ifPresent(p -> {
      throw refuse(k, "by", by, "acts for party " + p.id() + " and must not act for the"
          + " committee in this case");
    });
  }

  private static void actsFor(Dispute d, String k, ResidentId by, String partyId) {
    Party party = d.party(partyId).orElseThrow(() -> refuse(k, "party", partyId,
        "must be a party of the case " + d.partyIds()));
    if (!party.includes(by)) {
      throw refuse(k, "by", by, "does not act for party " + partyId + " (members: "
          + party.members() + ")");
    }
  }

  private static void beforeStart(CaseState s, String k) {
    if (s.status() != CaseStatus.APPLIED) {
      throw refuse(k, "kind", k, "is accepted only before mediation starts (status "
          + s.status() + ")");
    }
  }

  private static void beforeAgreement(CaseState s, String k) {
    if (s.status() != CaseStatus.APPLIED && s.status() != CaseStatus.IN_MEDIATION) {
      throw refuse(k, "kind", k, "is accepted only before an agreement is in force (status "
          + s.status() + ")");
    }
  }

  private static void inMediation(CaseState s, String k) {
    if (s.status() != CaseStatus.IN_MEDIATION) {
      throw refuse(k, "kind", k, "is accepted only while mediation is under way (status "
          + s.status() + (s.status() == CaseStatus.APPLIED ? "; every party must consent and"
          + " the committee accept the case first" : "") + ")");
    }
  }

  private static void assigning(CaseState s, String k) {
    beforeAgreement(s, k);
    if (!s.mediators().isEmpty()) {
      throw refuse(k, "kind", k, "the mediators are assigned " + s.mediators()
          + "; the committee replaces one only on a recusal or conflict");
    }
  }

  private static void assigned(CaseState s, String k, String field, ResidentId mediator) {
    if (!s.mediators().contains(mediator)) {
      throw refuse(k, field, mediator, "must be an assigned mediator " + s.mediators());
    }
  }

  private static boolean isActive(CaseState s, ResidentId mediator) {
    return s.mediators().contains(mediator)
        && s.pendingRecusals().stream().noneMatch(r -> r.mediator().equals(mediator));
  }

  /** A mediator acting in a mediation under way, with no recusal pending. */
  private static void mediating(CaseState s, String k, ResidentId by) {
    inMediation(s, k);
    assigned(s, k, "by", by);
    noRecusalPending(s, k);
  }

  /**
   * Nothing proceeds while a recusal or conflict is pending but the parties' consent or
   * withdrawal, further recusals, and the replacement: what {@link #allowed} offers.
   */
  private static void noRecusalPending(CaseState s, String k) {
    if (!s.pendingRecusals().isEmpty()) {
      throw refuse(k, "kind", k, "the committee must first replace "
          + s.pendingRecusals().stream().map(Recusal::mediator).toList()
          + " (recusal or conflict pending)");
    }
  }

  private void eligible(CaseState s, Dispute d, String k, String field, ResidentId r) {
    if (!settings.mayMediate(r)) {
      throw refuse(k, field, r, "must be a committee member or one of its people's mediators");
    }
    d.partyOf(r).ifPresent(p -> {
      throw refuse(k, field, r, "acts for party " + p.id() + "; a party cannot mediate");
    });
    if (s.recusals().stream().anyMatch(x -> x.mediator().equals(r))) {
      throw refuse(k, field, r, "was recused from this case");
    }
  }

  private void mediatorList(CaseState s, Dispute d, String k, List<ResidentId> mediators,
      ResidentId presiding) {
    if (mediators.isEmpty()) {
      throw refuse(k, "mediators", mediators, "must name at least one mediator");
    }
    if (new HashSet<>(mediators).size() != mediators.size()) {
      throw refuse(k, "mediators", mediators, "must not name a mediator twice");
    }
    for (ResidentId m : mediators) {
      eligible(s, d, k, "mediators", m);
    }
    if (!mediators.contains(presiding)) {
      throw refuse(k, "presiding", presiding, "must be one of the mediators " + mediators);
    }
  }

  private void content(Dispute d, String k, AgreementContent c, boolean written, Instant now) {
    if (c.matters().isEmpty()) {
      throw refuse(k, "content.matters", c.matters(), "must name the matters settled");
    }
    for (String m : c.matters()) {
      if (!d.hasMatter(m)) {
        throw refuse(k, "content.matters", m, "must be a matter of the case "
            + d.matters().stream().map(Matter::id).toList());
      }
    }
    if (new HashSet<>(c.matters()).size() != c.matters().size()) {
      throw refuse(k, "content.matters", c.matters(), "must not name a matter twice");
    }
    if (c.terms().isEmpty()) {
      throw refuse(k, "content.terms", c.terms(), "must hold at least one term");
    }
    if (written) {
      notBlank(k, "content.facts", c.facts());
      notBlank(k, "content.responsibilities", c.responsibilities());
    }
    LocalDate today = LocalDate.ofInstant(now, settings.confirmation().zone());
    for (int i = 0; i < c.terms().size(); i++) {
      Term t = c.terms().get(i);
      String field = "content.terms[" + (i + 1) + "]";
      if (d.party(t.party()).isEmpty()) {
        throw refuse(k, field + ".party", t.party(), "must be a party of the case "
            + d.partyIds());
      }
      notBlank(k, field + ".obligation", t.obligation());
      if (written) {
        notBlank(k, field + ".manner", t.manner());
        if (t.due() == null) {
          throw refuse(k, field + ".due", null, "a written agreement states the time limit of"
              + " performance (Art. 29 (3))");
        }
      }
      if (t.due() != null && t.due().isBefore(today)) {
        throw refuse(k, field + ".due", t.due(), "must not be before today, " + today);
      }
    }
  }

  private static Session closed(Session s, Instant now, String summary) {
    return new Session(s.number(), s.form(), s.party(), s.inPublic(), s.openedBy(),
        s.openedAt(), now, summary);
  }

  private static void closeOpenSession(CaseState s, Next n, Instant now) {
    s.openSession().ifPresent(o -> n.sessions.set(n.sessions.size() - 1, closed(o, now, "")));
  }

  private static void notBlank(String k, String field, @Nullable String value) {
    if (value == null || value.isBlank()) {
      throw refuse(k, field, value, "must not be blank");
    }
  }

  static InvalidActionException refuse(String kind, String field, @Nullable Object value,
      String rule) {
    return new InvalidActionException(kind + "." + field, value, rule);
  }
}
