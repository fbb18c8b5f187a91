package io.yishi.voting.preflib;

import static com.google.common.base.Preconditions.checkNotNull;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads and writes PrefLib categorical files ({@code .cat}), as described at <a
 * href="https://www.preflib.org/format">preflib.org/format</a>: each voter sorts the alternatives
 * into ordered categories — PrefLib's approval data sets use two, "Yes" and "No".
 *
 * <pre>{@code
 * # TITLE: Garden day
 * # DATA TYPE: cat
 * # NUMBER ALTERNATIVES: 4
 * # NUMBER VOTERS: 3
 * # NUMBER UNIQUE PREFERENCES: 2
 * # NUMBER CATEGORIES: 2
 * # CATEGORY NAME 1: Yes
 * # CATEGORY NAME 2: No
 * # ALTERNATIVE NAME 1: roses
 * # ALTERNATIVE NAME 2: herbs
 * # ALTERNATIVE NAME 3: pond
 * # ALTERNATIVE NAME 4: benches
 * 2: {1,3},{2,4}
 * 1: 2,{1,3,4}
 * }</pre>
 *
 * <p>A preference line is {@code count: group,group,…} with one group per category, best first; a
 * group is one alternative ({@code 2}), several in braces ({@code {1,3}}) or none ({@code {}}).
 * An alternative may be left out of every group; none may appear twice in one line. Alternatives
 * and categories are numbered from 1; one without a name is named by its number. Blank lines,
 * spaces and CRLF line ends are accepted; the input is UTF-8.
 *
 * <p>A file that breaks the format fails with a {@link PrefLibFormatException} naming the line
 * and what was expected: a malformed header or preference line, a {@code DATA TYPE} other than
 * {@code cat}, a missing {@code NUMBER ALTERNATIVES} or {@code NUMBER CATEGORIES}, a line with
 * another number of groups, an alternative outside {@code 1..m} or twice in a line, a count below
 * 1, a repeated header line, or a {@code NUMBER VOTERS} or {@code NUMBER UNIQUE PREFERENCES} that
 * the lines do not add up to.
 *
 * <p>Files are written deterministically: the descriptive header in PrefLib's order, the counts
 * recomputed from the preferences, the category and alternative names, then the preferences in
 * the file's order, so that writing and reading gives back an equal {@link CategoricalFile}. All
 * methods are static and thread-safe.
 */
public final class PrefLibCategorical {

  private static final String LINE_RULE = "expected 'count: group,group,…' with a group a number,"
      + " {numbers} or {}";

  private PrefLibCategorical() {}

  /**
   * Reads a categorical file.
   *
   * @param file the file, UTF-8
   * @return its header, alternatives, categories and preferences
   * @throws PrefLibFormatException if the file breaks the format, naming the line
   * @throws IOException if the file cannot be read
   */
  public static CategoricalFile read(Path file) throws IOException {
    checkNotNull(file, "file");
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(in);
    }
  }

  /**
   * Reads categorical text to its end; the reader is not closed.
   *
   * @param reader the text
   * @return its header, alternatives, categories and preferences
   * @throws PrefLibFormatException if the text breaks the format, naming the line
   * @throws IOException if the reader fails
   */
  public static CategoricalFile read(Reader reader) throws IOException {
    checkNotNull(reader, "reader");
    BufferedReader in = new BufferedReader(reader);
    Map<String, String> header = new LinkedHashMap<>();
    Map<String, Integer> keyLines = new HashMap<>();
    Map<Integer, String> altNames = new HashMap<>();
    Map<Integer, String> catNames = new HashMap<>();
    Map<Integer, Integer> altLines = new HashMap<>();
    Map<Integer, Integer> catLines = new HashMap<>();
    long m = -1;
    long k = -1;
    long votersClaim = -1;
    long uniqueClaim = -1;
    int votersLine = 0;
    int uniqueLine = 0;
    List<CategoricalFile.Preference> preferences = new ArrayList<>();
    long voters = 0;
    int lineNo = 0;
    String raw;
    while ((raw = in.readLine()) != null) {
      lineNo++;
      String line = raw.strip();
      if (line.isEmpty()) {
        continue;
      }
      if (line.startsWith("#")) {
        if (!preferences.isEmpty()) {
          throw new PrefLibFormatException(lineNo, quote(line),
              "header lines must come before the preferences");
        }
        int colon = line.indexOf(':');
        String key = colon < 0 ? "" : line.substring(1, colon).strip();
        if (key.isEmpty()) {
          throw new PrefLibFormatException(lineNo, quote(line), "expected '# KEY: value'");
        }
        String value = line.substring(colon + 1).strip();
        Integer first = keyLines.putIfAbsent(key, lineNo);
        if (first != null) {
          throw new PrefLibFormatException(lineNo, null,
              "the header line '" + key + "' repeats line " + first);
        }
        switch (key) {
          case "DATA TYPE":
            if (!value.equals("cat")) {
              throw new PrefLibFormatException(lineNo, quote(value), "expected data type cat");
            }
            break;
          case "NUMBER ALTERNATIVES":
            m = number(value, 1, io.yishi.voting.cardinal.ApprovalProfile.MAX_CANDIDATES, lineNo,
                "expected a number of alternatives from 1 to "
                    + io.yishi.voting.cardinal.ApprovalProfile.MAX_CANDIDATES);
            break;
          case "NUMBER CATEGORIES":
            k = number(value, 1, 1000, lineNo, "expected a number of categories from 1 to 1000");
            break;
          case "NUMBER VOTERS":
            votersClaim = number(value, 0, Long.MAX_VALUE, lineNo, "expected a number of voters");
            votersLine = lineNo;
            break;
          case "NUMBER UNIQUE PREFERENCES":
            uniqueClaim = number(value, 0, Long.MAX_VALUE, lineNo,
                "expected a number of unique preferences");
            uniqueLine = lineNo;
            break;
          default:
            if (key.startsWith("ALTERNATIVE NAME")) {
              name(key, "ALTERNATIVE NAME", value, lineNo, altNames, altLines, "alternative");
            } else if (key.startsWith("CATEGORY NAME")) {
              name(key, "CATEGORY NAME", value, lineNo, catNames, catLines, "category");
            } else {
              header.put(key, value);
            }
        }
        continue;
      }
      if (m < 0 || k < 0) {
        throw new PrefLibFormatException(lineNo, null, "expected '# NUMBER ALTERNATIVES: m' and"
            + " '# NUMBER CATEGORIES: k' before the first preference");
      }
      CategoricalFile.Preference p = preference(line, lineNo, (int) m, (int) k);
      if (voters > Long.MAX_VALUE - p.count()) {
        throw new PrefLibFormatException(lineNo, String.valueOf(p.count()),
            "the counts add up to more than " + Long.MAX_VALUE + " voters");
      }
      voters += p.count();
      preferences.add(p);
    }
    if (m < 0 || k < 0) {
      throw new PrefLibFormatException(lineNo + 1, "the end of the file",
          "expected '# NUMBER ALTERNATIVES: m' and '# NUMBER CATEGORIES: k'");
    }
    checkNames(altNames, altLines, m, "alternative");
    checkNames(catNames, catLines, k, "category");
    if (votersClaim >= 0 && votersClaim != voters) {
      throw new PrefLibFormatException(votersLine, null,
          "the header says " + votersClaim + " voters, the preferences add up to " + voters);
    }
    if (uniqueClaim >= 0 && uniqueClaim != preferences.size()) {
      throw new PrefLibFormatException(uniqueLine, null, "the header says " + uniqueClaim
          + " unique preferences, the file has " + preferences.size());
    }
    List<String> alternatives = new ArrayList<>();
    for (int i = 1; i <= m; i++) {
      alternatives.add(altNames.getOrDefault(i, String.valueOf(i)));
    }
    List<String> categories = new ArrayList<>();
    for (int i = 1; i <= k; i++) {
      categories.add(catNames.getOrDefault(i, String.valueOf(i)));
    }
    return new CategoricalFile(header, alternatives, categories, preferences);
  }

  private static void name(String key, String prefix, String value, int lineNo,
      Map<Integer, String> names, Map<Integer, Integer> lines, String what) {
    long i = number(key.substring(prefix.length()).strip(), 1, Integer.MAX_VALUE, lineNo,
        "expected '# " + prefix + " i: name' with i from 1");
    if (names.putIfAbsent((int) i, value) != null) {
      throw new PrefLibFormatException(lineNo, null,
          what + " " + i + " is named twice, first on line " + lines.get((int) i));
    }
    lines.put((int) i, lineNo);
  }

  private static void checkNames(Map<Integer, String> names, Map<Integer, Integer> lines,
      long limit, String what) {
    for (Map.Entry<Integer, String> e : names.entrySet()) {
      if (e.getKey() > limit) {
        throw new PrefLibFormatException(lines.get(e.getKey()), String.valueOf(e.getKey()),
            "expected a" + (what.startsWith("a") ? "n " : " ") + what + " from 1 to " + limit);
      }
    }
  }

  /** Parses {@code count: group,group,…}. */
  private static CategoricalFile.Preference preference(String line, int lineNo, int m, int k) {
    int colon = line.indexOf(':');
    if (colon < 0) {
      throw new PrefLibFormatException(lineNo, quote(line), LINE_RULE);
    }
    long count = number(line.substring(0, colon).strip(), 1, Long.MAX_VALUE, lineNo,
        "expected a count of at least 1 before ':'");
    List<List<Integer>> groups = new ArrayList<>();
    boolean[] seen = new boolean[m + 1];
    String rest = line.substring(colon + 1);
    int at = 0;
    int n = rest.length();
    while (true) {
      at = skipBlanks(rest, at);
      List<Integer> group = new ArrayList<>();
      if (at < n && rest.charAt(at) == '{') {
        int close = rest.indexOf('}', at);
        if (close < 0) {
          throw new PrefLibFormatException(lineNo, quote(line), LINE_RULE + "; a '{' is not"
              + " closed");
        }
        String inside = rest.substring(at + 1, close).strip();
        if (!inside.isEmpty()) {
          for (String item : inside.split(",", -1)) {
            group.add(alternative(item, line, lineNo, m, seen));
          }
        }
        at = close + 1;
      } else {
        int end = rest.indexOf(',', at);
        end = end < 0 ? n : end;
        group.add(alternative(rest.substring(at, end), line, lineNo, m, seen));
        at = end;
      }
      groups.add(group);
      at = skipBlanks(rest, at);
      if (at >= n) {
        break;
      }
      if (rest.charAt(at) != ',') {
        throw new PrefLibFormatException(lineNo, quote(line), LINE_RULE);
      }
      at++;
    }
    if (groups.size() != k) {
      throw new PrefLibFormatException(lineNo, quote(line),
          "expected " + k + " groups, one per category, found " + groups.size());
    }
    return new CategoricalFile.Preference(count, groups);
  }

  private static int alternative(String item, String line, int lineNo, int m, boolean[] seen) {
    String s = item.strip();
    long a;
    try {
      a = Long.parseLong(s);
    } catch (NumberFormatException e) {
      throw new PrefLibFormatException(lineNo, quote(line), LINE_RULE + "; '" + s
          + "' is not a number");
    }
    if (a < 1 || a > m) {
      throw new PrefLibFormatException(lineNo, String.valueOf(a),
          "expected an alternative from 1 to " + m);
    }
    if (seen[(int) a]) {
      throw new PrefLibFormatException(lineNo, String.valueOf(a),
          "expected each alternative at most once in a preference");
    }
    seen[(int) a] = true;
    return (int) a - 1;
  }

  private static int skipBlanks(String s, int at) {
    int i = at;
    while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
      i++;
    }
    return i;
  }

  private static long number(String text, long low, long high, int lineNo, String rule) {
    long v;
    try {
      v = Long.parseLong(text.strip());
    } catch (NumberFormatException e) {
      throw new PrefLibFormatException(lineNo, quote(text), rule);
    }
    if (v < low || v > high) {
      throw new PrefLibFormatException(lineNo, String.valueOf(v), rule);
    }
    return v;
  }

  private static String quote(String s) {
    return "'" + (s.length() > 60 ? s.substring(0, 60) + "…" : s) + "'";
  }

  /**
   * Writes a categorical file, UTF-8, replacing the file if it exists.
   *
   * @param file what to write
   * @param path where to write it; its name should end in {@code .cat}
   * @throws IOException if the file cannot be written
   */
  public static void write(CategoricalFile file, Path path) throws IOException {
    checkNotNull(file, "file");
    checkNotNull(path, "path");
    try (Writer out = Files.newBufferedWriter(path, StandardCharsets.UTF_8)) {
      write(file, out);
    }
  }

  /**
   * Writes categorical text, lines ending in LF. The writer is flushed, not closed.
   *
   * @param file what to write
   * @param out where to write it
   * @throws IOException if the writer fails
   */
  public static void write(CategoricalFile file, Writer out) throws IOException {
    checkNotNull(file, "file");
    checkNotNull(out, "out");
    StringBuilder text = new StringBuilder(8192);
    Map<String, String> header = file.header();
    for (String key : PrefLib.BEFORE_TYPE) {
      if (header.containsKey(key)) {
        headerLine(text, key, header.get(key));
      }
    }
    headerLine(text, "DATA TYPE", "cat");
    for (String key : PrefLib.AFTER_TYPE) {
      if (header.containsKey(key)) {
        headerLine(text, key, header.get(key));
      }
    }
    for (Map.Entry<String, String> e : header.entrySet()) {
      if (!PrefLib.BEFORE_TYPE.contains(e.getKey()) && !PrefLib.AFTER_TYPE.contains(e.getKey())) {
        headerLine(text, e.getKey(), e.getValue());
      }
    }
    headerLine(text, "NUMBER ALTERNATIVES", String.valueOf(file.alternatives().size()));
    headerLine(text, "NUMBER VOTERS", String.valueOf(file.voters()));
    headerLine(text, "NUMBER UNIQUE PREFERENCES", String.valueOf(file.preferences().size()));
    headerLine(text, "NUMBER CATEGORIES", String.valueOf(file.categories().size()));
    for (int i = 0; i < file.categories().size(); i++) {
      headerLine(text, "CATEGORY NAME " + (i + 1), file.categories().get(i));
    }
    for (int i = 0; i < file.alternatives().size(); i++) {
      headerLine(text, "ALTERNATIVE NAME " + (i + 1), file.alternatives().get(i));
    }
    for (CategoricalFile.Preference p : file.preferences()) {
      text.append(p.count()).append(": ");
      for (int g = 0; g < p.groups().size(); g++) {
        if (g > 0) {
          text.append(',');
        }
        List<Integer> group = p.groups().get(g);
        if (group.size() == 1) {
          text.append(group.get(0) + 1);
        } else {
          text.append('{');
          for (int i = 0; i < group.size(); i++) {
            if (i > 0) {
              text.append(',');
            }
            text.append(group.get(i) + 1);
          }
          text.append('}');
        }
      }
      text.append('\n');
      if (text.length() >= 8192) {
        out.write(text.toString());
        text.setLength(0);
      }
    }
    out.write(text.toString());
    out.flush();
  }

  /**
   * {@return the file as categorical text}, exactly what {@link #write(CategoricalFile, Writer)}
   * writes
   *
   * @param file what to write
   */
  public static String toText(CategoricalFile file) {
    StringWriter out = new StringWriter();
    try {
      write(file, out);
    } catch (IOException e) {
      throw new UncheckedIOException("a StringWriter does not fail", e);
    }
    return out.toString();
  }

  private static void headerLine(StringBuilder text, String key, String value) {
    text.append("# ").append(key).append(':');
    if (!value.isEmpty()) {
      text.append(' ').append(value);
    }
    text.append('\n');
  }
}
