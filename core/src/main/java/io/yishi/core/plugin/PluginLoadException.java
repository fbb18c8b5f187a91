package io.yishi.core.plugin;

import io.yishi.core.YishiException;
import org.jspecify.annotations.Nullable;

/**
 * A listed provider could not be used: its class is missing, cannot be instantiated, or returns
 * an id that breaks the id pattern. The field names the provider class.
 */
public final class PluginLoadException extends YishiException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param provider the provider's class name, as listed in {@code META-INF/services}
   * @param rule what went wrong
   * @param cause what revealed it, or null
   */
  public PluginLoadException(String provider, String rule, @Nullable Throwable cause) {
    super("plugin " + provider, null, rule, cause);
  }
}
