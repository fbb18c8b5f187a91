package io.yishi.voting.json;

import com.fasterxml.jackson.databind.jsontype.NamedType;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.yishi.voting.motion.MotionBallot;
import io.yishi.voting.motion.MotionDecision;

/**
 * The Jackson module of the voting module: ballot type {@code "motion"} and decision type {@code
 * "motion"}. Votes, bases, measures and policies are written as the kebab-case words the
 * parameters use ({@code "yes"}, {@code "votes-cast"}) by the core module, as every Yishi enum
 * is. Registered in {@code META-INF/services/com.fasterxml.jackson.databind.Module}.
 */
public final class YishiVotingModule extends SimpleModule {

  private static final long serialVersionUID = 1L;

  /** Creates the module; its name is fixed, so registering it twice has no effect. */
  public YishiVotingModule() {
    super("yishi-voting");
    registerSubtypes(new NamedType(MotionBallot.class, "motion"),
        new NamedType(MotionDecision.class, "motion"));
  }
}
