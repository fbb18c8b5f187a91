package io.yishi.voting.budget;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import io.yishi.voting.cardinal.ApprovalProfile;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The content of a pabulib {@code .pb} file: the META entries, the projects and the votes, each
 * with any further columns of its section kept as text. Read with {@link Pabulib#read}; turned
 * into a {@link BudgetInstance} by {@link #toInstance()}.
 *
 * @param meta the META entries, in file order (keys such as {@code budget}, {@code vote_type},
 *     {@code num_projects}, {@code num_votes}, {@code description})
 * @param projects the projects, in file order
 * @param votes the votes, in file order
 */
public record PabulibFile(Map<String, String> meta, List<ProjectRow> projects,
    List<VoteRow> votes) {

  /**
   * Copies, keeping the order of entries.
   *
   * @param meta the META entries, in file order
   * @param projects the projects
   * @param votes the votes
   * @throws IllegalArgumentException if a project id repeats
   */
  public PabulibFile {
    meta = Collections.unmodifiableMap(new LinkedHashMap<>(meta));
    projects = List.copyOf(projects);
    votes = List.copyOf(votes);
    Map<String, Boolean> seen = new HashMap<>();
    for (ProjectRow p : projects) {
      checkArgument(seen.put(p.id(), true) == null, "projects: id '%s' appears twice", p.id());
    }
  }

  /**
   * {@return the instance: projects named by their ids, costs, the META budget, and one approval
   * ballot per vote}
   *
   * @throws IllegalArgumentException if META has no numeric {@code budget}, there are no
   *     projects, or a vote names an unknown project
   */
  public BudgetInstance toInstance() {
    String budget = meta.get("budget");
    checkArgument(budget != null, "meta: budget is missing");
    BigDecimal amount;
    try {
      amount = new BigDecimal(budget.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("meta.budget: must be a number, was '" + budget + "'", e);
    }
    checkArgument(!projects.isEmpty(), "projects: there are none");
    List<String> ids = projects.stream().map(ProjectRow::id).toList();
    ApprovalProfile.Builder builder = ApprovalProfile.builder(ids);
    for (VoteRow v : votes) {
      builder.addNames(v.vote(), 1);
    }
    List<Project> list = new ArrayList<>();
    for (ProjectRow p : projects) {
      list.add(new Project(p.id(), p.cost()));
    }
    return BudgetInstance.of(list, amount, builder.build());
  }

  /**
   * One row of the PROJECTS section.
   *
   * @param id the project's id, not blank
   * @param cost its cost, {@code >= 0}
   * @param fields the row's other columns by header name, in header order (e.g. {@code name},
   *     {@code category}, {@code votes}, {@code selected})
   */
  public record ProjectRow(String id, BigDecimal cost, Map<String, String> fields) {

    /**
     * Checks and copies.
     *
     * @param id the project's id, not blank
     * @param cost its cost, {@code >= 0}
     * @param fields the other columns; copied in order
     * @throws IllegalArgumentException if the id is blank or the cost negative
     */
    public ProjectRow {
      checkNotNull(id, "id");
      checkArgument(!id.isBlank(), "project_id: must not be blank");
      checkArgument(id.indexOf(',') < 0, "project_id: must not hold a comma (votes list ids"
          + " separated by commas), was '%s'", id);
      checkNotNull(cost, "cost");
      checkArgument(cost.signum() >= 0, "project %s: cost must be >= 0, was %s", id, cost);
      fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }
  }

  /**
   * One row of the VOTES section.
   *
   * @param voterId the voter's id, not blank
   * @param vote the approved projects' ids, in the file's order; empty for a blank vote
   * @param fields the row's other columns by header name, in header order (e.g. {@code age})
   */
  public record VoteRow(String voterId, List<String> vote, Map<String, String> fields) {

    /**
     * Checks and copies.
     *
     * @param voterId the voter's id, not blank
     * @param vote the approved projects' ids; copied
     * @param fields the other columns; copied in order
     * @throws IllegalArgumentException if the voter id is blank
     */
    public VoteRow {
      checkNotNull(voterId, "voterId");
      checkArgument(!voterId.isBlank(), "voter_id: must not be blank");
      vote = List.copyOf(vote);
      fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }
  }
}
