package io.yishi.core.consultation;

import java.util.List;

/**
 * What a submitted command recorded.
 *
 * @param version the consultation's version after the command: the number of events in its log,
 *     {@code >= 1}; for a repeated command, the version when the repeat arrived, which may be
 *     later than the one the first application left
 * @param events the events the command recorded, in order
 * @param repeated true if the command carried an id that had been applied already, so that this
 *     call recorded nothing and {@code events} are those of the first application
 */
public record Receipt(long version, List<RecordedEvent> events, boolean repeated) {
  /**
   * Copies the list.
   *
   * @param version the consultation's version after the command, {@code >= 1}
   * @param events the events the command recorded, in order
   * @param repeated true if the command carried an id that had been applied already, so that this
   *     call recorded nothing and {@code events} are those of the first application
   */
  public Receipt {
    events = List.copyOf(events);
  }
}
