package io.yishi.mediation.dispute;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import io.yishi.core.community.ResidentId;
import io.yishi.core.consultation.Consultation;
import io.yishi.core.consultation.ConsultationState;
import io.yishi.core.issue.Category;
import io.yishi.core.method.interest.InterestFact.HandedToMediation;
import io.yishi.core.method.interest.InterestRoundsState;
import io.yishi.core.method.interest.InterestRoundsState.Group;
import io.yishi.core.method.interest.InterestRoundsState.Interest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A dispute brought to mediation: who the parties are, the matters in dispute, and what each
 * party states and asks for.
 *
 * @param id the case's id (letters, digits, '.', '_', ':', '-'); also its
 *     consultation's id
 * @param title a title for people, not blank
 * @param category what the dispute is about, e.g. {@link Category#NEIGHBOURS}
 * @param parties the parties, at least two, ids distinct, no resident in two parties
 * @param matters the matters in dispute, at least one, ids distinct
 * @param positions what the parties state and ask, at most one per party; a party may state its
 *     position later in the case
 * @param referral the consultation that handed the dispute over, or null
 */
public record Dispute(String id, String title, Category category, List<Party> parties,
    List<Matter> matters, List<Position> positions, @Nullable Referral referral) {

  /**
   * Checks the parts and copies the lists.
   *
   * @param id the case's id (letters, digits, '.', '_', ':', '-')
   * @param title a title for people, not blank
   * @param category what the dispute is about
   * @param parties the parties, at least two, ids distinct, no resident in two parties
   * @param matters the matters, at least one, ids distinct
   * @param positions the parties' positions, at most one per party, each of a party named here
   * @param referral the consultation that handed the dispute over, or null
   * @throws IllegalArgumentException naming the part and the rule broken
   */
  public Dispute {
    checkNotNull(id, "id");
    Ids.check("dispute id", id);
    checkNotNull(title, "title");
    checkArgument(!title.isBlank(), "dispute %s: title must not be blank", id);
    checkNotNull(category, "category");
    parties = List.copyOf(parties);
    matters = List.copyOf(matters);
    positions = List.copyOf(positions);
    checkArgument(parties.size() >= 2,
        "dispute %s: parties: a dispute has at least two parties, was %s", id, parties.size());
    Set<String> partyIds = new HashSet<>();
    Set<ResidentId> residents = new HashSet<>();
    for (Party p : parties) {
      checkArgument(partyIds.add(p.id()), "dispute %s: parties: id '%s' appears twice", id,
          p.id());
      for (ResidentId r : p.members()) {
        checkArgument(residents.add(r),
            "dispute %s: parties: resident %s acts for two parties", id, r);
      }
    }
    checkArgument(!matters.isEmpty(), "dispute %s: matters: must name at least one", id);
    checkArgument(matters.stream().map(Matter::id).distinct().count() == matters.size(),
        "dispute %s: matters: ids must be distinct, was %s", id,
        matters.stream().map(Matter::id).toList());
    Set<String> stated = new HashSet<>();
    for (Position p : positions) {
      checkArgument(partyIds.contains(p.party()),
          "dispute %s: positions: party '%s' is not a party (parties: %s)", id, p.party(),
          partyIds);
      checkArgument(stated.add(p.party()),
          "dispute %s: positions: party '%s' states two positions", id, p.party());
    }
  }

  /**
   * {@return the party with this id, if any}
   *
   * @param partyId the party's id
   */
  public Optional<Party> party(String partyId) {
    return parties.stream().filter(p -> p.id().equals(partyId)).findFirst();
  }

  /**
   * {@return the party this resident acts for, if any}
   *
   * @param resident the resident
   */
  public Optional<Party> partyOf(ResidentId resident) {
    return parties.stream().filter(p -> p.includes(resident)).findFirst();
  }

  /**
   * {@return whether the case has a matter with this id}
   *
   * @param matterId the matter's id
   */
  public boolean hasMatter(String matterId) {
    return matters.stream().anyMatch(m -> m.id().equals(matterId));
  }

  /** {@return the ids of the parties, in order} */
  public List<String> partyIds() {
    return parties.stream().map(Party::id).toList();
  }

  /**
   * {@return the dispute that interest rounds ending without agreement hand to mediation}: every
   * group becomes a party acting through its representatives (its members when it has none),
   * every interest left unserved a matter, and each group's position and interests its
   * position. The referral pins the consultation's log by its head hash.
   *
   * @param rounds interest rounds whose last round handed the issue to mediation
   * @param id the case's id (letters, digits, '.', '_', ':', '-')
   * @param title a title for the case
   * @throws IllegalArgumentException if the consultation is not interest rounds, or has not
   *     handed the issue to mediation, or a resident belongs to two groups (name the parties by
   *     hand then)
   */
  public static Dispute fromInterestRounds(Consultation rounds, String id, String title) {
    checkNotNull(rounds, "rounds");
    ConsultationState c = rounds.state();
    checkArgument(c.methodState().orElse(null) instanceof InterestRoundsState,
        "consultation %s: is run with '%s', not interest-rounds", c.id(), c.method());
    InterestRoundsState s = (InterestRoundsState) c.methodState().orElseThrow();
    HandedToMediation handed = s.mediation();
    checkArgument(handed != null,
        "consultation %s: has not handed its issue to mediation (stage %s)", c.id(), s.stage());
    List<Party> parties = new ArrayList<>();
    List<Position> positions = new ArrayList<>();
    for (Group g : s.groups()) {
      List<ResidentId> acting = g.representatives().isEmpty() ? g.members()
          : g.representatives();
      String party = g.id();
      parties.add(new Party(party, g.name(), Party.Kind.GROUP, acting,
          g.members().size() + " members in interest rounds " + c.id()));
      List<String> facts = new ArrayList<>();
      facts.add(g.position().isBlank()
          ? "took part in interest rounds " + c.id() + " without agreement" : g.position());
      List<String> asks = s.interests().stream().filter(i -> i.group().equals(g.id()))
          .map(Interest::text).toList();
      positions.add(new Position(party, facts, asks.isEmpty() ? List.of(facts.get(0)) : asks));
    }
    List<Matter> matters = new ArrayList<>();
    for (String interestId : handed.unresolved()) {
      Interest interest = s.interests().stream().filter(i -> i.id().equals(interestId))
          .findFirst().orElseThrow();
      matters.add(new Matter(interestId, interest.text()));
    }
    if (matters.isEmpty()) {
      matters.add(new Matter("issue", c.title()));
    }
    Referral referral = new Referral(c.id(), c.method(), rounds.log().headHash(), handed.round(),
        handed.options(), handed.holdouts(), handed.unresolved());
    return new Dispute(id, title, c.issue().category(), parties, matters, positions, referral);
  }
}
