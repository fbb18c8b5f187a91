package io.yishi.core.simulation.population;

import io.yishi.core.spi.InvalidParameterException;
import io.yishi.core.spi.ParameterSpec;
import io.yishi.core.spi.Parameters;
import java.util.Locale;

/** Who votes in a population: the parameter both built-in models share. */
enum Electorates {
  /** Owners, once each however many units they hold, weighted by their exclusive area. */
  OWNERS,
  /** Adult residents, one head each. */
  RESIDENTS,
  /** Households, one head each, cast by their representative. */
  HOUSEHOLDS;

  static final ParameterSpec SPEC = ParameterSpec.of("electorate",
      "owners | residents | households", "owners",
      "Who votes: owners weighted by floor area (each once), adult residents, or households.");

  static Electorates read(Parameters parameters) {
    String text = parameters.text("electorate", "owners");
    for (Electorates e : values()) {
      if (e.name().toLowerCase(Locale.ROOT).equals(text)) {
        return e;
      }
    }
    throw new InvalidParameterException("electorate", text,
        "must be owners, residents or households");
  }
}
