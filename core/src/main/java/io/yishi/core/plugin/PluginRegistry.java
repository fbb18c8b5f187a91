package io.yishi.core.plugin;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.yishi.core.simulation.OpinionDynamics;
import io.yishi.core.simulation.PopulationModel;
import io.yishi.core.simulation.PreferenceModel;
import io.yishi.core.spi.DecisionRule;
import io.yishi.core.spi.DeliberationMethod;
import io.yishi.core.spi.NegotiationTool;
import io.yishi.core.spi.Plugin;
import io.yishi.core.spi.SortitionAlgorithm;
import io.yishi.core.spi.TieBreaker;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The installed deliberation methods, decision rules, tie-breakers, negotiation tools,
 * simulation models and sortition algorithms, by id.
 *
 * <p>A registry is an immutable value: {@link #load()} finds the plugins listed in {@code
 * META-INF/services}, and {@link #with(Plugin...)} returns a new registry with hand-written ones
 * added. It is safe to share between threads.
 *
 * <pre>{@code
 * PluginRegistry registry = PluginRegistry.load();          // context class loader, then ours
 * PluginRegistry forHost  = PluginRegistry.load(hostLoader)  // an explicit loader
 *     .with(new WardCouncilRule());                          // a new registry
 * DecisionRule rule = registry.decisionRule("majority");     // unknown id: lists the known ids
 * }</pre>
 *
 * <p>Loading fails fast: a provider that cannot be instantiated raises {@link
 * PluginLoadException} naming its class, an id that is not lower-case words joined by hyphens
 * raises {@link PluginLoadException}, and two providers of one kind with one id raise {@link
 * DuplicatePluginIdException} naming both classes. A vote count must never run with a plugin
 * silently missing.
 */
public final class PluginRegistry {

  private static final Logger log = LoggerFactory.getLogger(PluginRegistry.class);

  /** Lower-case words of letters and digits joined by single hyphens. */
  private static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

  private static final PluginRegistry EMPTY = new PluginRegistry(emptyTable());

  private final Map<PluginKind, Map<String, Plugin>> byKind;

  private PluginRegistry(Map<PluginKind, Map<String, Plugin>> byKind) {
    this.byKind = byKind;
  }

  /** {@return a registry with no plugins} */
  public static PluginRegistry empty() {
    return EMPTY;
  }

  /**
   * Finds every plugin listed in {@code META-INF/services} visible to the thread's context class
   * loader and to the loader of this library.
   *
   * @return the registry of every plugin found
   * @throws PluginLoadException if a listed provider cannot be used
   * @throws DuplicatePluginIdException if two providers of one kind share an id
   */
  public static PluginRegistry load() {
    List<ClassLoader> loaders = new ArrayList<>(2);
    ClassLoader context = Thread.currentThread().getContextClassLoader();
    if (context != null) {
      loaders.add(context);
    }
    ClassLoader own = PluginRegistry.class.getClassLoader();
    if (own != null && own != context) {
      loaders.add(own);
    }
    return load(loaders);
  }

  /**
   * Finds every plugin listed in {@code META-INF/services} visible to the given class loader.
   *
   * @param loader the class loader whose {@code META-INF/services} entries are read
   * @return the registry of every plugin found
   * @throws PluginLoadException if a listed provider cannot be used
   * @throws DuplicatePluginIdException if two providers of one kind share an id
   */
  public static PluginRegistry load(ClassLoader loader) {
    checkNotNull(loader, "loader");
    return load(List.of(loader));
  }

  private static PluginRegistry load(List<ClassLoader> loaders) {
    Map<PluginKind, Map<String, Plugin>> table = emptyTable();
    for (PluginKind kind : PluginKind.values()) {
      List<Class<?>> seen = new ArrayList<>();
      for (ClassLoader loader : loaders) {
        for (Plugin plugin : discover(kind, loader, seen)) {
          add(table, kind, plugin);
        }
      }
      log.debug("found {} {}s: {}", table.get(kind).size(), kind.word(), table.get(kind).keySet());
    }
    return new PluginRegistry(freeze(table));
  }

  private static List<Plugin> discover(PluginKind kind, ClassLoader loader, List<Class<?>> seen) {
    List<Plugin> found = new ArrayList<>();
    ServiceLoader<? extends Plugin> serviceLoader = ServiceLoader.load(kind.serviceType(), loader);
    var providers = serviceLoader.stream().iterator();
    while (true) {
      ServiceLoader.Provider<? extends Plugin> provider;
      try {
        if (!providers.hasNext()) {
          break;
        }
        provider = providers.next();
      } catch (ServiceConfigurationError e) {
        throw new PluginLoadException(describe(e), "is listed as a " + kind.word()
            + " but cannot be loaded: " + e.getMessage(), e);
      }
      Class<?> type = provider.type();
      if (seen.contains(type)) {
        continue;  // the same class reached through two loaders
      }
      seen.add(type);
      try {
        found.add(provider.get());
      } catch (ServiceConfigurationError | RuntimeException e) {
        throw new PluginLoadException(type.getName(), "cannot be instantiated as a "
            + kind.word() + ": " + rootMessage(e), e);
      }
    }
    return found;
  }

  private static String describe(ServiceConfigurationError e) {
    String message = String.valueOf(e.getMessage());
    int provider = message.indexOf("Provider ");
    if (provider >= 0) {
      String rest = message.substring(provider + "Provider ".length());
      int space = rest.indexOf(' ');
      return space > 0 ? rest.substring(0, space) : rest;
    }
    return "listed in META-INF/services";
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
  }

  /**
   * Returns a new registry with these plugins added; this registry is unchanged.
   *
   * @param plugins plugins written by hand, each implementing exactly one of the service
   *     interfaces
   * @return the new registry
   * @throws PluginLoadException if a plugin's id breaks the id pattern, or a decision rule takes
   *     the reserved id {@link DecisionRule#NONE}
   * @throws DuplicatePluginIdException if a plugin's id is taken by another of its kind
   * @throws IllegalArgumentException if a plugin implements none or several of {@link
   *     DeliberationMethod}, {@link DecisionRule}, {@link TieBreaker}, {@link
   *     NegotiationTool}, {@link OpinionDynamics}, {@link PreferenceModel} and {@link
   *     SortitionAlgorithm}
   */
  public PluginRegistry with(Plugin... plugins) {
    checkNotNull(plugins, "plugins");
    Map<PluginKind, Map<String, Plugin>> table = emptyTable();
    byKind.forEach((kind, plugins1) -> table.get(kind).putAll(plugins1));
    for (Plugin plugin : plugins) {
      checkNotNull(plugin, "plugin");
      add(table, PluginKind.of(plugin), plugin);
    }
    return new PluginRegistry(freeze(table));
  }

  private static void add(Map<PluginKind, Map<String, Plugin>> table, PluginKind kind,
      Plugin plugin) {
    String id;
    try {
      id = plugin.id();
    } catch (RuntimeException e) {
      throw new PluginLoadException(plugin.getClass().getName(), "failed to give its "
          + kind.word() + " id: " + rootMessage(e), e);
    }
    if (id == null || !ID.matcher(id).matches()) {
      throw new PluginLoadException(plugin.getClass().getName(), "returned the " + kind.word()
          + " id '" + id + "', which is not lower-case words joined by hyphens", null);
    }
    if (kind == PluginKind.DECISION_RULE && id.equals(DecisionRule.NONE)) {
      throw new PluginLoadException(plugin.getClass().getName(), "returned the decision-rule id '"
          + id + "', which is reserved for consultations that take no vote", null);
    }
    Plugin previous = table.get(kind).putIfAbsent(id, plugin);
    if (previous != null) {
      throw new DuplicatePluginIdException(
          kind, id, previous.getClass().getName(), plugin.getClass().getName());
    }
  }

  private static Map<PluginKind, Map<String, Plugin>> emptyTable() {
    Map<PluginKind, Map<String, Plugin>> table = new EnumMap<>(PluginKind.class);
    for (PluginKind kind : PluginKind.values()) {
      table.put(kind, new TreeMap<>());
    }
    return table;
  }

  private static Map<PluginKind, Map<String, Plugin>> freeze(
      Map<PluginKind, Map<String, Plugin>> table) {
    Map<PluginKind, Map<String, Plugin>> frozen = new EnumMap<>(PluginKind.class);
    table.forEach((kind, plugins) ->
        frozen.put(kind, Collections.unmodifiableMap(new LinkedHashMap<>(plugins))));
    return Collections.unmodifiableMap(frozen);
  }

  /**
   * {@return the decision rule with this id}
   *
   * @param id the rule's id, e.g. {@code "majority"}
   * @throws UnknownPluginException listing the known ids if there is none
   */
  public DecisionRule decisionRule(String id) {
    return (DecisionRule) get(PluginKind.DECISION_RULE, id);
  }

  /**
   * {@return the deliberation method with this id}
   *
   * @param id the method's id, e.g. {@code "discuss-and-decide"}
   * @throws UnknownPluginException listing the known ids if there is none
   */
  public DeliberationMethod deliberationMethod(String id) {
    return (DeliberationMethod) get(PluginKind.DELIBERATION_METHOD, id);
  }

  /**
   * {@return the tie-breaker with this id}
   *
   * @param id the tie-breaker's id, e.g. {@code "lot"}
   * @throws UnknownPluginException listing the known ids if there is none
   */
  public TieBreaker tieBreaker(String id) {
    return (TieBreaker) get(PluginKind.TIE_BREAKER, id);
  }

  /**
   * {@return the negotiation tool with this id}
   *
   * <p>Its problem and result types are known only at run time: read the problem as {@link
   * NegotiationTool#problemType()} and call the tool from a method generic in the problem type
   * (the {@link NegotiationTool} comment shows how).
   *
   * @param id the tool's id, e.g. {@code "adjusted-winner"}
   * @throws UnknownPluginException listing the known ids if there is none
   */
  public NegotiationTool<?, ?> negotiationTool(String id) {
    return (NegotiationTool<?, ?>) get(PluginKind.NEGOTIATION_TOOL, id);
  }

  /**
   * {@return the opinion-dynamics model with this id}
   *
   * @param id the model's id, e.g. {@code "degroot"}
   * @throws UnknownPluginException listing the known ids if there is none
   */
  public OpinionDynamics opinionDynamics(String id) {
    return (OpinionDynamics) get(PluginKind.OPINION_DYNAMICS, id);
  }

  /**
   * {@return the preference model with this id}
   *
   * @param id the model's id, e.g. {@code "impartial"}
   * @throws UnknownPluginException listing the known ids if there is none
   */
  public PreferenceModel preferenceModel(String id) {
    return (PreferenceModel) get(PluginKind.PREFERENCE_MODEL, id);
  }

  /**
   * {@return the population model with this id}
   *
   * @param id the model's id, e.g. {@code "lixiong"}
   * @throws UnknownPluginException listing the known ids if there is none
   */
  public PopulationModel populationModel(String id) {
    return (PopulationModel) get(PluginKind.POPULATION_MODEL, id);
  }

  /**
   * {@return the sortition algorithm with this id}
   *
   * <p>Its problem and result types are known only at run time; the voting module's {@code
   * Sortition.algorithm} returns the built-ins' typed.
   *
   * @param id the algorithm's id, e.g. {@code "leximin"}
   * @throws UnknownPluginException listing the known ids if there is none
   */
  public SortitionAlgorithm<?, ?> sortitionAlgorithm(String id) {
    return (SortitionAlgorithm<?, ?>) get(PluginKind.SORTITION_ALGORITHM, id);
  }

  /**
   * {@return the plugin of this kind with this id, or empty if none is installed}
   *
   * @param kind the kind of plugin
   * @param id the plugin's id
   */
  public Optional<Plugin> find(PluginKind kind, String id) {
    checkNotNull(kind, "kind");
    checkNotNull(id, "id");
    return Optional.ofNullable(byKind.get(kind).get(id));
  }

  private Plugin get(PluginKind kind, String id) {
    checkNotNull(id, "id");
    Plugin plugin = byKind.get(kind).get(id);
    if (plugin == null) {
      throw new UnknownPluginException(kind, id, byKind.get(kind).keySet());
    }
    return plugin;
  }

  /**
   * {@return the ids of the installed plugins of one kind, sorted; empty if there are none}
   *
   * @param kind the kind of plugin
   */
  public List<String> ids(PluginKind kind) {
    checkNotNull(kind, "kind");
    return List.copyOf(byKind.get(kind).keySet());
  }

  /** {@return a descriptor of every installed plugin, by kind and then by id} */
  public List<PluginDescriptor> descriptors() {
    ImmutableList.Builder<PluginDescriptor> all = ImmutableList.builder();
    byKind.forEach((kind, plugins) -> plugins.forEach((id, plugin) -> all.add(
        new PluginDescriptor(kind, id, plugin.description(), plugin.parameters(),
            plugin.getClass().getName()))));
    return all.build();
  }

  /** {@return the number of installed plugins of every kind} */
  public int size() {
    return byKind.values().stream().mapToInt(Map::size).sum();
  }

  /** {@return the registry as {@code kind: [ids]} lines, e.g. {@code "tie-breaker: [lot]"}} */
  @Override
  public String toString() {
    // Ids only: the plugins' own toString() would print identity hash codes, different every run.
    return byKind.entrySet().stream()
        .map(e -> e.getKey().word() + ": " + e.getValue().keySet())
        .collect(Collectors.joining("\n"));
  }
}
