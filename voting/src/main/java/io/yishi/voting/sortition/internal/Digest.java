package io.yishi.voting.sortition.internal;

import io.yishi.voting.sortition.Panel;
import io.yishi.voting.sortition.PanelDistribution;
import io.yishi.voting.sortition.Quota;
import io.yishi.voting.sortition.SortitionProblem;
import io.yishi.voting.sortition.Volunteer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * SHA-256 digests of a problem and of a distribution, over a canonical text in which every
 * string is length-prefixed and every number written exactly, so equal values give equal
 * digests whichever way they were read.
 */
public final class Digest {

  private Digest() {}

  /**
   * {@return the hex SHA-256 of the problem's canonical text}
   *
   * @param problem the problem
   */
  public static String of(SortitionProblem problem) {
    StringBuilder text = new StringBuilder("sortition-problem/1");
    field(text, problem.panelSize());
    field(text, problem.oneMemberPerHousehold() ? "households" : "no-households");
    for (Quota q : problem.quotas()) {
      field(text, q.feature());
      field(text, q.value());
      field(text, q.min());
      field(text, q.max());
      field(text, String.valueOf(q.minFlex()));
      field(text, String.valueOf(q.maxFlex()));
    }
    for (Volunteer v : problem.pool().volunteers()) {
      field(text, v.id());
      field(text, v.householdKey());
      for (Map.Entry<String, String> f : v.features().entrySet()) {
        field(text, f.getKey());
        field(text, f.getValue());
      }
      field(text, ";");
    }
    return sha256(text.toString());
  }

  /**
   * {@return the hex SHA-256 of the distribution's canonical text}
   *
   * @param d the distribution
   */
  public static String of(PanelDistribution d) {
    StringBuilder text = new StringBuilder("panel-distribution/1");
    field(text, d.algorithm());
    field(text, d.panelSize());
    for (List<String> group : d.groups()) {
      group.forEach(id -> field(text, id));
      field(text, ";");
    }
    for (Panel p : d.panels()) {
      p.seats().forEach(s -> field(text, s));
      field(text, Double.toHexString(p.probability()));
    }
    return sha256(text.toString());
  }

  private static void field(StringBuilder text, Object value) {
    String s = String.valueOf(value);
    text.append('|').append(s.length()).append(':').append(s);
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
