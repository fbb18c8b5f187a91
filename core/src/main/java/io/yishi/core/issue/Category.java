package io.yishi.core.issue;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * The kind of shared affair an issue is about. An open set: the constants are the categories of
 * the Lixiong case; host applications add their own with {@link #of(String)}.
 *
 * @param id lower-case words joined by hyphens, e.g. {@code "parking"}
 */
public record Category(String id) {

  /** Parking spaces and their allocation. */
  public static final Category PARKING = new Category("parking");
  /** Security: fences, lighting, access control. */
  public static final Category SAFETY = new Category("safety");
  /** Repair and renovation of buildings and shared facilities. */
  public static final Category REPAIR = new Category("repair");
  /** Sanitation and the environment, e.g. siting of the garbage room. */
  public static final Category ENVIRONMENT = new Category("environment");
  /** Overhead cables, pipes and other public utilities. */
  public static final Category UTILITIES = new Category("utilities");
  /** Use of common parts and public space. */
  public static final Category PUBLIC_SPACE = new Category("public-space");
  /** Property management and the maintenance fund. */
  public static final Category PROPERTY_MANAGEMENT = new Category("property-management");
  /** Disputes between neighbours. */
  public static final Category NEIGHBOURS = new Category("neighbours");

  /**
   * Checks the category id's format.
   *
   * @param id lower-case words joined by hyphens, e.g. {@code "parking"}
   * @throws IllegalArgumentException if the id is not lower-case words joined by hyphens
   */
  public Category {
    checkNotNull(id, "id");
    checkArgument(id.matches("[a-z][a-z0-9]*(-[a-z0-9]+)*"),
        "category: must be lower-case words joined by hyphens, was '%s'", id);
  }

  /**
   * {@return the category with this id; host applications use it for their own categories}
   *
   * @param id lower-case words joined by hyphens, e.g. {@code "repair"}
   * @throws IllegalArgumentException if the id is not lower-case words joined by hyphens
   */
  public static Category of(String id) {
    return new Category(id);
  }

  /** {@return the id} */
  @Override
  public String toString() {
    return id;
  }
}
