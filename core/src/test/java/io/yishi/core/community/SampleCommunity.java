package io.yishi.core.community;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A small hand-built community modelled on the Lixiong case, with every ownership pattern the
 * owners' electorate must handle; shared by the tests of several packages.
 *
 * <pre>
 * e-old (OLD)  b1  u101  80.5  m²  {r-wang, r-li}   h1: wang*, li, xiaoming (a child)
 *                  u102  60    m²  {r-chen}         h2: zhao* (a tenant)
 *              b2  u201 100.25 m²  {r-chen}         -
 *                  u202  75    m²  {} (unknown)     h4: qian*
 * e-new (NEW)  b3  u301  90    m²  {r-dev}          - (unsold)
 *                  u302 110    m²  {r-dev}          - (unsold)
 *                  u303  95.5  m²  {r-sun, r-zhou}  h3: sun*, zhou
 * r-chen lives elsewhere; r-dev is the developer; * marks a household's representative.
 * </pre>
 */
public final class SampleCommunity {

  /** The reference date of the tests: 1 June 2025. */
  public static final LocalDate ON = LocalDate.of(2025, 6, 1);

  public static final CommunityId ID = new CommunityId("lixiong");
  public static final EstateId E_OLD = new EstateId("e-old");
  public static final EstateId E_NEW = new EstateId("e-new");
  public static final BuildingId B1 = new BuildingId("b1");
  public static final BuildingId B2 = new BuildingId("b2");
  public static final BuildingId B3 = new BuildingId("b3");
  public static final UnitId U101 = new UnitId("u101");
  public static final UnitId U102 = new UnitId("u102");
  public static final UnitId U201 = new UnitId("u201");
  public static final UnitId U202 = new UnitId("u202");
  public static final UnitId U301 = new UnitId("u301");
  public static final UnitId U302 = new UnitId("u302");
  public static final UnitId U303 = new UnitId("u303");
  public static final HouseholdId H1 = new HouseholdId("h1");
  public static final HouseholdId H2 = new HouseholdId("h2");
  public static final HouseholdId H3 = new HouseholdId("h3");
  public static final HouseholdId H4 = new HouseholdId("h4");
  public static final ResidentId WANG = new ResidentId("r-wang");
  public static final ResidentId LI = new ResidentId("r-li");
  public static final ResidentId XIAOMING = new ResidentId("r-xiaoming");
  public static final ResidentId ZHAO = new ResidentId("r-zhao");
  public static final ResidentId CHEN = new ResidentId("r-chen");
  public static final ResidentId DEV = new ResidentId("r-dev");
  public static final ResidentId SUN = new ResidentId("r-sun");
  public static final ResidentId ZHOU = new ResidentId("r-zhou");
  public static final ResidentId QIAN = new ResidentId("r-qian");
  public static final VenueId CENTRE = new VenueId("v-centre");

  private SampleCommunity() {}

  /** {@return the community drawn in the class comment} */
  public static Community lixiong() {
    return Community.builder(ID, "立雄社区")
        .estate(new Estate(E_OLD, "华苑小区", EstateKind.OLD))
        .estate(new Estate(E_NEW, "碧水湾", EstateKind.NEW))
        .building(new Building(B1, E_OLD, "1栋"))
        .building(new Building(B2, E_OLD, "2栋"))
        .building(new Building(B3, E_NEW, "3栋"))
        .unit(unit(U101, B1, "80.5", WANG, LI))
        .unit(unit(U102, B1, "60", CHEN))
        .unit(unit(U201, B2, "100.25", CHEN))
        .unit(unit(U202, B2, "75"))
        .unit(unit(U301, B3, "90", DEV))
        .unit(unit(U302, B3, "110", DEV))
        .unit(unit(U303, B3, "95.5", SUN, ZHOU))
        .household(new Household(H1, U101, Set.of(WANG, LI, XIAOMING), WANG))
        .household(new Household(H2, U102, Set.of(ZHAO), ZHAO))
        .household(new Household(H3, U303, Set.of(SUN, ZHOU), SUN))
        .household(new Household(H4, U202, Set.of(QIAN), QIAN))
        .resident(resident(WANG, "王芳", "1960-03-01", H1, Role.PARTY_MEMBER, Role.OWNER))
        .resident(resident(LI, "李强", "1962-07-15", H1, Role.OWNER))
        .resident(resident(XIAOMING, "王小明", "2012-05-10", H1))
        .resident(resident(ZHAO, "赵敏", "1975-11-30", H2, Role.TENANT, Role.BUILDING_LEADER))
        .resident(resident(CHEN, "陈东", "1980-01-20", null, Role.OWNER))
        .resident(resident(DEV, "南海置业", "1995-09-09", null))
        .resident(resident(SUN, "孙丽", "1985-04-04", H3, Role.VOLUNTEER))
        .resident(resident(ZHOU, "周杰", "1986-08-08", H3))
        .resident(resident(QIAN, "钱伯", "1950-02-02", H4, Role.VETERAN, Role.VOLUNTEER))
        .venue(new Venue(CENTRE, "党群服务中心", VenueKind.CENTRE, null))
        .venue(new Venue(new VenueId("v-room"), "华苑活动室", VenueKind.ACTIVITY_ROOM, E_OLD))
        .venue(new Venue(new VenueId("v-sub"), "碧水湾分中心", VenueKind.SUB_CENTRE, E_NEW))
        .venue(new Venue(new VenueId("v-online"), "网上议事厅", VenueKind.ONLINE_HALL, null))
        .build();
  }

  /** {@return a unit with the area written as a decimal string} */
  public static Unit unit(UnitId id, BuildingId building, String areaM2, ResidentId... owners) {
    return new Unit(id, building, new BigDecimal(areaM2), Set.of(owners));
  }

  /** {@return a resident born on an ISO date} */
  public static Resident resident(
      ResidentId id,
      String name,
      String birthDate,
      @Nullable HouseholdId household,
      Role... roles) {
    return new Resident(id, name, LocalDate.parse(birthDate), household, Set.of(roles));
  }
}
