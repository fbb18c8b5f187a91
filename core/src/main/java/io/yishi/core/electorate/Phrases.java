package io.yishi.core.electorate;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Words for {@link Eligibility#describe()}: a noun ("adults", "residents") followed by
 * qualifiers ("living in building b1", "holding role veteran") joined by "and" or "or".
 */
final class Phrases {

  private Phrases() {}

  static String describe(Eligibility e) {
    if (e instanceof Eligibility.Adults) {
      return "adults";
    }
    if (e instanceof Eligibility.AllOf) {
      List<Eligibility> rest = new ArrayList<>();
      boolean adults = false;
      for (Eligibility condition : ((Eligibility.AllOf) e).conditions()) {
        if (condition instanceof Eligibility.Adults) {
          adults = true;
        } else {
          rest.add(condition);
        }
      }
      String noun = adults ? "adults" : "residents";
      String qualifier = join(rest, " and ");
      if (qualifier == null) {
        return adults ? noun : "everyone";
      }
      return noun + " " + qualifier;
    }
    String qualifier = qualifier(e);
    return qualifier == null ? "everyone" : "residents " + qualifier;
  }

  /** Returns what restricts the noun, or null if {@code e} restricts nothing. */
  private static @Nullable String qualifier(Eligibility e) {
    if (e instanceof Eligibility.Everyone) {
      return null;
    } else if (e instanceof Eligibility.Adults) {
      return "aged 18 or over";
    } else if (e instanceof Eligibility.WithRole) {
      return "holding role " + ((Eligibility.WithRole) e).role().id();
    } else if (e instanceof Eligibility.LivesInEstate) {
      return "living in estate " + ((Eligibility.LivesInEstate) e).estate();
    } else if (e instanceof Eligibility.LivesInBuilding) {
      return "living in building " + ((Eligibility.LivesInBuilding) e).building();
    } else if (e instanceof Eligibility.OwnsUnitInEstate) {
      return "owning a unit in estate " + ((Eligibility.OwnsUnitInEstate) e).estate();
    } else if (e instanceof Eligibility.OwnsUnitInBuilding) {
      return "owning a unit in building " + ((Eligibility.OwnsUnitInBuilding) e).building();
    } else if (e instanceof Eligibility.OwnsAnyUnit) {
      return "owning a unit";
    } else if (e instanceof Eligibility.AllOf) {
      return join(((Eligibility.AllOf) e).conditions(), " and ");
    } else if (e instanceof Eligibility.AnyOf) {
      List<Eligibility> conditions = ((Eligibility.AnyOf) e).conditions();
      for (Eligibility condition : conditions) {
        if (qualifier(condition) == null) {
          return null; // one alternative admits everyone, so the whole does
        }
      }
      return join(conditions, " or ");
    } else {
      return negate(((Eligibility.Not) e).condition());
    }
  }

  private static String negate(Eligibility e) {
    if (e instanceof Eligibility.Adults) {
      return "under 18";
    }
    String qualifier = qualifier(e);
    if (qualifier == null) {
      return "matching nobody";
    }
    return isCompound(e) ? "not (" + qualifier + ")" : "not " + qualifier;
  }

  /** Joins the qualifiers of several conditions, bracketing compound ones; null if none. */
  private static @Nullable String join(List<Eligibility> conditions, String separator) {
    List<String> plain = new ArrayList<>();
    List<String> bracketed = new ArrayList<>();
    for (Eligibility condition : conditions) {
      String qualifier = qualifier(condition);
      if (qualifier != null) {
        plain.add(qualifier);
        bracketed.add(isCompound(condition) ? "(" + qualifier + ")" : qualifier);
      }
    }
    if (plain.isEmpty()) {
      return null;
    }
    return plain.size() == 1 ? plain.get(0) : String.join(separator, bracketed);
  }

  private static boolean isCompound(Eligibility e) {
    return e instanceof Eligibility.AllOf || e instanceof Eligibility.AnyOf;
  }
}
