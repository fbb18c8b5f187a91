package io.yishi.core.plugin;

import io.yishi.core.YishiException;
import java.util.Collection;

/** No plugin of the asked kind has the asked id; the message lists the ids that are known. */
public final class UnknownPluginException extends YishiException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param kind the kind asked for
   * @param id the id asked for
   * @param known the ids of that kind that are installed
   */
  public UnknownPluginException(PluginKind kind, String id, Collection<String> known) {
    super(kind.word() + " id", "'" + id + "'",
        "must name an installed " + kind.word() + " (known: " + known + ")");
  }
}
