package io.yishi.core.method.cocreation;

import static io.yishi.core.method.cocreation.Workshops.F1;
import static io.yishi.core.method.cocreation.Workshops.act;
import static io.yishi.core.method.cocreation.Workshops.advance;
import static io.yishi.core.method.cocreation.Workshops.resident;
import static io.yishi.core.method.cocreation.Workshops.workshop;

import io.yishi.core.community.ResidentId;
import io.yishi.core.consultation.Consultation;
import io.yishi.core.method.cocreation.WorkshopAction.CallForObjections;
import io.yishi.core.method.cocreation.WorkshopAction.CloseObjectionCheck;
import io.yishi.core.method.cocreation.WorkshopAction.ConcludeWorkshop;
import io.yishi.core.method.cocreation.WorkshopAction.FormCluster;
import io.yishi.core.method.cocreation.WorkshopAction.FrameWorkshop;
import io.yishi.core.method.cocreation.WorkshopAction.NameCluster;
import io.yishi.core.method.cocreation.WorkshopAction.OpenRound;
import io.yishi.core.method.cocreation.WorkshopAction.PlaceCard;
import io.yishi.core.method.cocreation.WorkshopAction.PostCard;
import io.yishi.core.method.cocreation.WorkshopAction.RaiseObjection;
import io.yishi.core.method.cocreation.WorkshopAction.ReadTitles;
import io.yishi.core.method.cocreation.WorkshopAction.RecordActionItem;
import io.yishi.core.method.cocreation.WorkshopAction.RegisterParticipant;
import io.yishi.core.method.cocreation.WorkshopAction.RenameCluster;
import io.yishi.core.method.cocreation.WorkshopAction.WriteCard;
import io.yishi.core.spi.Action;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The old estate's security workshop, step by step, for 30 residents: two teams of three, every
 * resident writes one or two cards on four themes (fences 19 cards, lights 8, patrols 8, access
 * 7), posted two a round per person or team. Steps can be split so a test checks in between.
 */
final class SecurityWorkshop {

  static final List<String> THEMES = List.of("Mend the broken east fence",
      "Replace the dead street lights", "Organise a night patrol of neighbours",
      "Install access control at both gates");
  static final List<String> SYMBOLS = List.of("★", "▲", "●", "■");
  static final List<String> NAMES = List.of("Secure the estate's boundary fences",
      "Light every path at night", "Watch out for each other",
      "Control who enters the gates");
  static final int RESIDENTS = 30;

  private SecurityWorkshop() {}

  static Map<String, Object> parameters() {
    Map<String, Object> p = Workshops.defaults();
    p.put("cardsPerRound", 2);
    return p;
  }

  /** The cards each resident writes, in the resident's own order: themes by index. */
  static Map<ResidentId, List<Integer>> themesByResident() {
    Map<ResidentId, List<Integer>> out = new LinkedHashMap<>();
    for (int i = 1; i <= RESIDENTS; i++) {
      List<Integer> themes = new ArrayList<>(List.of(i % 4));
      if (i <= 12) {
        themes.add(0);
      }
      out.put(resident(i), themes);
    }
    return out;
  }

  static String text(ResidentId r, int theme) {
    return THEMES.get(theme) + " — " + r.value();
  }

  static int themeOf(String text) {
    for (int t = 0; t < THEMES.size(); t++) {
      if (text.startsWith(THEMES.get(t))) {
        return t;
      }
    }
    throw new AssertionError(text);
  }

  static void frame(Consultation c) {
    act(c, new FrameWorkshop(F1, Workshops.QUESTION, "what the estate will fix first",
        "every household heard"));
    for (int i = 1; i <= 6; i++) {
      act(c, new RegisterParticipant(F1, resident(i), i <= 3 ? "A" : "B"));
    }
  }

  /** Writes every card; the order across residents follows {@code seed} (0 keeps it). */
  static void write(Consultation c, long seed) {
    List<Action> writes = new ArrayList<>();
    Map<ResidentId, List<Integer>> themes = themesByResident();
    List<ResidentId> queue = new ArrayList<>();
    themes.forEach((r, ts) -> ts.forEach(t -> queue.add(r)));
    SplittableRandom random = new SplittableRandom(seed);
    Map<ResidentId, Integer> next = new LinkedHashMap<>();
    while (!queue.isEmpty()) {
      ResidentId r = queue.remove(seed == 0 ? 0 : random.nextInt(queue.size()));
      int k = next.merge(r, 1, Integer::sum) - 1;
      writes.add(new WriteCard(r, text(r, themes.get(r).get(k))));
    }
    writes.forEach(a -> act(c, a));
  }

  /** Posts every card in rounds, two a round per person or team. */
  static void post(Consultation c) {
    while (workshop(c).cards().stream().anyMatch(card -> card.round() == 0)) {
      act(c, new OpenRound(F1));
      Map<String, Integer> inRound = new LinkedHashMap<>();
      for (Workshop.Card card : workshop(c).cards()) {
        String unit = card.team().isEmpty() ? card.author().value() : card.team();
        if (card.round() == 0 && inRound.merge(unit, 1, Integer::sum) <= 2) {
          act(c, new PostCard(card.author(), card.number()));
        }
      }
    }
  }

  /** Forms one column per theme from its first two cards, then places the rest. */
  static void cluster(Consultation c) {
    List<List<Integer>> byTheme = List.of(new ArrayList<>(), new ArrayList<>(),
        new ArrayList<>(), new ArrayList<>());
    for (Workshop.Card card : workshop(c).cards()) {
      byTheme.get(themeOf(card.text())).add(card.number());
    }
    for (int t = 0; t < 4; t++) {
      act(c, new FormCluster(F1, SYMBOLS.get(t), byTheme.get(t).subList(0, 2)));
    }
    for (int t = 0; t < 4; t++) {
      for (int n : byTheme.get(t).subList(2, byTheme.get(t).size())) {
        act(c, new PlaceCard(F1, n, SYMBOLS.get(t)));
      }
    }
  }

  static void name(Consultation c) {
    for (int t = 0; t < 4; t++) {
      act(c, new NameCluster(F1, SYMBOLS.get(t), NAMES.get(t)));
    }
  }

  /** Reads back; r-07 objects to ■; the column is renamed; the second check confirms. */
  static void resolve(Consultation c) {
    act(c, new ReadTitles(F1));
    act(c, new CallForObjections(F1));
    act(c, new RaiseObjection(resident(7), "■", "Cards must work for elderly residents without"
        + " smartphones"));
    act(c, new CloseObjectionCheck(F1));
    act(c, new RenameCluster(F1, "■", "Control gate access for every resident",
        "r-07: access must not depend on a smartphone"));
    act(c, new ReadTitles(F1));
    act(c, new CallForObjections(F1));
    act(c, new CloseObjectionCheck(F1));
  }

  static void actions(Consultation c) {
    act(c, new RecordActionItem(F1, "★", "Get three quotes for the east fence", resident(1),
        LocalDate.of(2024, 5, 31)));
    act(c, new RecordActionItem(F1, "▲", "Report the dead lights to the property company",
        resident(2), LocalDate.of(2024, 5, 10)));
    act(c, new RecordActionItem(F1, "●", "Draw up a patrol rota", resident(9),
        LocalDate.of(2024, 5, 15)));
    act(c, new RecordActionItem(F1, "■", "Ask residents' committee for access-card prices",
        resident(7), LocalDate.of(2024, 6, 15)));
  }

  /** The whole workshop, concluded. */
  static Consultation run(long seed) {
    Consultation c = Workshops.open(RESIDENTS, parameters());
    frame(c);
    advance(c, "brainstorm");
    write(c, seed);
    post(c);
    advance(c, "cluster");
    cluster(c);
    advance(c, "name");
    name(c);
    advance(c, "resolve");
    resolve(c);
    actions(c);
    act(c, new ConcludeWorkshop(F1));
    return c;
  }
}
