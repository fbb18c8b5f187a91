package io.yishi.core.method.workflow;

import io.yishi.core.community.ResidentId;
import io.yishi.core.electorate.Electorate;
import io.yishi.core.electorate.Member;
import io.yishi.core.electorate.MemberId;
import io.yishi.core.electorate.Weighting;
import io.yishi.core.spi.DeliberationMethod;
import io.yishi.core.spi.InvalidParameterException;
import io.yishi.core.spi.ParameterSpec;
import io.yishi.core.spi.Parameters;
import io.yishi.core.spi.Phase;
import io.yishi.core.spi.Procedure;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Id {@code workflow}: a staged workflow that chains deliberation, decision and disclosure
 * stages, each closed by a gate, as defined by a {@link WorkflowDefinition}; by default the
 * bundled 四议两公开 ("four deliberations, two disclosures", RULES.md §3.3) definition, {@link
 * WorkflowDefinition#FOUR_DELIBERATIONS}.
 *
 * <p>Each stage is a phase with the stage's id. The consultation's {@code advance-phase} is
 * refused while the current stage's gate is unmet, naming what is missing ({@link
 * WorkflowState#unmet()}); when it is met, the advance records {@code stage-passed} with the
 * numbers that met it. The actions ({@link WorkflowAction}) a stage accepts:
 *
 * <ul>
 *   <li>deliberation and decision stages: {@code submit-plan} (a plan or a revision of it), {@code
 *       record-stage-opinion}, {@code record-stage-minutes}; {@code circulate-plan} where the gate
 *       asks for the plan to be sent beforehand; {@code hold-stage-vote} where the gate names a
 *       rule — the stage's body meets, attendance is checked against the gate, and the ballots are
 *       counted by the named rule, looked up through the consultation's plugin registry. In a
 *       deliberation stage votes settle contested points and do not gate; in a decision stage
 *       the gate is an adopted vote on the plan's current revision, and a vote that fails may be
 *       held again, e.g. after a revision.
 *   <li>disclosure stages: {@code publish-notice}, once; the notice must then stay up for the
 *       gate's publication period. At the end of the period (the starting day not counted, the
 *       last day ending at 24:00 in the method's zone; Civil Code arts. 201 and 203; public
 *       holidays are not taken into account) the consultation records {@code notice-period-ended}
 *       before its next command, and the gate is met.
 *   <li>every stage also accepts the consultation's {@code post-comment}.
 * </ul>
 *
 * <p>The workflow is {@link WorkflowState#complete() complete} when the last stage's gate is met;
 * the host then closes the consultation. The consultation's own rule is not used: each gate names
 * its own.
 *
 * <p>Parameters: {@code preset} (a bundled definition's id, default {@code four-deliberations}) or
 * {@code definition} (a definition inline, in the JSON form of {@link WorkflowDefinition}); {@code
 * oneShoulder} (一肩挑: one person is both Party secretary and director of the residents'
 * committee, default false), which merges the definition's {@code merge} stages — and only then
 * are they merged; {@code bodies} (body id to the member ids of the body, for every body a gate
 * names other than {@code electorate}); {@code actors} (actor id to the resident ids who may act
 * for it; an actor not listed is not checked); {@code zone} (the time zone that dates are read in,
 * default {@code Asia/Shanghai}).
 */
public final class WorkflowMethod implements DeliberationMethod {

  static final ParameterSpec PRESET = ParameterSpec.of("preset", "text",
      WorkflowDefinition.FOUR_DELIBERATIONS.id(), "the bundled workflow to run, one of "
          + WorkflowDefinition.presets());
  static final ParameterSpec DEFINITION = ParameterSpec.of("definition", "object", "",
      "a workflow defined inline (id, name, stages with gates, merge); replaces the preset");
  static final ParameterSpec ONE_SHOULDER = ParameterSpec.of("oneShoulder", "boolean", "false",
      "一肩挑: one person holds both leading posts, so the definition's merge stages become one");
  static final ParameterSpec BODIES = ParameterSpec.of("bodies", "object body -> [member ids]",
      "", "the members of each body a gate names, besides \"electorate\" (the consultation's)");
  static final ParameterSpec ACTORS = ParameterSpec.of("actors",
      "object actor -> [resident ids]", "", "who may act for a stage's actor; unlisted actors"
          + " are not checked");
  static final ParameterSpec ZONE = ParameterSpec.of("zone", "time-zone id", "Asia/Shanghai",
      "the zone in which dates, notice days and publication periods are counted");

  /** Creates the method; it holds no state. */
  public WorkflowMethod() {}

  @Override
  public String id() {
    return "workflow";
  }

  @Override
  public String description() {
    return "staged workflow with a gate at each stage (default: 四议两公开, four deliberations"
        + " and two disclosures)";
  }

  @Override
  public List<ParameterSpec> parameters() {
    return List.of(PRESET, DEFINITION, ONE_SHOULDER, BODIES, ACTORS, ZONE);
  }

  /**
   * {@return one phase per stage of the effective definition, with the stage's id}
   *
   * @throws InvalidParameterException if the definition, a body or an actor is invalid, a body a
   *     gate names is not listed, or {@code oneShoulder} is set for a definition with nothing to
   *     merge
   */
  @Override
  public List<Phase> phases(Parameters parameters) {
    WorkflowDefinition definition = build(parameters).definition();
    List<Phase> phases = new ArrayList<>();
    for (Stage s : definition.stages()) {
      List<String> commands = new ArrayList<>(List.of("post-comment"));
      if (s.kind() == StageKind.DISCLOSURE) {
        commands.add("publish-notice");
      } else {
        commands.addAll(List.of("submit-plan", "record-stage-opinion", "record-stage-minutes"));
        if (s.gate().circulate()) {
          commands.add("circulate-plan");
        }
        if (s.gate().votes()) {
          commands.add("hold-stage-vote");
        }
      }
      phases.add(Phase.of(s.id(), s.name() + " (" + s.kind().name().toLowerCase(
          java.util.Locale.ROOT) + ")", commands.toArray(String[]::new)));
    }
    return phases;
  }

  /**
   * {@return the workflow's procedure; its state is a {@link WorkflowState}}
   *
   * @throws InvalidParameterException as {@link #phases}
   */
  @Override
  public Procedure<WorkflowState> procedure(Parameters parameters) {
    return build(parameters);
  }

  private static WorkflowProcedure build(Parameters parameters) {
    WorkflowDefinition definition = definition(parameters);
    Map<String, Electorate> bodies = bodies(parameters, definition);
    Map<String, List<ResidentId>> actors = actors(parameters, definition);
    String zoneText = parameters.text(ZONE.name(), ZONE.defaultValue());
    ZoneId zone;
    try {
      zone = ZoneId.of(zoneText);
    } catch (DateTimeException e) {
      throw new InvalidParameterException(ZONE.name(), zoneText, "must be a time-zone id such as"
          + " \"Asia/Shanghai\"", e);
    }
    return new WorkflowProcedure(definition, bodies, actors, zone);
  }

  /**
   * {@return the definition these parameters run, after any 一肩挑 merge}
   *
   * @param parameters the method's parameters
   * @throws InvalidParameterException if both {@code preset} and {@code definition} are given,
   *     the preset is unknown, the inline definition is invalid (naming its path), or {@code
   *     oneShoulder} is set and the definition names no stages to merge
   */
  public static WorkflowDefinition definition(Parameters parameters) {
    Object inline = parameters.get(DEFINITION.name()).orElse(null);
    WorkflowDefinition definition;
    if (inline != null) {
      if (parameters.get(PRESET.name()).isPresent()) {
        throw new InvalidParameterException(PRESET.name(), parameters.get(PRESET.name()).get(),
            "give either preset or definition, not both");
      }
      if (!(inline instanceof Map<?, ?> map)) {
        throw new InvalidParameterException(DEFINITION.name(), inline, "must be an object");
      }
      @SuppressWarnings("unchecked")
      Map<String, ?> typed = (Map<String, ?>) map;
      definition = WorkflowDefinition.fromMap(typed);
    } else {
      definition = WorkflowDefinition.preset(parameters.text(PRESET.name(),
          PRESET.defaultValue()));
    }
    if (parameters.flag(ONE_SHOULDER.name(), false)) {
      if (definition.merge().isEmpty()) {
        throw new InvalidParameterException(ONE_SHOULDER.name(), true, "workflow "
            + definition.id() + " names no stages that may be merged");
      }
      return definition.merged();
    }
    return definition;
  }

  private static Map<String, Electorate> bodies(Parameters p, WorkflowDefinition definition) {
    TreeSet<String> named = new TreeSet<>();
    for (Stage s : definition.stages()) {
      if (!s.gate().body().isEmpty() && !s.gate().body().equals(Gate.ELECTORATE)) {
        named.add(s.gate().body());
      }
    }
    Map<String, List<String>> lists = lists(p, BODIES.name(), named);
    Map<String, Electorate> bodies = new LinkedHashMap<>();
    for (String body : named) {
      List<String> ids = lists.get(body);
      if (ids == null) {
        throw new InvalidParameterException(BODIES.name() + "." + body, null, "must list the"
            + " members of body '" + body + "', which a gate of workflow " + definition.id()
            + " names");
      }
      List<Member> members = new ArrayList<>();
      TreeSet<String> seen = new TreeSet<>();
      for (String id : ids) {
        if (!seen.add(id)) {
          throw new InvalidParameterException(BODIES.name() + "." + body, id, "lists a member"
              + " twice");
        }
        try {
          members.add(Member.of(new MemberId(id)));
        } catch (IllegalArgumentException e) {
          throw new InvalidParameterException(BODIES.name() + "." + body, id, e.getMessage(), e);
        }
      }
      bodies.put(body, Electorate.of(Weighting.PER_PERSON, members));
    }
    return bodies;
  }

  private static Map<String, List<ResidentId>> actors(Parameters p,
      WorkflowDefinition definition) {
    TreeSet<String> named = new TreeSet<>();
    definition.stages().forEach(s -> named.add(s.actor()));
    Map<String, List<ResidentId>> actors = new TreeMap<>();
    lists(p, ACTORS.name(), named).forEach((actor, ids) -> {
      List<ResidentId> residents = new ArrayList<>();
      for (String id : ids) {
        try {
          residents.add(new ResidentId(id));
        } catch (IllegalArgumentException e) {
          throw new InvalidParameterException(ACTORS.name() + "." + actor, id, e.getMessage(), e);
        }
      }
      actors.put(actor, List.copyOf(residents));
    });
    return actors;
  }

  /** Reads an object of non-empty text lists whose keys must be among {@code known}. */
  private static Map<String, List<String>> lists(Parameters p, String name,
      TreeSet<String> known) {
    Object raw = p.get(name).orElse(Map.of());
    if (!(raw instanceof Map<?, ?> map)) {
      throw new InvalidParameterException(name, raw, "must be an object of lists");
    }
    Map<String, List<String>> out = new TreeMap<>();
    for (Map.Entry<?, ?> e : map.entrySet()) {
      String key = String.valueOf(e.getKey());
      if (!known.contains(key)) {
        throw new InvalidParameterException(name + "." + key, e.getValue(),
            "is not named by the workflow (known: " + known + ")");
      }
      if (!(e.getValue() instanceof List<?> list) || list.isEmpty()
          || !list.stream().allMatch(String.class::isInstance)) {
        throw new InvalidParameterException(name + "." + key, e.getValue(),
            "must be a non-empty list of ids");
      }
      out.put(key, list.stream().map(String.class::cast).toList());
    }
    return out;
  }
}
