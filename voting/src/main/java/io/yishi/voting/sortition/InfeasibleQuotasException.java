package io.yishi.voting.sortition;

import static com.google.common.base.Preconditions.checkNotNull;

import io.yishi.core.YishiException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * No panel of the requested size meets every quota (and the household rule, when it applies).
 * Carries the smallest relaxation of the quotas within their flexible bounds that makes a panel
 * possible, as the Sortition Foundation's tools suggest it (RULES.md section 5, step 2): lowering
 * a minimum costs {@code 1 + 2/min} per seat, so small minimums are kept where possible, and
 * raising a maximum costs 1 per seat. When no relaxation within the flexible bounds helps, the
 * suggestion is empty.
 *
 * <p>The message lists the changed quotas, e.g. {@code quotas: cannot all be met by a panel of
 * 15; the smallest relaxation within the flexible bounds: age=18-29 min 3 → 2}.
 */
public final class InfeasibleQuotasException extends YishiException {

  private static final long serialVersionUID = 1L;

  private final transient List<Quota> original;
  private final transient List<Quota> suggested;

  /**
   * Creates the exception.
   *
   * @param panelSize the panel size asked for
   * @param original the quotas as given
   * @param suggested the relaxed quotas, in the order of {@code original}, or empty if no
   *     relaxation within the flexible bounds makes a panel possible
   */
  public InfeasibleQuotasException(int panelSize, List<Quota> original, List<Quota> suggested) {
    super("quotas", null, rule(panelSize, original, suggested));
    this.original = List.copyOf(checkNotNull(original, "original"));
    this.suggested = List.copyOf(checkNotNull(suggested, "suggested"));
  }

  private static String rule(int panelSize, List<Quota> original, List<Quota> suggested) {
    String head = "cannot all be met by a panel of " + panelSize;
    if (suggested.isEmpty()) {
      return head + ", and no relaxation within the flexible bounds (min_flex, max_flex) helps";
    }
    return head + "; the smallest relaxation within the flexible bounds: "
        + changes(original, suggested).stream().collect(Collectors.joining("; "));
  }

  private static List<String> changes(List<Quota> original, List<Quota> suggested) {
    List<String> out = new java.util.ArrayList<>();
    for (int i = 0; i < original.size(); i++) {
      Quota a = original.get(i);
      Quota b = suggested.get(i);
      if (a.min() != b.min()) {
        out.add(a.feature() + "=" + a.value() + " min " + a.min() + " → " + b.min());
      }
      if (a.max() != b.max()) {
        out.add(a.feature() + "=" + a.value() + " max " + a.max() + " → " + b.max());
      }
    }
    return out;
  }

  /** {@return the quotas as given} */
  public List<Quota> original() {
    return original;
  }

  /**
   * {@return the relaxed quotas in the order of {@link #original()}, or empty if no relaxation
   * within the flexible bounds makes a panel possible}
   */
  public List<Quota> suggested() {
    return suggested;
  }

  /** {@return the changes the suggestion makes, one per bound, e.g. {@code "age=18-29 min 3 → 2"}} */
  public List<String> changes() {
    return suggested.isEmpty() ? List.of() : changes(original, suggested);
  }
}
