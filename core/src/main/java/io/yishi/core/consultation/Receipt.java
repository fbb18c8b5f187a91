package io.yishi.core.consultation;

import java.util.List;

/**
 * What a submitted command recorded.
 *
 * @param version the consultation's version after the command: the number of events in its log
 * @param events the events the command recorded, in order
 * @param repeated true if the command carried an id that had been applied already, so that this
 *     call recorded nothing and {@code events} are those of the first application
 */
public record Receipt(long version, List<RecordedEvent> events, boolean repeated) {
  /** Copies the list. */
  public Receipt {
    events = List.copyOf(events);
  }
}
