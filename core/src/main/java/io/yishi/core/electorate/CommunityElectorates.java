package io.yishi.core.electorate;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import io.yishi.core.community.Community;
import io.yishi.core.community.Household;
import io.yishi.core.community.Resident;
import io.yishi.core.community.ResidentId;
import io.yishi.core.community.Unit;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Builds electorates from a community; the public entry points are on {@link Electorate}. */
final class CommunityElectorates {

  private CommunityElectorates() {}

  static Electorate of(Community community, Eligibility who, Weighting weighting, LocalDate on) {
    checkNotNull(community, "community");
    checkNotNull(who, "who");
    checkNotNull(weighting, "weighting");
    checkNotNull(on, "on");
    checkArgument(
        weighting != Weighting.FLOOR_AREA,
        "weighting: FLOOR_AREA electorates are owners' electorates, build them with"
            + " Electorate.owners(community, scope)");
    List<Member> members = new ArrayList<>();
    if (weighting == Weighting.PER_PERSON) {
      for (Resident resident : community.residents()) {
        if (who.test(resident, community, on)) {
          members.add(Member.of(MemberId.of(resident.id())));
        }
      }
    } else if (weighting == Weighting.PER_HOUSEHOLD) {
      for (Household household : community.households()) {
        if (anyEligible(household.members(), community, who, on)) {
          members.add(Member.of(MemberId.of(household.id())));
        }
      }
    } else {
      for (Unit unit : community.units()) {
        if (anyEligible(unit.owners(), community, who, on)) {
          members.add(Member.of(MemberId.of(unit.id())));
        }
      }
    }
    checkArgument(
        !members.isEmpty(),
        "electorate: no member of community %s matches %s",
        community.id(),
        who.describe());
    return Electorate.of(weighting, members);
  }

  private static boolean anyEligible(
      Set<ResidentId> ids, Community community, Eligibility who, LocalDate on) {
    for (ResidentId id : ids) {
      Optional<Resident> resident = community.resident(id);
      if (resident.isPresent() && who.test(resident.get(), community, on)) {
        return true;
      }
    }
    return false;
  }

  static Electorate owners(Community community, Scope scope) {
    checkNotNull(community, "community");
    checkNotNull(scope, "scope");
    // SPC interpretation art. 9: one owner per distinct owner set, its area the sum of its units.
    Map<Set<ResidentId>, BigDecimal> areaByOwners = new LinkedHashMap<>();
    for (Unit unit : scope.units(community)) {
      if (unit.isOwned()) {
        areaByOwners.merge(unit.owners(), unit.exclusiveAreaM2(), BigDecimal::add);
      }
    }
    checkArgument(
        !areaByOwners.isEmpty(),
        "electorate: no member of community %s matches owners of units in %s",
        community.id(),
        scope.describe());
    List<Member> members = new ArrayList<>(areaByOwners.size());
    areaByOwners.forEach((owners, area) -> members.add(Member.of(MemberId.ofOwners(owners), area)));
    return Electorate.of(Weighting.FLOOR_AREA, members);
  }
}
