package io.yishi.examples.plugin;

import com.fasterxml.jackson.databind.jsontype.NamedType;
import com.fasterxml.jackson.databind.module.SimpleModule;

/**
 * Gives the suggestion box's actions and facts their stable JSON type names; registered in
 * {@code META-INF/services/com.fasterxml.jackson.databind.Module}, as a host would.
 */
public final class SuggestionBoxModule extends SimpleModule {

  private static final long serialVersionUID = 1L;

  /** Creates the module. */
  public SuggestionBoxModule() {
    super("yishi-example-suggestion-box");
    registerSubtypes(
        new NamedType(SuggestionBoxMethod.DropSuggestion.class, "drop-suggestion"),
        new NamedType(SuggestionBoxMethod.AnswerSuggestion.class, "answer-suggestion"),
        new NamedType(SuggestionBoxMethod.SuggestionDropped.class, "suggestion-dropped"),
        new NamedType(SuggestionBoxMethod.SuggestionAnswered.class, "suggestion-answered"));
  }
}
