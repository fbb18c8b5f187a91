package io.yishi.core.plugin;

import io.yishi.core.YishiException;

/** Two plugins of one kind claim the same id; the message names both classes. */
public final class DuplicatePluginIdException extends YishiException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param kind the kind of both plugins
   * @param id the id they share
   * @param first the class of the plugin registered first
   * @param second the class of the plugin that claimed the id again
   */
  public DuplicatePluginIdException(PluginKind kind, String id, String first, String second) {
    super("duplicate " + kind.word() + " id '" + id + "'", first + " and " + second,
        "each id may be provided once");
  }
}
