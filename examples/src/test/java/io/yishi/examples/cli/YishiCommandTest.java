package io.yishi.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class YishiCommandTest {

  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = YishiCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(code, out.toString(StandardCharsets.UTF_8),
        err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void helpListsTheCommands() {
    Run r = run("--help");

    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("Usage: yishi", "plugins", "demo");
  }

  @Test
  void pluginsListsEveryKindWithTheBuiltInsAndTheExamplePlugin() {
    Run r = run("plugins");

    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("Deliberation methods (", "discuss-and-decide",
        "Decision rules (", "show-of-hands", "quorum (fraction in [0, 1], default 1/2)",
        "Tie-breakers (", "lot", "Negotiation tools (4)", "adjusted-winner",
        "lotteries (boolean, default true)", "single-text", "Opinion dynamics (4)", "degroot",
        "friedkin-johnsen", "hegselmann-krause", "deffuant",
        "epsilon (fraction in [0, 1], default 1/5)", "Preference models (7)",
        "impartial-anonymous", "dispersion (number in [0, 1], default 0.5)", "support",
        "Population models (2)", "lixiong", "community", "Sortition algorithms (4)", "leximin", "maximin", "nash", "legacy",
        "draws (integer, default 1000)");
  }

  static final String PEOPLE = "src/main/resources/samples/lixiong-volunteers.csv";
  static final String FEATURES = "src/main/resources/samples/lixiong-council-features.csv";

  @Test
  void sortitionSelectsTheCouncilAndComparesWithLegacy() {
    Run r = run("sortition", "--people", PEOPLE, "--features", FEATURES, "--size", "15",
        "--algorithm", "maximin", "--seed", "7");

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("Sortition: a panel of 15 from 300 volunteers by maximin,"
        + " at most one member per household", "selection probability: smallest",
        "for comparison, legacy (1000 greedy draws from seed 7)", "seed 7 drew ticket",
        "Selected: ", "v001 ");
    assertThat(run("sortition", "--people", PEOPLE, "--features", FEATURES, "--size", "15",
        "--algorithm", "maximin", "--seed", "7").out()).isEqualTo(r.out());
  }

  @Test
  void sortitionAsJsonCarriesTheDistributionAndTheDraw() {
    Run r = run("sortition", "--people", PEOPLE, "--features", FEATURES, "--size", "15",
        "--algorithm", "legacy", "--json");

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("\"algorithm\" : \"legacy\"", "\"distribution\" : {",
        "\"draw\" : {", "\"ticketsPerPanel\"", "\"legacy\" : {");
  }

  @Test
  void infeasibleQuotasPrintTheSuggestedRelaxationWithoutAStackTrace() throws Exception {
    java.nio.file.Path features = java.nio.file.Files.createTempFile("features", ".csv");
    java.nio.file.Files.writeString(features, java.nio.file.Files.readString(
        java.nio.file.Path.of(FEATURES)).replace("gender,female,7,8,6,9", "gender,female,9,9,7,9"));
    Run r = run("sortition", "--people", PEOPLE, "--features", features.toString(), "--size",
        "15", "--algorithm", "leximin");

    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).startsWith("yishi: quotas: cannot all be met by a panel of 15; the"
        + " smallest relaxation within the flexible bounds: ").doesNotContain("at io.yishi");
  }

  @Test
  void sortitionNamesABadValueAndAnUnknownAlgorithm() {
    Run unknown = run("sortition", "--people", PEOPLE, "--features", FEATURES, "--size", "15",
        "--algorithm", "lexmin");
    Run tooBig = run("sortition", "--people", PEOPLE, "--features", FEATURES, "--size", "301",
        "--algorithm", "maximin");

    assertThat(unknown.code()).isEqualTo(1);
    assertThat(unknown.err()).contains("lexmin").contains("leximin");
    assertThat(tooBig.code()).isEqualTo(1);
    assertThat(tooBig.err()).contains("panelSize: must be in [1, 300]");
  }

  @Test
  void pluginsAsJsonCarriesKindIdAndParameters() {
    Run r = run("plugins", "--json");

    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("\"kind\" : \"decision-rule\"", "\"id\" : \"show-of-hands\"",
        "\"name\" : \"quorum\"");
  }

  @Test
  void demoReplaysTheLixiongCase() {
    Run r = run("demo");

    assertThat(r.code()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).contains("Lixiong community", "1 centre, 5 sub-centres",
        "4 activity rooms", "rev 5", "adopted:", "verified",
        "Vote 1, 2025-04-12:\n  not decided (rule owners-major)",
        "Vote 2, 2025-05-17:\n  adopted (rule owners-major)",
        "30 households ranked 4 sites", "irv:     winner East lawn corner",
        "event 5: hash does not match the content",
        "== A study: 1,000 simulated owners, three rules ==", "80%, talked  owners-major",
        "Adopted, by turnout", "narrows the spread of opinions",
        "Residents' council of 15, selected by lot with quotas", "Council: ",
        "replaying the log re-runs it and gives the same council");
  }

  static String resource(String name) {
    return java.nio.file.Path.of("src/test/resources/ballots", name).toString();
  }

  @Test
  void decideExplainsAnOwnersDecisionWithProxies() {
    Run r = run("decide", "--rule", "owners-major", "--params",
        "{\"proxies\": {\"r-chen\": \"r-wang\"}}", resource("owners-major.json"));

    assertThat(r.err()).isEmpty();
    assertThat(r.code()).isZero();
    assertThat(r.out()).startsWith("adopted (rule owners-major)")
        .contains("3 counted (2 in person, 1 by proxy)", "yes 240.75 of the 240.75 taking part",
            "Civil Code art. 278");
  }

  @Test
  void decidePrintsJsonOnRequest() {
    Run r = run("decide", "--rule", "majority", "--json", resource("owners-major.json"));

    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).startsWith("yishi: ballot.proxy: holds no mandate from member r-chen");

    Run ok = run("decide", "--rule", "majority", "--json", "--params",
        "{\"proxies\": {\"r-chen\": \"r-wang\"}}", resource("owners-major.json"));
    assertThat(ok.code()).isZero();
    assertThat(ok.out()).contains("\"type\" : \"motion\"", "\"verdict\" : \"adopted\"");
  }

  @Test
  void decideReportsBadInputInOneLineWithExitCodeOne() {
    Run voter = run("decide", "--rule", "majority", resource("unknown-voter.json"));
    Run param = run("decide", "--rule", "majority", "--params", "{\"threshold\": \"3/2\"}",
        resource("unknown-voter.json"));
    Run rule = run("decide", "--rule", "schulze-typo", resource("unknown-voter.json"));
    Run file = run("decide", "--rule", "majority", "no-such-file.json");

    assertThat(voter.code()).isEqualTo(1);
    assertThat(voter.err().strip()).isEqualTo("yishi: ballot.voter: must be a member of the"
        + " electorate (1 members), was m9");
    assertThat(param.err()).startsWith("yishi: parameters.threshold: must lie between 0 and 1,"
        + " was 3/2");
    assertThat(rule.err()).contains("'schulze-typo'", "owners-major");
    assertThat(file.err()).contains("no such file");
    for (Run r : java.util.List.of(voter, param, rule, file)) {
      assertThat(r.code()).isEqualTo(1);
      assertThat(r.err().strip().lines()).hasSize(1);
    }
  }

  static String sample(String name) {
    return java.nio.file.Path.of("src/main/resources/samples", name).toString();
  }

  @Test
  void tallyCountsTheBundledPrefLibSamples() {
    Run soc = run("tally", "--rule", "irv", sample("garbage-room.soc"));
    Run toi = run("tally", "--rule", "schulze", sample("parking.toi"));

    assertThat(soc.err()).isEmpty();
    assertThat(soc.code()).isZero();
    assertThat(soc.out()).startsWith("irv: 30 voters").contains("Round 1:", "Winner: ");
    assertThat(toi.code()).isZero();
    assertThat(toi.out()).startsWith("schulze: 25 voters").contains("Strongest paths");
  }

  @Test
  void tallyCountsTheCardinalCommitteeAndBudgetSamples() throws Exception {
    Run stv = run("tally", "--rule", "stv", "--seats", "3", sample("council.soi"));
    Run pav = run("tally", "--rule", "pav", "--seats", "3", "--json", sample("hall-supports.cat"));
    Run star = run("tally", "--rule", "star", sample("activity-room.json"));
    Run budget = run("tally", "--rule", "equal-shares", "--json", sample("service-budget.pb"));
    Run greedy = run("tally", "--rule", "greedy-budget", sample("service-budget.pb"));

    assertThat(stv.err()).isEmpty();
    assertThat(stv.out()).startsWith("stv: 50 voters").contains("quota 13.00000",
        "Elected: Zhou Lin (club leader), Chen Hua (party member), Huang Qiang (owner)");
    var json = io.yishi.core.json.YishiJson.mapper();
    var committee = json.readTree(pav.out());
    assertThat(committee.get("rule").asText()).isEqualTo("pav");
    assertThat(committee.get("winners")).hasSize(3);
    assertThat(committee.get("tie").asBoolean()).isFalse();
    assertThat(committee.get("voters").asLong()).isEqualTo(40);
    assertThat(committee.get("decision").get("type").asText()).isEqualTo("committee");
    assertThat(star.out()).contains("Finalists: Children's homework corner and Repair café",
        "Winner: Children's homework corner");
    var funded = json.readTree(budget.out());
    assertThat(funded.get("winners").toString()).isEqualTo("[\"street-lights\","
        + "\"cable-cleanup\",\"reading-room\",\"bike-shelter\",\"fence\"]");
    assertThat(funded.get("decision").get("spent").asInt()).isEqualTo(187000);
    assertThat(greedy.out()).contains("Funded: street-lights, cable-cleanup, elder-canteen,"
        + " reading-room, bike-shelter; spent 220000 of 250000");
  }

  @Test
  void tallyRefusesAFileOfTheWrongKindForTheRule() {
    Run ranked = run("tally", "--rule", "pav", sample("council.soi"));
    Run seats = run("tally", "--rule", "star", "--seats", "2", sample("activity-room.json"));
    Run budget = run("tally", "--rule", "greedy-budget", sample("activity-room.json"));
    Run pbSeats = run("tally", "--rule", "equal-shares", "--seats", "3",
        sample("service-budget.pb"));

    assertThat(ranked.code()).isEqualTo(1);
    assertThat(ranked.err()).contains("holds rankings, but rule 'pav' counts approvals");
    assertThat(seats.code()).isEqualTo(1);
    assertThat(seats.err()).contains("parameters.seats");
    assertThat(budget.code()).isEqualTo(1);
    assertThat(budget.err()).contains("reads a budget from a pabulib .pb file");
    assertThat(pbSeats.code()).isEqualTo(1);
    assertThat(pbSeats.err()).contains("carries its budget; --seats is for a committee");
  }

  @Test
  void tallyPrintsTheContractedJsonFields() throws Exception {
    Run r = run("tally", "--rule", "ranked-pairs", "--json", resource("tennessee.json"));

    assertThat(r.code()).isZero();
    var json = io.yishi.core.json.YishiJson.mapper().readTree(r.out());
    assertThat(json.get("rule").asText()).isEqualTo("ranked-pairs");
    assertThat(json.get("winners").get(0).asText()).isEqualTo("Nashville");
    assertThat(json.get("tie").asBoolean()).isFalse();
    assertThat(json.get("ranking").toString())
        .isEqualTo("[[\"Nashville\"],[\"Chattanooga\"],[\"Knoxville\"],[\"Memphis\"]]");
    assertThat(json.get("explanation").asText()).contains("Locked Nashville over");
  }

  @Test
  void tallyRefusesAMalformedFileInOneLineWithExitCodeOne() {
    Run r = run("tally", "--rule", "irv", resource("malformed.soc"));
    Run seats = run("tally", "--rule", "irv", "--seats", "2", resource("tennessee.json"));
    Run motion = run("tally", "--rule", "majority", resource("tennessee.json"));

    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).startsWith("yishi: line 10").contains("7");
    assertThat(r.err().strip().lines()).hasSize(1);
    assertThat(seats.code()).isEqualTo(1);
    assertThat(seats.err()).contains("parameters.seats");
    assertThat(motion.code()).isEqualTo(1);
    assertThat(motion.err()).contains("does not count a ballot file");
  }

  @Test
  void badUsageExitsWithTwoAndOneLine() {
    Run r = run("--no-such-option");

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).startsWith("yishi: Unknown option: '--no-such-option'")
        .doesNotContain("Exception");
  }

  @Test
  void mediateRunsTheSampleCaseToAnAgreementInForce() throws Exception {
    java.nio.file.Path log = java.nio.file.Files.createTempFile("noise-log", ".json");
    Run r = run("mediate", "--log", log.toString(), sample("noise-dispute.json"));

    assertThat(r.err()).isEmpty();
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("Case noise-2025-06",
        "mediators [r-sun], r-sun presiding (chosen)",
        "r-li-chair seals the agreement", "Status: agreed",
        "until the end of 2025-07-10", "we would lay a rug");
    var replayed = io.yishi.mediation.dispute.MediationCase.replay(
        io.yishi.core.json.YishiJson.mapper().readValue(log.toFile(),
            io.yishi.core.consultation.EventLog.class),
        java.time.Clock.systemUTC(), io.yishi.core.plugin.PluginRegistry.load());
    assertThat(replayed.state().agreement().performed()).containsExactly(2);
    java.nio.file.Files.delete(log);
  }

  @Test
  void mediateShowsAPartyItsOwnViewAndJson() throws Exception {
    Run view = run("mediate", "--as", "r-zhou", sample("noise-dispute.json"));
    Run json = run("mediate", "--json", "--as", "r-ma", sample("noise-dispute.json"));

    assertThat(view.code()).isZero();
    assertThat(view.out()).contains("Record as r-zhou (party)", "1 statement made in another"
        + " party's separate sessions withheld").doesNotContain("we would lay a rug");
    var tree = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json.out());
    assertThat(tree.get("status").asText()).isEqualTo("agreed");
    assertThat(tree.get("record").get("withheld").asInt()).isZero();
    assertThat(tree.get("agreement").get("confirmationLastDay").asText()).isEqualTo("2025-07-10");
  }

  @Test
  void mediateRefusesABadStepInOneLineNamingIt() throws Exception {
    String text = java.nio.file.Files.readString(java.nio.file.Path.of(
        sample("noise-dispute.json")));
    java.nio.file.Path bad = java.nio.file.Files.createTempFile("bad-case", ".json");
    java.nio.file.Files.writeString(bad, text.replace(
        "\"type\": \"sign-agreement\", \"by\": \"r-ma\"",
        "\"type\": \"sign-agreement\", \"by\": \"r-li-chair\""));
    Run r = run("mediate", bad.toString());
    java.nio.file.Files.delete(bad);

    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err().strip().lines()).hasSize(1);
    assertThat(r.err()).contains("steps[14] (sign-agreement): sign-agreement.by",
        "nor the presiding mediator", "r-li-chair");
  }

  @Test
  void mediateRunsANegotiationToolFile() throws Exception {
    Run points = run("mediate", sample("corridor-points.json"));
    Run text = run("mediate", "--json", sample("piano-single-text.json"));

    assertThat(points.err()).isEmpty();
    assertThat(points.code()).isZero();
    assertThat(points.out()).contains("winner phase: flat 601 gets shoe cabinet stays",
        "split ");
    assertThat(text.code()).isZero();
    var tree = new com.fasterxml.jackson.databind.ObjectMapper().readTree(text.out());
    assertThat(tree.get("type").asText()).isEqualTo("single-text-outcome");
    assertThat(tree.get("agreement").asBoolean()).isTrue();
  }

  @Test
  void mediateRefusesAnUnknownToolOrParameterInOneLine() throws Exception {
    java.nio.file.Path bad = java.nio.file.Files.createTempFile("tool", ".json");
    java.nio.file.Files.writeString(bad, "{\"tool\": \"haggle\", \"problem\": {}}");
    Run unknown = run("mediate", bad.toString());
    java.nio.file.Files.writeString(bad, "{\"tool\": \"nash-bargaining\", \"parameters\":"
        + " {\"lottery\": true}, \"problem\": {}}");
    Run param = run("mediate", bad.toString());
    java.nio.file.Files.delete(bad);

    assertThat(unknown.code()).isEqualTo(1);
    assertThat(unknown.err()).contains("'haggle'", "adjusted-winner");
    assertThat(param.code()).isEqualTo(1);
    assertThat(param.err()).contains("lottery", "lotteries");
    assertThat(unknown.err().strip().lines()).hasSize(1);
    assertThat(param.err().strip().lines()).hasSize(1);
  }

  @Test
  void simulatePrintsATableOfTheRulesMetrics() {
    Run r = run("simulate", "--runs", "300", "--voters", "51", "--candidates", "4",
        "--rules", "plurality,schulze", "--seed", "3");

    assertThat(r.err()).isEmpty();
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("impartial", "51 voters, 4 candidates", "300 runs, seed 3",
        "Condorcet winner in ", "plurality", "schulze  ");
    assertThat(r.out().lines().filter(l -> l.startsWith("schulze")).findFirst().orElseThrow())
        .contains("100.0% [");
  }

  @Test
  void simulateWritesTheSameJsonOnOneThreadOrTwoWithTheContractedFields() throws Exception {
    String[] args = {"simulate", "--model", "spatial", "--voters", "200", "--candidates", "3",
        "--runs", "120", "--rules", "plurality,irv,borda", "--seed", "11", "--json"};
    Run one = run(java.util.stream.Stream.concat(java.util.Arrays.stream(args),
        java.util.stream.Stream.of("--threads", "1")).toArray(String[]::new));
    Run two = run(java.util.stream.Stream.concat(java.util.Arrays.stream(args),
        java.util.stream.Stream.of("--threads", "2")).toArray(String[]::new));

    assertThat(one.code()).isZero();
    assertThat(two.out()).isEqualTo(one.out());
    var tree = new com.fasterxml.jackson.databind.ObjectMapper().readTree(one.out());
    assertThat(tree.get("runs").asInt()).isEqualTo(120);
    assertThat(tree.get("seed").asLong()).isEqualTo(11);
    assertThat(tree.get("model").asText()).isEqualTo("spatial");
    assertThat(tree.get("condorcetWinnerRate").get("mean").asDouble()).isBetween(0.0, 1.0);
    var borda = tree.get("rules").get("borda");
    assertThat(borda.get("decidedRate").get("mean").asDouble()).isEqualTo(1.0);
    assertThat(borda.get("vse").get("mean").asDouble()).isBetween(0.0, 1.0);
    assertThat(borda.get("condorcetEfficiency").get("low").asDouble()).isBetween(0.0, 1.0);
  }

  @Test
  void simulateWritesOneCsvRowPerRunAndRule() {
    Run r = run("simulate", "--runs", "10", "--voters", "21", "--candidates", "3",
        "--rules", "plurality,borda", "--csv");

    assertThat(r.code()).isZero();
    java.util.List<String> lines = r.out().lines().toList();
    assertThat(lines.get(0)).isEqualTo("run,rule,voters,condorcetWinner,winners,vse");
    assertThat(lines).hasSize(1 + 10 * 2);
    assertThat(lines.get(1)).startsWith("0,plurality,21,");
    assertThat(lines.get(2)).startsWith("0,borda,21,");
  }

  @Test
  void simulateRefusesBadParametersBeforeAnyRunNamingThem() {
    Run turnout = run("simulate", "--turnout", "1.5");
    Run seats = run("simulate", "--candidates", "12");
    Run rule = run("simulate", "--rules", "plurality,no-such-rule");
    Run dispersion = run("simulate", "--model", "mallows", "--params",
        "{\"dispersion\": -0.5}");
    Run motion = run("simulate", "--rules", "majority");

    assertThat(turnout.err()).contains("turnout");
    assertThat(seats.err()).contains("candidates");
    assertThat(rule.err()).contains("'no-such-rule'");
    assertThat(dispersion.err()).contains("dispersion");
    assertThat(motion.err()).contains("majority", "2 candidates");
    for (Run r : java.util.List.of(turnout, seats, rule, dispersion, motion)) {
      assertThat(r.code()).isEqualTo(1);
      assertThat(r.out()).isEmpty();
      assertThat(r.err().strip().lines()).hasSize(1);
    }
  }

  @Test
  void simulatePutsOneMotionToAPopulationWithGroupTurnoutMinorityAndDeliberation() {
    String[] options = {"simulate", "--population", "lixiong", "--population-params",
        "{\"units\": 200}", "--rules", "owners-major,majority", "--runs", "60", "--turnout",
        "0.7", "--group-turnout", "{\"landlord\": 0.2}", "--minority", "landlord",
        "--deliberation", "degroot", "--deliberation-params", "{\"rounds\": 4}"};
    Run table = run(options);
    String[] withJson = java.util.Arrays.copyOf(options, options.length + 1);
    withJson[options.length] = "--json";
    Run json = run(withJson);

    assertThat(table.code()).isZero();
    assertThat(table.out()).contains("support", "2 candidates, turnout 0.7 ({landlord=0.2})",
        "population lixiong:", "weighted floor-area", "m² in all",
        "after deliberation (degroot)", "satisfied: landlord", "owners-major", "majority");
    assertThat(json.code()).isZero();
    assertThat(json.out()).contains("\"population\" : {", "\"model\" : \"lixiong\"",
        "\"adoptionRate\" : {", "\"minoritySatisfaction\" : {", "\"spreadBefore\" : {",
        "\"spreadAfter\" : {", "\"minorityGroup\" : \"landlord\"",
        "\"groupTurnout\" : {", "\"deliberation\" : \"degroot\"");
  }

  @Test
  void simulateReadsACommunitysDescriptionAsItsPopulation() throws Exception {
    java.nio.file.Path file = java.nio.file.Files.createTempFile("community", ".json");
    java.nio.file.Files.writeString(file, io.yishi.core.json.YishiJson.mapper()
        .writeValueAsString(io.yishi.examples.lixiong.LixiongCommunity.build()));
    Run r = run("simulate", "--population", file.toString(), "--population-params",
        "{\"electorate\": \"households\"}", "--rules", "residents-meeting", "--runs", "20");

    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("population community:", "weighted per-person",
        "residents-meeting");
  }

  @Test
  void simulateRunsTheLiftStudySample() {
    Run r = run("simulate", "--experiment", sample("lift-study-experiment.json"));

    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("population lixiong:", "owners-ordinary",
        "after deliberation (friedkin-johnsen)", "satisfied: landlord");
  }

  @Test
  void simulateRefusesPopulationOptionsItCannotUseNamingThem() {
    Run minority = run("simulate", "--minority", "landlord");
    Run voters = run("simulate", "--population", "lixiong", "--voters", "10", "--rules",
        "majority");
    Run unknown = run("simulate", "--population", "nowhere", "--rules", "majority");
    Run group = run("simulate", "--population", "lixiong", "--rules", "majority",
        "--group-turnout", "{\"pets\": 0.3}");
    Run ranked = run("simulate", "--population", "lixiong", "--model", "impartial");

    assertThat(minority.err()).contains("--minority", "needs --population");
    assertThat(voters.err()).contains("voters", "population");
    assertThat(unknown.err()).contains("'nowhere'");
    assertThat(group.err()).contains("groupTurnout.pets", "names no group");
    assertThat(ranked.err()).contains("model", "support");
    for (Run r : java.util.List.of(minority, voters, unknown, group, ranked)) {
      assertThat(r.code()).isEqualTo(1);
      assertThat(r.out()).isEmpty();
      assertThat(r.err().strip().lines()).hasSize(1);
    }
  }

  @Test
  void simulateRunsAnExperimentFileAndRefusesItWithOtherOptions() {
    Run r = run("simulate", "--experiment", sample("parking-experiment.json"));
    Run both = run("simulate", "--experiment", sample("parking-experiment.json"), "--runs", "5");

    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("spatial", "600 voters, 4 candidates, turnout 0.8, 500 runs",
        "schulze    100.0% [");
    assertThat(both.code()).isEqualTo(1);
    assertThat(both.err()).contains("--experiment: give either the file or");
  }

  @Test
  void simulateDrawsTheMetricsAsPngOrSvgAndRefusesOtherFormatsFirst() throws Exception {
    java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("charts");
    java.nio.file.Path png = dir.resolve("metrics.png");
    java.nio.file.Path svg = dir.resolve("metrics.svg");
    Run a = run("simulate", "--model", "spatial", "--voters", "101", "--candidates", "3",
        "--runs", "40", "--chart", png.toString());
    Run b = run("simulate", "--voters", "101", "--runs", "40", "--chart", svg.toString());
    Run gif = run("simulate", "--runs", "40", "--chart", dir.resolve("m.gif").toString());

    assertThat(a.code()).isZero();
    assertThat(b.code()).isZero();
    byte[] bytes = java.nio.file.Files.readAllBytes(png);
    assertThat(bytes).hasSizeGreaterThan(1000);
    assertThat(java.util.Arrays.copyOf(bytes, 4)).containsExactly(0x89, 'P', 'N', 'G');
    assertThat(java.nio.file.Files.readString(svg)).startsWith("<!DOCTYPE svg")
        .contains("impartial: 101 voters, 5 candidates, 40 runs");
    assertThat(gif.code()).isEqualTo(1);
    assertThat(gif.out()).isEmpty();
    assertThat(gif.err()).contains("--chart: must name a .png or .svg file");
  }
}
