package org.exportalliance.portal.firm.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CreditCodeTest {

    /** The example printed in many guides to the code. */
    static final String PUBLISHED = "91350100M000100Y43";

    @Test
    void the_published_example_is_valid() {
        assertThat(CreditCode.problem(PUBLISHED)).isEmpty();
    }

    @Test
    void another_last_character_is_a_bad_check_character() {
        for (char c : CreditCode.ALPHABET.toCharArray()) {
            if (c != '3') {
                assertThat(CreditCode.problem(PUBLISHED.substring(0, 17) + c))
                        .hasValue(CreditCodeProblem.BAD_CHECK_CHARACTER);
            }
        }
    }

    @Test
    void a_mistyped_or_swapped_character_is_caught_by_the_check_character() {
        // The weights are distinct and not 0 modulo the prime 31: every single change and swap of neighbours shows.
        assertThat(CreditCode.problem("91350100M000100X43")).as("Y typed as X")
                .hasValue(CreditCodeProblem.BAD_CHECK_CHARACTER);
        assertThat(CreditCode.problem("91350100M001000Y43")).as("two neighbours swapped")
                .hasValue(CreditCodeProblem.BAD_CHECK_CHARACTER);
    }

    @Test
    void typed_lower_case_with_spaces_normalises_to_the_valid_code() {
        String typed = " 9135 0100 m000 100y43\u3000";

        assertThat(CreditCode.problem(typed)).isNotEmpty();
        assertThat(CreditCode.normalise(typed)).isEqualTo(PUBLISHED);
        assertThat(CreditCode.problem(CreditCode.normalise(typed))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(chars = {'I', 'O', 'Z', 'S', 'V'})
    void letters_outside_the_alphabet_are_bad_characters(char letter) {
        String code = PUBLISHED.substring(0, 8) + letter + PUBLISHED.substring(9);

        assertThat(CreditCode.problem(code)).hasValue(CreditCodeProblem.BAD_CHARACTER);
        assertThatThrownBy(() -> CreditCode.withCheckCharacter(code.substring(0, 17)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_administrative_division_code_is_digits() {
        String letterInDivision = CreditCode.withCheckCharacter("91A50100M000100Y4");

        assertThat(CreditCode.problem(letterInDivision)).hasValue(CreditCodeProblem.BAD_CHARACTER);
    }

    @Test
    void seventeen_or_nineteen_characters_are_the_wrong_length() {
        assertThat(CreditCode.problem(PUBLISHED.substring(0, 17))).hasValue(CreditCodeProblem.WRONG_LENGTH);
        assertThat(CreditCode.problem(PUBLISHED + "0")).hasValue(CreditCodeProblem.WRONG_LENGTH);
        assertThat(CreditCode.problem("")).hasValue(CreditCodeProblem.WRONG_LENGTH);
    }

    @Test
    void with_check_character_makes_the_published_example_and_a_check_of_zero() {
        assertThat(CreditCode.withCheckCharacter(PUBLISHED.substring(0, 17))).isEqualTo(PUBLISHED);

        // The weighted sum a multiple of 31 gives 31 - 0, which wraps to 0.
        Optional<String> zero = CreditCode.ALPHABET.chars()
                .mapToObj(c -> CreditCode.withCheckCharacter("9133062400000000" + (char) c))
                .filter(code -> code.endsWith("0"))
                .findFirst();
        assertThat(zero).isPresent();
        assertThat(CreditCode.problem(zero.orElseThrow())).isEmpty();
    }

    @Test
    void every_problem_has_a_message_in_both_languages() throws IOException {
        for (String bundle : List.of("messages.properties", "messages_en.properties")) {
            Properties messages = new Properties();
            try (var in = CreditCodeTest.class.getResourceAsStream("/" + bundle)) {
                messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            for (CreditCodeProblem problem : CreditCodeProblem.values()) {
                assertThat(messages).as(bundle).containsKey(problem.messageKey());
            }
        }
        assertThat(CreditCodeProblem.BAD_CHECK_CHARACTER.messageKey())
                .isEqualTo("firm.credit-code.bad-check-character");
    }
}
