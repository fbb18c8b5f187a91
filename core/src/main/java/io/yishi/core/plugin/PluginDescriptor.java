package io.yishi.core.plugin;

import static com.google.common.base.Preconditions.checkNotNull;

import io.yishi.core.spi.ParameterSpec;
import java.util.List;

/**
 * What a listing shows of one plugin.
 *
 * @param kind the kind of plugin
 * @param id its stable id
 * @param description its one-line description
 * @param parameters the parameters it reads, with defaults
 * @param implementation the fully qualified name of the implementing class
 */
public record PluginDescriptor(
    PluginKind kind,
    String id,
    String description,
    List<ParameterSpec> parameters,
    String implementation) {

  /**
   * Copies the parameter list.
   *
   * @param kind the kind of plugin
   * @param id its stable id
   * @param description its one-line description
   * @param parameters the parameters it reads, with defaults
   * @param implementation the fully qualified name of the implementing class
   */
  public PluginDescriptor {
    checkNotNull(kind, "kind");
    checkNotNull(id, "id");
    checkNotNull(description, "description");
    parameters = List.copyOf(parameters);
    checkNotNull(implementation, "implementation");
  }
}
