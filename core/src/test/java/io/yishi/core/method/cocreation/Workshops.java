package io.yishi.core.method.cocreation;

import io.yishi.core.community.ResidentId;
import io.yishi.core.consultation.Command;
import io.yishi.core.consultation.Consultation;
import io.yishi.core.consultation.ConsultationSpec;
import io.yishi.core.consultation.Receipt;
import io.yishi.core.electorate.Electorate;
import io.yishi.core.electorate.Member;
import io.yishi.core.electorate.MemberId;
import io.yishi.core.electorate.Weighting;
import io.yishi.core.fixtures.Fixtures;
import io.yishi.core.plugin.PluginRegistry;
import io.yishi.core.spi.Action;
import io.yishi.core.spi.Parameters;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Opens co-creation workshops for tests: residents r-01.., facilitators f-1 and f-2. */
final class Workshops {

  static final ResidentId F1 = new ResidentId("f-1");
  static final ResidentId F2 = new ResidentId("f-2");
  static final String QUESTION = "What can we do to make our estate safe at night?";
  static final PluginRegistry REGISTRY = PluginRegistry.load().with(new PointsRule());

  private Workshops() {}

  static ResidentId resident(int i) {
    return new ResidentId(String.format("r-%02d", i));
  }

  static Electorate residents(int n) {
    List<Member> members = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      members.add(Member.of(MemberId.of(resident(i))));
    }
    return Electorate.of(Weighting.PER_PERSON, members);
  }

  static Map<String, Object> defaults() {
    Map<String, Object> p = new HashMap<>();
    p.put("facilitators", List.of("f-1", "f-2"));
    return p;
  }

  static Consultation open(int residents, Map<String, Object> parameters) {
    return open(residents, parameters, Fixtures.tickingClock());
  }

  static Consultation open(int residents, Map<String, Object> parameters, Clock clock) {
    var base = Fixtures.spec(residents(residents));
    var spec = new ConsultationSpec(base.id(), base.title(), base.issue(), "co-creation",
        Parameters.of(parameters), base.rule(), base.ruleParameters(), List.of(),
        base.electorate(), base.seed());
    return Consultation.open(spec, clock, REGISTRY);
  }

  static Receipt act(Consultation c, Action action) {
    return c.submit(new Command.Act(action));
  }

  static void advance(Consultation c, String to) {
    c.submit(new Command.AdvancePhase(F1, to));
  }

  static Workshop workshop(Consultation c) {
    return (Workshop) c.state().methodState().orElseThrow();
  }
}
