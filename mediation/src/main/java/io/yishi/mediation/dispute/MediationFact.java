package io.yishi.mediation.dispute;

import static com.google.common.base.Preconditions.checkNotNull;

import io.yishi.core.community.ResidentId;
import io.yishi.core.spi.Fact;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a mediation case's log records: every action taken ({@code action-taken}), and what the
 * procedure derives from them (mediation starting, mediators assigned, an agreement in force, the
 * case ending). Each type is also the fact's JSON type name.
 */
public sealed interface MediationFact extends Fact {

  /** How the mediators came to be assigned (RULES.md §3.5, Art. 19). */
  enum Assignment {
    /** The committee designated them. */
    DESIGNATED,
    /** Every party chose them. */
    CHOSEN
  }

  /**
   * An action accepted in the case, as taken; the procedure checks it again against the state when
   * the log is replayed (type {@code action-taken}).
   *
   * @param action the action
   */
  record ActionTaken(MediationAction action) implements MediationFact {
    /**
     * Refuses nulls.
     *
     * @param action the action
     */
    public ActionTaken {
      checkNotNull(action, "action");
    }

    @Override
    public String type() {
      return "action-taken";
    }
  }

  /**
   * Mediation starts: the committee has accepted the case and every party has consented (Art. 17)
   * (type {@code mediation-started}).
   *
   * @param parties the parties, in the dispute's order
   */
  record MediationStarted(List<String> parties) implements MediationFact {
    /**
     * Refuses nulls and copies the lists.
     *
     * @param parties the parties, in the dispute's order
     */
    public MediationStarted {
      parties = List.copyOf(parties);
    }

    @Override
    public String type() {
      return "mediation-started";
    }
  }

  /**
   * The mediators are assigned, designated by the committee or chosen by every party alike (Art.
   * 19) (type {@code mediators-assigned}).
   *
   * @param mediators the mediators
   * @param presiding the presiding mediator
   * @param how designated or chosen
   */
  record MediatorsAssigned(List<ResidentId> mediators, ResidentId presiding, Assignment how)
      implements MediationFact {
    /**
     * Refuses nulls and copies the lists.
     *
     * @param mediators the mediators
     * @param presiding the presiding mediator
     * @param how designated or chosen
     */
    public MediatorsAssigned {
      mediators = List.copyOf(mediators);
      checkNotNull(presiding, "presiding");
      checkNotNull(how, "how");
    }

    @Override
    public String type() {
      return "mediators-assigned";
    }
  }

  /**
   * The case ended without an agreement: declined, refused, withdrawn or terminated; the parties
   * were told they may turn to arbitration, an administrative body or a court (Art. 3, 26) (type
   * {@code case-ended}).
   *
   * @param status how it ended
   * @param reason the reason recorded
   * @param routes the other routes the parties were told of
   */
  record CaseEnded(CaseStatus status, String reason, List<String> routes) implements MediationFact {
    /**
     * Refuses nulls and copies the lists.
     *
     * @param status how it ended
     * @param reason the reason recorded
     * @param routes the other routes the parties were told of
     */
    public CaseEnded {
      checkNotNull(status, "status");
      checkNotNull(reason, "reason");
      routes = List.copyOf(routes);
    }

    @Override
    public String type() {
      return "case-ended";
    }
  }

  /**
   * The agreement took effect: a written one when the committee sealed the draft every party and
   * the presiding mediator had signed (Art. 29), an oral one when reached (Art. 30) (type {@code
   * agreement-in-force}).
   *
   * @param form written or oral
   * @param draft the version of the written draft; 0 for an oral agreement
   * @param confirmationLastDay the last day on which the parties may jointly apply for judicial
   *     confirmation (Art. 33); null for an oral agreement
   * @param confirmationDeadline the end of that day in the method's zone, the first instant an
   *     application is refused; null for an oral agreement
   */
  record AgreementInForce(Agreement.Form form, int draft, @Nullable LocalDate confirmationLastDay,
      @Nullable Instant confirmationDeadline) implements MediationFact {
    /**
     * Refuses nulls.
     *
     * @param form written or oral
     * @param draft the version of the written draft; 0 for an oral agreement
     * @param confirmationLastDay the last day on which the parties may jointly apply for judicial
     *     confirmation (Art. 33); null for an oral agreement
     * @param confirmationDeadline the end of that day in the method's zone, the first instant an
     *     application is refused; null for an oral agreement
     */
    public AgreementInForce {
      checkNotNull(form, "form");
    }

    @Override
    public String type() {
      return "agreement-in-force";
    }
  }

  /**
   * Every term of the agreement was performed (type {@code agreement-performed}).
   *
   * @param terms the number of terms
   */
  record AgreementPerformed(int terms) implements MediationFact {
    @Override
    public String type() {
      return "agreement-performed";
    }
  }

  /**
   * Every party has applied for judicial confirmation, so the joint application is made (Art. 33)
   * (type {@code confirmation-requested}).
   *
   * @param parties the parties, in the dispute's order
   * @param court the court applied to
   */
  record ConfirmationRequested(List<String> parties, String court) implements MediationFact {
    /**
     * Refuses nulls and copies the lists.
     *
     * @param parties the parties, in the dispute's order
     * @param court the court applied to
     */
    public ConfirmationRequested {
      parties = List.copyOf(parties);
      checkNotNull(court, "court");
    }

    @Override
    public String type() {
      return "confirmation-requested";
    }
  }

  /**
   * The period for applying for judicial confirmation ended without a joint application (Art. 33)
   * (type {@code confirmation-period-ended}).
   *
   * @param lastDay the period's last day
   */
  record ConfirmationPeriodEnded(LocalDate lastDay) implements MediationFact {
    /**
     * Refuses nulls.
     *
     * @param lastDay the period's last day
     */
    public ConfirmationPeriodEnded {
      checkNotNull(lastDay, "lastDay");
    }

    @Override
    public String type() {
      return "confirmation-period-ended";
    }
  }
}
