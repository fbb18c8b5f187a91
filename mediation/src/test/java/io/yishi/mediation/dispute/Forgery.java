package io.yishi.mediation.dispute;

import io.yishi.core.consultation.ConsultationEvent;
import io.yishi.core.consultation.ConsultationEvent.FactRecorded;
import io.yishi.core.consultation.EventLog;
import io.yishi.core.consultation.RecordedEvent;
import io.yishi.core.internal.Canonical;
import io.yishi.core.spi.Fact;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Rewrites a case's log as a careful forger would: the events are edited, then every hash is
 * computed again, so the chain verifies and only the procedure's own checks can catch the edit.
 * A copy of core's test helper {@code io.yishi.core.consultation.Forgery#rechain}, which is not
 * on this module's test classpath, with a variant that sets each entry's time.
 */
final class Forgery {

  private Forgery() {}

  /** {@return the events of the log, in order} */
  static List<ConsultationEvent> events(EventLog log) {
    List<ConsultationEvent> out = new ArrayList<>();
    log.events().forEach(e -> out.add(e.event()));
    return out;
  }

  /** {@return the times of the log's entries, in order} */
  static List<Instant> times(EventLog log) {
    List<Instant> out = new ArrayList<>();
    log.events().forEach(e -> out.add(e.recordedAt()));
    return out;
  }

  /**
   * {@return the events chained again with recomputed hashes, at the honest log's times}: entry
   * {@code i} takes the time of the honest entry {@code i}, or of the honest log's last entry
   * when the forged log is longer
   */
  static EventLog rechain(EventLog honest, List<ConsultationEvent> events) {
    List<Instant> times = new ArrayList<>();
    for (int i = 0; i < events.size(); i++) {
      times.add(honest.events().get(Math.min(i, honest.size() - 1)).recordedAt());
    }
    return rechain(times, events);
  }

  /** {@return the events chained with recomputed hashes, entry {@code i} at {@code times[i]}} */
  static EventLog rechain(List<Instant> times, List<ConsultationEvent> events) {
    List<RecordedEvent> chain = new ArrayList<>();
    String previous = EventLog.GENESIS;
    for (int i = 0; i < events.size(); i++) {
      String hash = Canonical.sha256(new Canonical.ChainEntry(i + 1, times.get(i), null, null,
          events.get(i), previous));
      chain.add(new RecordedEvent(i + 1, times.get(i), null, null, events.get(i), previous,
          hash));
      previous = hash;
    }
    return EventLog.of(chain);
  }

  /** {@return the log re-chained with every fact passed through {@code change}} */
  static EventLog forge(EventLog honest, UnaryOperator<Fact> change) {
    List<ConsultationEvent> events = new ArrayList<>();
    for (ConsultationEvent event : events(honest)) {
      events.add(event instanceof FactRecorded f ? new FactRecorded(change.apply(f.fact()))
          : event);
    }
    return rechain(honest, events);
  }

  /** {@return the event recording an action, as the case records it} */
  static ConsultationEvent taken(MediationAction action) {
    return new FactRecorded(new MediationFact.ActionTaken(action));
  }

  /** {@return the position in {@code events} of the first action of this kind} */
  static int indexOf(List<ConsultationEvent> events, Class<? extends MediationAction> kind) {
    for (int i = 0; i < events.size(); i++) {
      if (events.get(i) instanceof FactRecorded f
          && f.fact() instanceof MediationFact.ActionTaken t && kind.isInstance(t.action())) {
        return i;
      }
    }
    throw new AssertionError("no " + kind.getSimpleName() + " in the log");
  }
}
