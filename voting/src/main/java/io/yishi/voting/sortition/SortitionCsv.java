package io.yishi.voting.sortition;

import static com.google.common.base.Preconditions.checkNotNull;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the Sortition Foundation's CSV files (RULES.md section 5).
 *
 * <ul>
 *   <li>Features file: header {@code feature,value,min,max} with optional {@code
 *       min_flex,max_flex}; the stratification app's {@code category,name,…} is read too. One row
 *       per feature value.
 *   <li>People file: header {@code id}, then one column per feature of the features file (other
 *       columns, such as names or addresses, are ignored), and an optional {@code household}
 *       column. When the household column is there, at most one member of a household may sit
 *       on the panel, as with the reference tools' address checking.
 * </ul>
 *
 * <p>Fields may be quoted with {@code "} (a doubled quote inside is a quote); surrounding spaces
 * are trimmed; blank lines are skipped; files are UTF-8 (a byte-order mark is ignored).
 */
public final class SortitionCsv {

  private SortitionCsv() {}

  /**
   * Reads a selection from the two files.
   *
   * @param people the people file
   * @param features the features (quotas) file
   * @param panelSize the panel size
   * @return the problem
   * @throws SortitionInputException naming the file, line and column if a file breaks the
   *     format, or as {@link SortitionProblem}'s constructor
   * @throws UncheckedIOException if a file cannot be read
   */
  public static SortitionProblem read(Path people, Path features, int panelSize) {
    checkNotNull(people, "people");
    checkNotNull(features, "features");
    List<Quota> quotas;
    try (Reader in = Files.newBufferedReader(features, StandardCharsets.UTF_8)) {
      quotas = readQuotas(in, features.getFileName().toString());
    } catch (IOException e) {
      throw new UncheckedIOException(features + ": cannot be read: " + e.getMessage(), e);
    }
    try (Reader in = Files.newBufferedReader(people, StandardCharsets.UTF_8)) {
      return readPeople(in, people.getFileName().toString(), quotas, panelSize);
    } catch (IOException e) {
      throw new UncheckedIOException(people + ": cannot be read: " + e.getMessage(), e);
    }
  }

  /**
   * Reads a features file.
   *
   * @param in the file's text
   * @param source the file's name, for messages
   * @return the quotas, in file order
   * @throws SortitionInputException naming the line and column if the file breaks the format
   * @throws IOException if reading fails
   */
  public static List<Quota> readQuotas(Reader in, String source) throws IOException {
    List<Row> rows = rows(in, source);
    Row header = header(rows, source);
    int feature = column(header, source, "feature", "category");
    int value = column(header, source, "value", "name");
    int min = column(header, source, "min");
    int max = column(header, source, "max");
    int minFlex = optionalColumn(header, "min_flex");
    int maxFlex = optionalColumn(header, "max_flex");
    List<Quota> quotas = new ArrayList<>();
    for (Row row : rows.subList(1, rows.size())) {
      row.expect(header, source);
      String where = source + " line " + row.line;
      quotas.add(new Quota(row.fields.get(feature), row.fields.get(value),
          number(row, min, where, "min"), number(row, max, where, "max"),
          minFlex < 0 ? null : number(row, minFlex, where, "min_flex"),
          maxFlex < 0 ? null : number(row, maxFlex, where, "max_flex")));
    }
    if (quotas.isEmpty()) {
      throw new SortitionInputException(source, null, "needs at least one feature value row");
    }
    return quotas;
  }

  /**
   * Reads a people file against the quotas.
   *
   * @param in the file's text
   * @param source the file's name, for messages
   * @param quotas the quotas, whose features the file must have as columns
   * @param panelSize the panel size
   * @return the problem; households apply if the file has a {@code household} column
   * @throws SortitionInputException naming the line and column if the file breaks the format
   *     or a value is not among the quotas' values
   * @throws IOException if reading fails
   */
  public static SortitionProblem readPeople(Reader in, String source, List<Quota> quotas,
      int panelSize) throws IOException {
    List<Row> rows = rows(in, source);
    Row header = header(rows, source);
    int id = column(header, source, "id");
    int household = optionalColumn(header, "household");
    Map<String, Integer> featureColumns = new LinkedHashMap<>();
    for (Quota q : quotas) {
      if (!featureColumns.containsKey(q.feature())) {
        int c = header.fields.indexOf(q.feature());
        if (c < 0) {
          throw new SortitionInputException(source + " line " + header.line, q.feature(),
              "the header needs a column for every feature of the features file");
        }
        featureColumns.put(q.feature(), c);
      }
    }
    List<Volunteer> volunteers = new ArrayList<>();
    for (Row row : rows.subList(1, rows.size())) {
      row.expect(header, source);
      Map<String, String> features = new LinkedHashMap<>();
      for (Map.Entry<String, Integer> f : featureColumns.entrySet()) {
        String value = row.fields.get(f.getValue());
        boolean known = quotas.stream()
            .anyMatch(q -> q.feature().equals(f.getKey()) && q.value().equals(value));
        if (!known) {
          throw new SortitionInputException(source + " line " + row.line + ": " + f.getKey(),
              "'" + value + "'", "must be one of the values the features file lists for '"
                  + f.getKey() + "' " + quotas.stream().filter(q -> q.feature().equals(f.getKey()))
                  .map(Quota::value).toList() + " (values match exactly)");
        }
        features.put(f.getKey(), value);
      }
      String rowId = row.fields.get(id);
      if (rowId.isEmpty()) {
        throw new SortitionInputException(source + " line " + row.line + ": id", null,
            "must not be blank");
      }
      volunteers.add(new Volunteer(rowId, features,
          household < 0 ? null : row.fields.get(household)));
    }
    if (volunteers.isEmpty()) {
      throw new SortitionInputException(source, null, "needs at least one volunteer row");
    }
    for (int i = 0; i < volunteers.size(); i++) {
      for (int j = 0; j < i; j++) {
        if (volunteers.get(i).id().equals(volunteers.get(j).id())) {
          throw new SortitionInputException(source + " line " + rows.get(i + 1).line + ": id",
              volunteers.get(i).id(), "ids must be unique (also on line "
                  + rows.get(j + 1).line + ")");
        }
      }
    }
    return new SortitionProblem(new Pool(volunteers), quotas, panelSize, household >= 0);
  }

  private static int number(Row row, int column, String where, String name) {
    String text = row.fields.get(column);
    try {
      return Integer.parseInt(text);
    } catch (NumberFormatException e) {
      throw new SortitionInputException(where + ": " + name, "'" + text + "'",
          "must be a whole number");
    }
  }

  /**
   * {@return the header line as written}: the format's own column names are matched without
   * regard to case, the features' names exactly, as the features file writes them
   */
  private static Row header(List<Row> rows, String source) {
    if (rows.isEmpty()) {
      throw new SortitionInputException(source, null, "is empty; it needs a header line");
    }
    Row header = rows.get(0);
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (String f : header.fields) {
      if (!seen.add(f.toLowerCase(Locale.ROOT))) {
        throw new SortitionInputException(source + " line " + header.line, f,
            "a column name must appear once in the header");
      }
    }
    return header;
  }

  private static int optionalColumn(Row header, String name) {
    for (int c = 0; c < header.fields.size(); c++) {
      if (header.fields.get(c).equalsIgnoreCase(name)) {
        return c;
      }
    }
    return -1;
  }

  private static int column(Row header, String source, String... names) {
    for (String name : names) {
      int c = optionalColumn(header, name);
      if (c >= 0) {
        return c;
      }
    }
    throw new SortitionInputException(source + " line " + header.line, header.fields,
        "the header needs a column '" + names[0] + "'");
  }

  private record Row(int line, List<String> fields) {
    void expect(Row header, String source) {
      if (fields.size() != header.fields.size()) {
        throw new SortitionInputException(source + " line " + line, fields.size() + " fields",
            "must have as many fields as the header (" + header.fields.size() + ")");
      }
    }
  }

  private static List<Row> rows(Reader reader, String source) throws IOException {
    BufferedReader in = new BufferedReader(reader);
    List<Row> rows = new ArrayList<>();
    String line;
    int number = 0;
    while ((line = in.readLine()) != null) {
      number++;
      if (number == 1 && line.startsWith("\uFEFF")) {
        line = line.substring(1);
      }
      if (line.isBlank()) {
        continue;
      }
      rows.add(new Row(number, split(line, source, number)));
    }
    return rows;
  }

  private static List<String> split(String line, String source, int number) {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char ch = line.charAt(i);
      if (quoted) {
        if (ch == '"') {
          if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
            field.append('"');
            i++;
          } else {
            quoted = false;
          }
        } else {
          field.append(ch);
        }
      } else if (ch == '"' && field.toString().isBlank()) {
        quoted = true;
        field.setLength(0);
      } else if (ch == ',') {
        fields.add(field.toString().trim());
        field.setLength(0);
      } else {
        field.append(ch);
      }
    }
    if (quoted) {
      throw new SortitionInputException(source + " line " + number, line,
          "a quoted field is not closed");
    }
    fields.add(field.toString().trim());
    return fields;
  }
}
