package io.yishi.core.consultation;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import io.yishi.core.electorate.Electorate;
import io.yishi.core.issue.Issue;
import io.yishi.core.spi.DecisionRule;
import io.yishi.core.spi.Parameters;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a consultation is opened with: its id and title, the issue, the deliberation method and
 * the decision rule with their parameters, the slate, the electorate and the seed for lots.
 *
 * <pre>{@code
 * ConsultationSpec spec = ConsultationSpec.builder()
 *     .id(new ConsultationId("access-control-2024"))
 *     .title("Access control for estate A")
 *     .issue(issue)
 *     .method("discuss-and-decide")
 *     .rule("owners-major")
 *     .electorate(Electorate.owners(community, Scope.estate(estateA)))
 *     .seed(20240501L)
 *     .build();
 * }</pre>
 *
 * @param id the consultation's id
 * @param title a title for people, not blank
 * @param issue the issue deliberated on
 * @param method the deliberation method's id
 * @param methodParameters the method's parameters
 * @param rule the decision rule's id, or {@link DecisionRule#NONE} for a consultation that takes no vote
 * @param ruleParameters the rule's parameters; empty with {@link DecisionRule#NONE}
 * @param alternatives the alternatives on the slate, distinct; empty for a motion
 * @param electorate who may vote and with what weight
 * @param seed the seed for every lot drawn in this consultation
 */
public record ConsultationSpec(
    ConsultationId id,
    String title,
    Issue issue,
    String method,
    Parameters methodParameters,
    String rule,
    Parameters ruleParameters,
    List<String> alternatives,
    Electorate electorate,
    long seed) {

  /**
   * Checks the parts and copies the slate.
   *
   * @param id the consultation's id
   * @param title a title for people, not blank
   * @param issue the issue deliberated on
   * @param method the deliberation method's id
   * @param methodParameters the method's parameters
   * @param rule the decision rule's id, or {@link DecisionRule#NONE}
   * @param ruleParameters the rule's parameters; empty with {@link DecisionRule#NONE}
   * @param alternatives the alternatives on the slate, distinct; empty for a motion
   * @param electorate who may vote and with what weight
   * @param seed the seed for every lot drawn in this consultation
   * @throws IllegalArgumentException if the title is blank, an alternative repeats, or {@link
   *     DecisionRule#NONE} comes with parameters
   */
  public ConsultationSpec {
    checkNotNull(id, "id");
    checkNotNull(title, "title");
    checkArgument(!title.isBlank(), "consultation %s: title must not be blank", id);
    checkNotNull(issue, "issue");
    checkNotNull(method, "method");
    checkNotNull(methodParameters, "methodParameters");
    checkNotNull(rule, "rule");
    checkNotNull(ruleParameters, "ruleParameters");
    checkArgument(!rule.equals(DecisionRule.NONE) || ruleParameters.isEmpty(),
        "consultation %s: ruleParameters: must be empty with rule '%s', was %s", id, DecisionRule.NONE,
        ruleParameters);
    alternatives = List.copyOf(alternatives);
    checkArgument(alternatives.stream().distinct().count() == alternatives.size(),
        "consultation %s: alternatives must be distinct, was %s", id, alternatives);
    checkNotNull(electorate, "electorate");
  }

  /** {@return a builder with no parameters, no alternatives and seed 0} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ConsultationSpec}; id, title, issue, method, rule and electorate are required. */
  public static final class Builder {
    private @Nullable ConsultationId id;
    private @Nullable String title;
    private @Nullable Issue issue;
    private @Nullable String method;
    private Parameters methodParameters = Parameters.empty();
    private @Nullable String rule;
    private Parameters ruleParameters = Parameters.empty();
    private List<String> alternatives = List.of();
    private @Nullable Electorate electorate;
    private long seed;

    private Builder() {}

    /**
     * Sets the consultation's id; required.
     *
     * @param value the consultation's id
     * @return this builder
     */
    public Builder id(ConsultationId value) {
      this.id = checkNotNull(value, "id");
      return this;
    }

    /**
     * Sets the title; required.
     *
     * @param value a title for people, not blank
     * @return this builder
     */
    public Builder title(String value) {
      this.title = checkNotNull(value, "title");
      return this;
    }

    /**
     * Sets the issue; required.
     *
     * @param value the issue deliberated on
     * @return this builder
     */
    public Builder issue(Issue value) {
      this.issue = checkNotNull(value, "issue");
      return this;
    }

    /**
     * Sets the deliberation method's id; required.
     *
     * @param value the id of an installed deliberation method, e.g. {@code "discuss-and-decide"}
     * @return this builder
     */
    public Builder method(String value) {
      this.method = checkNotNull(value, "method");
      return this;
    }

    /**
     * Sets the deliberation method's parameters; empty unless set.
     *
     * @param value the method's parameters
     * @return this builder
     */
    public Builder methodParameters(Parameters value) {
      this.methodParameters = checkNotNull(value, "methodParameters");
      return this;
    }

    /**
     * Sets the decision rule's id; required.
     *
     * @param value the id of an installed decision rule, e.g. {@code "majority"}, or {@link
     *     DecisionRule#NONE} when the consultation takes no vote
     * @return this builder
     */
    public Builder rule(String value) {
      this.rule = checkNotNull(value, "rule");
      return this;
    }

    /**
     * Sets the decision rule's parameters; empty unless set.
     *
     * @param value the rule's parameters
     * @return this builder
     */
    public Builder ruleParameters(Parameters value) {
      this.ruleParameters = checkNotNull(value, "ruleParameters");
      return this;
    }

    /**
     * Sets the alternatives on the slate; empty (a motion) unless set.
     *
     * @param value the alternatives in slate order, distinct (checked by {@link #build()})
     * @return this builder
     */
    public Builder alternatives(List<String> value) {
      this.alternatives = checkNotNull(value, "alternatives");
      return this;
    }

    /**
     * Sets the electorate; required.
     *
     * @param value who may vote and with what weight
     * @return this builder
     */
    public Builder electorate(Electorate value) {
      this.electorate = checkNotNull(value, "electorate");
      return this;
    }

    /**
     * Sets the seed for lots; 0 unless set.
     *
     * @param value the seed for every lot drawn in the consultation, any value
     * @return this builder
     */
    public Builder seed(long value) {
      this.seed = value;
      return this;
    }

    /**
     * {@return the spec}
     *
     * @throws IllegalStateException naming the first required part that was not set
     * @throws IllegalArgumentException if a part is invalid
     */
    public ConsultationSpec build() {
      checkState(id != null, "consultation spec: id was not set");
      checkState(title != null, "consultation spec: title was not set");
      checkState(issue != null, "consultation spec: issue was not set");
      checkState(method != null, "consultation spec: method was not set");
      checkState(rule != null, "consultation spec: rule was not set");
      checkState(electorate != null, "consultation spec: electorate was not set");
      return new ConsultationSpec(id, title, issue, method, methodParameters, rule,
          ruleParameters, alternatives, electorate, seed);
    }
  }
}
