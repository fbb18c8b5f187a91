package io.yishi.core.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.yishi.core.json.YishiJson;
import io.yishi.core.plugin.PluginRegistry;
import io.yishi.core.spi.Parameters;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Experiments and their results cross the command line and files as JSON. */
class ExperimentJsonTest {

  private final ObjectMapper mapper = YishiJson.mapper();

  @Test
  void anExperimentWithAPopulationReadsBackEqual() throws Exception {
    Experiment e = new Experiment("support", Parameters.of(Map.of("support", 0.55,
        "groupSupport", Map.of("tenant", 0.3))), 0, 2, 0.7, List.of(Experiment.Rule.of("a"),
        new Experiment.Rule("b", Parameters.of(Map.of("seats", 2)))), 40, -3L,
        new Experiment.PopulationSpec("lixiong", Parameters.of(Map.of("units", 500,
            "electorate", "residents"))), Map.of("tenant", 0.25, "owner", 0.6), "tenant",
        new Experiment.Deliberation("hegselmann-krause", Parameters.of(Map.of("epsilon", "1/4")),
            new Experiment.Network(false, true, true, 4)));

    String json = mapper.writeValueAsString(e);
    assertThat(mapper.readValue(json, Experiment.class)).isEqualTo(e);
    assertThat(json).contains("\"population\":{\"model\":\"lixiong\"",
        "\"groupTurnout\":{\"owner\":0.6,\"tenant\":0.25}", "\"minorityGroup\":\"tenant\"",
        "\"randomLinks\":4");
  }

  @Test
  void anExperimentWithoutAPopulationReadsBackEqualAndLeavesTheNewPartsEmpty() throws Exception {
    Experiment e = new Experiment("impartial", Parameters.empty(), 99, 4, 1,
        List.of(Experiment.Rule.of("a")), 3, 1L);
    Experiment back = mapper.readValue(mapper.writeValueAsString(e), Experiment.class);
    assertThat(back).isEqualTo(e);
    assertThat(back.groupTurnout()).isEmpty();
    assertThat(back.population()).isNull();
  }

  @Test
  void aResultReadsBackEqual() throws Exception {
    PluginRegistry registry = PluginRegistry.load().with(new PopulationExperimentTest
        .WeightMajority());
    Experiment e = new Experiment("support", Parameters.empty(), 0, 2, 0.9,
        List.of(Experiment.Rule.of("weight-majority-test")), 12, 4L,
        new Experiment.PopulationSpec("lixiong", Parameters.of(Map.of("units", 60))),
        Map.of("owner", 0.8), "landlord", new Experiment.Deliberation("degroot",
            Parameters.empty(), null));
    ExperimentResult r = Simulator.run(e, registry, 1);
    String json = mapper.writeValueAsString(r);
    ExperimentResult back = mapper.readValue(json, ExperimentResult.class);
    assertThat(mapper.writeValueAsString(back)).isEqualTo(json);
    assertThat(back.population()).isEqualTo(r.population());
    assertThat(back.rules()).isEqualTo(r.rules());
  }
}
