package io.yishi.voting.preflib;

import io.yishi.voting.ranked.Profile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads one PrefLib file, by hand: a million-line file must read in a few hundred milliseconds, so
 * the UTF-8 bytes are scanned in a reused buffer without decoding (orders are ASCII), numbers are
 * parsed in place and each order goes straight into the profile builder through reused arrays.
 * Only header lines and error messages make strings. Not thread-safe; one instance per file.
 */
final class PrefLibReader {

  private static final int SHOWN = 60;
  private static final String CURRENT_ORDER = "expected 'count: order'";
  private static final String OLDER_ORDER = "expected 'count,order'";

  private final InputStream in;
  private final @Nullable PrefLibType typeIfNoHeader;
  private byte[] buf = new byte[1 << 16];
  private int pos;
  private int limit;
  private boolean eof;
  /** The current line is {@code buf[start, end)}, trimmed of blanks; {@code line} is 1-based. */
  private int start;
  private int end;
  private int line;
  private boolean atStart = true;

  // the orders' state, sized when the number of alternatives is known
  private int m;
  private PrefLibType type = PrefLibType.TOI;
  private int[] items = new int[0];
  private int[] tierEnds = new int[0];
  private int[] seen = new int[0];
  private int stamp;
  private int[][] strict = new int[0][];

  private long voters;
  private long orderLines;

  PrefLibReader(InputStream in, @Nullable PrefLibType typeIfNoHeader) {
    this.in = in;
    this.typeIfNoHeader = typeIfNoHeader;
  }

  PrefLibFile read() throws IOException {
    if (!nextLine()) {
      throw new PrefLibFormatException(1, null,
          "expected a PrefLib header or the number of alternatives, the file is empty");
    }
    return buf[start] == '#' ? readCurrent() : readOlder();
  }

  private PrefLibFile readCurrent() throws IOException {
    Map<String, String> header = new LinkedHashMap<>();
    Map<String, Integer> keyLines = new HashMap<>();
    Map<Integer, String> names = new HashMap<>();
    Map<Integer, Integer> nameLines = new HashMap<>();
    PrefLibType dataType = null;
    int alternatives = -1;
    int alternativesLine = 0;
    long votersClaim = -1;
    int votersLine = 0;
    long uniqueClaim = -1;
    int uniqueLine = 0;
    boolean more = true;
    while (more && buf[start] == '#') {
      int colon = indexOf(':', start + 1);
      String key = colon < 0 ? "" : text(start + 1, colon).strip();
      if (key.isEmpty()) {
        throw new PrefLibFormatException(line, shown(), "expected '# KEY: value'");
      }
      String value = text(colon + 1, end).strip();
      Integer first = keyLines.putIfAbsent(key, line);
      if (first != null) {
        throw new PrefLibFormatException(line, null,
            "the header line '" + key + "' repeats line " + first);
      }
      switch (key) {
        case "DATA TYPE":
          dataType = PrefLibType.fromExtension(value).filter(t -> !value.startsWith("."))
              .orElseThrow(() -> new PrefLibFormatException(line, quote(value),
                  "expected a data type soc, soi, toc or toi"));
          break;
        case "NUMBER ALTERNATIVES":
          alternatives = (int) number(value, 1, Profile.MAX_CANDIDATES,
              "expected a number of alternatives from 1 to " + Profile.MAX_CANDIDATES);
          alternativesLine = line;
          break;
        case "NUMBER VOTERS":
          votersClaim = number(value, 0, Long.MAX_VALUE, "expected a number of voters");
          votersLine = line;
          break;
        case "NUMBER UNIQUE ORDERS":
          uniqueClaim = number(value, 0, Long.MAX_VALUE, "expected a number of unique orders");
          uniqueLine = line;
          break;
        default:
          if (key.startsWith("ALTERNATIVE NAME")) {
            String index = key.substring("ALTERNATIVE NAME".length()).strip();
            int i = (int) number(index, 1, Integer.MAX_VALUE,
                "expected '# ALTERNATIVE NAME i: name' with i from 1");
            if (names.putIfAbsent(i, value) != null) {
              throw new PrefLibFormatException(line, null,
                  "alternative " + i + " is named twice, first on line " + nameLines.get(i));
            }
            nameLines.put(i, line);
          } else {
            header.put(key, value);
          }
      }
      more = nextLine();
    }
    if (alternatives < 0) {
      throw new PrefLibFormatException(line, null,
          "expected '# NUMBER ALTERNATIVES: m' before the first order");
    }
    for (Map.Entry<Integer, String> e : names.entrySet()) {
      if (e.getKey() > alternatives) {
        throw new PrefLibFormatException(nameLines.get(e.getKey()), String.valueOf(e.getKey()),
            "expected an alternative from 1 to " + alternatives);
      }
    }
    PrefLibType t = dataType != null ? dataType : typeIfNoHeader;
    if (t == null) {
      throw new PrefLibFormatException(1, null, "the header has no '# DATA TYPE' line and the"
          + " file's name does not end in .soc, .soi, .toc or .toi");
    }
    List<String> candidates = candidates(alternatives, names, nameLines, alternativesLine);
    Profile profile = readOrders(candidates, t, ':', CURRENT_ORDER, more);
    if (votersClaim >= 0 && votersClaim != voters) {
      throw new PrefLibFormatException(votersLine, null,
          "the header says " + votersClaim + " voters, the orders add up to " + voters);
    }
    if (uniqueClaim >= 0 && uniqueClaim != orderLines) {
      throw new PrefLibFormatException(uniqueLine, null, "the header says " + uniqueClaim
          + " unique orders, the file has " + orderLines);
    }
    return new PrefLibFile(t, header, profile);
  }

  private PrefLibFile readOlder() throws IOException {
    int alternatives = (int) number(text(start, end), 1,
        Profile.MAX_CANDIDATES, "expected a PrefLib header or the number of alternatives, 1 to "
            + Profile.MAX_CANDIDATES);
    int alternativesLine = line;
    Map<Integer, String> names = new HashMap<>();
    Map<Integer, Integer> nameLines = new HashMap<>();
    for (int j = 0; j < alternatives; j++) {
      if (!nextLine()) {
        throw new PrefLibFormatException(line + 1, "the end of the file",
            "expected 'number,name' for " + alternatives + " alternatives");
      }
      int comma = indexOf(',', start);
      long i = comma < 0 ? -1 : parseNumber(start, comma);
      if (i < 0) {
        throw new PrefLibFormatException(line, shown(), "expected 'number,name'");
      }
      if (i < 1 || i > alternatives) {
        throw new PrefLibFormatException(line, String.valueOf(i),
            "expected an alternative from 1 to " + alternatives);
      }
      String name = text(comma + 1, end).strip();
      if (names.putIfAbsent((int) i, name) != null) {
        throw new PrefLibFormatException(line, null,
            "alternative " + i + " is named twice, first on line " + nameLines.get((int) i));
      }
      nameLines.put((int) i, line);
    }
    String countsRule = "expected 'voters,sum of counts,unique orders'";
    if (!nextLine()) {
      throw new PrefLibFormatException(line + 1, "the end of the file", countsRule);
    }
    int countsLine = line;
    long[] counts = new long[3];
    int from = start;
    for (int k = 0; k < 3; k++) {
      int to = k < 2 ? indexOf(',', from) : end;
      counts[k] = to < 0 ? -1 : parseNumber(from, to);
      if (counts[k] < 0) {
        throw new PrefLibFormatException(line, shown(), countsRule);
      }
      from = to + 1;
    }
    if (typeIfNoHeader == null) {
      throw new PrefLibFormatException(1, null, "a file in the older format has no data type"
          + " line, and this file's name does not end in .soc, .soi, .toc or .toi");
    }
    List<String> candidates = candidates(alternatives, names, nameLines, alternativesLine);
    Profile profile = readOrders(candidates, typeIfNoHeader, ',', OLDER_ORDER, nextLine());
    if (counts[0] != voters) {
      throw new PrefLibFormatException(countsLine, null,
          "the header says " + counts[0] + " voters, the orders add up to " + voters);
    }
    if (counts[1] != voters) {
      throw new PrefLibFormatException(countsLine, null, "the header says the counts add up to "
          + counts[1] + ", they add up to " + voters);
    }
    if (counts[2] != orderLines) {
      throw new PrefLibFormatException(countsLine, null, "the header says " + counts[2]
          + " unique orders, the file has " + orderLines);
    }
    return new PrefLibFile(typeIfNoHeader, Map.of(), profile);
  }

  /** The names, in alternative order; a missing or blank name becomes the number. */
  private static List<String> candidates(int alternatives, Map<Integer, String> names,
      Map<Integer, Integer> nameLines, int alternativesLine) {
    List<String> candidates = new ArrayList<>(alternatives);
    Map<String, Integer> byName = new HashMap<>();
    for (int i = 1; i <= alternatives; i++) {
      String name = names.getOrDefault(i, "");
      if (name.isEmpty()) {
        name = String.valueOf(i);
      }
      Integer other = byName.putIfAbsent(name, i);
      if (other != null) {
        int at = Math.max(nameLines.getOrDefault(i, alternativesLine),
            nameLines.getOrDefault(other, alternativesLine));
        throw new PrefLibFormatException(at, null,
            "alternatives " + other + " and " + i + " are both named '" + name + "'");
      }
      candidates.add(name);
    }
    return candidates;
  }

  /**
   * Reads order lines to the end of the file; the current line is the first of them if {@code
   * more}. Leaves the voter and line totals in fields.
   */
  private Profile readOrders(List<String> candidates, PrefLibType t, char separator,
      String shape, boolean more) throws IOException {
    m = candidates.size();
    type = t;
    items = new int[m];
    tierEnds = new int[m];
    seen = new int[m];
    strict = new int[m + 1][];
    Profile.Builder builder = Profile.builder(candidates);
    while (more) {
      readOrder(builder, separator, shape);
      orderLines++;
      more = nextLine();
    }
    return builder.build();
  }

  private void readOrder(Profile.Builder builder, char separator, String shape) {
    final byte[] b = buf;
    final int e = end;
    final int m = this.m;
    final int[] seen = this.seen;
    final int[] items = this.items;
    final int[] tierEnds = this.tierEnds;
    int i = start;
    int from = i;
    long count = 0;
    int d;
    while (i < e && (d = b[i] - '0') >= 0 && d <= 9) {
      count = count * 10 + d;
      i++;
    }
    if (i == from || i - from > 18) {
      throw malformed(shape);
    }
    i = skipBlanks(b, i, e);
    if (i >= e || b[i] != separator) {
      throw malformed(shape);
    }
    if (count < 1) {
      throw new PrefLibFormatException(line, String.valueOf(count),
          "expected a count of 1 or more");
    }
    i = skipBlanks(b, i + 1, e);
    if (i >= e) {
      throw new PrefLibFormatException(line, shown(),
          "expected at least one alternative after the count");
    }
    // Most lines are plain "a,b,c": read them in a tight loop, and give anything else (blanks,
    // braces, mistakes) to the general loop below, which starts the order again.
    final int orderStart = i;
    int tag = ++stamp;
    int n = 0;
    while (true) {
      from = i;
      int a = 0;
      while (i < e && (d = b[i] - '0') >= 0 && d <= 9) {
        a = a * 10 + d;
        i++;
      }
      if (i == from || i - from > 9 || a < 1 || a > m || seen[a - 1] == tag) {
        n = -1;
        break;
      }
      seen[a - 1] = tag;
      items[n++] = a - 1;
      if (i >= e) {
        break;
      }
      if (b[i] != ',') {
        n = -1;
        break;
      }
      i++;
    }
    if (n >= 0) {
      add(builder, n, n, false, tag, count);
      return;
    }
    i = orderStart;
    tag = ++stamp;
    n = 0;
    int tiers = 0;
    int tier = -1;  // where the open brace's tier starts, or -1 outside braces
    boolean ties = false;
    while (true) {
      if (tier < 0 && b[i] == '{') {
        tier = n;
        i = skipBlanks(b, i + 1, e);
      }
      from = i;
      int a = 0;
      while (i < e && (d = b[i] - '0') >= 0 && d <= 9) {
        a = a * 10 + d;
        i++;
      }
      if (i == from) {
        throw malformed(shape);
      }
      if (a < 1 || a > m || i - from > 9) {
        throw new PrefLibFormatException(line, text(from, i),
            "expected an alternative from 1 to " + m);
      }
      if (seen[a - 1] == tag) {
        throw new PrefLibFormatException(line, shown(),
            "alternative " + a + " appears twice in one order");
      }
      seen[a - 1] = tag;
      items[n++] = a - 1;
      if (i < e && (b[i] == ' ' || b[i] == '\t')) {
        i = skipBlanks(b, i, e);
      }
      if (tier >= 0 && i < e && b[i] == '}') {
        ties |= n - tier > 1;
        tier = -1;
        i = skipBlanks(b, i + 1, e);
      }
      if (tier < 0) {
        tierEnds[tiers++] = n;
      }
      if (i >= e) {
        break;
      }
      if (b[i] != ',') {
        throw malformed(shape);
      }
      i++;
      if (i < e && (b[i] == ' ' || b[i] == '\t')) {
        i = skipBlanks(b, i, e);
      }
      if (i >= e) {
        throw malformed(shape);
      }
    }
    if (tier >= 0) {
      throw malformed(shape);
    }
    add(builder, n, tiers, ties, tag, count);
  }

  /** Checks the order in {@code items} against the type and adds it. */
  private void add(Profile.Builder builder, int n, int tiers, boolean ties, int tag, long count) {
    if (ties && !type.allowsTies()) {
      throw new PrefLibFormatException(line, shown(),
          "a strict (" + type.extension() + ") file allows no ties");
    }
    if (n < m && !type.allowsIncomplete()) {
      int missing = 0;
      int[] seen = this.seen;
      while (seen[missing] == tag) {
        missing++;
      }
      throw new PrefLibFormatException(line, shown(), "a complete (" + type.extension()
          + ") order ranks all " + m + " alternatives; " + (missing + 1) + " is missing");
    }
    try {
      voters = Math.addExact(voters, count);
    } catch (ArithmeticException overflow) {
      throw new PrefLibFormatException(line, String.valueOf(count),
          "the counts add up to more than " + Long.MAX_VALUE);
    }
    if (!ties) {
      int[] order = strict[n];
      if (order == null) {
        order = new int[n];
        strict[n] = order;
      }
      System.arraycopy(items, 0, order, 0, n);
      builder.addOrder(order, count);
    } else {
      int[][] ranking = new int[tiers][];
      for (int t = 0, first = 0; t < tiers; t++) {
        ranking[t] = Arrays.copyOfRange(items, first, tierEnds[t]);
        first = tierEnds[t];
      }
      builder.add(ranking, count);
    }
  }

  private static int skipBlanks(byte[] b, int i, int e) {
    while (i < e && (b[i] == ' ' || b[i] == '\t')) {
      i++;
    }
    return i;
  }

  /**
   * Moves to the next line that is not blank and trims it; false at the end of the input. A
   * line ends at LF; a CR before it is trimmed with the other blanks.
   */
  private boolean nextLine() throws IOException {
    while (true) {
      int scan = pos;
      int lf = -1;
      while (true) {
        for (int i = scan; i < limit; i++) {
          if (buf[i] == '\n') {
            lf = i;
            break;
          }
        }
        if (lf >= 0 || eof) {
          break;
        }
        scan = fill();
      }
      if (lf < 0 && pos >= limit) {
        return false;
      }
      int s = pos;
      int e = lf >= 0 ? lf : limit;
      pos = lf >= 0 ? lf + 1 : limit;
      line++;
      if (atStart && e - s >= 3 && buf[s] == (byte) 0xEF && buf[s + 1] == (byte) 0xBB
          && buf[s + 2] == (byte) 0xBF) {
        s += 3;
      }
      atStart = false;
      while (s < e && isBlank(buf[s])) {
        s++;
      }
      while (e > s && isBlank(buf[e - 1])) {
        e--;
      }
      if (s < e) {
        start = s;
        end = e;
        return true;
      }
    }
  }

  /**
   * Moves the unread part to the front, grows the buffer if a line fills it, and reads more;
   * returns where scanning for the line's end resumes.
   */
  private int fill() throws IOException {
    int kept = limit - pos;
    System.arraycopy(buf, pos, buf, 0, kept);
    pos = 0;
    limit = kept;
    if (limit == buf.length) {
      buf = Arrays.copyOf(buf, buf.length * 2);
    }
    int n = in.read(buf, limit, buf.length - limit);
    if (n < 0) {
      eof = true;
    } else {
      limit += n;
    }
    return kept;
  }

  private static boolean isBlank(byte c) {
    return c == ' ' || c == '\t' || c == '\r';
  }

  private int indexOf(char c, int from) {
    for (int i = from; i < end; i++) {
      if (buf[i] == c) {
        return i;
      }
    }
    return -1;
  }

  /** Parses {@code buf[from, to)}, blanks around allowed, as a number; -1 if it is not one. */
  private long parseNumber(int from, int to) {
    from = skipBlanks(buf, from, to);
    while (to > from && (buf[to - 1] == ' ' || buf[to - 1] == '\t')) {
      to--;
    }
    if (to == from || to - from > 18) {
      return -1;
    }
    long v = 0;
    for (int i = from; i < to; i++) {
      int c = buf[i];
      if (c < '0' || c > '9') {
        return -1;
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }

  /** Parses a header value as a number in {@code [min, max]}, or fails on the current line. */
  private long number(String text, long min, long max, String rule) {
    long v = -1;
    if (!text.isEmpty() && text.length() <= 18
        && text.chars().allMatch(c -> c >= '0' && c <= '9')) {
      v = Long.parseLong(text);
    }
    if (v < min || v > max) {
      throw new PrefLibFormatException(line, quote(text), rule);
    }
    return v;
  }

  private PrefLibFormatException malformed(String shape) {
    return new PrefLibFormatException(line, shown(), shape);
  }

  /** The current line, quoted, shortened to {@value #SHOWN} characters. */
  private String shown() {
    String text = text(start, Math.min(end, start + 4 * SHOWN));
    return text.length() <= SHOWN && end - start <= 4 * SHOWN ? quote(text)
        : quote(text.substring(0, Math.min(text.length(), SHOWN)) + "…");
  }

  private String text(int from, int to) {
    return new String(buf, from, to - from, StandardCharsets.UTF_8);
  }

  private static String quote(String s) {
    return "'" + s + "'";
  }
}
