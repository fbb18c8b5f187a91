package io.yishi.examples.lixiong;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/**
 * A clock a scenario sets by hand, so that a replay of events that took a year prints the same
 * dates every time. Time never moves backwards.
 */
public final class ScenarioClock extends Clock {

  private final ZoneId zone;
  private Instant now;

  /**
   * Creates a clock showing {@code start} in {@code zone}.
   *
   * @param start the first instant
   * @param zone the zone dates are read in
   */
  public ScenarioClock(Instant start, ZoneId zone) {
    this.now = checkNotNull(start, "start");
    this.zone = checkNotNull(zone, "zone");
  }

  /**
   * Moves the clock to a later instant, or leaves it where it is.
   *
   * @param instant the new time, not before the clock's current one
   * @throws IllegalArgumentException if the instant is earlier than the clock's
   */
  public synchronized void set(Instant instant) {
    checkArgument(!instant.isBefore(now), "clock: cannot go back from %s to %s", now, instant);
    now = instant;
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  /** {@return a clock in another zone; it starts at this clock's instant and is set apart} */
  @Override
  public Clock withZone(ZoneId other) {
    return new ScenarioClock(instant(), other);
  }

  @Override
  public synchronized Instant instant() {
    return now;
  }
}
