package io.yishi.voting.preflib;

import static com.google.common.base.Preconditions.checkNotNull;

import io.yishi.voting.ranked.Profile;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Reads and writes PrefLib ordinal files ({@code .soc}, {@code .soi}, {@code .toc}, {@code
 * .toi}), as described at <a href="https://www.preflib.org/format">preflib.org/format</a>.
 *
 * <p>Two layouts are read. The current one:
 *
 * <pre>{@code
 * # FILE NAME: ward-3.toc
 * # TITLE: Ward 3 council seat
 * # DATA TYPE: toc
 * # NUMBER ALTERNATIVES: 3
 * # NUMBER VOTERS: 5
 * # NUMBER UNIQUE ORDERS: 2
 * # ALTERNATIVE NAME 1: Alice
 * # ALTERNATIVE NAME 2: Bob
 * # ALTERNATIVE NAME 3: Chen
 * 3: 1,2,3
 * 2: 3,{1,2}
 * }</pre>
 *
 * (the last line has a tie, which only {@code toc} and {@code toi} files allow) and the older one,
 * still found in the wild: the number of alternatives, one {@code number,name} line each, a
 * {@code voters,sum of counts,unique orders} line, then {@code count,order} lines such as {@code
 * 3,1,2,3} or {@code 2,3,{1,2}}. Alternatives are numbered from 1; an alternative without a name
 * is named by its number. An incomplete order lists fewer alternatives; the rest share the last
 * place. Blank lines, spaces around numbers and CRLF line ends are accepted; the input is UTF-8.
 *
 * <p>A file that breaks the format fails with a {@link PrefLibFormatException} naming the line:
 * a malformed line, an alternative outside {@code 1..m} or twice in one order, an incomplete
 * order in a complete type, a tie in a strict type, a count below 1, a repeated header line, or
 * a header count ({@code NUMBER VOTERS}, {@code NUMBER UNIQUE ORDERS}, or the older counts line)
 * that the orders do not add up to. At most {@value Profile#MAX_CANDIDATES} alternatives.
 *
 * <p>Files are written in the current layout only, deterministically: the header entries, the
 * data type, the counts recomputed from the profile, the alternatives' names, then one line per
 * distinct order, by count descending and then by the order's text. Reading streams the file
 * through a small buffer and holds only the distinct orders, so files of millions of lines are
 * fine.
 *
 * <p>All methods are static and thread-safe.
 */
public final class PrefLib {

  /** Header keys PrefLib writes before the data type, in its order. */
  static final List<String> BEFORE_TYPE = List.of("FILE NAME", "TITLE", "DESCRIPTION");
  /** Header keys PrefLib writes after the data type, in its order. */
  static final List<String> AFTER_TYPE = List.of("MODIFICATION TYPE", "RELATES TO",
      "RELATED FILES", "PUBLICATION DATE", "MODIFICATION DATE");

  private PrefLib() {}

  /**
   * Reads a PrefLib file. Its type comes from the {@code # DATA TYPE} header line, or, for a
   * file without one (the older layout), from its extension.
   *
   * @param file the file, UTF-8
   * @return the file's type, header and orders
   * @throws PrefLibFormatException if the file breaks the format, naming the line; also if it has
   *     no data type line and its name does not end in {@code .soc}, {@code .soi}, {@code .toc}
   *     or {@code .toi}
   * @throws IOException if the file cannot be read
   */
  public static PrefLibFile read(Path file) throws IOException {
    checkNotNull(file, "file");
    try (InputStream in = Files.newInputStream(file)) {
      return new PrefLibReader(in, PrefLibType.fromFileName(file).orElse(null)).read();
    }
  }

  /**
   * Reads PrefLib text. Its type comes from the {@code # DATA TYPE} header line, or is {@code
   * typeIfNoHeader} for text without one (the older layout). The reader is read to its end and
   * not closed.
   *
   * @param reader the text; a {@link java.io.BufferedReader} is not needed, the text is buffered
   *     here
   * @param typeIfNoHeader the type to check the orders against when there is no data type line
   * @return the type, header and orders
   * @throws PrefLibFormatException if the text breaks the format, naming the line
   * @throws IOException if the reader fails
   */
  public static PrefLibFile read(Reader reader, PrefLibType typeIfNoHeader) throws IOException {
    checkNotNull(reader, "reader");
    checkNotNull(typeIfNoHeader, "typeIfNoHeader");
    return new PrefLibReader(new Utf8Input(reader), typeIfNoHeader).read();
  }

  /**
   * Writes a PrefLib file in the current layout, UTF-8, replacing the file if it exists.
   *
   * @param file what to write
   * @param path where to write it; its name should end in the type's extension
   * @throws IOException if the file cannot be written
   */
  public static void write(PrefLibFile file, Path path) throws IOException {
    checkNotNull(file, "file");
    checkNotNull(path, "path");
    try (Writer out = Files.newBufferedWriter(path, StandardCharsets.UTF_8)) {
      write(file, out);
    }
  }

  /**
   * Writes PrefLib text in the current layout, lines ending in LF. The writer is flushed, not
   * closed.
   *
   * @param file what to write
   * @param out where to write it
   * @throws IOException if the writer fails
   */
  public static void write(PrefLibFile file, Writer out) throws IOException {
    checkNotNull(file, "file");
    checkNotNull(out, "out");
    Profile profile = file.profile();
    Map<String, String> header = file.header();
    StringBuilder text = new StringBuilder(8192);
    for (String key : BEFORE_TYPE) {
      if (header.containsKey(key)) {
        headerLine(text, key, header.get(key));
      }
    }
    headerLine(text, "DATA TYPE", file.type().extension());
    for (String key : AFTER_TYPE) {
      if (header.containsKey(key)) {
        headerLine(text, key, header.get(key));
      }
    }
    for (Map.Entry<String, String> e : header.entrySet()) {
      if (!BEFORE_TYPE.contains(e.getKey()) && !AFTER_TYPE.contains(e.getKey())) {
        headerLine(text, e.getKey(), e.getValue());
      }
    }
    List<String> names = profile.candidates();
    int distinct = profile.distinctBallots();
    headerLine(text, "NUMBER ALTERNATIVES", String.valueOf(names.size()));
    headerLine(text, "NUMBER VOTERS", String.valueOf(profile.voters()));
    headerLine(text, "NUMBER UNIQUE ORDERS", String.valueOf(distinct));
    for (int i = 0; i < names.size(); i++) {
      headerLine(text, "ALTERNATIVE NAME " + (i + 1), names.get(i));
    }
    String[] orders = new String[distinct];
    Integer[] byCount = new Integer[distinct];
    for (int b = 0; b < distinct; b++) {
      orders[b] = orderText(profile.tiers(b));
      byCount[b] = b;
    }
    Arrays.sort(byCount, Comparator.<Integer>comparingLong(b -> -profile.count(b))
        .thenComparing(b -> orders[b]));
    for (int b : byCount) {
      text.append(profile.count(b)).append(": ").append(orders[b]).append('\n');
      if (text.length() >= 8192) {
        out.write(text.toString());
        text.setLength(0);
      }
    }
    out.write(text.toString());
    out.flush();
  }

  /**
   * {@return the file as PrefLib text in the current layout}, exactly what {@link
   * #write(PrefLibFile, Writer)} writes
   *
   * @param file what to write
   */
  public static String toText(PrefLibFile file) {
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

  /** {@code 3,{1,2},4}: tiers best first, alternatives from 1, ties in braces. */
  private static String orderText(int[][] tiers) {
    StringBuilder s = new StringBuilder();
    for (int t = 0; t < tiers.length; t++) {
      if (t > 0) {
        s.append(',');
      }
      int[] tier = tiers[t];
      if (tier.length == 1) {
        s.append(tier[0] + 1);
      } else {
        s.append('{');
        int[] sorted = tier.clone();
        Arrays.sort(sorted);
        for (int i = 0; i < sorted.length; i++) {
          if (i > 0) {
            s.append(',');
          }
          s.append(sorted[i] + 1);
        }
        s.append('}');
      }
    }
    return s.toString();
  }
}
