package io.yishi.voting.sortition;

import static com.google.common.base.Preconditions.checkNotNull;

import io.yishi.core.spi.Parameters;
import io.yishi.core.spi.ParameterSpec;
import io.yishi.voting.sortition.internal.ColumnGeneration;
import io.yishi.voting.sortition.internal.Instance;
import io.yishi.voting.sortition.internal.Results;
import java.util.List;
import java.util.function.Function;

/** What the built-in algorithms share: checks first, then the computation on the instance. */
final class Algorithms {

  private Algorithms() {}

  static PanelDistribution run(String id, List<ParameterSpec> specs, SortitionProblem problem,
      Parameters parameters, Function<Instance, ColumnGeneration.Result> compute) {
    checkNotNull(problem, "problem");
    checkNotNull(parameters, "parameters");
    parameters.checkKnown(id, specs);
    Sortition.check(problem);
    Instance instance = new Instance(problem);
    return Results.of(instance, id, compute.apply(instance));
  }
}
