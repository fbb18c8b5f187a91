package io.yishi.voting.json;

import com.fasterxml.jackson.databind.jsontype.NamedType;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.yishi.voting.budget.BudgetDecision;
import io.yishi.voting.cardinal.ApprovalBallot;
import io.yishi.voting.cardinal.ApprovalProfile;
import io.yishi.voting.cardinal.CardinalDecision;
import io.yishi.voting.cardinal.ScoreBallot;
import io.yishi.voting.cardinal.ScoreProfile;
import io.yishi.voting.committee.CommitteeDecision;
import io.yishi.voting.motion.MotionBallot;
import io.yishi.voting.motion.MotionDecision;
import io.yishi.voting.ranked.Profile;
import io.yishi.voting.ranked.RankedDecision;
import io.yishi.voting.ranked.RankingBallot;
import io.yishi.voting.sortition.DrawPanel;
import io.yishi.voting.sortition.PanelDrawn;

/**
 * The Jackson module of the voting module: ballot types {@code "motion"}, {@code "ranking"},
 * {@code "approval"} and {@code "scores"}, decision types {@code "motion"}, {@code "ranked"},
 * {@code "committee"}, {@code "cardinal"} and {@code "budget"}, and profiles: ranked as {@code
 * {"candidates": […], "ballots": [{"ranking": [[…], …], "count": n}, …]}}, approval as {@code {"candidates": […],
 * "ballots": [{"approved": […], "count": n}, …]}}, scores as {@code {"candidates": […], "min": 0,
 * "max": 5, "ballots": [{"scores": {"a": 5}, "count": n}, …]}}. Votes, bases, measures and
 * policies are written as the kebab-case words the parameters use ({@code "yes"}, {@code
 * "votes-cast"}) by the core module, as every Yishi enum is. The {@code panel-selection}
 * method's action {@code "draw-panel"} and fact {@code "panel-drawn"} are named here too; the
 * sortition problems, distributions and draws they hold are plain records. Registered in {@code
 * META-INF/services/com.fasterxml.jackson.databind.Module}.
 */
public final class YishiVotingModule extends SimpleModule {

  private static final long serialVersionUID = 1L;

  /** Creates the module; its name is fixed, so registering it twice has no effect. */
  public YishiVotingModule() {
    super("yishi-voting");
    registerSubtypes(new NamedType(MotionBallot.class, "motion"),
        new NamedType(MotionDecision.class, "motion"),
        new NamedType(RankingBallot.class, "ranking"),
        new NamedType(RankedDecision.class, "ranked"),
        new NamedType(ApprovalBallot.class, "approval"),
        new NamedType(ScoreBallot.class, "scores"),
        new NamedType(CommitteeDecision.class, "committee"),
        new NamedType(CardinalDecision.class, "cardinal"),
        new NamedType(BudgetDecision.class, "budget"));
    // the panel-selection method's action and fact, under their kind and type
    registerSubtypes(new NamedType(DrawPanel.class, DrawPanel.KIND),
        new NamedType(PanelDrawn.class, PanelDrawn.TYPE));
    addSerializer(Profile.class, new ProfileJson.Serializer());
    addDeserializer(Profile.class, new ProfileJson.Deserializer());
    addSerializer(ApprovalProfile.class, new CardinalProfileJson.ApprovalSerializer());
    addDeserializer(ApprovalProfile.class, new CardinalProfileJson.ApprovalDeserializer());
    addSerializer(ScoreProfile.class, new CardinalProfileJson.ScoreSerializer());
    addDeserializer(ScoreProfile.class, new CardinalProfileJson.ScoreDeserializer());
  }
}
