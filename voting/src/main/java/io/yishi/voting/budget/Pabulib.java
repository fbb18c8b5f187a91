package io.yishi.voting.budget;

import static com.google.common.base.Preconditions.checkNotNull;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads and writes pabulib {@code .pb} files, as described at <a
 * href="https://pabulib.org/format">pabulib.org/format</a>: three sections, each a title line
 * ({@code META}, {@code PROJECTS}, {@code VOTES}), a header line of column names, and
 * semicolon-separated rows; a field holding a semicolon or a double quote is quoted, with
 * quotes doubled.
 *
 * <pre>{@code
 * META
 * key;value
 * num_projects;2
 * num_votes;3
 * budget;1000
 * vote_type;approval
 * PROJECTS
 * project_id;cost;name
 * 1;600;Park benches
 * 2;800;"Library; reading room"
 * VOTES
 * voter_id;vote
 * 1;1,2
 * 2;1
 * 3;2
 * }</pre>
 *
 * <p>META must hold {@code budget}, {@code num_projects}, {@code num_votes} and {@code
 * vote_type}; only {@code approval} votes are read (ordinal, cumulative and scoring votes are
 * refused rather than silently read as approvals). PROJECTS needs the columns {@code project_id}
 * and {@code cost}, VOTES {@code voter_id} and {@code vote} (a comma-separated list of project
 * ids, possibly empty); other columns are kept as text. Spaces around fields, blank lines and CRLF
 * line ends are accepted; quoted fields may not span lines. A file that breaks the format fails
 * with a {@link PabulibFormatException} naming the line: a row with the wrong number of fields, a
 * missing or repeated section, key, project or voter, a cost that is not a number {@code >= 0}, a
 * vote naming an unknown project or one twice, or {@code num_projects} / {@code num_votes} that
 * disagree with the rows (reported at the META line).
 *
 * <p>Writing gives META in the file's order with {@code num_projects} and {@code num_votes} set
 * to the actual counts, then the projects and the votes with every column; reading what was
 * written gives an equal {@link PabulibFile}. All methods are static and thread-safe.
 */
public final class Pabulib {

  private Pabulib() {}

  /**
   * Reads a {@code .pb} file, UTF-8.
   *
   * @param file the file
   * @return its content
   * @throws PabulibFormatException if the file breaks the format, naming the line
   * @throws IOException if the file cannot be read
   */
  public static PabulibFile read(Path file) throws IOException {
    checkNotNull(file, "file");
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(in);
    }
  }

  /**
   * Reads {@code .pb} text. The reader is read to its end and not closed.
   *
   * @param reader the text
   * @return its content
   * @throws PabulibFormatException if the text breaks the format, naming the line
   * @throws IOException if the reader fails
   */
  public static PabulibFile read(Reader reader) throws IOException {
    checkNotNull(reader, "reader");
    return new Parser().parse(reader instanceof BufferedReader b ? b : new BufferedReader(reader));
  }

  /**
   * Writes a {@code .pb} file, UTF-8, replacing the file if it exists.
   *
   * @param file what to write
   * @param path where to write it
   * @throws IOException if the file cannot be written
   */
  public static void write(PabulibFile file, Path path) throws IOException {
    checkNotNull(file, "file");
    try (Writer out = Files.newBufferedWriter(path, StandardCharsets.UTF_8)) {
      write(file, out);
    }
  }

  /**
   * Writes {@code .pb} text, lines ending in LF. The writer is flushed, not closed.
   *
   * @param file what to write
   * @param out where to write it
   * @throws IOException if the writer fails
   */
  public static void write(PabulibFile file, Writer out) throws IOException {
    checkNotNull(file, "file");
    checkNotNull(out, "out");
    StringBuilder text = new StringBuilder(4096);
    text.append("META\nkey;value\n");
    Map<String, String> meta = new LinkedHashMap<>(file.meta());
    meta.put("num_projects", String.valueOf(file.projects().size()));
    meta.put("num_votes", String.valueOf(file.votes().size()));
    meta.putIfAbsent("vote_type", "approval");
    meta.forEach((k, v) -> row(text, List.of(k, v)));
    Set<String> projectColumns = new LinkedHashSet<>();
    file.projects().forEach(p -> projectColumns.addAll(p.fields().keySet()));
    text.append("PROJECTS\n");
    List<String> header = new ArrayList<>(List.of("project_id", "cost"));
    header.addAll(projectColumns);
    row(text, header);
    for (PabulibFile.ProjectRow p : file.projects()) {
      List<String> fields = new ArrayList<>(List.of(p.id(), p.cost().toPlainString()));
      projectColumns.forEach(c -> fields.add(p.fields().getOrDefault(c, "")));
      row(text, fields);
    }
    Set<String> voteColumns = new LinkedHashSet<>();
    file.votes().forEach(v -> voteColumns.addAll(v.fields().keySet()));
    text.append("VOTES\n");
    header = new ArrayList<>(List.of("voter_id", "vote"));
    header.addAll(voteColumns);
    row(text, header);
    for (PabulibFile.VoteRow v : file.votes()) {
      List<String> fields = new ArrayList<>(List.of(v.voterId(), String.join(",", v.vote())));
      voteColumns.forEach(c -> fields.add(v.fields().getOrDefault(c, "")));
      row(text, fields);
      if (text.length() > 1 << 16) {
        out.write(text.toString());
        text.setLength(0);
      }
    }
    out.write(text.toString());
    out.flush();
  }

  private static void row(StringBuilder text, List<String> fields) {
    for (int i = 0; i < fields.size(); i++) {
      String f = fields.get(i);
      if (f.indexOf('\n') >= 0 || f.indexOf('\r') >= 0) {
        // the format is one record a line: a line break cannot be written so that it reads back
        throw new IllegalArgumentException("field: must not hold a line break, was '"
            + f.replace("\n", "\\n").replace("\r", "\\r") + "'");
      }
      if (i > 0) {
        text.append(';');
      }
      if (f.indexOf(';') >= 0 || f.indexOf('"') >= 0 || !f.equals(f.trim())) {
        text.append('"').append(f.replace("\"", "\"\"")).append('"');
      } else {
        text.append(f);
      }
    }
    text.append('\n');
  }

  /** Splits one line into fields; null if a quote is left open. Unquoted fields are trimmed. */
  static List<String> split(String line) {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    int i = 0;
    while (true) {
      while (i < line.length() && line.charAt(i) == ' ') {
        i++;
      }
      if (i < line.length() && line.charAt(i) == '"') {
        i++;
        while (true) {
          if (i >= line.length()) {
            return null;
          }
          char ch = line.charAt(i++);
          if (ch == '"') {
            if (i < line.length() && line.charAt(i) == '"') {
              field.append('"');
              i++;
            } else {
              break;
            }
          } else {
            field.append(ch);
          }
        }
        while (i < line.length() && line.charAt(i) != ';') {
          if (line.charAt(i) != ' ') {
            return null;
          }
          i++;
        }
        fields.add(field.toString());
      } else {
        int end = line.indexOf(';', i);
        end = end < 0 ? line.length() : end;
        fields.add(line.substring(i, end).trim());
        i = end;
      }
      field.setLength(0);
      if (i >= line.length()) {
        return fields;
      }
      i++;
    }
  }

  /** One pass over the lines. */
  private static final class Parser {
    private final Map<String, String> meta = new LinkedHashMap<>();
    private final Map<String, Integer> metaLine = new LinkedHashMap<>();
    private final List<PabulibFile.ProjectRow> projects = new ArrayList<>();
    private final Map<String, Integer> projectIds = new LinkedHashMap<>();
    private final List<PabulibFile.VoteRow> votes = new ArrayList<>();
    private final Set<String> voterIds = new HashSet<>();
    private String section = "";
    private List<String> header = List.of();
    private boolean expectHeader;
    private int line;

    PabulibFile parse(BufferedReader in) throws IOException {
      String raw;
      List<String> seen = new ArrayList<>();
      while ((raw = in.readLine()) != null) {
        line++;
        if (line == 1 && raw.startsWith("\uFEFF")) {
          raw = raw.substring(1);
        }
        if (raw.isBlank()) {
          continue;
        }
        List<String> fields = split(raw);
        if (fields == null) {
          throw fail(raw, "a quoted field must close on its line");
        }
        String title = fields.size() == 1 ? fields.get(0).toUpperCase(Locale.ROOT) : "";
        if (title.equals("META") || title.equals("PROJECTS") || title.equals("VOTES")) {
          List<String> expected = List.of("META", "PROJECTS", "VOTES");
          if (seen.contains(title) || expected.indexOf(title) != seen.size()) {
            throw fail(raw, "expected the section " + (seen.size() < 3 ? expected.get(seen.size())
                : "rows") + " (sections come once each, in the order META, PROJECTS, VOTES)");
          }
          seen.add(title);
          section = title;
          expectHeader = true;
          continue;
        }
        if (section.isEmpty()) {
          throw fail(raw, "expected the section title META");
        }
        if (expectHeader) {
          header(raw, fields);
          continue;
        }
        if (fields.size() != header.size()) {
          throw fail(raw, "expected " + header.size() + " fields as in the header '"
              + String.join(";", header) + "'");
        }
        switch (section) {
          case "META" -> metaRow(raw, fields);
          case "PROJECTS" -> projectRow(raw, fields);
          default -> voteRow(raw, fields);
        }
      }
      line++;
      if (seen.size() < 3 || expectHeader) {
        throw fail(null, seen.size() < 3 ? "the file ends before the section "
            + List.of("META", "PROJECTS", "VOTES").get(seen.size())
            : "the file ends before the header of " + section);
      }
      check();
      return new PabulibFile(meta, projects, votes);
    }

    private void header(String raw, List<String> fields) {
      List<String> names = fields.stream().map(f -> f.toLowerCase(Locale.ROOT)).toList();
      if (new HashSet<>(names).size() != names.size()) {
        throw fail(raw, "expected a header without repeated column names");
      }
      boolean ok = switch (section) {
        case "META" -> names.equals(List.of("key", "value"));
        case "PROJECTS" -> names.contains("project_id") && names.contains("cost");
        default -> names.contains("voter_id") && names.contains("vote");
      };
      if (!ok) {
        throw fail(raw, "expected the " + section + " header " + switch (section) {
          case "META" -> "'key;value'";
          case "PROJECTS" -> "with the columns project_id and cost";
          default -> "with the columns voter_id and vote";
        });
      }
      header = names;
      expectHeader = false;
    }

    private void metaRow(String raw, List<String> fields) {
      String key = fields.get(0);
      if (key.isEmpty()) {
        throw fail(raw, "expected a META key");
      }
      if (meta.put(key, fields.get(1)) != null) {
        throw fail(raw, "META key '" + key + "' appears twice");
      }
      metaLine.put(key, line);
    }

    private Map<String, String> others(List<String> fields, String... known) {
      Map<String, String> others = new LinkedHashMap<>();
      for (int i = 0; i < header.size(); i++) {
        if (!List.of(known).contains(header.get(i))) {
          others.put(header.get(i), fields.get(i));
        }
      }
      return others;
    }

    private void projectRow(String raw, List<String> fields) {
      String id = fields.get(header.indexOf("project_id"));
      String cost = fields.get(header.indexOf("cost"));
      if (id.isEmpty()) {
        throw fail(raw, "expected a project_id");
      }
      if (projectIds.containsKey(id)) {
        throw fail(raw, "project '" + id + "' appears twice (first on line "
            + projectIds.get(id) + ")");
      }
      BigDecimal amount;
      try {
        amount = new BigDecimal(cost);
      } catch (NumberFormatException e) {
        amount = null;
      }
      if (amount == null || amount.signum() < 0) {
        throw fail(raw, "project '" + id + "': expected a cost, a number >= 0, found '" + cost
            + "'");
      }
      projectIds.put(id, line);
      projects.add(new PabulibFile.ProjectRow(id, amount, others(fields, "project_id", "cost")));
    }

    private void voteRow(String raw, List<String> fields) {
      String voter = fields.get(header.indexOf("voter_id"));
      if (voter.isEmpty()) {
        throw fail(raw, "expected a voter_id");
      }
      if (!voterIds.add(voter)) {
        throw fail(raw, "voter '" + voter + "' appears twice");
      }
      String vote = fields.get(header.indexOf("vote"));
      List<String> approved = new ArrayList<>();
      Set<String> once = new HashSet<>();
      if (!vote.isEmpty()) {
        for (String id : vote.split(",", -1)) {
          String p = id.trim();
          if (!projectIds.containsKey(p)) {
            throw fail(raw, "voter '" + voter + "': expected project ids from PROJECTS, found '"
                + p + "'");
          }
          if (!once.add(p)) {
            throw fail(raw, "voter '" + voter + "': project '" + p + "' is listed twice");
          }
          approved.add(p);
        }
      }
      votes.add(new PabulibFile.VoteRow(voter, approved, others(fields, "voter_id", "vote")));
    }

    private void check() {
      for (String key : List.of("budget", "num_projects", "num_votes", "vote_type")) {
        if (!meta.containsKey(key)) {
          throw new PabulibFormatException(line, null, "META has no key '" + key + "'");
        }
      }
      String type = meta.get("vote_type");
      if (!type.equals("approval")) {
        throw new PabulibFormatException(metaLine.get("vote_type"), type,
            "expected vote_type approval (the only type read; ordinal, cumulative and scoring"
                + " votes are not read as approvals)");
      }
      try {
        if (new BigDecimal(meta.get("budget")).signum() < 0) {
          throw new NumberFormatException();
        }
      } catch (NumberFormatException e) {
        throw new PabulibFormatException(metaLine.get("budget"), meta.get("budget"),
            "expected the budget, a number >= 0");
      }
      count("num_projects", projects.size(), "projects");
      count("num_votes", votes.size(), "votes");
    }

    private void count(String key, int actual, String what) {
      String declared = meta.get(key);
      if (!declared.equals(String.valueOf(actual))) {
        throw new PabulibFormatException(metaLine.get(key), declared,
            "META " + key + " must equal the " + actual + " " + what + " in the file");
      }
    }

    private PabulibFormatException fail(String raw, String rule) {
      return new PabulibFormatException(line, raw == null ? null : "'" + raw + "'", rule);
    }
  }
}
