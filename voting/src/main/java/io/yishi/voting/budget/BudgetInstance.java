package io.yishi.voting.budget;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import io.yishi.voting.cardinal.ApprovalProfile;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One participatory budgeting decision: the projects with their costs, the budget, and the
 * voters' approvals. The profile's candidates are the projects' names, in the same order.
 *
 * <pre>{@code
 * ApprovalProfile votes = ApprovalProfile.builder(List.of("park", "library"))
 *     .addNames(List.of("park"), 3).addNames(List.of("park", "library"), 2).build();
 * BudgetInstance pb = BudgetInstance.of(
 *     List.of(Project.of("park", 600), Project.of("library", 800)), new BigDecimal(1000), votes);
 * }</pre>
 *
 * @param projects the projects, in the profile's candidate order
 * @param budget the money to spend, in the projects' currency units, {@code >= 0}, without
 *     trailing zeros
 * @param profile the voters' approvals over the projects
 */
public record BudgetInstance(List<Project> projects, BigDecimal budget, ApprovalProfile profile) {

  /**
   * Checks and copies.
   *
   * @param projects the projects, in the profile's candidate order
   * @param budget the money to spend, {@code >= 0}
   * @param profile the voters' approvals over the projects
   * @throws IllegalArgumentException if the budget is negative, or the projects' names are not
   *     the profile's candidates in order (the message names the first project that differs)
   */
  public BudgetInstance {
    projects = List.copyOf(projects);
    checkNotNull(budget, "budget");
    checkNotNull(profile, "profile");
    checkArgument(budget.signum() >= 0, "budget: must be >= 0, was %s", budget.toPlainString());
    budget = Project.canonical(budget);
    List<String> candidates = profile.candidates();
    for (int i = 0; i < Math.max(projects.size(), candidates.size()); i++) {
      if (i >= projects.size()) {
        throw new IllegalArgumentException(
            "projects: project '" + candidates.get(i) + "' of the profile has no cost");
      }
      String name = projects.get(i).name();
      checkArgument(i < candidates.size() && candidates.get(i).equals(name),
          "projects: project '%s' is not the profile's candidate at position %s of %s", name, i,
          candidates);
    }
  }

  /**
   * {@return an instance; shorthand for the constructor}
   *
   * @param projects the projects, in the profile's candidate order
   * @param budget the money to spend, {@code >= 0}
   * @param profile the voters' approvals over the projects
   * @throws IllegalArgumentException as the constructor
   */
  public static BudgetInstance of(List<Project> projects, BigDecimal budget,
      ApprovalProfile profile) {
    return new BudgetInstance(projects, budget, profile);
  }

  /**
   * {@return a committee election as a budget: every candidate costs 1, the budget is the number
   * of seats}
   *
   * @param profile the voters' approvals over the candidates
   * @param seats the number of seats, at least 1
   * @throws IllegalArgumentException if seats is below 1
   */
  public static BudgetInstance committee(ApprovalProfile profile, int seats) {
    checkArgument(seats >= 1, "seats: must be at least 1, was %s", seats);
    List<Project> projects = new ArrayList<>();
    for (String c : profile.candidates()) {
      projects.add(Project.of(c, 1));
    }
    return new BudgetInstance(projects, BigDecimal.valueOf(seats), profile);
  }

  /**
   * Instances are equal when they have the same projects and costs, the same budget, and the
   * same ballots with the same counts, in any order ({@link ApprovalProfile#sameBallots}).
   */
  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof BudgetInstance other && projects.equals(other.projects)
        && budget.equals(other.budget) && profile.sameBallots(other.profile);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * projects.hashCode() + budget.hashCode()) + Long.hashCode(profile.voters());
  }

  /**
   * {@return whether every project costs exactly 1 and the budget is a whole number: a committee
   * election with {@code budget} seats}
   */
  public boolean isCommittee() {
    for (Project p : projects) {
      if (p.cost().compareTo(BigDecimal.ONE) != 0) {
        return false;
      }
    }
    return budget.stripTrailingZeros().scale() <= 0;
  }
}
