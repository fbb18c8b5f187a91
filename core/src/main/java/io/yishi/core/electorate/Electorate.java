package io.yishi.core.electorate;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import io.yishi.core.community.Community;
import io.yishi.core.internal.Decimals;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Who decides a question, and with what weight: a non-empty list of {@link Member}s under one
 * {@link Weighting}.
 *
 * <p>Electorates are built in one of three ways, all static methods of this class:
 *
 * <ul>
 *   <li>{@link #of(Weighting, List)} from members the host already knows;
 *   <li>{@link #of(Community, Eligibility, Weighting, LocalDate)} from the residents of a
 *       community who meet a condition, one member per person, household or unit;
 *   <li>{@link #owners(Community, Scope)} for an owners' joint decision under Civil Code
 *       art. 278, one member per owner after the SPC interpretation's art. 9 aggregation,
 *       weighted by exclusive floor area.
 * </ul>
 *
 * <pre>{@code
 * Electorate owners = Electorate.owners(lixiong, Scope.building(b3));
 * owners.size();          // head count N of art. 278
 * owners.totalWeight();   // exclusive area A of art. 278, in square metres
 * owners.weightOf(MemberId.of(wang));
 * }</pre>
 *
 * <p>Members keep their order; lookups by id take constant time, and the total weight is computed
 * once. Two electorates are equal when their weightings and member lists (in order) are equal.
 * Instances are immutable and safe to share between threads.
 */
public final class Electorate {

  private final Weighting weighting;
  private final ImmutableList<Member> members;
  private final BigDecimal totalWeight;
  /** Member ids by position, for the index. */
  private final MemberId[] ids;
  /**
   * Open-addressing table: each slot holds the id hash of a member in its high 32 bits and the
   * member's position + 1 in its low 32 bits (0 if the slot is empty), so that a probe reads one
   * array and most probes compare no strings.
   */
  private final long[] slots;
  private final int mask;
  /** Every weight as an exact whole number of {@link #weightUnit()}s. */
  private final long[] units;
  private final int unitScale;

  private Electorate(Weighting weighting, ImmutableMap<MemberId, Member> byId) {
    this.weighting = weighting;
    this.members = byId.values().asList();
    int n = members.size();
    this.ids = new MemberId[n];
    int capacity = Integer.highestOneBit(Math.max(2, n * 2 - 1)) << 1;
    this.slots = new long[capacity];
    this.mask = capacity - 1;
    BigDecimal total = BigDecimal.ZERO;
    int scale = 0;
    for (int i = 0; i < n; i++) {
      Member member = members.get(i);
      ids[i] = member.id();
      int h = hash(member.id());
      int slot = h & mask;
      while (slots[slot] != 0) {
        slot = (slot + 1) & mask;
      }
      slots[slot] = ((long) h << 32) | (i + 1);
      total = total.add(member.weight());
      scale = Math.max(scale, member.weight().scale());
    }
    this.totalWeight = Decimals.normalise(total);
    this.unitScale = scale;
    this.units = new long[n];
    try {
      for (int i = 0; i < n; i++) {
        units[i] = members.get(i).weight().movePointRight(scale).longValueExact();
      }
      total.movePointRight(scale).longValueExact();
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException("electorate: total weight " + total.toPlainString()
          + " in units of " + BigDecimal.ONE.movePointLeft(scale).toPlainString()
          + " is too large to count exactly", e);
    }
  }

  /** Spreads the id's string hash so that sequential ids do not cluster in the table. */
  private static int hash(MemberId id) {
    int h = id.value().hashCode() * 0x9E3779B9;
    return h ^ (h >>> 16);
  }

  /**
   * {@return the electorate of these members, in this order}
   *
   * @param weighting what a member is and what its weight means
   * @param members the members, not empty, with distinct ids; under {@link Weighting#PER_PERSON},
   *     {@link Weighting#PER_HOUSEHOLD} and {@link Weighting#PER_UNIT} every weight must be
   *     exactly 1
   * @throws IllegalArgumentException if {@code members} is empty, if two members share an id
   *     (naming it), if a weight is not 1 where the weighting requires it (naming the member
   *     and the weight), or if the total weight, in units of the finest weight's last decimal,
   *     does not fit in a {@code long}
   * @throws NullPointerException if an argument or a member is null
   */
  public static Electorate of(Weighting weighting, List<Member> members) {
    checkNotNull(weighting, "weighting");
    checkNotNull(members, "members");
    checkArgument(!members.isEmpty(), "electorate: must have at least one member");
    Map<MemberId, Member> index = new LinkedHashMap<>();
    for (Member member : members) {
      checkNotNull(member, "member");
      checkArgument(
          index.putIfAbsent(member.id(), member) == null,
          "member %s: id appears more than once in the electorate",
          member.id());
      checkArgument(
          !weighting.hasUnitWeights() || member.weight().compareTo(BigDecimal.ONE) == 0,
          "member %s: weight must be 1 under %s weighting, was %s",
          member.id(),
          weighting,
          member.weight());
    }
    return new Electorate(weighting, ImmutableMap.copyOf(index));
  }

  /**
   * {@return the electorate of the residents of {@code community} who meet {@code who} on
   * {@code on}}, in the community's order, every weight 1:
   *
   * <ul>
   *   <li>{@link Weighting#PER_PERSON}: one member per eligible resident; member id = resident
   *       id.
   *   <li>{@link Weighting#PER_HOUSEHOLD}: one member per household with at least one eligible
   *       member; member id = household id. The household's {@link
   *       io.yishi.core.community.Household#representative() representative} casts its ballot,
   *       whether or not the representative is eligible personally.
   *   <li>{@link Weighting#PER_UNIT}: one member per unit with at least one eligible owner;
   *       member id = unit id. The unit's owners jointly cast its ballot.
   * </ul>
   *
   * @param community the community
   * @param who the condition a resident must meet
   * @param weighting {@code PER_PERSON}, {@code PER_HOUSEHOLD} or {@code PER_UNIT}
   * @param on the reference date, e.g. for {@link Eligibility#adults()}
   * @throws IllegalArgumentException if {@code weighting} is {@link Weighting#FLOOR_AREA} (use
   *     {@link #owners(Community, Scope)}), or if nobody matches: {@code electorate: no member of
   *     community lixiong matches adults living in building b9}
   */
  public static Electorate of(
      Community community, Eligibility who, Weighting weighting, LocalDate on) {
    return CommunityElectorates.of(community, who, weighting, on);
  }

  /**
   * {@return the owners' electorate for a joint decision on the units in {@code scope}}, weighted
   * by exclusive floor area (Civil Code art. 278; SPC interpretation on building distinct
   * ownership, arts. 8–9; RULES.md §3.1).
   *
   * <p>The units in scope are grouped by their exact owner set, and each distinct non-empty owner
   * set is one member: a buyer of several units counts once, co-owners of a unit jointly count
   * once, and the developer holding many unsold units (a resident owning them) counts once. The
   * member id is the sole owner's resident id, or the co-owners' ids sorted and joined by
   * {@code '+'} ({@link MemberId#ofOwners}); the weight is the summed exclusive area of the
   * group's units in square metres. Units without owners are skipped. Members appear in the
   * order of their first unit in the community. {@link #size()} is then the owners' head count
   * and {@link #totalWeight()} their total area, the two denominators of art. 278.
   *
   * <p>Owner sets are compared exactly: a resident owning one unit alone and another jointly with
   * a spouse is two members, {@code r1} and {@code r1+r2}. Hosts that count such a resident once
   * should record the units with one owner set.
   *
   * @param community the community
   * @param scope the whole community, an estate or a building
   * @throws IllegalArgumentException if the scope's estate or building is not in the community,
   *     or if no unit in scope has an owner: {@code electorate: no member of community lixiong
   *     matches owners of units in building b3}
   */
  public static Electorate owners(Community community, Scope scope) {
    return CommunityElectorates.owners(community, scope);
  }

  /** {@return what a member is and what its weight means} */
  public Weighting weighting() {
    return weighting;
  }

  /** {@return the members, in order, not empty} */
  public List<Member> members() {
    return members;
  }

  /** {@return the members' ids, in order} */
  public Set<MemberId> memberIds() {
    return ImmutableSet.copyOf(ids);
  }

  /** {@return the number of members (the head count), at least 1} */
  public int size() {
    return members.size();
  }

  /**
   * {@return the exact sum of the members' weights}: the head count for weightings with unit
   * weights, square metres for {@link Weighting#FLOOR_AREA}; normalised as {@link Member#weight()}
   * is
   */
  public BigDecimal totalWeight() {
    return totalWeight;
  }

  /**
   * {@return whether a member has this id}
   *
   * @param id the member id to look for
   */
  public boolean contains(MemberId id) {
    return indexOf(id) >= 0;
  }

  /**
   * {@return the position of the member with this id in {@link #members()}, from 0, or -1 if no
   * member has it}, in constant time; for counting code that keeps per-member arrays
   *
   * @param id the member id to look for
   */
  public int indexOf(MemberId id) {
    checkNotNull(id, "id");
    int h = hash(id);
    for (int slot = h & mask; ; slot = (slot + 1) & mask) {
      long entry = slots[slot];
      int position = (int) entry;
      if (position == 0) {
        return -1;
      }
      if ((int) (entry >>> 32) == h) {
        MemberId candidate = ids[position - 1];
        if (candidate == id || candidate.value().equals(id.value())) {
          return position - 1;
        }
      }
    }
  }

  /**
   * {@return the unit in which {@link #weightInUnits(int)} states every weight exactly: 1 for
   * whole-number weights, 0.01 when some weight has two decimals, and so on}
   */
  public BigDecimal weightUnit() {
    return BigDecimal.ONE.movePointLeft(unitScale);
  }

  /**
   * {@return the weight of the member at this position as an exact whole number of {@link
   * #weightUnit()}s}, so that counting code can add weights as {@code long}s; the total of all
   * weights is known to fit in a {@code long}
   *
   * @param index the member's position in {@link #members()}
   * @throws IndexOutOfBoundsException if the position is not in [0, {@link #size()})
   */
  public long weightInUnits(int index) {
    return units[index];
  }

  /**
   * {@return the member with this id, or empty if there is none}
   *
   * @param id the member id to look for
   */
  public Optional<Member> member(MemberId id) {
    int position = indexOf(id);
    return position < 0 ? Optional.empty() : Optional.of(members.get(position));
  }

  /**
   * {@return the weight of the member with this id}, in constant time
   *
   * @param id the member's id
   * @throws IllegalArgumentException naming the id if no member has it
   */
  public BigDecimal weightOf(MemberId id) {
    int position = indexOf(id);
    checkArgument(position >= 0, "electorate: '%s' is not a member", id);
    return members.get(position).weight();
  }

  /** {@return whether {@code o} is an electorate with the same weighting and members in order} */
  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Electorate)) {
      return false;
    }
    Electorate that = (Electorate) o;
    return weighting == that.weighting && members().equals(that.members());
  }

  /** {@return a hash code consistent with {@link #equals(Object)}} */
  @Override
  public int hashCode() {
    return 31 * weighting.hashCode() + members().hashCode();
  }

  /** {@return a one-line summary: weighting, head count and total weight} */
  @Override
  public String toString() {
    return "Electorate[" + weighting + ", " + members.size() + " members, total weight "
        + totalWeight.toPlainString() + "]";
  }
}
