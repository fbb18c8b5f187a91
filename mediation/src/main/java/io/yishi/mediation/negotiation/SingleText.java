package io.yishi.mediation.negotiation;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A single negotiating text: a mediator drafts one text, the parties criticise it rather than
 * bargain over positions, and the mediator revises it, round by round, until every party accepts
 * the same version or the rounds run out. An immutable value: each step returns a new state and
 * leaves this one as it was.
 *
 * <p>This is Roger Fisher's one-text procedure (Fisher and Ury, <i>Getting to Yes</i>, 1981),
 * which the United States' mediators used at Camp David in 1978, and the mediator-based protocols
 * of RULES.md §6.3 (GENIUS's {@code SimpleMediatorBasedProtocol}: the mediator offers, every
 * party votes, the mediator moves on), with the parties' reasons kept and every revision tied to
 * the criticisms it answers.
 *
 * <pre>{@code
 * SingleText talks = SingleText.start("Zhou", List.of("Wang", "Li"), 5)
 *     .propose("Zhou", "Quiet hours 21:00-07:00 in flat 502.")
 *     .accept("Wang", 1)
 *     .criticise("Li", 1, "My mother sleeps at 20:30.");             // c1
 * talks = talks.revise("Zhou", List.of("c1"), "Quiet hours 20:30-07:00 in flat 502.")
 *     .accept("Wang", 2)
 *     .accept("Li", 2);
 * talks.status();                                                 // AGREED
 * talks.agreed().orElseThrow().number();                          // 2
 * }</pre>
 *
 * <h2>The rules</h2>
 *
 * <ol>
 *   <li>The mediator, and only the mediator, proposes the first text: version 1. Round 1 opens.
 *   <li>In round {@code n} every party responds once to version {@code n}: it {@linkplain
 *       #accept accepts} the text as it stands or {@linkplain #criticise criticises} it. A
 *       criticism is numbered {@code c1}, {@code c2}, … in the order given, over the whole
 *       negotiation. A party names the version it responds to, so a response meant for an
 *       earlier text is refused rather than counted for the new one.
 *   <li>When every party has responded: if all accepted, they have agreed on version {@code n}
 *       and the negotiation ends. Otherwise, if round {@code n} was the last ({@code n =
 *       maxRounds}), it ends without agreement. Otherwise the mediator {@linkplain #revise
 *       revises} the text, naming the criticisms of version {@code n} that the revision answers
 *       (at least one); the revision is version {@code n + 1} and round {@code n + 1} opens.
 *       Criticisms a revision leaves unanswered lapse: a party raises them again on the new text
 *       if they still hold.
 *   <li>Acceptance is of one version: a party that accepted version {@code n} responds to
 *       version {@code n + 1} afresh.
 *   <li>Nothing follows the end.
 * </ol>
 *
 * <p>A refused step throws {@link InvalidSingleTextException} naming the step's field, the value
 * and the rule, e.g. {@code accept.by: a party responds once per round, and Li already accepted
 * version 2 in round 2, was 'Li'}; the state it was called on is unchanged, as always.
 *
 * <h2>As a value</h2>
 *
 * The components are the whole history: the setup, every version with the criticisms it answers
 * and the parties who accepted it, and every criticism with the version it criticises. Where the
 * negotiation stands ({@link #status()}, {@link #round()}, {@link #awaiting()}) follows from
 * them. The canonical constructor checks that the history could have happened under the rules,
 * so a state read from JSON is one the step methods could have built; as JSON:
 *
 * <pre>{@code
 * {"mediator": "Zhou", "parties": ["Wang", "Li"], "maxRounds": 5,
 *  "versions": [
 *    {"number": 1, "text": "Quiet hours 21:00-07:00 in flat 502.", "answers": [],
 *     "acceptedBy": ["Wang"]},
 *    {"number": 2, "text": "Quiet hours 20:30-07:00 in flat 502.", "answers": ["c1"],
 *     "acceptedBy": ["Wang", "Li"]}],
 *  "criticisms": [{"id": "c1", "by": "Li", "version": 1, "text": "My mother sleeps at 20:30."}]}
 * }</pre>
 *
 * <p>Steps cost time linear in the length of the history (the new state is checked whole). Safe
 * to share between threads.
 *
 * @param mediator the mediator's name, not blank, not one of the parties
 * @param parties the parties' names, at least two, distinct and not blank, in the order their
 *     responses are listed
 * @param maxRounds the most rounds of responses, at least 1: the first text and at most {@code
 *     maxRounds - 1} revisions
 * @param versions the texts in order, version 1 first; empty until the mediator proposes
 * @param criticisms every criticism in the order given, {@code c1} first
 */
public record SingleText(String mediator, List<String> parties, int maxRounds,
    List<Version> versions, List<Criticism> criticisms) {

  /** Where a negotiation stands, in one word. */
  public enum Status {
    /** No text yet: the mediator proposes the first one. */
    AWAITING_TEXT,
    /** A round is open: some party has yet to accept or criticise the current version. */
    IN_ROUND,
    /** Every party has responded, some with criticisms, and rounds remain: the mediator revises. */
    AWAITING_REVISION,
    /** Every party accepted the current version; nothing follows. */
    AGREED,
    /** The last round ended with criticisms; nothing follows. */
    NO_AGREEMENT;

    /** {@return whether the negotiation has ended, with or without agreement} */
    public boolean isEnded() {
      return this == AGREED || this == NO_AGREEMENT;
    }
  }

  /**
   * One version of the text.
   *
   * @param number the version's number, from 1; version {@code n} is put to the parties in round
   *     {@code n}
   * @param text the text, not blank
   * @param answers the ids of the criticisms of the previous version that this revision answers,
   *     in the order the mediator named them; empty for version 1
   * @param acceptedBy the parties who accepted this version, in the order they accepted
   */
  public record Version(int number, String text, List<String> answers, List<String> acceptedBy) {

    /**
     * Copies the lists.
     *
     * @param number the version's number, from 1
     * @param text the text, not blank
     * @param answers the ids of the criticisms this revision answers; empty for version 1
     * @param acceptedBy the parties who accepted this version, in order
     */
    public Version {
      checkNotNull(text, "text");
      answers = List.copyOf(answers);
      acceptedBy = List.copyOf(acceptedBy);
    }

    /** {@return whether this is the mediator's first text rather than a revision} */
    public boolean isFirst() {
      return number == 1;
    }

    private Version withAcceptance(String party) {
      List<String> more = new ArrayList<>(acceptedBy);
      more.add(party);
      return new Version(number, text, answers, more);
    }
  }

  /**
   * A party's criticism of one version.
   *
   * @param id the criticism's id, {@code c1}, {@code c2}, … in the order criticisms were given
   * @param by the party that gave it
   * @param version the number of the version it criticises
   * @param text what the party objects to and why, not blank
   */
  public record Criticism(String id, String by, int version, String text) {

    /**
     * Creates the criticism.
     *
     * @param id the criticism's id
     * @param by the party that gave it
     * @param version the number of the version it criticises
     * @param text what the party objects to and why
     */
    public Criticism {
      checkNotNull(id, "id");
      checkNotNull(by, "by");
      checkNotNull(text, "text");
    }
  }

  /**
   * Checks that the history could have happened under the rules, and copies it.
   *
   * @param mediator the mediator's name, not blank, not one of the parties
   * @param parties the parties' names, at least two, distinct and not blank
   * @param maxRounds the most rounds, at least 1
   * @param versions the texts in order, version 1 first
   * @param criticisms every criticism in the order given
   * @throws InvalidSingleTextException naming the component, e.g. {@code versions[1].answers},
   *     if the setup is malformed or the history breaks a rule of the procedure
   */
  public SingleText {
    checkNotNull(mediator, "mediator");
    checkNotNull(parties, "parties");
    checkNotNull(versions, "versions");
    checkNotNull(criticisms, "criticisms");
    checkSetup(mediator, parties, maxRounds);
    parties = List.copyOf(parties);
    versions = List.copyOf(versions);
    criticisms = List.copyOf(criticisms);
    checkHistory(parties, maxRounds, versions, criticisms);
  }

  /**
   * Starts a negotiation: no text yet, the mediator proposes the first.
   *
   * @param mediator the mediator's name, not blank, not one of the parties
   * @param parties the parties' names, at least two, distinct and not blank; their order is the
   *     order responses are listed in
   * @param maxRounds the most rounds of responses, at least 1: the first text and at most {@code
   *     maxRounds - 1} revisions
   * @return the negotiation, {@link Status#AWAITING_TEXT}
   * @throws InvalidSingleTextException naming {@code mediator}, {@code parties} or {@code
   *     maxRounds} if one breaks the rule above
   */
  public static SingleText start(String mediator, List<String> parties, int maxRounds) {
    return new SingleText(mediator, parties, maxRounds, List.of(), List.of());
  }

  /** {@return where the negotiation stands, following from the history} */
  public Status status() {
    if (versions.isEmpty()) {
      return Status.AWAITING_TEXT;
    }
    Version current = versions.get(versions.size() - 1);
    int critics = criticismsOf(current.number()).size();
    if (current.acceptedBy().size() + critics < parties.size()) {
      return Status.IN_ROUND;
    }
    if (critics == 0) {
      return Status.AGREED;
    }
    return current.number() == maxRounds ? Status.NO_AGREEMENT : Status.AWAITING_REVISION;
  }

  /** {@return whether the negotiation has ended, with or without agreement} */
  public boolean isEnded() {
    return status().isEnded();
  }

  /** {@return the current round's number, equal to the current version's; 0 before any text} */
  public int round() {
    return versions.size();
  }

  /** {@return the current version, the latest; empty before the mediator proposes} */
  public Optional<Version> current() {
    return versions.isEmpty() ? Optional.empty() : Optional.of(versions.get(versions.size() - 1));
  }

  /** {@return the version every party accepted, once they have; empty otherwise} */
  public Optional<Version> agreed() {
    return status() == Status.AGREED ? current() : Optional.empty();
  }

  /**
   * {@return the parties who have yet to respond to the current version, in party order; empty
   * unless a round is open}
   */
  public List<String> awaiting() {
    if (status() != Status.IN_ROUND) {
      return List.of();
    }
    Set<String> responded = respondents(round());
    return parties.stream().filter(p -> !responded.contains(p)).toList();
  }

  /**
   * {@return the criticisms of one version, in the order given; empty for a version no one
   * criticised or one that does not exist}
   *
   * @param version the version's number
   */
  public List<Criticism> criticismsOf(int version) {
    return criticisms.stream().filter(c -> c.version() == version).toList();
  }

  /**
   * {@return the criticisms the next revision may answer: those of the current version, in the
   * order given; empty before any text}
   */
  public List<Criticism> openCriticisms() {
    return criticismsOf(round());
  }

  /**
   * {@return the criticism with this id, or empty if there is none}
   *
   * @param id a criticism's id, e.g. {@code "c3"}
   */
  public Optional<Criticism> criticism(String id) {
    checkNotNull(id, "id");
    return criticisms.stream().filter(c -> c.id().equals(id)).findFirst();
  }

  /**
   * {@return the version that answered a criticism, or empty if none has (yet, or ever: a
   * criticism the next revision leaves unanswered lapses)}
   *
   * @param criticismId a criticism's id, e.g. {@code "c3"}
   */
  public Optional<Version> answeredBy(String criticismId) {
    checkNotNull(criticismId, "criticismId");
    return versions.stream().filter(v -> v.answers().contains(criticismId)).findFirst();
  }

  /** {@return the id the next criticism will get, e.g. {@code "c4"} after three} */
  public String nextCriticismId() {
    return "c" + (criticisms.size() + 1);
  }

  /**
   * The mediator puts the first text on the table: version 1, and round 1 opens.
   *
   * @param by the mediator
   * @param text the first text, not blank
   * @return the negotiation after the step, {@link Status#IN_ROUND}; this one is unchanged
   * @throws InvalidSingleTextException if the negotiation has ended ({@code propose}), {@code by}
   *     is not the mediator ({@code propose.by}), a text is already on the table ({@code
   *     propose}), or the text is blank ({@code propose.text})
   */
  public SingleText propose(String by, String text) {
    checkNotNull(by, "by");
    checkNotNull(text, "text");
    notEnded("propose");
    byMediator("propose", by, "writes the text");
    if (!versions.isEmpty()) {
      throw new InvalidSingleTextException("propose", "version " + round() + " on the table",
          "the mediator proposes the first text once, then revises it");
    }
    notBlank("propose.text", text);
    return with(List.of(new Version(1, text, List.of(), List.of())), criticisms);
  }

  /**
   * A party accepts the current version as it stands. When it is the last party to respond in
   * the round, the round closes: agreement if every party accepted, otherwise a revision is due,
   * or, after the last round, the negotiation ends without agreement.
   *
   * @param party the party accepting
   * @param version the number of the version it accepts, which must be the current one
   * @return the negotiation after the step; this one is unchanged
   * @throws InvalidSingleTextException if the negotiation has ended ({@code accept}), {@code
   *     party} is not a party ({@code accept.by}), no round is open ({@code accept}), {@code
   *     version} is not the current one ({@code accept.version}), or the party has already
   *     responded in this round ({@code accept.by})
   */
  public SingleText accept(String party, int version) {
    checkNotNull(party, "party");
    checkResponse("accept", party, version);
    List<Version> next = new ArrayList<>(versions);
    next.set(next.size() - 1, versions.get(versions.size() - 1).withAcceptance(party));
    return with(next, criticisms);
  }

  /**
   * A party criticises the current version: says what it objects to and why. The criticism gets
   * the id {@link #nextCriticismId()}. When it is the last response of the round, the round
   * closes: a revision is due or, after the last round, the negotiation ends without agreement.
   *
   * @param party the party criticising
   * @param version the number of the version it criticises, which must be the current one
   * @param text what the party objects to and why, not blank
   * @return the negotiation after the step; this one is unchanged
   * @throws InvalidSingleTextException if the negotiation has ended ({@code criticise}), {@code
   *     party} is not a party ({@code criticise.by}), no round is open ({@code criticise}),
   *     {@code version} is not the current one ({@code criticise.version}), the party has already
   *     responded in this round ({@code criticise.by}), or the text is blank ({@code
   *     criticise.text})
   */
  public SingleText criticise(String party, int version, String text) {
    checkNotNull(party, "party");
    checkNotNull(text, "text");
    checkResponse("criticise", party, version);
    notBlank("criticise.text", text);
    List<Criticism> next = new ArrayList<>(criticisms);
    next.add(new Criticism(nextCriticismId(), party, version, text));
    return with(versions, next);
  }

  /**
   * The mediator revises the text once every party has responded to the current version and
   * some criticised it, naming the criticisms the revision answers. The revision becomes the
   * current version and the next round opens; the current version's criticisms it does not
   * name lapse.
   *
   * @param by the mediator
   * @param answers the ids of the criticisms the revision answers: at least one, each a
   *     criticism of the current version, none named twice
   * @param text the revised text, not blank and not the current text
   * @return the negotiation after the step, {@link Status#IN_ROUND}; this one is unchanged
   * @throws InvalidSingleTextException if the negotiation has ended ({@code revise}), {@code by}
   *     is not the mediator ({@code revise.by}), there is no text yet or the round is still open
   *     ({@code revise}), {@code answers} is empty, names an unknown criticism, one of an earlier
   *     version or one twice ({@code revise.answers}), or the text is blank or unchanged ({@code
   *     revise.text})
   */
  public SingleText revise(String by, List<String> answers, String text) {
    checkNotNull(by, "by");
    checkNotNull(answers, "answers");
    checkNotNull(text, "text");
    notEnded("revise");
    byMediator("revise", by, "revises the text");
    Status status = status();
    if (status == Status.AWAITING_TEXT) {
      throw new InvalidSingleTextException("revise", "no text",
          "there is no text to revise; the mediator proposes the first one");
    }
    if (status == Status.IN_ROUND) {
      throw new InvalidSingleTextException("revise", "round " + round() + " open",
          "the mediator revises once every party has responded to version " + round()
              + "; waiting for " + awaiting());
    }
    int current = round();
    List<String> open = ids(openCriticisms());
    if (answers.isEmpty()) {
      throw new InvalidSingleTextException("revise.answers", "[]",
          "every revision answers at least one criticism of version " + current + " " + open);
    }
    Set<String> named = new HashSet<>();
    for (String id : answers) {
      checkNotNull(id, "answers element");
      checkAnswer("revise.answers", id, current, open);
      if (!named.add(id)) {
        throw new InvalidSingleTextException("revise.answers", "'" + id + "'",
            "names each criticism once; " + id + " is named twice");
      }
    }
    notBlank("revise.text", text);
    if (text.equals(versions.get(current - 1).text())) {
      throw new InvalidSingleTextException("revise.text", quote(text),
          "a revision must change the text of version " + current);
    }
    List<Version> next = new ArrayList<>(versions);
    next.add(new Version(current + 1, text, answers, List.of()));
    return with(next, criticisms);
  }

  /**
   * Takes a step given as a value; the same as calling the step's method.
   *
   * @param step the step
   * @return the negotiation after the step; this one is unchanged
   * @throws InvalidSingleTextException if the step is refused (see the step's method)
   */
  public SingleText apply(SingleTextStep step) {
    checkNotNull(step, "step");
    return step.applyTo(this);
  }

  /**
   * {@return the history for people, a line per version and per round, and a last line saying
   * where the negotiation stands}: each revision with the criticisms it answers and those it
   * leaves unanswered, each round's responses in party order.
   */
  public List<String> explanation() {
    List<String> lines = new ArrayList<>();
    lines.add("Single negotiating text: mediator " + mediator + "; parties "
        + String.join(", ", parties) + "; at most " + maxRounds + " round"
        + (maxRounds == 1 ? "" : "s") + ".");
    for (Version v : versions) {
      if (v.isFirst()) {
        lines.add("Version 1, the mediator's first text: " + quote(v.text()));
      } else {
        List<String> lapsed = new ArrayList<>();
        for (Criticism c : criticismsOf(v.number() - 1)) {
          if (!v.answers().contains(c.id())) {
            lapsed.add(label(c));
          }
        }
        lines.add("Version " + v.number() + " answers "
            + v.answers().stream().map(id -> label(criticism(id).orElseThrow()))
                .collect(Collectors.joining(", "))
            + (lapsed.isEmpty() ? "" : "; leaves " + String.join(", ", lapsed) + " unanswered")
            + ": " + quote(v.text()));
      }
      lines.add("Round " + v.number() + ": " + responses(v) + ".");
    }
    lines.add(conclusion());
    return List.copyOf(lines);
  }

  /** {@return the {@linkplain #explanation() history} as one text, a line per step} */
  public String explain() {
    return String.join("\n", explanation());
  }

  private String responses(Version v) {
    Map<String, Criticism> critics = new HashMap<>();
    criticismsOf(v.number()).forEach(c -> critics.put(c.by(), c));
    List<String> parts = new ArrayList<>();
    for (String party : parties) {
      Criticism c = critics.get(party);
      if (v.acceptedBy().contains(party)) {
        parts.add(party + " accepts");
      } else if (c != null) {
        parts.add(party + " criticises (" + c.id() + "): " + quote(c.text()));
      } else {
        parts.add(party + " has not responded");
      }
    }
    return String.join("; ", parts);
  }

  private String conclusion() {
    int n = round();
    switch (status()) {
      case AWAITING_TEXT:
        return "Waiting for the mediator's first text.";
      case IN_ROUND:
        return "Round " + n + " is open: waiting for " + String.join(", ", awaiting()) + ".";
      case AWAITING_REVISION:
        return "Waiting for the mediator to revise version " + n + ", answering at least one of "
            + String.join(", ", ids(openCriticisms())) + ".";
      case AGREED:
        return "Agreement: every party accepted version " + n + " in round " + n + ", after "
            + (n - 1) + (n == 2 ? " revision." : " revisions.");
      case NO_AGREEMENT:
        return "No agreement: round " + n + " of " + maxRounds + " ended with "
            + openCriticisms().stream().map(this::label).collect(Collectors.joining(", "))
            + " unanswered, and no rounds remain.";
      default:
        throw new AssertionError(status());
    }
  }

  private String label(Criticism c) {
    return c.id() + " (" + c.by() + ")";
  }

  private static String quote(String text) {
    return "\"" + text + "\"";
  }

  private SingleText with(List<Version> nextVersions, List<Criticism> nextCriticisms) {
    return new SingleText(mediator, parties, maxRounds, nextVersions, nextCriticisms);
  }

  private void notEnded(String step) {
    Status status = status();
    if (status.isEnded()) {
      throw new InvalidSingleTextException(step, status == Status.AGREED
          ? "agreed on version " + round() : "no agreement after round " + round(),
          "nothing follows the end of the negotiation");
    }
  }

  private void byMediator(String step, String by, String what) {
    if (!by.equals(mediator)) {
      throw new InvalidSingleTextException(step + ".by", "'" + by + "'",
          "only the mediator '" + mediator + "' " + what);
    }
  }

  private void checkResponse(String step, String party, int version) {
    notEnded(step);
    if (!parties.contains(party)) {
      throw new InvalidSingleTextException(step + ".by", "'" + party + "'",
          party.equals(mediator) ? "the mediator does not respond to the text; the parties "
              + parties + " do" : "must be one of the parties " + parties);
    }
    Status status = status();
    if (status == Status.AWAITING_TEXT) {
      throw new InvalidSingleTextException(step, "no text",
          "there is no text to respond to; the mediator proposes the first one");
    }
    int current = round();
    if (status == Status.AWAITING_REVISION) {
      throw new InvalidSingleTextException(step, "round " + current + " closed",
          "every party has responded to version " + current
              + "; the next step is the mediator's revision");
    }
    if (version != current) {
      throw new InvalidSingleTextException(step + ".version", version,
          "must be the current version " + current);
    }
    Version v = versions.get(current - 1);
    if (v.acceptedBy().contains(party)) {
      throw new InvalidSingleTextException(step + ".by", "'" + party + "'",
          "a party responds once per round, and " + party + " already accepted version "
              + current + " in round " + current);
    }
    for (Criticism c : criticismsOf(current)) {
      if (c.by().equals(party)) {
        throw new InvalidSingleTextException(step + ".by", "'" + party + "'",
            "a party responds once per round, and " + party + " already criticised version "
                + current + " in round " + current + " (" + c.id() + ")");
      }
    }
  }

  /** Refuses an answer that is not an open criticism of the current version. */
  private void checkAnswer(String field, String id, int current, List<String> open) {
    Optional<Criticism> found = criticism(id);
    if (found.isEmpty()) {
      throw new InvalidSingleTextException(field, "'" + id + "'",
          "must name a criticism of version " + current + " " + open + "; there is no " + id);
    }
    Criticism c = found.get();
    if (c.version() != current) {
      Optional<Version> answered = answeredBy(id);
      throw new InvalidSingleTextException(field, "'" + id + "'", answered.isPresent()
          ? id + " was already answered by version " + answered.get().number()
              + "; a revision answers criticisms of the current version " + current + " " + open
          : id + " criticises version " + c.version() + ", not the current version " + current
              + " " + open);
    }
  }

  private static void notBlank(String field, String text) {
    if (text.isBlank()) {
      throw new InvalidSingleTextException(field, quote(text), "must not be blank");
    }
  }

  private Set<String> respondents(int version) {
    Set<String> responded = new HashSet<>(versions.get(version - 1).acceptedBy());
    criticismsOf(version).forEach(c -> responded.add(c.by()));
    return responded;
  }

  private static List<String> ids(List<Criticism> criticisms) {
    return criticisms.stream().map(Criticism::id).toList();
  }

  private static void checkSetup(String mediator, List<String> parties, int maxRounds) {
    if (mediator.isBlank()) {
      throw new InvalidSingleTextException("mediator", quote(mediator),
          "the mediator needs a name");
    }
    if (parties.size() < 2) {
      throw new InvalidSingleTextException("parties", parties,
          "a negotiation needs at least two parties");
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < parties.size(); i++) {
      @Nullable String party = parties.get(i);
      if (party == null || party.isBlank()) {
        throw new InvalidSingleTextException("parties[" + i + "]",
            party == null ? null : quote(party), "each party needs a name");
      }
      if (!seen.add(party)) {
        throw new InvalidSingleTextException("parties[" + i + "]", "'" + party + "'",
            "party names must be distinct; " + party + " is named twice");
      }
    }
    if (seen.contains(mediator)) {
      throw new InvalidSingleTextException("mediator", "'" + mediator + "'",
          "the mediator must not be one of the parties " + parties);
    }
    if (maxRounds < 1) {
      throw new InvalidSingleTextException("maxRounds", maxRounds,
          "must be at least 1: the parties respond to the first text in round 1");
    }
  }

  private static void checkHistory(List<String> parties, int maxRounds, List<Version> versions,
      List<Criticism> criticisms) {
    if (versions.size() > maxRounds) {
      throw new InvalidSingleTextException("versions", versions.size() + " versions",
          "there is one version per round, at most maxRounds = " + maxRounds);
    }
    Map<String, Criticism> byId = new HashMap<>();
    Map<Integer, Set<String>> critics = new HashMap<>();
    int lastVersion = 0;
    for (int j = 0; j < criticisms.size(); j++) {
      Criticism c = criticisms.get(j);
      String at = "criticisms[" + j + "]";
      if (!c.id().equals("c" + (j + 1))) {
        throw new InvalidSingleTextException(at + ".id", "'" + c.id() + "'",
            "criticisms are numbered c1, c2, … in the order given; expected c" + (j + 1));
      }
      if (!parties.contains(c.by())) {
        throw new InvalidSingleTextException(at + ".by", "'" + c.by() + "'",
            "must be one of the parties " + parties);
      }
      if (c.version() < 1 || c.version() > versions.size()) {
        throw new InvalidSingleTextException(at + ".version", c.version(),
            "must be the number of a version, 1 to " + versions.size());
      }
      if (c.version() < lastVersion) {
        throw new InvalidSingleTextException(at + ".version", c.version(),
            "criticisms are given in round order; the one before criticises version "
                + lastVersion);
      }
      lastVersion = c.version();
      notBlank(at + ".text", c.text());
      if (!critics.computeIfAbsent(c.version(), k -> new HashSet<>()).add(c.by())) {
        throw new InvalidSingleTextException(at + ".by", "'" + c.by() + "'",
            "a party responds once per round; " + c.by() + " criticised version " + c.version()
                + " twice");
      }
      byId.put(c.id(), c);
    }
    for (int i = 0; i < versions.size(); i++) {
      Version v = versions.get(i);
      String at = "versions[" + i + "]";
      if (v.number() != i + 1) {
        throw new InvalidSingleTextException(at + ".number", v.number(),
            "versions are numbered 1, 2, … in order; expected " + (i + 1));
      }
      notBlank(at + ".text", v.text());
      Set<String> accepted = new LinkedHashSet<>();
      Set<String> criticising = critics.getOrDefault(v.number(), Set.of());
      for (String party : v.acceptedBy()) {
        if (!parties.contains(party)) {
          throw new InvalidSingleTextException(at + ".acceptedBy", "'" + party + "'",
              "must be one of the parties " + parties);
        }
        if (!accepted.add(party) || criticising.contains(party)) {
          throw new InvalidSingleTextException(at + ".acceptedBy", "'" + party + "'",
              "a party responds once per round; " + party + " responded to version "
                  + v.number() + " twice");
        }
      }
      if (i == 0) {
        if (!v.answers().isEmpty()) {
          throw new InvalidSingleTextException(at + ".answers", v.answers(),
              "the first text answers no criticism");
        }
        continue;
      }
      Version previous = versions.get(i - 1);
      if (previous.acceptedBy().size() + critics.getOrDefault(i, Set.of()).size()
          < parties.size()) {
        throw new InvalidSingleTextException(at, "version " + v.number(),
            "the mediator revises once every party has responded to version " + i);
      }
      if (!critics.containsKey(i)) {
        throw new InvalidSingleTextException(at, "version " + v.number(),
            "every party accepted version " + i + ", so the negotiation had ended");
      }
      if (v.answers().isEmpty()) {
        throw new InvalidSingleTextException(at + ".answers", "[]",
            "every revision answers at least one criticism of version " + i);
      }
      Set<String> named = new HashSet<>();
      for (String id : v.answers()) {
        Criticism c = byId.get(id);
        if (c == null || c.version() != i || !named.add(id)) {
          throw new InvalidSingleTextException(at + ".answers", "'" + id + "'",
              "must name, once each, criticisms of version " + i);
        }
      }
      if (v.text().equals(previous.text())) {
        throw new InvalidSingleTextException(at + ".text", quote(v.text()),
            "a revision must change the text of version " + i);
      }
    }
  }
}
