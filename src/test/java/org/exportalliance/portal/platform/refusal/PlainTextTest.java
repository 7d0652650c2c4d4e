package org.exportalliance.portal.platform.refusal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlainTextTest {

    record Contact(String name, String email) {}

    record Draft(String company, @MultiLine String notes, List<Contact> contacts, Map<String, String> extra) {}

    @ParameterizedTest
    @ValueSource(strings = {"天姥纺机", "Tessitura Rossi S.p.A.", "emoji 🧵🚢", "عربي نص", "Ünïcödé", "a\u200bb"})
    void what_people_type_is_plain_text(String text) {
        assertThat(PlainText.acceptable(text, false)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"nul\u0000", "\u0007", "\u001b[31m", "\u007f", "\u0085", "\ud800", "x\udc00",
            "\ufffe", "\uffff"})
    void control_characters_lone_surrogates_and_noncharacters_are_not(String text) {
        assertThat(PlainText.acceptable(text, true)).isFalse();
    }

    @Test
    void tabs_and_line_breaks_belong_to_multi_line_text_only() {
        assertThat(PlainText.acceptable("two\r\nlines\tand a tab", true)).isTrue();
        assertThat(PlainText.acceptable("two\nlines", false)).isFalse();
        assertThat(PlainText.acceptable("tab\t", false)).isFalse();
    }

    @Test
    void every_bad_text_in_a_draft_is_named_as_the_rules_name_fields() {
        Draft draft = new Draft("ACME\nLtd", "first line\nsecond line",
                List.of(new Contact("Anna", "anna@example.com"), new Contact("Bo\u0000b", "bob@example.com")),
                Map.of("note", "x\u0007"));

        assertThat(PlainText.problems(draft)).extracting(FieldProblem::field)
                .containsExactlyInAnyOrder("company", "contacts[1].name", "extra[note]");
        assertThat(PlainText.problems(draft)).extracting(FieldProblem::messageKey).containsOnly(PlainText.PROBLEM);
    }

    @Test
    void a_single_text_is_checked_by_its_own_name() {
        assertThat(PlainText.problems("reason", "展会延期\n详见通知", true)).isEmpty();
        assertThat(PlainText.problems("reason", "展会\u0000延期", true))
                .containsExactly(new FieldProblem("reason", PlainText.PROBLEM));
        assertThat(PlainText.problems("reason", null, false)).isEmpty();
    }

    @Test
    void a_field_the_rules_already_refuse_is_not_refused_twice() {
        List<FieldProblem> found = new java.util.ArrayList<>(List.of(new FieldProblem("company", "validation.too-long")));
        Draft draft = new Draft("ACME\u0000", "", List.of(new Contact("Bo\u0000b", "")), Map.of());

        PlainText.addTo(found, draft);
        PlainText.addTo(found, "reason", "a\u0007", true);
        PlainText.addTo(found, "reason", "b\u0007", true);

        assertThat(found).containsExactly(new FieldProblem("company", "validation.too-long"),
                new FieldProblem("contacts[0].name", PlainText.PROBLEM), new FieldProblem("reason", PlainText.PROBLEM));
    }
}
