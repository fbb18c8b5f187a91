package io.yishi.core.simulation;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import io.yishi.core.annotation.Experimental;
import io.yishi.core.electorate.Weighting;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * The voters of a simulated community, compact enough for a district of a million: each voter's
 * weight (one head, or the floor area an owner holds), household, building and estate, and the
 * named groups the voter belongs to ({@code "owner"}, {@code "tenant"}, an estate's id, a role
 * such as {@code "party-member"}, …). Groups may overlap. Immutable.
 *
 * <p>Made by a {@link PopulationModel}, or directly with {@link #builder(Weighting, int)}.
 */
@Experimental
public final class Population {

  /** The most voters a population holds. */
  public static final int MAX_SIZE = 10_000_000;

  private final Weighting weighting;
  private final int weightScale;
  private final long[] weights;
  private final long totalWeight;
  private final int[] households;
  private final int[] buildings;
  private final int[] estates;
  private final Map<String, BitSet> groups;

  private Population(Builder b) {
    int n = b.size;
    this.weighting = b.weighting;
    this.weightScale = b.weightScale;
    this.weights = Arrays.copyOf(b.weights, n);
    this.households = Arrays.copyOf(b.households, n);
    this.buildings = Arrays.copyOf(b.buildings, n);
    this.estates = Arrays.copyOf(b.estates, n);
    long total = 0;
    for (long w : weights) {
      total = Math.addExact(total, w);
    }
    this.totalWeight = total;
    Map<String, BitSet> copy = new LinkedHashMap<>();
    b.groups.forEach((name, members) -> copy.put(name, (BitSet) members.clone()));
    this.groups = copy;
  }

  /**
   * {@return a builder}
   *
   * @param weighting {@link Weighting#PER_PERSON} (every voter weighs one) or {@link
   *     Weighting#FLOOR_AREA} (each voter weighs the exclusive area held, in square metres)
   * @param weightScale the decimal places of the weights, 0 to 6; 0 per person
   * @throws IllegalArgumentException if the weighting is another or the scale out of range
   */
  public static Builder builder(Weighting weighting, int weightScale) {
    return new Builder(weighting, weightScale);
  }

  /** {@return how many voters} */
  public int size() {
    return weights.length;
  }

  /** {@return what a voter's weight is: one head, or floor area} */
  public Weighting weighting() {
    return weighting;
  }

  /** {@return the decimal places of the weights: a weight of {@code w} units is {@code w × 10^-scale}} */
  public int weightScale() {
    return weightScale;
  }

  /**
   * {@return a voter's weight in units of {@code 10^-weightScale}}
   *
   * @param voter the voter's index, {@code 0 .. size() - 1}
   * @throws IndexOutOfBoundsException if the index is out of range
   */
  public long weight(int voter) {
    return weights[voter];
  }

  /** {@return the total weight in units of {@code 10^-weightScale}} */
  public long totalWeight() {
    return totalWeight;
  }

  /** {@return the total weight as a decimal, e.g. square metres} */
  public BigDecimal totalWeightDecimal() {
    return BigDecimal.valueOf(totalWeight, weightScale);
  }

  /**
   * {@return a voter's household number}; voters of one household share it
   *
   * @param voter the voter's index
   */
  public int household(int voter) {
    return households[voter];
  }

  /**
   * {@return a voter's building number}
   *
   * @param voter the voter's index
   */
  public int building(int voter) {
    return buildings[voter];
  }

  /**
   * {@return a voter's estate number}
   *
   * @param voter the voter's index
   */
  public int estate(int voter) {
    return estates[voter];
  }

  /** {@return the groups' names, in the order they were first named} */
  public List<String> groups() {
    return List.copyOf(groups.keySet());
  }

  /**
   * {@return whether a group of this name exists}
   *
   * @param group the group's name
   */
  public boolean hasGroup(String group) {
    return groups.containsKey(group);
  }

  /**
   * {@return whether a voter belongs to a group}
   *
   * @param group the group's name
   * @param voter the voter's index
   * @throws IllegalArgumentException naming the group if there is no such group
   */
  public boolean inGroup(String group, int voter) {
    return members(group).get(voter);
  }

  /**
   * {@return how many voters belong to a group}
   *
   * @param group the group's name
   * @throws IllegalArgumentException naming the group if there is no such group
   */
  public int groupSize(String group) {
    return members(group).cardinality();
  }

  private BitSet members(String group) {
    BitSet members = groups.get(group);
    checkArgument(members != null, "group %s: no such group; the population has %s", group,
        groups.keySet());
    return members;
  }

  /**
   * {@return one number per voter: the mean of the values of the listed groups the voter
   * belongs to, or {@code otherwise} for a voter in none}, e.g. each voter's turnout
   *
   * @param values group names to values
   * @param otherwise the value of a voter in no listed group
   * @throws IllegalArgumentException naming the group if one does not exist
   */
  public double[] meanOf(Map<String, Double> values, double otherwise) {
    int n = size();
    double[] sums = new double[n];
    int[] counts = new int[n];
    // in the order of the groups' names, so that the sums do not depend on the map's order
    for (Map.Entry<String, Double> e : new TreeMap<>(values).entrySet()) {
      BitSet members = members(e.getKey());
      double v = e.getValue();
      for (int i = members.nextSetBit(0); i >= 0; i = members.nextSetBit(i + 1)) {
        sums[i] += v;
        counts[i]++;
      }
    }
    for (int i = 0; i < n; i++) {
      sums[i] = counts[i] == 0 ? otherwise : sums[i] / counts[i];
    }
    return sums;
  }

  /**
   * {@return the acquaintances among the voters}: everyone in a household, a building or an
   * estate (as asked) linked to everyone else there, plus random links. See {@link
   * SocialNetwork#withinGroups} for what complete groups cost.
   *
   * @param households link the members of each household
   * @param buildings link the voters of each building
   * @param estates link the voters of each estate
   * @param randomLinks the mean number of random acquaintances each, {@code 0 .. size() - 1}
   * @param random draws the random links; advanced
   * @throws IllegalArgumentException as {@link SocialNetwork} does for oversized networks
   */
  public SocialNetwork network(boolean households, boolean buildings, boolean estates,
      int randomLinks, SplittableRandom random) {
    List<SocialNetwork> parts = new ArrayList<>();
    if (households) {
      parts.add(SocialNetwork.withinGroups(this.households));
    }
    if (buildings) {
      parts.add(SocialNetwork.withinGroups(this.buildings));
    }
    if (estates) {
      parts.add(SocialNetwork.withinGroups(this.estates));
    }
    if (randomLinks > 0 || parts.isEmpty()) {
      parts.add(SocialNetwork.randomLinks(size(), randomLinks, random));
    }
    return parts.size() == 1 ? parts.get(0) : SocialNetwork.union(
        parts.toArray(SocialNetwork[]::new));
  }

  @Override
  public String toString() {
    return "Population[" + size() + " voters, " + weighting + ", groups " + groups.keySet() + "]";
  }

  /** Collects voters one by one. */
  @Experimental
  public static final class Builder {
    private final Weighting weighting;
    private final int weightScale;
    private int size;
    private long[] weights = new long[16];
    private int[] households = new int[16];
    private int[] buildings = new int[16];
    private int[] estates = new int[16];
    private final Map<String, BitSet> groups = new LinkedHashMap<>();

    private Builder(Weighting weighting, int weightScale) {
      checkNotNull(weighting, "weighting");
      checkArgument(weighting == Weighting.PER_PERSON || weighting == Weighting.FLOOR_AREA,
          "weighting: must be PER_PERSON or FLOOR_AREA, was %s", weighting);
      checkArgument(weightScale >= 0 && weightScale <= 6
          && (weighting == Weighting.FLOOR_AREA || weightScale == 0),
          "weightScale: must be 0 to 6, and 0 per person, was %s", weightScale);
      this.weighting = weighting;
      this.weightScale = weightScale;
    }

    /**
     * Adds a voter.
     *
     * @param weight the voter's weight in units of {@code 10^-weightScale}: 1 per person, above
     *     0 by floor area
     * @param household the household's number, {@code >= 0}
     * @param building the building's number, {@code >= 0}
     * @param estate the estate's number, {@code >= 0}
     * @param inGroups the names of the groups the voter belongs to, not blank
     * @return the voter's index
     * @throws IllegalArgumentException naming the value if a weight or number is out of range,
     *     a group name is blank, or the population is full
     */
    public int voter(long weight, int household, int building, int estate,
        Collection<String> inGroups) {
      checkArgument(size < MAX_SIZE, "population: at most %s voters", MAX_SIZE);
      checkArgument(weighting == Weighting.PER_PERSON ? weight == 1 : weight > 0,
          "voter %s: weight must be %s, was %s", size,
          weighting == Weighting.PER_PERSON ? "1 per person" : "above 0", weight);
      checkArgument(household >= 0 && building >= 0 && estate >= 0,
          "voter %s: household, building and estate must be >= 0, were %s, %s, %s", size,
          household, building, estate);
      for (String g : inGroups) {
        checkArgument(g != null && !g.isBlank(), "voter %s: a group name must not be blank",
            size);
      }
      if (size == weights.length) {
        int grown = size * 2;
        weights = Arrays.copyOf(weights, grown);
        households = Arrays.copyOf(households, grown);
        buildings = Arrays.copyOf(buildings, grown);
        estates = Arrays.copyOf(estates, grown);
      }
      weights[size] = weight;
      households[size] = household;
      buildings[size] = building;
      estates[size] = estate;
      for (String g : inGroups) {
        groups.computeIfAbsent(g, k -> new BitSet()).set(size);
      }
      return size++;
    }

    /**
     * Declares a group, possibly empty, so that it is named even if nobody joins it.
     *
     * @param name the group's name, not blank
     * @return this builder
     */
    public Builder group(String name) {
      checkArgument(name != null && !name.isBlank(), "group: name must not be blank");
      groups.computeIfAbsent(name, k -> new BitSet());
      return this;
    }

    /**
     * {@return the population}
     *
     * @throws IllegalArgumentException if it has no voter or its total weight overflows
     */
    public Population build() {
      checkArgument(size > 0, "population: must have at least one voter");
      try {
        return new Population(this);
      } catch (ArithmeticException e) {
        throw new IllegalArgumentException("population: total weight overflows", e);
      }
    }
  }
}
