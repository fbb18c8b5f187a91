package io.yishi.examples.plugin;

import static com.google.common.base.Preconditions.checkNotNull;

import io.yishi.core.community.ResidentId;
import io.yishi.core.spi.Action;
import io.yishi.core.spi.DeliberationMethod;
import io.yishi.core.spi.Fact;
import io.yishi.core.spi.InvalidActionException;
import io.yishi.core.spi.ParameterSpec;
import io.yishi.core.spi.Parameters;
import io.yishi.core.spi.Phase;
import io.yishi.core.spi.Procedure;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Id {@code suggestion-box}: an example of a deliberation method written by a host application,
 * registered only through its own {@code META-INF/services} files. Residents drop suggestions in
 * the box during phase {@code collect}; in phase {@code answer} the committee answers each one
 * (accepted or declined, with a reason), and the box may be closed only when every suggestion has
 * its answer. Parameter {@code maxPerResident} (default 3) caps suggestions per resident.
 */
public final class SuggestionBoxMethod implements DeliberationMethod {

  /**
   * A resident drops a suggestion in the box ({@code drop-suggestion}).
   *
   * @param by the resident
   * @param text the suggestion, not blank
   */
  public record DropSuggestion(ResidentId by, String text) implements Action {
    /**
     * Checks that no part is null.
     *
     * @param by the resident
     * @param text the suggestion, not blank
     */
    public DropSuggestion {
      checkNotNull(by, "by");
      checkNotNull(text, "text");
    }

    @Override
    public String kind() {
      return "drop-suggestion";
    }
  }

  /**
   * The committee answers a suggestion ({@code answer-suggestion}).
   *
   * @param by who answers
   * @param number the suggestion's number, from 1
   * @param accepted whether it is taken up
   * @param reason why, not blank
   */
  public record AnswerSuggestion(ResidentId by, int number, boolean accepted, String reason)
      implements Action {
    /**
     * Checks that no part is null.
     *
     * @param by who answers
     * @param number the suggestion's number, from 1
     * @param accepted whether it is taken up
     * @param reason why, not blank
     */
    public AnswerSuggestion {
      checkNotNull(by, "by");
      checkNotNull(reason, "reason");
    }

    @Override
    public String kind() {
      return "answer-suggestion";
    }
  }

  /**
   * A suggestion went into the box ({@code suggestion-dropped}).
   *
   * @param number its number, from 1
   * @param by who dropped it
   * @param text the suggestion
   */
  public record SuggestionDropped(int number, ResidentId by, String text) implements Fact {
    @Override
    public String type() {
      return "suggestion-dropped";
    }
  }

  /**
   * A suggestion was answered ({@code suggestion-answered}).
   *
   * @param number the suggestion's number
   * @param accepted whether it is taken up
   * @param reason why
   */
  public record SuggestionAnswered(int number, boolean accepted, String reason) implements Fact {
    @Override
    public String type() {
      return "suggestion-answered";
    }
  }

  /**
   * One suggestion and its answer.
   *
   * @param by who dropped it
   * @param text the suggestion
   * @param answer empty until answered, then {@code "accepted: …"} or {@code "declined: …"}
   */
  public record Suggestion(ResidentId by, String text, String answer) {}

  /**
   * The box: the suggestions in the order they were dropped.
   *
   * @param suggestions the suggestions; number n is at index n - 1
   */
  public record Box(List<Suggestion> suggestions) {
    /**
     * Copies the list.
     *
     * @param suggestions the suggestions; number n is at index n - 1
     */
    public Box {
      suggestions = List.copyOf(suggestions);
    }

    /** {@return how many suggestions still wait for an answer} */
    public long unanswered() {
      return suggestions.stream().filter(s -> s.answer().isEmpty()).count();
    }
  }

  private static final ParameterSpec MAX = ParameterSpec.of("maxPerResident", "integer >= 1",
      "3", "how many suggestions one resident may drop");

  /** Creates the method; it holds no state. */
  public SuggestionBoxMethod() {}

  @Override
  public String id() {
    return "suggestion-box";
  }

  @Override
  public String description() {
    return "example host method: residents drop suggestions, the committee answers each one";
  }

  @Override
  public List<ParameterSpec> parameters() {
    return List.of(MAX);
  }

  @Override
  public List<Phase> phases(Parameters parameters) {
    return List.of(Phase.of("collect", "residents drop suggestions", "drop-suggestion"),
        Phase.of("answer", "the committee answers every suggestion", "answer-suggestion"));
  }

  @Override
  public Procedure<Box> procedure(Parameters parameters) {
    long max = parameters.integer(MAX.name(), 3);
    if (max < 1) {
      throw new io.yishi.core.spi.InvalidParameterException(MAX.name(), max, "must be >= 1");
    }
    return new Procedure<>() {
      @Override
      public Box start() {
        return new Box(List.of());
      }

      @Override
      public Set<String> actions() {
        return Set.of("drop-suggestion", "answer-suggestion");
      }

      @Override
      public List<Fact> handle(Box box, Action action, Context context) {
        if (action instanceof DropSuggestion d) {
          if (d.text().isBlank()) {
            throw new InvalidActionException("drop-suggestion.text", d.text(), "must not be blank");
          }
          long mine = box.suggestions().stream().filter(s -> s.by().equals(d.by())).count();
          if (mine >= max) {
            throw new InvalidActionException("drop-suggestion.by", d.by(),
                "has dropped " + mine + " suggestions, the most one resident may");
          }
          return List.of(new SuggestionDropped(box.suggestions().size() + 1, d.by(), d.text()));
        }
        AnswerSuggestion a = (AnswerSuggestion) action;
        if (a.number() < 1 || a.number() > box.suggestions().size()) {
          throw new InvalidActionException("answer-suggestion.number", a.number(),
              "must be a suggestion in the box (1 to " + box.suggestions().size() + ")");
        }
        if (!box.suggestions().get(a.number() - 1).answer().isEmpty()) {
          throw new InvalidActionException("answer-suggestion.number", a.number(),
              "has been answered already");
        }
        if (a.reason().isBlank()) {
          throw new InvalidActionException("answer-suggestion.reason", a.reason(),
              "must give a reason");
        }
        return List.of(new SuggestionAnswered(a.number(), a.accepted(), a.reason()));
      }

      @Override
      public Box apply(Box box, Fact fact) {
        List<Suggestion> list = new ArrayList<>(box.suggestions());
        if (fact instanceof SuggestionDropped d) {
          if (d.number() != list.size() + 1) {
            throw new IllegalArgumentException("suggestion " + d.number() + " where "
                + (list.size() + 1) + " was next");
          }
          list.add(new Suggestion(d.by(), d.text(), ""));
          return new Box(list);
        }
        SuggestionAnswered a = (SuggestionAnswered) fact;
        if (a.number() < 1 || a.number() > list.size()
            || !list.get(a.number() - 1).answer().isEmpty()) {
          throw new IllegalArgumentException("an answer to suggestion " + a.number()
              + ", which is not waiting for one");
        }
        Suggestion s = list.get(a.number() - 1);
        list.set(a.number() - 1, new Suggestion(s.by(), s.text(),
            (a.accepted() ? "accepted: " : "declined: ") + a.reason()));
        return new Box(list);
      }

      @Override
      public Set<String> allowed(Box box, Phase phase) {
        return phase.id().equals("answer") && box.unanswered() == 0 ? Set.of() : phase.commands();
      }
    };
  }
}
