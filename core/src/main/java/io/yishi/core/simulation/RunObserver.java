package io.yishi.core.simulation;

import io.yishi.core.annotation.Experimental;
import java.util.List;

/**
 * Sees every run of an experiment, in run order, whatever the number of threads: what a CSV of
 * one row per run and rule is written from. Called on the thread that runs the experiment; runs
 * are buffered a block at a time, never all of them.
 */
@Experimental
@FunctionalInterface
public interface RunObserver {

  /**
   * Takes one run.
   *
   * @param run the run
   */
  void run(Run run);

  /**
   * One run as drawn and decided.
   *
   * @param index the run's index, from 0
   * @param voters how many voters turned out
   * @param condorcetWinner the Condorcet winner's option index, or -1 when there is none
   * @param choices each rule's choice, in the experiment's order
   */
  record Run(int index, long voters, int condorcetWinner, List<Choice> choices) {
    /**
     * Copies the list.
     *
     * @param index the run's index
     * @param voters how many voters turned out
     * @param condorcetWinner the Condorcet winner, or -1
     * @param choices each rule's choice
     */
    public Run {
      choices = List.copyOf(choices);
    }
  }

  /**
   * A rule's choice in a run.
   *
   * @param rule the rule's id
   * @param winners the chosen options' indices, increasing
   * @param vse the choice's voter satisfaction efficiency, or NaN without utilities
   */
  record Choice(String rule, List<Integer> winners, double vse) {
    /**
     * Copies the list.
     *
     * @param rule the rule's id
     * @param winners the chosen options' indices
     * @param vse the VSE, or NaN
     */
    public Choice {
      winners = List.copyOf(winners);
    }
  }
}
