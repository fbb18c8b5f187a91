package io.yishi.mediation.dispute;

import io.yishi.core.community.ResidentId;
import io.yishi.core.issue.Category;
import io.yishi.core.plugin.PluginRegistry;
import io.yishi.core.spi.Parameters;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * A water leak between two flats of one stairwell, the committee of the residents' committee
 * that mediates it, and a clock the tests move by hand.
 */
final class Neighbours {

  static final ResidentId WANG = new ResidentId("r-wang");        // flat 502, upstairs
  static final ResidentId WANG_SON = new ResidentId("r-wang-jun");
  static final ResidentId ZHANG = new ResidentId("r-zhang");      // flat 402, below
  static final ResidentId LI = new ResidentId("r-li");            // committee chair
  static final ResidentId ZHAO = new ResidentId("r-zhao");        // committee member, mediator
  static final ResidentId CHEN = new ResidentId("r-chen");        // committee member, mediator
  static final ResidentId SUN = new ResidentId("r-sun");          // people's mediator
  static final ResidentId OUTSIDER = new ResidentId("r-outsider");

  static final Party UPSTAIRS = new Party("flat-502", "Wang household, 502", Party.Kind.HOUSEHOLD,
      List.of(WANG, WANG_SON), "Building 3, unit 2, flat 502");
  static final Party DOWNSTAIRS = Party.person("flat-402", "Zhang Min, 402", ZHANG);

  static final Instant START = Instant.parse("2025-03-03T01:00:00Z");   // Monday 09:00 CST

  static final PluginRegistry REGISTRY = PluginRegistry.load();

  private Neighbours() {}

  static Dispute leak() {
    return new Dispute("leak-2025-03", "Water leaking from 502 into 402", Category.NEIGHBOURS,
        List.of(UPSTAIRS, DOWNSTAIRS),
        List.of(new Matter("leak", "water from 502's bathroom stains 402's ceiling"),
            new Matter("repair", "who pays to repair 402's ceiling")),
        List.of(new Position("flat-402", List.of("the ceiling has been wet since January"),
            List.of("502 fixes its pipes", "502 pays for the ceiling"))),
        null);
  }

  static Parameters parameters() {
    return Parameters.of(Map.of("committee", List.of(LI.value(), ZHAO.value(), CHEN.value()),
        "mediators", List.of(SUN.value()), "holidays", List.of("2025-05-01", "2025-05-02",
            "2025-05-05"), "makeUpWorkdays", List.of("2025-04-27")));
  }

  static Parameters parameters(String name, Object value) {
    return parameters().with(name, value);
  }

  /** A case Zhang applied for, the committee accepted and the Wangs consented to. */
  static MediationCase started(HandClock clock) {
    MediationCase c = MediationCase.apply(leak(), ZHANG, "flat-402", parameters(), clock,
        REGISTRY);
    clock.advance(Duration.ofHours(2));
    c.submit(new MediationAction.AcceptCase(LI));
    clock.advance(Duration.ofHours(2));
    c.submit(new MediationAction.ConsentToMediation(WANG, "flat-502"));
    return c;
  }

  static AgreementContent settlement(LocalDate due) {
    return new AgreementContent("502's bathroom drain leaked into 402 from January 2025",
        List.of("leak", "repair"), "502 is responsible for the leak and the damage",
        List.of(new Term("flat-502", "repairs the bathroom drain", "hires a licensed plumber",
                due, "flat 502"),
            new Term("flat-502", "pays 1,200 yuan for 402's ceiling", "bank transfer", due, ""),
            new Term("flat-402", "gives access to the ceiling for inspection", "by appointment",
                due, "flat 402")));
  }

  /** A clock set by hand; days are counted in China Standard Time by the method. */
  static final class HandClock extends Clock {
    private Instant now;

    HandClock(Instant start) {
      this.now = start;
    }

    void advance(Duration d) {
      now = now.plus(d);
    }

    void set(Instant instant) {
      now = instant;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
