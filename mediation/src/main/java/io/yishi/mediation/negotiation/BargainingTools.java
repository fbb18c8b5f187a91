package io.yishi.mediation.negotiation;

import io.yishi.core.spi.ParameterSpec;
import io.yishi.core.spi.Parameters;
import java.util.List;

/** What the two bargaining tools share: the {@code lotteries} parameter. */
final class BargainingTools {

  static final String LOTTERIES = "lotteries";

  static final List<ParameterSpec> PARAMETERS = List.of(ParameterSpec.of(LOTTERIES, "boolean",
      "true", "whether the solution may be a lottery over two adjacent options; false chooses"
          + " the best single option, a tie settled by lot from the seed"));

  private BargainingTools() {}

  static boolean lotteries(String id, Parameters parameters) {
    return parameters.checkKnown(id, PARAMETERS).flag(LOTTERIES, true);
  }
}
