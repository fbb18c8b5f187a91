package io.yishi.core.json;

import com.fasterxml.jackson.databind.jsontype.NamedType;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.yishi.core.community.BuildingId;
import io.yishi.core.community.Community;
import io.yishi.core.community.CommunityId;
import io.yishi.core.community.EstateId;
import io.yishi.core.community.HouseholdId;
import io.yishi.core.community.ResidentId;
import io.yishi.core.community.Role;
import io.yishi.core.community.UnitId;
import io.yishi.core.community.VenueId;
import io.yishi.core.consultation.Command;
import io.yishi.core.consultation.CommandId;
import io.yishi.core.consultation.ConsultationEvent;
import io.yishi.core.consultation.ConsultationId;
import io.yishi.core.consultation.EventLog;
import io.yishi.core.electorate.Electorate;
import io.yishi.core.electorate.Eligibility;
import io.yishi.core.electorate.MemberId;
import io.yishi.core.electorate.Scope;
import io.yishi.core.issue.Category;
import io.yishi.core.issue.IssueId;
import io.yishi.core.issue.ProposalId;
import io.yishi.core.method.hall.HallAction;
import io.yishi.core.method.hall.HallFact;
import io.yishi.core.method.interest.InterestAction;
import io.yishi.core.method.interest.InterestFact;
import io.yishi.core.method.revision.RevisionAction;
import io.yishi.core.method.revision.RevisionFact;
import io.yishi.core.method.cocreation.WorkshopAction;
import io.yishi.core.method.cocreation.WorkshopFact;
import io.yishi.core.method.workflow.WorkflowAction;
import io.yishi.core.method.workflow.WorkflowDefinition;
import io.yishi.core.method.workflow.WorkflowFact;
import io.yishi.core.spi.Action;
import io.yishi.core.spi.Ballot;
import io.yishi.core.spi.Decision;
import io.yishi.core.spi.Fact;
import io.yishi.core.spi.NegotiationResult;
import io.yishi.core.spi.Parameters;

/**
 * The Jackson module for every core value: ids as strings, parameters as plain objects, enums
 * of every Yishi module as kebab-case words ({@code "floor-area"}), and a stable {@code "type"}
 * name on every polymorphic value.
 *
 * <p>Registered in {@code META-INF/services/com.fasterxml.jackson.databind.Module}, so {@link
 * YishiJson#mapper()} and {@code JsonMapper.builder().findAndAddModules()} pick it up. Other
 * Yishi modules and plugins register the type names of their own {@link Ballot}s, {@link
 * Decision}s and {@link NegotiationResult}s in their own Jackson modules.
 *
 * <p>Type names are contracts: stored logs depend on them, so a name is never changed or reused.
 */
public final class YishiCoreModule extends SimpleModule {

  private static final long serialVersionUID = 1L;

  /** Creates the module; its name is fixed, so registering it twice has no effect. */
  public YishiCoreModule() {
    super("yishi-core");
    // First: setDeserializers replaces any deserializer added before it.
    setDeserializers(new EnumWords.Deserializers());
    addSerializer(Enum.class, new EnumWords.Serializer());
    IdSerializers.register(this, CommunityId.class, CommunityId::value, CommunityId::new);
    IdSerializers.register(this, EstateId.class, EstateId::value, EstateId::new);
    IdSerializers.register(this, BuildingId.class, BuildingId::value, BuildingId::new);
    IdSerializers.register(this, UnitId.class, UnitId::value, UnitId::new);
    IdSerializers.register(this, HouseholdId.class, HouseholdId::value, HouseholdId::new);
    IdSerializers.register(this, ResidentId.class, ResidentId::value, ResidentId::new);
    IdSerializers.register(this, VenueId.class, VenueId::value, VenueId::new);
    IdSerializers.register(this, Role.class, Role::id, Role::of);
    IdSerializers.register(this, MemberId.class, MemberId::value, MemberId::new);
    IdSerializers.register(this, IssueId.class, IssueId::value, IssueId::new);
    IdSerializers.register(this, ProposalId.class, ProposalId::value, ProposalId::new);
    IdSerializers.register(this, Category.class, Category::id, Category::of);
    IdSerializers.register(this, ConsultationId.class, ConsultationId::value, ConsultationId::new);
    IdSerializers.register(this, CommandId.class, CommandId::value, CommandId::new);

    addSerializer(Parameters.class, new ParametersJson.Serializer());
    addDeserializer(Parameters.class, new ParametersJson.Deserializer());

    setMixInAnnotation(Community.class, Mixins.CommunityMixin.class);
    setMixInAnnotation(Electorate.class, Mixins.ElectorateMixin.class);
    setMixInAnnotation(EventLog.class, Mixins.EventLogMixin.class);

    setMixInAnnotation(Ballot.class, Mixins.Polymorphic.class);
    setMixInAnnotation(Decision.class, Mixins.Polymorphic.class);
    setMixInAnnotation(NegotiationResult.class, Mixins.Polymorphic.class);

    setMixInAnnotation(Scope.class, Mixins.Polymorphic.class);
    registerSubtypes(
        new NamedType(Scope.WholeCommunity.class, "community"),
        new NamedType(Scope.OfEstate.class, "estate"),
        new NamedType(Scope.OfBuilding.class, "building"));

    setMixInAnnotation(Eligibility.class, Mixins.Polymorphic.class);
    registerSubtypes(
        new NamedType(Eligibility.Everyone.class, "everyone"),
        new NamedType(Eligibility.Adults.class, "adults"),
        new NamedType(Eligibility.WithRole.class, "with-role"),
        new NamedType(Eligibility.LivesInEstate.class, "lives-in-estate"),
        new NamedType(Eligibility.LivesInBuilding.class, "lives-in-building"),
        new NamedType(Eligibility.OwnsUnitInEstate.class, "owns-unit-in-estate"),
        new NamedType(Eligibility.OwnsUnitInBuilding.class, "owns-unit-in-building"),
        new NamedType(Eligibility.OwnsAnyUnit.class, "owns-any-unit"),
        new NamedType(Eligibility.AllOf.class, "all-of"),
        new NamedType(Eligibility.AnyOf.class, "any-of"),
        new NamedType(Eligibility.Not.class, "not"));

    setMixInAnnotation(Command.class, Mixins.Polymorphic.class);
    registerSubtypes(
        new NamedType(Command.SubmitIdea.class, "submit-idea"),
        new NamedType(Command.TableProposal.class, "table-proposal"),
        new NamedType(Command.ReviseProposal.class, "revise-proposal"),
        new NamedType(Command.PostComment.class, "post-comment"),
        new NamedType(Command.AdvancePhase.class, "advance-phase"),
        new NamedType(Command.CastBallot.class, "cast-ballot"),
        new NamedType(Command.Decide.class, "decide"),
        new NamedType(Command.Close.class, "close"),
        new NamedType(Command.Act.class, "act"),
        new NamedType(Command.CheckDeadlines.class, "check-deadlines"));
    setMixInAnnotation(Action.class, Mixins.Polymorphic.class);
    setMixInAnnotation(Fact.class, Mixins.Polymorphic.class);

    // interest-rounds: actions, then facts (io.yishi.core.method.interest)
    registerSubtypes(
        new NamedType(InterestAction.DeclareGroup.class, "declare-group"),
        new NamedType(InterestAction.RecordBatna.class, "record-batna"),
        new NamedType(InterestAction.FrameProblem.class, "frame-problem"),
        new NamedType(InterestAction.StatePosition.class, "state-position"),
        new NamedType(InterestAction.StateInterest.class, "state-interest"),
        new NamedType(InterestAction.ClassifyInterest.class, "classify-interest"),
        new NamedType(InterestAction.OpenRound.class, "open-round"),
        new NamedType(InterestAction.ProposeOption.class, "propose-option"),
        new NamedType(InterestAction.StartEvaluation.class, "start-evaluation"),
        new NamedType(InterestAction.RateOption.class, "rate-option"),
        new NamedType(InterestAction.CloseRound.class, "close-round"),
        new NamedType(InterestAction.CastVote.class, "cast-vote"),
        new NamedType(InterestAction.CountVotes.class, "count-votes"),
        new NamedType(InterestAction.ReportBack.class, "report-back"),
        new NamedType(InterestFact.GroupDeclared.class, "group-declared"),
        new NamedType(InterestFact.BatnaRecorded.class, "batna-recorded"),
        new NamedType(InterestFact.ProblemFramed.class, "problem-framed"),
        new NamedType(InterestFact.PositionStated.class, "position-stated"),
        new NamedType(InterestFact.InterestStated.class, "interest-stated"),
        new NamedType(InterestFact.InterestClassified.class, "interest-classified"),
        new NamedType(InterestFact.RoundOpened.class, "round-opened"),
        new NamedType(InterestFact.OptionProposed.class, "option-proposed"),
        new NamedType(InterestFact.EvaluationStarted.class, "evaluation-started"),
        new NamedType(InterestFact.OptionRated.class, "option-rated"),
        new NamedType(InterestFact.RoundClosed.class, "round-closed"),
        new NamedType(InterestFact.AgreementReached.class, "agreement-reached"),
        new NamedType(InterestFact.VoteCalled.class, "vote-called"),
        new NamedType(InterestFact.VoteCast.class, "vote-cast"),
        new NamedType(InterestFact.VoteCounted.class, "vote-counted"),
        new NamedType(InterestFact.HandedToMediation.class, "handed-to-mediation"),
        new NamedType(InterestFact.ReportedBack.class, "reported-back"));

    setMixInAnnotation(ConsultationEvent.class, Mixins.Polymorphic.class);
    registerSubtypes(
        new NamedType(ConsultationEvent.ConsultationOpened.class, "consultation-opened"),
        new NamedType(ConsultationEvent.IdeaSubmitted.class, "idea-submitted"),
        new NamedType(ConsultationEvent.ProposalTabled.class, "proposal-tabled"),
        new NamedType(ConsultationEvent.ProposalRevised.class, "proposal-revised"),
        new NamedType(ConsultationEvent.CommentPosted.class, "comment-posted"),
        new NamedType(ConsultationEvent.PhaseAdvanced.class, "phase-advanced"),
        new NamedType(ConsultationEvent.BallotCast.class, "ballot-cast"),
        new NamedType(ConsultationEvent.DecisionReached.class, "decision-reached"),
        new NamedType(ConsultationEvent.ConsultationClosed.class, "consultation-closed"),
        new NamedType(ConsultationEvent.FactRecorded.class, "fact-recorded"));

    // online-hall: actions and facts of the online deliberation hall
    registerSubtypes(
        new NamedType(HallAction.ProposeIdea.class, "propose-idea"),
        new NamedType(HallAction.CommentOnIdea.class, "comment-on-idea"),
        new NamedType(HallAction.SupportIdea.class, "support-idea"),
        new NamedType(HallAction.WithdrawSupport.class, "withdraw-support"),
        new NamedType(HallAction.ProposeAmendment.class, "propose-amendment"),
        new NamedType(HallAction.AcceptAmendment.class, "accept-amendment"),
        new NamedType(HallAction.RejectAmendment.class, "reject-amendment"),
        new NamedType(HallAction.PromoteAmendment.class, "promote-amendment"),
        new NamedType(HallAction.HidePost.class, "hide-post"),
        new NamedType(HallAction.AnswerIdea.class, "answer-idea"),
        new NamedType(HallFact.TopicPublished.class, "topic-published"),
        new NamedType(HallFact.IdeaPosted.class, "hall-idea-posted"),
        new NamedType(HallFact.CommentPosted.class, "hall-comment-posted"),
        new NamedType(HallFact.IdeaSupported.class, "idea-supported"),
        new NamedType(HallFact.SupportWithdrawn.class, "idea-support-withdrawn"),
        new NamedType(HallFact.AmendmentProposed.class, "amendment-proposed"),
        new NamedType(HallFact.AmendmentDecided.class, "amendment-decided"),
        new NamedType(HallFact.AmendmentPromoted.class, "amendment-promoted"),
        new NamedType(HallFact.PostHidden.class, "post-hidden"),
        new NamedType(HallFact.VerificationBegan.class, "verification-began"),
        new NamedType(HallFact.HallClosed.class, "hall-closed"),
        new NamedType(HallFact.IdeaAnswered.class, "idea-answered"));
    // plan-revision: its actions and facts
    registerSubtypes(
        new NamedType(RevisionAction.TablePlan.class, "table-plan"),
        new NamedType(RevisionAction.OpenPlanRound.class, "open-plan-round"),
        new NamedType(RevisionAction.RespondToPlan.class, "respond-to-plan"),
        new NamedType(RevisionAction.ClosePlanRound.class, "close-plan-round"),
        new NamedType(RevisionAction.RevisePlan.class, "revise-plan"),
        new NamedType(RevisionFact.PlanTabled.class, "plan-tabled"),
        new NamedType(RevisionFact.PlanRoundOpened.class, "plan-round-opened"),
        new NamedType(RevisionFact.PlanResponseGiven.class, "plan-response-given"),
        new NamedType(RevisionFact.PlanRoundClosed.class, "plan-round-closed"),
        new NamedType(RevisionFact.PlanRevised.class, "plan-revised"));
    // co-creation (io.yishi.core.method.cocreation): the ToP workshop's actions and facts
    registerSubtypes(
        new NamedType(WorkshopAction.FrameWorkshop.class, "frame-workshop"),
        new NamedType(WorkshopAction.RegisterParticipant.class, "register-participant"),
        new NamedType(WorkshopAction.WriteCard.class, "write-card"),
        new NamedType(WorkshopAction.OpenRound.class, "open-card-round"),
        new NamedType(WorkshopAction.PostCard.class, "post-card"),
        new NamedType(WorkshopAction.SplitCard.class, "split-card"),
        new NamedType(WorkshopAction.FormCluster.class, "form-cluster"),
        new NamedType(WorkshopAction.PlaceCard.class, "place-card"),
        new NamedType(WorkshopAction.MoveCard.class, "move-card"),
        new NamedType(WorkshopAction.MergeClusters.class, "merge-clusters"),
        new NamedType(WorkshopAction.SplitCluster.class, "split-cluster"),
        new NamedType(WorkshopAction.NameCluster.class, "name-cluster"),
        new NamedType(WorkshopAction.RenameCluster.class, "rename-cluster"),
        new NamedType(WorkshopAction.CastPriority.class, "cast-priority"),
        new NamedType(WorkshopAction.CountPriorities.class, "count-priorities"),
        new NamedType(WorkshopAction.ReadTitles.class, "read-titles"),
        new NamedType(WorkshopAction.CallForObjections.class, "call-for-objections"),
        new NamedType(WorkshopAction.RaiseObjection.class, "raise-objection"),
        new NamedType(WorkshopAction.WithdrawObjection.class, "withdraw-objection"),
        new NamedType(WorkshopAction.CloseObjectionCheck.class, "close-objection-check"),
        new NamedType(WorkshopAction.RecordActionItem.class, "record-action-item"),
        new NamedType(WorkshopAction.ConcludeWorkshop.class, "conclude-workshop"),
        new NamedType(WorkshopFact.WorkshopFramed.class, "workshop-framed"),
        new NamedType(WorkshopFact.ParticipantRegistered.class, "participant-registered"),
        new NamedType(WorkshopFact.CardWritten.class, "card-written"),
        new NamedType(WorkshopFact.RoundOpened.class, "card-round-opened"),
        new NamedType(WorkshopFact.CardPosted.class, "card-posted"),
        new NamedType(WorkshopFact.CardSplit.class, "card-split"),
        new NamedType(WorkshopFact.ClusterFormed.class, "cluster-formed"),
        new NamedType(WorkshopFact.CardPlaced.class, "card-placed"),
        new NamedType(WorkshopFact.CardMoved.class, "card-moved"),
        new NamedType(WorkshopFact.ClustersMerged.class, "clusters-merged"),
        new NamedType(WorkshopFact.ClusterSplit.class, "cluster-split"),
        new NamedType(WorkshopFact.ClusterNamed.class, "cluster-named"),
        new NamedType(WorkshopFact.ClusterRenamed.class, "cluster-renamed"),
        new NamedType(WorkshopFact.PriorityCast.class, "priority-cast"),
        new NamedType(WorkshopFact.PrioritiesCounted.class, "priorities-counted"),
        new NamedType(WorkshopFact.TitlesRead.class, "titles-read"),
        new NamedType(WorkshopFact.ObjectionsCalled.class, "objections-called"),
        new NamedType(WorkshopFact.ObjectionRaised.class, "objection-raised"),
        new NamedType(WorkshopFact.ObjectionWithdrawn.class, "objection-withdrawn"),
        new NamedType(WorkshopFact.ObjectionCheckClosed.class, "objection-check-closed"),
        new NamedType(WorkshopFact.ActionItemRecorded.class, "action-item-recorded"),
        new NamedType(WorkshopFact.WorkshopConcluded.class, "workshop-concluded"));
    // The workflow method (io.yishi.core.method.workflow).
    addSerializer(WorkflowDefinition.class, new WorkflowJson.Serializer());
    addDeserializer(WorkflowDefinition.class, new WorkflowJson.Deserializer());
    registerSubtypes(
        new NamedType(WorkflowAction.SubmitPlan.class, "submit-plan"),
        new NamedType(WorkflowAction.RecordOpinion.class, "record-stage-opinion"),
        new NamedType(WorkflowAction.RecordMinutes.class, "record-stage-minutes"),
        new NamedType(WorkflowAction.CirculatePlan.class, "circulate-plan"),
        new NamedType(WorkflowAction.HoldStageVote.class, "hold-stage-vote"),
        new NamedType(WorkflowAction.PublishNotice.class, "publish-notice"),
        new NamedType(WorkflowFact.PlanSubmitted.class, "plan-submitted"),
        new NamedType(WorkflowFact.OpinionRecorded.class, "stage-opinion-recorded"),
        new NamedType(WorkflowFact.MinutesRecorded.class, "stage-minutes-recorded"),
        new NamedType(WorkflowFact.PlanCirculated.class, "plan-circulated"),
        new NamedType(WorkflowFact.StageVoteHeld.class, "stage-vote-held"),
        new NamedType(WorkflowFact.NoticePublished.class, "notice-published"),
        new NamedType(WorkflowFact.NoticePeriodEnded.class, "notice-period-ended"),
        new NamedType(WorkflowFact.StagePassed.class, "stage-passed"));
  }
}
