package io.yishi.mediation.dispute;

import io.yishi.mediation.dispute.MediationAction.AcceptCase;
import io.yishi.mediation.dispute.MediationAction.ApplyForConfirmation;
import io.yishi.mediation.dispute.MediationAction.ApplyForMediation;
import io.yishi.mediation.dispute.MediationAction.ChooseMediators;
import io.yishi.mediation.dispute.MediationAction.CloseSession;
import io.yishi.mediation.dispute.MediationAction.ConsentToMediation;
import io.yishi.mediation.dispute.MediationAction.DeclareConflict;
import io.yishi.mediation.dispute.MediationAction.DeclineCase;
import io.yishi.mediation.dispute.MediationAction.DesignateMediators;
import io.yishi.mediation.dispute.MediationAction.DraftAgreement;
import io.yishi.mediation.dispute.MediationAction.MakeStatement;
import io.yishi.mediation.dispute.MediationAction.OpenSession;
import io.yishi.mediation.dispute.MediationAction.RecordConfirmation;
import io.yishi.mediation.dispute.MediationAction.RecordOralAgreement;
import io.yishi.mediation.dispute.MediationAction.RecordPerformance;
import io.yishi.mediation.dispute.MediationAction.RefuseMediation;
import io.yishi.mediation.dispute.MediationAction.ReplaceMediator;
import io.yishi.mediation.dispute.MediationAction.RequestRecusal;
import io.yishi.mediation.dispute.MediationAction.SealAgreement;
import io.yishi.mediation.dispute.MediationAction.SignAgreement;
import io.yishi.mediation.dispute.MediationAction.TakeUpCase;
import io.yishi.mediation.dispute.MediationAction.TerminateMediation;
import io.yishi.mediation.dispute.MediationAction.WithdrawFromMediation;
import io.yishi.mediation.dispute.MediationFact.ActionTaken;
import io.yishi.mediation.dispute.MediationFact.AgreementInForce;
import io.yishi.mediation.dispute.MediationFact.AgreementPerformed;
import io.yishi.mediation.dispute.MediationFact.CaseEnded;
import io.yishi.mediation.dispute.MediationFact.ConfirmationPeriodEnded;
import io.yishi.mediation.dispute.MediationFact.ConfirmationRequested;
import io.yishi.mediation.dispute.MediationFact.MediationStarted;
import io.yishi.mediation.dispute.MediationFact.MediatorsAssigned;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** One line of plain words per fact of a case's record, for {@link CaseRecord#explain()}. */
final class Narration {

  private Narration() {}

  static List<String> of(MediationFact fact) {
    List<String> lines = new ArrayList<>();
    if (fact instanceof ActionTaken t) {
      lines.add(action(t.action()));
      AgreementContent content = t.action() instanceof DraftAgreement d ? d.content()
          : t.action() instanceof RecordOralAgreement o ? o.content() : null;
      if (content != null) {
        lines.addAll(content(content));
      }
    } else if (fact instanceof MediationStarted) {
      lines.add("mediation starts: the committee accepted the case and every party consented");
    } else if (fact instanceof MediatorsAssigned m) {
      lines.add("mediators " + m.mediators() + ", " + m.presiding() + " presiding ("
          + word(m.how()) + ")");
    } else if (fact instanceof CaseEnded e) {
      lines.add("the case ends " + word(e.status()) + "; the parties were told they may turn to "
          + String.join(", ", e.routes()));
    } else if (fact instanceof AgreementInForce a) {
      lines.add(a.form() == Agreement.Form.WRITTEN
          ? "the written agreement (draft " + a.draft() + ") is in force; the parties may apply"
              + " jointly for judicial confirmation until the end of " + a.confirmationLastDay()
          : "the oral agreement is in force as reached");
    } else if (fact instanceof AgreementPerformed p) {
      lines.add("all " + p.terms() + " terms of the agreement are performed");
    } else if (fact instanceof ConfirmationRequested r) {
      lines.add("the parties " + r.parties() + " have jointly applied to " + r.court()
          + " for judicial confirmation");
    } else if (fact instanceof ConfirmationPeriodEnded p) {
      lines.add("the period for judicial confirmation ended with " + p.lastDay());
    }
    return lines;
  }

  private static String action(MediationAction a) {
    String by = a.by().value();
    if (a instanceof ApplyForMediation x) {
      return by + " applies for mediation for " + x.party() + ": " + x.dispute().title();
    }
    if (a instanceof TakeUpCase x) {
      return by + " takes the case up for the committee: " + x.reason();
    }
    if (a instanceof AcceptCase) {
      return by + " accepts the case for the committee";
    }
    if (a instanceof DeclineCase x) {
      return by + " declines the case for the committee: " + x.reason();
    }
    if (a instanceof ConsentToMediation x) {
      return x.party() + " consents to mediation (" + by + ")";
    }
    if (a instanceof RefuseMediation x) {
      return x.party() + " refuses mediation (" + by + ")" + reason(x.reason());
    }
    if (a instanceof DesignateMediators x) {
      return by + " designates mediators " + x.mediators() + ", " + x.presiding() + " presiding";
    }
    if (a instanceof ChooseMediators x) {
      return x.party() + " chooses mediators " + x.mediators() + ", " + x.presiding()
          + " presiding (" + by + ")";
    }
    if (a instanceof RequestRecusal x) {
      return x.party() + " asks that " + x.mediator() + " withdraw (" + by + ")"
          + reason(x.reason());
    }
    if (a instanceof DeclareConflict x) {
      return by + " declares a conflict of interest of " + x.mediator() + reason(x.reason());
    }
    if (a instanceof ReplaceMediator x) {
      return by + " replaces " + x.mediator() + " with " + x.replacement();
    }
    if (a instanceof OpenSession x) {
      return by + " opens a " + (x.form() == Session.Form.JOINT ? "joint session"
          : "separate session with " + x.party()) + (x.inPublic() ? ", in public" : "");
    }
    if (a instanceof MakeStatement x) {
      return by + " — " + word(x.statementKind())
          + (x.matter() == null ? "" : " on " + x.matter()) + ": " + x.text();
    }
    if (a instanceof CloseSession x) {
      return by + " closes the session" + reason(x.summary());
    }
    if (a instanceof MediationAction.ProposeSingleText x) {
      return by + " puts a single negotiating text to the parties: " + x.text();
    }
    if (a instanceof MediationAction.CriticiseSingleText x) {
      return x.party() + " criticises version " + x.version() + " of the text (" + by + "): "
          + x.text();
    }
    if (a instanceof MediationAction.AcceptSingleText x) {
      return x.party() + " accepts version " + x.version() + " of the text (" + by + ")";
    }
    if (a instanceof MediationAction.ReviseSingleText x) {
      return by + " revises the text, answering " + x.answers() + ": " + x.text();
    }
    if (a instanceof WithdrawFromMediation x) {
      return x.party() + " withdraws from mediation (" + by + ")" + reason(x.reason());
    }
    if (a instanceof TerminateMediation x) {
      return by + " ends the mediation without agreement: " + x.reason();
    }
    if (a instanceof DraftAgreement x) {
      return by + " drafts the written agreement on " + x.content().matters();
    }
    if (a instanceof SignAgreement) {
      return by + " signs the draft";
    }
    if (a instanceof SealAgreement) {
      return by + " seals the agreement for the committee";
    }
    if (a instanceof RecordOralAgreement x) {
      return by + " records the oral agreement the parties reached on " + x.content().matters();
    }
    if (a instanceof RecordPerformance x) {
      return by + " records term " + x.term() + " performed" + reason(x.note());
    }
    if (a instanceof ApplyForConfirmation x) {
      return x.party() + " applies to " + x.court() + " for judicial confirmation (" + by + ")";
    }
    if (a instanceof RecordConfirmation x) {
      return by + " records the court's ruling: the agreement is "
          + (x.valid() ? "valid" : "invalid") + " (" + x.ruling() + ")";
    }
    return by + " " + a.kind();
  }

  private static List<String> content(AgreementContent c) {
    List<String> lines = new ArrayList<>();
    if (!c.facts().isBlank()) {
      lines.add("    facts: " + c.facts());
    }
    if (!c.responsibilities().isBlank()) {
      lines.add("    responsibilities: " + c.responsibilities());
    }
    for (int i = 0; i < c.terms().size(); i++) {
      Term t = c.terms().get(i);
      lines.add("    " + (i + 1) + ". " + t.party() + " " + t.obligation()
          + (t.manner().isBlank() ? "" : "; " + t.manner())
          + (t.due() == null ? "" : "; by " + t.due())
          + (t.place().isBlank() ? "" : "; at " + t.place()));
    }
    return lines;
  }

  private static String reason(String text) {
    return text.isBlank() ? "" : ": " + text;
  }

  private static String word(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
