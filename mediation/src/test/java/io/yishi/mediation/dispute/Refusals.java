package io.yishi.mediation.dispute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.yishi.core.json.YishiJson;
import io.yishi.core.spi.InvalidActionException;

/** Checks that a case refuses an action and that the refusal records and changes nothing. */
final class Refusals {

  private Refusals() {}

  /**
   * Submits the action and checks that it is refused naming {@code field}, with a message
   * holding every fragment, and that the log is byte-identical as JSON and the state equal.
   *
   * @return the exception, for further checks
   */
  static InvalidActionException refused(MediationCase c, MediationAction action, String field,
      String... fragments) {
    String log = json(c.log());
    CaseState state = c.state();
    InvalidActionException e = catchThrowableOfType(InvalidActionException.class,
        () -> c.submit(action));
    assertThat(e).as("%s is refused", action).isNotNull();
    assertThat(e.field()).as("the field named by the refusal of %s", action).isEqualTo(field);
    assertThat(e.getMessage()).contains(fragments);
    assertThat(json(c.log())).as("the log after refusing %s", action).isEqualTo(log);
    assertThat(c.state()).as("the state after refusing %s", action).isEqualTo(state);
    return e;
  }

  /** {@return the value as JSON, by the mapper that stores logs} */
  static String json(Object value) {
    try {
      return YishiJson.mapper().writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new AssertionError("cannot write " + value.getClass().getName() + " as JSON", e);
    }
  }
}
