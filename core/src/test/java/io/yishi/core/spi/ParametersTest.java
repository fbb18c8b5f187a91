package io.yishi.core.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.yishi.core.Fraction;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ParametersTest {

  enum TiePolicy { FAILS, CASTING_VOTE, LOT }

  @Test
  void readsTypedValuesWithDefaults() {
    Parameters p = Parameters.of(Map.of("threshold", "2/3", "share", 0.75, "strict", true,
        "minimumYes", 10, "tie", "casting-vote", "names", List.of("a", "b")));

    assertThat(p.fraction("threshold", Fraction.HALF)).isEqualTo(Fraction.TWO_THIRDS);
    assertThat(p.fraction("share", Fraction.HALF)).isEqualTo(Fraction.THREE_QUARTERS);
    assertThat(p.flag("strict", false)).isTrue();
    assertThat(p.integer("minimumYes", 0)).isEqualTo(10);
    assertThat(p.choice("tie", TiePolicy.class, TiePolicy.FAILS))
        .isEqualTo(TiePolicy.CASTING_VOTE);
    assertThat(p.texts("names", List.of())).containsExactly("a", "b");
    assertThat(p.fraction("absent", Fraction.HALF)).isEqualTo(Fraction.HALF);
    assertThat(p.decimal("share", BigDecimal.ONE)).isEqualByComparingTo("0.75");
  }

  @Test
  void normalisesNumbersSoThatEqualValuesAreEqualParameters() {
    assertThat(Parameters.of(Map.of("x", new BigDecimal("0.50"))))
        .isEqualTo(Parameters.of(Map.of("x", 0.5)));
    assertThat(Parameters.of(Map.of("x", 10))).isEqualTo(Parameters.of(Map.of("x",
        new BigDecimal("1E+1"))));
  }

  @Test
  void wrongTypesNameTheParameterAndTheValue() {
    Parameters p = Parameters.of(Map.of("strict", "yes", "tie", "coin", "minimumYes", 1.5,
        "threshold", "two thirds"));

    assertThatThrownBy(() -> p.flag("strict", false))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessage("parameters.strict: must be true or false, was yes");
    assertThatThrownBy(() -> p.choice("tie", TiePolicy.class, TiePolicy.FAILS))
        .hasMessage("parameters.tie: must be one of [fails, casting-vote, lot], was coin");
    assertThatThrownBy(() -> p.integer("minimumYes", 0))
        .hasMessageContaining("parameters.minimumYes: must be a whole number, was 1.5");
    assertThatThrownBy(() -> p.fraction("threshold", Fraction.HALF))
        .hasMessageContaining("parameters.threshold")
        .hasMessageContaining("two thirds");
  }

  @Test
  void checkKnownNamesTheUnknownParameterAndListsTheKnown() {
    Parameters p = Parameters.of(Map.of("treshold", "1/2"));

    assertThatThrownBy(() -> p.checkKnown("majority",
        List.of(ParameterSpec.of("threshold", "fraction", "1/2", "share needed"))))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessage("parameters.treshold: is not a parameter of 'majority' (known: [threshold]),"
            + " was 1/2");
  }

  @Test
  void refusesNullAndForeignValues() {
    java.util.HashMap<String, Object> withNull = new java.util.HashMap<>();
    withNull.put("x", null);

    assertThatThrownBy(() -> Parameters.of(withNull))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessage("parameters.x: must not be null");
    assertThatThrownBy(() -> Parameters.of(Map.of("x", new Object())))
        .hasMessageContaining("parameters.x: must be text, a number");
  }

  @Test
  void nestedMapsWithKeysOfMixedTypesAreReadAsText() {
    java.util.Map<Object, Object> mixed = new java.util.HashMap<>();
    mixed.put(1, "one");
    mixed.put("two", 2);

    Parameters p = Parameters.of(Map.of("nested", mixed));

    assertThat(p.get("nested")).get().isEqualTo(Map.of("1", "one", "two",
        new BigDecimal("2")));
  }
}
