package io.yishi.core.consultation;

import java.util.ArrayList;
import java.util.List;

/** Test helper for method packages: rewrites a log as a careful forger would. */
public final class Forgery {

  private Forgery() {}

  /** {@return the events chained again with recomputed hashes, at the honest log's times} */
  public static EventLog rechain(EventLog honest, List<ConsultationEvent> events) {
    List<RecordedEvent> chain = new ArrayList<>();
    String previous = EventLog.GENESIS;
    for (int i = 0; i < events.size(); i++) {
      RecordedEvent template = honest.events().get(Math.min(i, honest.size() - 1));
      RecordedEvent unsigned = new RecordedEvent(i + 1, template.recordedAt(), null, null,
          events.get(i), previous, EventLog.GENESIS);
      String hash = EventLog.hashOf(i + 1, unsigned, previous);
      chain.add(new RecordedEvent(i + 1, unsigned.recordedAt(), null, null, events.get(i),
          previous, hash));
      previous = hash;
    }
    return EventLog.of(chain);
  }
}
