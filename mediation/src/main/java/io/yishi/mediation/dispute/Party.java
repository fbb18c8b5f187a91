package io.yishi.mediation.dispute;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import io.yishi.core.community.ResidentId;
import java.util.List;

/**
 * A party to a dispute: a person, a household or a group of residents, with the residents who act
 * and sign for it.
 *
 * @param id the party's id in the case (letters, digits, '.', '_', ':', '-'), e.g. {@code
 *     "flat-502"}
 * @param name the party's name for people, not blank
 * @param kind whether the party is a person, a household or a group
 * @param members the residents who speak, act and sign for the party, at least one, none twice;
 *     a person has exactly one
 * @param details the party's basic information for the agreement (RULES.md §3.5, Art. 29 (1)):
 *     address, contact; may be empty
 */
public record Party(String id, String name, Kind kind, List<ResidentId> members, String details) {

  /** What a party is. */
  public enum Kind {
    /** One resident. */
    PERSON,
    /** A household, acting through its members. */
    HOUSEHOLD,
    /** A group of residents, e.g. the owners of one stairwell. */
    GROUP
  }

  /**
   * Checks the parts and copies the members.
   *
   * @param id the party's id (letters, digits, '.', '_', ':', '-')
   * @param name the party's name for people, not blank
   * @param kind whether the party is a person, a household or a group
   * @param members the residents who act for the party, at least one, none twice; one for a
   *     person
   * @param details the party's basic information; may be empty
   * @throws IllegalArgumentException naming the party and the rule broken
   */
  public Party {
    checkNotNull(id, "id");
    Ids.check("party id", id);
    checkNotNull(name, "name");
    checkArgument(!name.isBlank(), "party %s: name must not be blank", id);
    checkNotNull(kind, "kind");
    members = List.copyOf(members);
    checkArgument(!members.isEmpty(), "party %s: members must name at least one resident", id);
    checkArgument(members.stream().distinct().count() == members.size(),
        "party %s: members must be distinct, was %s", id, members);
    checkArgument(kind != Kind.PERSON || members.size() == 1,
        "party %s: a person has exactly one member, was %s", id, members);
    checkNotNull(details, "details");
  }

  /**
   * {@return a party of one person}
   *
   * @param id the party's id
   * @param name the person's name
   * @param resident the person
   */
  public static Party person(String id, String name, ResidentId resident) {
    return new Party(id, name, Kind.PERSON, List.of(resident), "");
  }

  /**
   * {@return whether this resident acts for the party}
   *
   * @param resident the resident
   */
  public boolean includes(ResidentId resident) {
    return members.contains(resident);
  }
}
