package io.yishi.voting.motion;

/** What is counted: people or weight. */
public enum Measure {
  /** Members, one each, whatever their weight: the head count. */
  HEADS("members"),
  /**
   * The members' weights from the electorate, e.g. exclusive floor area in square metres under
   * {@link io.yishi.core.electorate.Weighting#FLOOR_AREA}.
   */
  WEIGHT("weight");

  private final String words;

  Measure(String words) {
    this.words = words;
  }

  /** {@return the measure in words for explanations} */
  public String words() {
    return words;
  }
}
