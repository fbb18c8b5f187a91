package io.yishi.examples.lixiong;

import io.yishi.core.community.Building;
import io.yishi.core.community.BuildingId;
import io.yishi.core.community.Community;
import io.yishi.core.community.CommunityId;
import io.yishi.core.community.Estate;
import io.yishi.core.community.EstateId;
import io.yishi.core.community.EstateKind;
import io.yishi.core.community.Household;
import io.yishi.core.community.HouseholdId;
import io.yishi.core.community.Resident;
import io.yishi.core.community.ResidentId;
import io.yishi.core.community.Role;
import io.yishi.core.community.Unit;
import io.yishi.core.community.UnitId;
import io.yishi.core.community.Venue;
import io.yishi.core.community.VenueId;
import io.yishi.core.community.VenueKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * A model of Lixiong community (Nanhai, Foshan) at a scale a demo can print: four old estates,
 * each with an activity room, and five new estates, each with a sub-centre, around one community
 * centre and the online deliberation hall — the "1 + N" service circle. Estates, buildings and
 * households are generated from a fixed seed, so the community is the same on every run.
 */
public final class LixiongCommunity {

  /** The old estate whose repair plan the demo replays. */
  public static final EstateId HUAYUAN = new EstateId("huayuan");
  /** The building leader who tables the repair plan. */
  public static final ResidentId LEADER = new ResidentId("huayuan-1-101-a");

  private static final List<String> OLD = List.of("huayuan", "jinxiu", "fuxing", "nanfeng");
  private static final List<String> OLD_NAMES = List.of("华苑", "锦绣", "富兴", "南风");
  private static final List<String> NEW = List.of("bishui", "yuehu", "lanting", "jiangwan",
      "xinghe");
  private static final List<String> NEW_NAMES = List.of("碧水湾", "悦湖", "兰亭", "江湾", "星河");
  private static final List<String> SURNAMES = List.of("王", "李", "张", "刘", "陈", "杨",
      "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭");

  private LixiongCommunity() {}

  /** {@return the community, the same on every call} */
  public static Community build() {
    SplittableRandom random = new SplittableRandom(20_240_301L);
    Community.Builder community = Community.builder(new CommunityId("lixiong"), "立雄社区")
        .venue(new Venue(new VenueId("centre"), "立雄社区党群服务中心", VenueKind.CENTRE, null))
        .venue(new Venue(new VenueId("online-hall"), "网上市民议事厅", VenueKind.ONLINE_HALL,
            null));
    for (int e = 0; e < OLD.size(); e++) {
      addEstate(community, random, OLD.get(e), OLD_NAMES.get(e), EstateKind.OLD, 2, 6);
    }
    for (int e = 0; e < NEW.size(); e++) {
      addEstate(community, random, NEW.get(e), NEW_NAMES.get(e), EstateKind.NEW, 1, 8);
    }
    return community.build();
  }

  private static void addEstate(Community.Builder community, SplittableRandom random, String id,
      String name, EstateKind kind, int buildings, int unitsPerBuilding) {
    EstateId estate = new EstateId(id);
    community.estate(new Estate(estate, name, kind));
    community.venue(kind == EstateKind.OLD
        ? new Venue(new VenueId(id + "-room"), name + "活动室", VenueKind.ACTIVITY_ROOM, estate)
        : new Venue(new VenueId(id + "-sub"), name + "分中心", VenueKind.SUB_CENTRE, estate));
    for (int b = 1; b <= buildings; b++) {
      BuildingId building = new BuildingId(id + "-" + b);
      community.building(new Building(building, estate, name + b + "栋"));
      for (int u = 1; u <= unitsPerBuilding; u++) {
        int floor = (u + 1) / 2;
        String unitNo = floor + "0" + (u % 2 == 1 ? 1 : 2);
        String key = id + "-" + b + "-" + unitNo;
        UnitId unit = new UnitId(key);
        ResidentId owner = new ResidentId(key + "-a");
        boolean rented = random.nextInt(5) == 0;
        // Old estates have small flats; new estates larger ones (square metres, two decimals).
        BigDecimal area = BigDecimal.valueOf((kind == EstateKind.OLD ? 45_00 : 80_00)
            + random.nextInt(kind == EstateKind.OLD ? 40_00 : 60_00), 2);
        community.unit(new Unit(unit, building, area, Set.of(owner)));
        String surname = SURNAMES.get(random.nextInt(SURNAMES.size()));
        HouseholdId household = new HouseholdId("h-" + key);
        Set<Role> ownerRoles = new HashSet<>(Set.of(Role.OWNER));
        if (u == 1) {
          ownerRoles.add(Role.BUILDING_LEADER);
        }
        if (random.nextInt(6) == 0) {
          ownerRoles.add(Role.PARTY_MEMBER);
        }
        if (random.nextInt(8) == 0) {
          ownerRoles.add(Role.VOLUNTEER);
        }
        if (rented) {
          ResidentId tenant = new ResidentId(key + "-t");
          community.resident(new Resident(owner, surname + "业主", birth(random, 1950, 1985),
              null, ownerRoles));
          community.resident(new Resident(tenant, SURNAMES.get(random.nextInt(SURNAMES.size()))
              + "租户", birth(random, 1980, 2000), household, Set.of(Role.TENANT)));
          community.household(new Household(household, unit, Set.of(tenant), tenant));
        } else {
          ResidentId partner = new ResidentId(key + "-b");
          community.resident(new Resident(owner, surname + "先生", birth(random, 1950, 1985),
              household, ownerRoles));
          community.resident(new Resident(partner, surname + "太太", birth(random, 1952, 1987),
              household, random.nextInt(10) == 0 ? Set.of(Role.VETERAN) : Set.of()));
          community.household(new Household(household, unit, Set.of(owner, partner), owner));
        }
      }
    }
  }

  private static LocalDate birth(SplittableRandom random, int fromYear, int toYear) {
    return LocalDate.of(fromYear + random.nextInt(toYear - fromYear + 1), 1 + random.nextInt(12),
        1 + random.nextInt(28));
  }
}
