package io.yishi.core.method.hall;

import io.yishi.core.community.ResidentId;
import io.yishi.core.consultation.Command;
import io.yishi.core.consultation.Consultation;
import io.yishi.core.consultation.ConsultationSpec;
import io.yishi.core.fixtures.Fixtures;
import io.yishi.core.plugin.PluginRegistry;
import io.yishi.core.spi.Action;
import io.yishi.core.spi.Parameters;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/** Opens online halls over a clock the test moves, for the hall's tests. */
final class HallHarness {

  static final ResidentId CHAIR = new ResidentId("r-chair");
  static final ResidentId MODERATOR = new ResidentId("r-mod");
  static final Instant OPENS = Instant.parse("2024-06-01T00:00:00Z");
  static final PluginRegistry REGISTRY = PluginRegistry.load();

  final MovableClock clock = new MovableClock(OPENS.minusSeconds(60));
  final Consultation hall;

  HallHarness(int residents, Map<String, Object> parameters) {
    var spec = Fixtures.spec(Fixtures.members(residents));
    Map<String, Object> all = new java.util.TreeMap<>(Map.of("opensAt", OPENS.toString(),
        "committee", List.of(CHAIR.value()), "moderators", List.of(MODERATOR.value())));
    all.putAll(parameters);
    var hallSpec = new ConsultationSpec(spec.id(), "Where should the new garbage room go?",
        spec.issue(), "online-hall", Parameters.of(all), spec.rule(), spec.ruleParameters(),
        List.of(), spec.electorate(), 11);
    hall = Consultation.open(hallSpec, clock, REGISTRY);
  }

  static ResidentId m(int i) {
    return new ResidentId("m" + i);
  }

  void act(Action action) {
    hall.submit(new Command.Act(action));
  }

  void check() {
    hall.submit(new Command.CheckDeadlines(CHAIR));
  }

  HallState state() {
    return (HallState) hall.state().methodState().orElseThrow();
  }

  /** A clock that reads one second later each time, and that the test can move forward. */
  static final class MovableClock extends Clock {
    private Instant next;

    MovableClock(Instant start) {
      next = start;
    }

    synchronized void set(Instant to) {
      next = to;
    }

    synchronized void advance(Duration by) {
      next = next.plus(by);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.ofHours(8);
    }

    @Override
    public Clock withZone(ZoneId zone) {
      throw new UnsupportedOperationException("fixed zone");
    }

    @Override
    public synchronized Instant instant() {
      Instant now = next;
      next = next.plusSeconds(1);
      return now;
    }
  }
}
