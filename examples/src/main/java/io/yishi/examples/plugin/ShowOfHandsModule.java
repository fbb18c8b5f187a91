package io.yishi.examples.plugin;

import com.fasterxml.jackson.databind.jsontype.NamedType;
import com.fasterxml.jackson.databind.module.SimpleModule;

/**
 * Gives the example plugin's ballot and decision their stable JSON type names, {@code "hand"}
 * and {@code "show-of-hands"}; registered in {@code
 * META-INF/services/com.fasterxml.jackson.databind.Module}.
 */
public final class ShowOfHandsModule extends SimpleModule {

  private static final long serialVersionUID = 1L;

  /** Creates the module. */
  public ShowOfHandsModule() {
    super("yishi-example-show-of-hands");
    registerSubtypes(new NamedType(HandBallot.class, "hand"),
        new NamedType(ShowOfHandsDecision.class, "show-of-hands"));
  }
}
