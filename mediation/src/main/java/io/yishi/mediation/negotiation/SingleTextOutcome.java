package io.yishi.mediation.negotiation;

import static com.google.common.base.Preconditions.checkNotNull;

import io.yishi.core.spi.NegotiationResult;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * How a single negotiating text ended: the version every party accepted, or no agreement when
 * the rounds ran out, with the whole history (every version, the criticisms each answered, every
 * round's responses) and an explanation line by line.
 *
 * <p>The result of the {@code single-text} negotiation tool; JSON type name {@code
 * "single-text-outcome"}:
 *
 * <pre>{@code
 * {"type": "single-text-outcome", "agreement": true,
 *  "agreed": {"number": 2, "text": "…", "answers": ["c1"], "acceptedBy": ["Wang", "Li"]},
 *  "negotiation": {"mediator": "Zhou", "parties": [...], ...},
 *  "explanation": ["Single negotiating text: mediator Zhou; ...", ...]}
 * }</pre>
 *
 * @param agreement whether every party accepted one version
 * @param agreed the version every party accepted, or null without agreement
 * @param negotiation the negotiation as it ended, with its history
 * @param explanation the history for people and the conclusion, a line each
 */
public record SingleTextOutcome(boolean agreement, SingleText.@Nullable Version agreed,
    SingleText negotiation, List<String> explanation) implements NegotiationResult {

  /**
   * Checks that the outcome is the negotiation's, and copies the explanation.
   *
   * @param agreement whether every party accepted one version
   * @param agreed the version every party accepted, or null without agreement
   * @param negotiation the negotiation as it ended
   * @param explanation the history for people and the conclusion
   * @throws InvalidSingleTextException if the negotiation has not ended ({@code negotiation}) or
   *     {@code agreement} or {@code agreed} is not what it ended with
   */
  public SingleTextOutcome {
    checkNotNull(negotiation, "negotiation");
    SingleText.Status status = negotiation.status();
    if (!status.isEnded()) {
      throw new InvalidSingleTextException("negotiation", status,
          "an outcome needs a negotiation that has ended; " + negotiation.explanation()
              .get(negotiation.explanation().size() - 1));
    }
    if (agreement != (status == SingleText.Status.AGREED)) {
      throw new InvalidSingleTextException("agreement", agreement,
          "must say whether the negotiation ended in agreement, which it did"
              + (agreement ? " not" : ""));
    }
    if (!Objects.equals(agreed, negotiation.agreed().orElse(null))) {
      throw new InvalidSingleTextException("agreed", agreed == null ? null : agreed.number(),
          "must be the version every party accepted, "
              + negotiation.agreed().map(v -> "version " + v.number()).orElse("null"));
    }
    explanation = List.copyOf(explanation);
  }

  /**
   * {@return the outcome of an ended negotiation, explained by its history}
   *
   * @param negotiation a negotiation that has ended, with or without agreement
   * @throws InvalidSingleTextException if the negotiation has not ended
   */
  public static SingleTextOutcome of(SingleText negotiation) {
    checkNotNull(negotiation, "negotiation");
    Optional<SingleText.Version> agreed = negotiation.agreed();
    return new SingleTextOutcome(agreed.isPresent(), agreed.orElse(null), negotiation,
        negotiation.explanation());
  }

  /** {@return the agreed text, or empty without agreement} */
  public Optional<String> agreedText() {
    return agreed == null ? Optional.empty() : Optional.of(agreed.text());
  }

  /** {@return the number of rounds held, the last one included} */
  public int rounds() {
    return negotiation.round();
  }
}
