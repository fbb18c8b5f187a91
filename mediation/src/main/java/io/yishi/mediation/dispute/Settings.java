package io.yishi.mediation.dispute;

import io.yishi.core.community.ResidentId;
import io.yishi.core.spi.InvalidParameterException;
import io.yishi.core.spi.Parameters;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The mediation method's parameters, read and checked once. */
record Settings(List<ResidentId> committee, List<ResidentId> mediators,
    boolean requireWrittenContent, boolean allowOral, ConfirmationPeriod confirmation,
    int singleTextRounds) {

  static Settings of(Parameters p) {
    List<ResidentId> committee = residents(p, "committee");
    if (committee.size() < 3 || committee.size() > 9) {
      throw new InvalidParameterException("committee", p.get("committee").orElse(null),
          "must name the mediation committee's 3 to 9 members (People's Mediation Law Art. 8),"
          + " was " + committee.size());
    }
    List<ResidentId> mediators = residents(p, "mediators");
    long days = p.integer("confirmationDays", 30);
    if (days < 1 || days > 3650) {
      throw new InvalidParameterException("confirmationDays", days, "must be from 1 to 3650");
    }
    String zoneText = p.text("zone", "Asia/Shanghai");
    ZoneId zone;
    try {
      zone = ZoneId.of(zoneText);
    } catch (DateTimeException e) {
      throw new InvalidParameterException("zone", zoneText,
          "must be a time-zone id such as \"Asia/Shanghai\"", e);
    }
    ConfirmationPeriod period = new ConfirmationPeriod((int) days, zone, dates(p, "holidays"),
        dates(p, "makeUpWorkdays"), p.flag("weekendsAreRestDays", true));
    long rounds = p.integer("singleTextRounds", 5);
    if (rounds < 1 || rounds > 20) {
      throw new InvalidParameterException("singleTextRounds", rounds, "must be from 1 to 20");
    }
    return new Settings(committee, mediators, p.flag("requireWrittenContent", true),
        p.flag("allowOral", true), period, (int) rounds);
  }

  private static List<ResidentId> residents(Parameters p, String name) {
    List<ResidentId> out = new ArrayList<>();
    try {
      for (String id : p.texts(name, List.of())) {
        ResidentId r = new ResidentId(id);
        if (out.contains(r)) {
          throw new InvalidParameterException(name, id, "must not name a resident twice");
        }
        out.add(r);
      }
    } catch (IllegalArgumentException e) {
      throw new InvalidParameterException(name, p.get(name).orElse(null),
          "must be a list of resident ids", e);
    }
    return List.copyOf(out);
  }

  private static Set<LocalDate> dates(Parameters p, String name) {
    Set<LocalDate> out = new HashSet<>();
    for (String text : p.texts(name, List.of())) {
      try {
        out.add(LocalDate.parse(text));
      } catch (DateTimeException e) {
        throw new InvalidParameterException(name, text, "must be ISO dates such as 2025-10-01",
            e);
      }
    }
    return out;
  }

  boolean onCommittee(ResidentId r) {
    return committee.contains(r);
  }

  boolean mayMediate(ResidentId r) {
    return committee.contains(r) || mediators.contains(r);
  }
}
