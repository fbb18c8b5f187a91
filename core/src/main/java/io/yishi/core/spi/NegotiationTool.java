package io.yishi.core.spi;

import io.yishi.core.annotation.Experimental;

/**
 * A tool a mediator runs on what the parties of a dispute state: a fair-division procedure, a
 * bargaining solution, a single negotiating text. Implement this to add a negotiation tool.
 *
 * <p>Implementations are found by {@link java.util.ServiceLoader}: name the class in {@code
 * META-INF/services/io.yishi.core.spi.NegotiationTool}. They need a public no-argument
 * constructor, hold no mutable state (they are called from many threads at once), and return
 * equal results for equal problems, parameters and seeds.
 *
 * <p>The problem is a JSON value of {@link #problemType()}: a host reads it with the mapper of
 * {@link io.yishi.core.json.YishiJson}, hands it to {@link #negotiate}, and writes or shows the
 * {@link NegotiationResult}. A caller holding a tool found by id captures its problem type in a
 * generic method:
 *
 * <pre>{@code
 * NegotiationTool<?, ?> tool = PluginRegistry.load().negotiationTool("adjusted-winner");
 * NegotiationResult result = run(tool, json, Parameters.empty(), 42);
 * System.out.println(result.explain());
 *
 * static <P> NegotiationResult run(NegotiationTool<P, ?> tool, String json,
 *     Parameters parameters, long seed) throws JsonProcessingException {
 *   P problem = YishiJson.mapper().readValue(json, tool.problemType());
 *   return tool.negotiate(problem, parameters, seed);
 * }
 * }</pre>
 *
 * @param <P> the type of problem the tool takes, a JSON value
 * @param <R> the type of result it returns, a JSON value that explains itself
 */
@Experimental
public interface NegotiationTool<P, R extends NegotiationResult> extends Plugin {

  /** {@return the type of problem {@link #negotiate} takes; a JSON value} */
  Class<P> problemType();

  /** {@return the type of result {@link #negotiate} returns; a JSON value} */
  Class<R> resultType();

  /**
   * Runs the tool on one problem.
   *
   * <p>The problem's own constructor has already refused a malformed shape; what is checked here
   * is what only the tool can judge (a scripted step it refuses, a problem it cannot solve). Any
   * parameter not among {@link #parameters()} is refused.
   *
   * @param problem the problem, as the parties and the mediator stated it
   * @param parameters the tool's parameters, each one of {@link #parameters()}; empty for the
   *     defaults
   * @param seed the seed for any lot the tool draws (ties between equally good options); tools
   *     that draw none ignore it
   * @return the result with its explanation
   * @throws InvalidParameterException naming the parameter if one is unknown, of the wrong type
   *     or out of range
   * @throws io.yishi.core.YishiException of the tool's own kind, naming the field of the problem,
   *     the value and the rule, if the tool refuses the problem; each tool documents which
   */
  R negotiate(P problem, Parameters parameters, long seed);
}
