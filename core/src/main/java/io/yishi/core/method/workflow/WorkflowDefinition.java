package io.yishi.core.method.workflow;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import io.yishi.core.Fraction;
import io.yishi.core.spi.InvalidParameterException;
import io.yishi.core.spi.Parameters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * A staged workflow: its stages in order, each with a gate, and the pair of stages that may be
 * merged when one person holds both leading posts (一肩挑). The {@code workflow} method runs one;
 * {@link #FOUR_DELIBERATIONS} is the bundled 四议两公开 definition, and a host defines its own in
 * code or in JSON.
 *
 * <p>The JSON form is an object with the keys {@code id}, {@code name}, {@code source}, {@code
 * merge} (absent or two consecutive stage ids) and {@code stages}; each stage has {@code id},
 * {@code name}, {@code kind} ({@code "deliberation"}, {@code "decision"} or {@code
 * "disclosure"}), {@code actor} and {@code gate}, a gate the keys of {@link Gate} (absent keys
 * off). It is read by {@link #fromMap} (the method's inline {@code definition} parameter) and by
 * Jackson through {@code YishiCoreModule}; the 四议两公开 definition is bundled as the resource
 * {@code io/yishi/core/method/workflow/four-deliberations.json}.
 *
 * <pre>{@code
 * WorkflowDefinition mine = YishiJson.mapper().readValue(json, WorkflowDefinition.class);
 * Parameters p = Parameters.of(Map.of("definition", mine.toMap(),
 *     "bodies", Map.of("council", List.of("m1", "m2", "m3"))));
 * }</pre>
 *
 * @param id the definition's id, lower-case words joined by hyphens
 * @param name the definition's name for people
 * @param source where the procedure comes from (a statute, a party rule, a local text); may be
 *     empty
 * @param stages the stages, in order, at least one, ids distinct
 * @param merge empty, or the ids of two consecutive non-disclosure stages that become one stage
 *     when the method's {@code oneShoulder} parameter is set
 */
public record WorkflowDefinition(String id, String name, String source, List<Stage> stages,
    List<String> merge) {

  /**
   * 四议两公开, "four deliberations, two disclosures" (RULES.md §3.3), in its urban form: the
   * community Party organisation proposes after soliciting opinions; the joint meeting of the
   * Party committee and the residents' committee discusses, with minutes (contested points by
   * majority of votes cast, {@code majority}); the Party members' meeting reviews the plan, sent
   * to the members beforehand, with at least 2/3 of the members present and adopted by at least
   * half of all members ({@code majority} with threshold 1/2, not strict, base members — the local
   * text's "半数以上", which includes exactly half; RULES.md marks the reading ambiguous, so change
   * {@code strict} to read it as "more than half"); the residents' meeting resolves under the
   * statutory quorum and majority ({@code residents-meeting}, more than half present, RULES.md
   * §3.2); the resolution and then the implementation result are each published for at least 7
   * days. The 7-day periods and the single opinion required before the proposal are this
   * library's defaults, not figures from the sources [U]; define your own stages to change them.
   * Stages {@code proposal} and {@code discussion} merge only when {@code oneShoulder} is set.
   *
   * <p>Bodies: {@code two-committees} and {@code party-members} must be listed in the method's
   * {@code bodies} parameter; the residents' meeting is the consultation's electorate (build it
   * as the meeting's form: residents aged 18 or over, household representatives, or the
   * representatives of residents' groups).
   */
  public static final WorkflowDefinition FOUR_DELIBERATIONS = new WorkflowDefinition(
      "four-deliberations",
      "四议两公开 — four deliberations, two disclosures",
      "中国共产党农村基层组织工作条例 (2019); urban practice: 社区党组织提议, “两委”会商议,"
          + " 党员大会审议, 居民会议或居民代表会议决议, 决议公开, 实施结果公开 (RULES.md §3.3)",
      List.of(
          new Stage("proposal", "党组织提议 — proposal by the community Party organisation",
              StageKind.DELIBERATION, "party-organisation",
              Gate.builder().proposal().opinions(1).build()),
          new Stage("discussion",
              "“两委”会商议 — discussion by the Party committee and the residents' committee",
              StageKind.DELIBERATION, "two-committees",
              Gate.builder().proposal().minutes().body("two-committees")
                  .rule("majority", Parameters.empty()).build()),
          new Stage("review", "党员大会审议 — review by the Party members' meeting",
              StageKind.DECISION, "party-organisation",
              Gate.builder().proposal().body("party-members")
                  .attendance(Fraction.TWO_THIRDS, false).circulate(0)
                  .rule("majority", Parameters.of(Map.of("threshold", "1/2", "strict", false,
                      "base", "members")))
                  .build()),
          new Stage("resolution",
              "居民会议决议 — resolution by the residents' (representatives') meeting",
              StageKind.DECISION, "residents-committee",
              Gate.builder().proposal().body(Gate.ELECTORATE).attendance(Fraction.HALF, true)
                  .rule("residents-meeting", Parameters.empty()).build()),
          new Stage("resolution-disclosure", "决议公开 — publication of the resolution",
              StageKind.DISCLOSURE, "residents-committee",
              Gate.builder().publicationDays(7).build()),
          new Stage("implementation-disclosure",
              "实施结果公开 — publication of the implementation result",
              StageKind.DISCLOSURE, "residents-committee",
              Gate.builder().publicationDays(7).build())),
      List.of("proposal", "discussion"));

  /**
   * Checks the parts and copies the lists.
   *
   * @param id the definition's id, lower-case words joined by hyphens
   * @param name the definition's name for people
   * @param source where the procedure comes from (a statute, a party rule, a local text); may be
   *     empty
   * @param stages the stages, in order, at least one, ids distinct
   * @param merge empty, or the ids of two consecutive non-disclosure stages that become one stage
   *     when the method's {@code oneShoulder} parameter is set
   * @throws IllegalArgumentException if the id is malformed, there is no stage, two stages share an
   *     id, or {
   */
  public WorkflowDefinition {
    checkNotNull(id, "id");
    checkNotNull(name, "name");
    checkNotNull(source, "source");
    stages = List.copyOf(stages);
    merge = List.copyOf(merge);
    checkArgument(Stage.isId(id), "workflow.id: must be lower-case words joined by hyphens,"
        + " was '%s'", id);
    checkArgument(!stages.isEmpty(), "workflow %s: stages: must not be empty", id);
    TreeSet<String> ids = new TreeSet<>();
    for (Stage s : stages) {
      checkArgument(ids.add(s.id()), "workflow %s: stage id '%s' appears twice", id, s.id());
    }
    if (!merge.isEmpty()) {
      checkArgument(merge.size() == 2, "workflow %s: merge: must name two stages, was %s", id,
          merge);
      int first = indexOf(stages, merge.get(0));
      checkArgument(first >= 0 && first + 1 < stages.size()
          && stages.get(first + 1).id().equals(merge.get(1)),
          "workflow %s: merge: must name two consecutive stages, was %s", id, merge);
      checkArgument(stages.get(first).kind() != StageKind.DISCLOSURE
          && stages.get(first + 1).kind() != StageKind.DISCLOSURE,
          "workflow %s: merge: disclosure stages cannot be merged, was %s", id, merge);
    }
  }

  private static int indexOf(List<Stage> stages, String id) {
    for (int i = 0; i < stages.size(); i++) {
      if (stages.get(i).id().equals(id)) {
        return i;
      }
    }
    return -1;
  }

  /** {@return the ids of the bundled definitions: {@code [four-deliberations]}} */
  public static List<String> presets() {
    return List.of(FOUR_DELIBERATIONS.id());
  }

  /**
   * {@return a bundled definition}
   *
   * @param id one of {@link #presets()}
   * @throws InvalidParameterException naming {@code preset} if there is no such definition
   */
  public static WorkflowDefinition preset(String id) {
    if (FOUR_DELIBERATIONS.id().equals(id)) {
      return FOUR_DELIBERATIONS;
    }
    throw new InvalidParameterException("preset", id, "must be one of " + presets());
  }

  /**
   * {@return the stage with this id, if there is one}
   *
   * @param stageId the stage's id
   */
  public Optional<Stage> stage(String stageId) {
    int i = indexOf(stages, stageId);
    return i < 0 ? Optional.empty() : Optional.of(stages.get(i));
  }

  /**
   * {@return this definition with the two {@code merge} stages made one}: the merged stage's id
   * joins theirs with {@code "-and-"}, its actor is the first stage's, its kind the later one's
   * when either decides, and its gate asks for everything either gate asked for (the larger
   * count, the later stage's body and rule). Without a {@code merge} pair, this definition.
   */
  public WorkflowDefinition merged() {
    if (merge.isEmpty()) {
      return this;
    }
    int i = indexOf(stages, merge.get(0));
    Stage a = stages.get(i);
    Stage b = stages.get(i + 1);
    Gate ga = a.gate();
    Gate gb = b.gate();
    Gate voting = gb.body().isEmpty() ? ga : gb;
    Gate gate = new Gate(ga.proposal() || gb.proposal(), Math.max(ga.opinions(), gb.opinions()),
        ga.minutes() || gb.minutes(), voting.body(), voting.attendance(),
        voting.attendanceStrict(), voting.rule(), voting.ruleParameters(), voting.circulate(),
        voting.noticeDays(), 0);
    StageKind kind = a.kind() == StageKind.DECISION || b.kind() == StageKind.DECISION
        ? StageKind.DECISION : StageKind.DELIBERATION;
    List<Stage> copy = new ArrayList<>(stages);
    copy.set(i, new Stage(a.id() + "-and-" + b.id(), a.name() + " + " + b.name()
        + " (merged: 一肩挑)", kind, a.actor(), gate));
    copy.remove(i + 1);
    return new WorkflowDefinition(id, name, source, copy, List.of());
  }

  /**
   * {@return the definition as plain values (text, booleans, numbers, lists and maps), the shape
   * of its JSON form and of the method's {@code definition} parameter}; {@link #fromMap} reads it
   * back to an equal definition. Gate conditions that are off are left out.
   */
  public Map<String, Object> toMap() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", id);
    m.put("name", name);
    if (!source.isEmpty()) {
      m.put("source", source);
    }
    List<Object> list = new ArrayList<>();
    for (Stage s : stages) {
      Map<String, Object> stage = new LinkedHashMap<>();
      stage.put("id", s.id());
      stage.put("name", s.name());
      stage.put("kind", s.kind().name().toLowerCase(Locale.ROOT));
      stage.put("actor", s.actor());
      Gate g = s.gate();
      Map<String, Object> gate = new LinkedHashMap<>();
      if (g.proposal()) {
        gate.put("proposal", true);
      }
      if (g.opinions() > 0) {
        gate.put("opinions", g.opinions());
      }
      if (g.minutes()) {
        gate.put("minutes", true);
      }
      if (!g.body().isEmpty()) {
        gate.put("body", g.body());
      }
      if (!g.attendance().equals(Fraction.ZERO) || g.attendanceStrict()) {
        gate.put("attendance", g.attendance().toString());
        gate.put("attendanceStrict", g.attendanceStrict());
      }
      if (g.votes()) {
        gate.put("rule", g.rule());
        if (!g.ruleParameters().isEmpty()) {
          gate.put("ruleParameters", g.ruleParameters().asMap());
        }
      }
      if (g.circulate()) {
        gate.put("circulate", true);
        gate.put("noticeDays", g.noticeDays());
      }
      if (s.kind() == StageKind.DISCLOSURE) {
        gate.put("publicationDays", g.publicationDays());
      }
      stage.put("gate", gate);
      list.add(stage);
    }
    m.put("stages", list);
    if (!merge.isEmpty()) {
      m.put("merge", merge);
    }
    return m;
  }

  /**
   * Reads a definition from plain values, as {@link #toMap()} writes them and as JSON gives them.
   *
   * @param map the definition's keys and values; numbers may be any {@link Number}, fractions a
   *     text such as {@code "2/3"} or a number
   * @return the definition
   * @throws InvalidParameterException naming the path of the first bad value, e.g. {@code
   *     definition.stages[2].gate.attendance}, and what it must be: an unknown or missing key, a
   *     value of the wrong type, or a combination a {@link Stage}, {@link Gate} or definition
   *     refuses
   */
  public static WorkflowDefinition fromMap(Map<String, ?> map) {
    return DefinitionReader.read("definition", map);
  }
}
