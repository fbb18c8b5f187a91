package io.yishi.voting.sortition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class SortitionCsvTest {

  static final String FEATURES = """
      feature,value,min,max,min_flex,max_flex
      gender,female,1,2,0,3
      gender,male,1,2,0,3
      tenure,owner,0,2,0,3
      "tenure","tenant, renting",0,2,0,3
      """;

  static final String PEOPLE = """
      id,name,gender,tenure,household
      p1,Ann,female,owner,h1
      p2,Bo,male,"tenant, renting",h1
      p3,Cy,male,owner,h2

      p4,Di,female,owner,
      """;

  @Test
  void matchesTheFormatsColumnsInAnyCaseAndFeaturesAsWrittenAndRefusesATwiceNamedColumn()
      throws IOException {
    List<Quota> quotas = SortitionCsv.readQuotas(new StringReader(
        "Feature,Value,Min,Max\r\nGender,female,0,1\r\nGender,male,0,1\r\n"), "f.csv");
    SortitionProblem p = SortitionCsv.readPeople(new StringReader(
        "ID,Gender,Household\r\n17,female,\r\n42,male,17\r\n"), "p.csv", quotas, 2);
    assertThat(p.pool().volunteers()).extracting(Volunteer::id).containsExactly("17", "42");
    // volunteer 17 lives alone; household "17" is 42's, and the two are not housemates
    assertThat(p.pool().volunteers().get(0).householdKey())
        .isNotEqualTo(p.pool().volunteers().get(1).householdKey());
    assertThatThrownBy(() -> SortitionCsv.readPeople(new StringReader(
        "id,Gender,gender\nv1,female,female\n"), "p.csv", quotas, 1))
        .isInstanceOf(SortitionInputException.class).hasMessageContaining("once");
  }

  @Test
  void readsTheFoundationsLayoutWithFlexQuotedFieldsAndHouseholds() throws IOException {
    List<Quota> quotas = SortitionCsv.readQuotas(new StringReader(FEATURES), "features.csv");
    SortitionProblem p = SortitionCsv.readPeople(new StringReader(PEOPLE), "people.csv", quotas,
        2);

    assertThat(quotas).hasSize(4);
    assertThat(quotas.get(3)).isEqualTo(new Quota("tenure", "tenant, renting", 0, 2, 0, 3));
    assertThat(p.oneMemberPerHousehold()).isTrue();
    assertThat(p.pool().volunteers()).extracting(Volunteer::household)
        .containsExactly("h1", "h1", "h2", null);
    assertThat(p.pool().volunteers().get(1).features())
        .containsEntry("tenure", "tenant, renting").doesNotContainKey("name");
  }

  @Test
  void readsTheStratificationAppsCategoryNameHeaderWithoutFlexOrHouseholds() throws IOException {
    List<Quota> quotas = SortitionCsv.readQuotas(new StringReader(
        "category,name,min,max\ngender,female,1,1\ngender,male,1,1\n"), "categories.csv");
    SortitionProblem p = SortitionCsv.readPeople(new StringReader(
        "\uFEFFid,gender\na,female\nb,male\n"), "people.csv", quotas, 2);

    assertThat(quotas.get(0)).isEqualTo(Quota.of("gender", "female", 1, 1));
    assertThat(p.oneMemberPerHousehold()).isFalse();
  }

  @Test
  void aValueNotInTheFeaturesFileNamesLineColumnAndKnownValues() throws IOException {
    List<Quota> quotas = SortitionCsv.readQuotas(new StringReader(FEATURES), "features.csv");

    assertThatThrownBy(() -> SortitionCsv.readPeople(new StringReader(
        "id,gender,tenure\np1,Female,owner\n"), "people.csv", quotas, 1))
        .isInstanceOf(SortitionInputException.class)
        .hasMessage("people.csv line 2: gender: must be one of the values the features file"
            + " lists for 'gender' [female, male] (values match exactly), was 'Female'");
  }

  @Test
  void badNumbersMissingColumnsAndRaggedRowsAreNamed() throws IOException {
    assertThatThrownBy(() -> SortitionCsv.readQuotas(new StringReader(
        "feature,value,min,max\ngender,female,one,2\n"), "f.csv"))
        .hasMessage("f.csv line 2: min: must be a whole number, was 'one'");
    assertThatThrownBy(() -> SortitionCsv.readQuotas(new StringReader(
        "feature,value,min,max\ngender,female,3,2\n"), "f.csv"))
        .hasMessageContaining("quotas[gender=female].max: must be ≥ min (3)");
    assertThatThrownBy(() -> SortitionCsv.readQuotas(new StringReader(
        "feature,value,max\n"), "f.csv"))
        .hasMessageContaining("the header needs a column 'min'");
    List<Quota> quotas = SortitionCsv.readQuotas(new StringReader(FEATURES), "features.csv");
    assertThatThrownBy(() -> SortitionCsv.readPeople(new StringReader(
        "id,gender\np1,female\n"), "people.csv", quotas, 1))
        .hasMessage("people.csv line 1: the header needs a column for every feature of the"
            + " features file, was tenure");
    assertThatThrownBy(() -> SortitionCsv.readPeople(new StringReader(
        "id,gender,tenure\np1,female\n"), "people.csv", quotas, 1))
        .hasMessageContaining("people.csv line 2: must have as many fields as the header (3)");
    assertThatThrownBy(() -> SortitionCsv.readPeople(new StringReader(
        "id,gender,tenure\np1,female,owner\np1,male,owner\n"), "people.csv", quotas, 1))
        .hasMessageContaining("people.csv line 3: id: ids must be unique (also on line 2)");
  }
}
