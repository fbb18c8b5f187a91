package io.yishi.mediation.negotiation;

import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A two-party bargaining problem over a finite set of named options: each party's utility for
 * each option, and each party's utility if they do not agree (the disagreement point, e.g. the
 * value of their best alternative to a negotiated agreement). RULES.md §6.2.
 *
 * <p>Utilities are exact decimals on any scale each party likes (the solutions are invariant
 * under positive affine changes of one party's scale); they are compared and combined exactly.
 * With lotteries allowed, the feasible set is the convex hull of the options' utility pairs
 * (a lottery over options gives the expected utilities), extended downwards by free disposal.
 * Solve with {@link NashBargaining} or {@link KalaiSmorodinsky}:
 *
 * <pre>{@code
 * BargainingProblem problem = BargainingProblem.builder("tenant", "landlord")
 *     .disagreement(0, 0)
 *     .option("repair now", 8, 2)
 *     .option("repair next year", 3, 7)
 *     .option("rent cut", 5, 3)
 *     .build();
 * BargainingSolution nash = NashBargaining.solve(problem);
 * }</pre>
 *
 * <p>Bad input is refused with {@link InvalidBargainingProblemException}: not exactly two parties,
 * blank or repeated party or option names, no options, an option or disagreement point without
 * exactly one utility per party, a missing (null) utility, and (through the builder's {@code
 * double} methods) NaN or infinite utilities.
 *
 * @param parties the two parties' names, distinct and not blank
 * @param options the options, at least one, names distinct
 * @param disagreement each party's utility without agreement, in the order of {@code parties}
 */
public record BargainingProblem(
    List<String> parties, List<Option> options, List<BigDecimal> disagreement) {

  /**
   * One option the parties could agree on, with each party's utility for it.
   *
   * @param name the option's name, not blank
   * @param utilities each party's utility, in the order of the problem's parties
   */
  public record Option(String name, List<BigDecimal> utilities) {

    /**
     * Checks and copies the option.
     *
     * @param name the option's name, not blank
     * @param utilities each party's utility, in the order of the problem's parties
     * @throws InvalidBargainingProblemException if the name is blank or a utility is missing
     */
    public Option {
      checkNotNull(name, "name");
      checkNotNull(utilities, "utilities");
      if (name.isBlank()) {
        throw new InvalidBargainingProblemException("option.name", "'" + name + "'",
            "an option needs a name");
      }
      utilities = decimals("option '" + name + "'.utilities", utilities);
    }
  }

  /**
   * Checks and copies the problem.
   *
   * @param parties the two parties' names, distinct and not blank
   * @param options the options, at least one, names distinct
   * @param disagreement each party's utility without agreement, in the order of {@code parties}
   * @throws InvalidBargainingProblemException if the problem is malformed (see the class comment)
   */
  public BargainingProblem {
    checkNotNull(parties, "parties");
    checkNotNull(options, "options");
    checkNotNull(disagreement, "disagreement");
    if (parties.size() != 2) {
      throw new InvalidBargainingProblemException("parties", parties,
          "bargaining solutions here are for exactly two parties");
    }
    Set<String> seen = new HashSet<>();
    for (@Nullable String party : parties) {
      if (party == null || party.isBlank()) {
        throw new InvalidBargainingProblemException("parties", parties,
            "each party needs a name");
      }
      if (!seen.add(party)) {
        throw new InvalidBargainingProblemException("parties", parties,
            "party '" + party + "' is named twice");
      }
    }
    parties = List.copyOf(parties);
    if (options.isEmpty()) {
      throw new InvalidBargainingProblemException("options", "[]",
          "a bargaining problem needs at least one option");
    }
    Set<String> names = new HashSet<>();
    for (int i = 0; i < options.size(); i++) {
      @Nullable Option option = options.get(i);
      if (option == null) {
        throw new InvalidBargainingProblemException("options[" + i + "]", null,
            "option is missing");
      }
      if (!names.add(option.name())) {
        throw new InvalidBargainingProblemException("options[" + i + "].name",
            "'" + option.name() + "'", "option names must be distinct");
      }
      if (option.utilities().size() != parties.size()) {
        throw new InvalidBargainingProblemException("options[" + i + "].utilities",
            option.utilities(), "option '" + option.name() + "' needs one utility for each of "
                + parties.size() + " parties " + parties);
      }
    }
    options = List.copyOf(options);
    disagreement = decimals("disagreement", disagreement);
    if (disagreement.size() != parties.size()) {
      throw new InvalidBargainingProblemException("disagreement", disagreement,
          "the disagreement point needs one utility for each of " + parties.size()
              + " parties " + parties);
    }
  }

  /** {@return the number of options} */
  public int size() {
    return options.size();
  }

  /**
   * Starts a builder for a problem between two parties.
   *
   * @param first the first party's name
   * @param second the second party's name
   * @return a builder with no options and a disagreement point of (0, 0)
   */
  public static Builder builder(String first, String second) {
    return new Builder(first, second);
  }

  private static List<BigDecimal> decimals(String field, List<BigDecimal> values) {
    List<BigDecimal> copy = new ArrayList<>(values.size());
    for (int i = 0; i < values.size(); i++) {
      @Nullable BigDecimal value = values.get(i);
      if (value == null) {
        throw new InvalidBargainingProblemException(field + "[" + i + "]", null,
            "utility is missing");
      }
      // 2 and 2.00 are the same utility; without this, equal problems would differ.
      copy.add(value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros());
    }
    return List.copyOf(copy);
  }

  private static BigDecimal decimal(String field, double value) {
    if (!Double.isFinite(value)) {
      throw new InvalidBargainingProblemException(field, value, "utility must be a finite number");
    }
    return BigDecimal.valueOf(value);
  }

  /**
   * Collects options one by one. {@code double} utilities are taken at their shortest decimal
   * representation ({@link BigDecimal#valueOf(double)}: 0.1 is exactly one tenth).
   */
  public static final class Builder {
    private final List<String> parties;
    private final List<Option> options = new ArrayList<>();
    private List<BigDecimal> disagreement = List.of(BigDecimal.ZERO, BigDecimal.ZERO);

    private Builder(String first, String second) {
      this.parties = Arrays.asList(first, second);
    }

    /**
     * Sets the disagreement point; (0, 0) unless set.
     *
     * @param first the first party's utility without agreement, finite
     * @param second the second party's utility without agreement, finite
     * @return this builder
     * @throws InvalidBargainingProblemException if a utility is NaN or infinite
     */
    public Builder disagreement(double first, double second) {
      this.disagreement =
          List.of(decimal("disagreement[0]", first), decimal("disagreement[1]", second));
      return this;
    }

    /**
     * Sets the disagreement point exactly; (0, 0) unless set.
     *
     * @param first the first party's utility without agreement
     * @param second the second party's utility without agreement
     * @return this builder
     */
    public Builder disagreement(BigDecimal first, BigDecimal second) {
      this.disagreement = Arrays.asList(first, second);
      return this;
    }

    /**
     * Adds an option.
     *
     * @param name the option's name, not used before
     * @param first the first party's utility, finite
     * @param second the second party's utility, finite
     * @return this builder
     * @throws InvalidBargainingProblemException if the name is blank or a utility is NaN or
     *     infinite
     */
    public Builder option(String name, double first, double second) {
      String field = "option '" + name + "'.utilities";
      options.add(new Option(name,
          List.of(decimal(field + "[0]", first), decimal(field + "[1]", second))));
      return this;
    }

    /**
     * Adds an option with exact utilities.
     *
     * @param name the option's name, not used before
     * @param first the first party's utility
     * @param second the second party's utility
     * @return this builder
     * @throws InvalidBargainingProblemException if the name is blank or a utility is missing
     */
    public Builder option(String name, BigDecimal first, BigDecimal second) {
      options.add(new Option(name, Arrays.asList(first, second)));
      return this;
    }

    /**
     * Builds the problem.
     *
     * @return the problem
     * @throws InvalidBargainingProblemException if the problem is malformed (see {@link
     *     BargainingProblem})
     */
    public BargainingProblem build() {
      return new BargainingProblem(parties, options, disagreement);
    }
  }
}
