package org.exportalliance.portal.account.password;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import org.exportalliance.portal.support.ReactiveGuard;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

class PasswordPolicyTest {

    /** Immutable once built, and reading the dictionaries takes a moment: one for the class. */
    private static final PasswordPolicy POLICY = new PasswordPolicy();

    private static final List<String> ZHANG_WEI = List.of("zhang.wei.xinchang", "张伟",
            "liu.yang@xinchang-tex.cn", "Xinchang Textile Machinery Co., Ltd.", "新昌纺织机械有限公司");

    private static PasswordVerdict check(String password) {
        return POLICY.check(password, ZHANG_WEI);
    }

    @Test
    void a_long_passphrase_of_plain_words_is_accepted() {
        PasswordVerdict verdict = check("gentle rivers carry seven paper lanterns home");

        assertThat(verdict.acceptable()).isTrue();
        assertThat(verdict.problem()).isNull();
        assertThat(verdict.score()).isBetween(3, 4);
    }

    @Test
    void a_random_password_of_twelve_characters_is_accepted() {
        assertThat(check("q7#Vd9!mLw2@").acceptable()).isTrue();
    }

    @Test
    void eleven_characters_are_too_short_and_twelve_chinese_characters_are_not() {
        assertThat(check("Kx7!pQ9#zL2").problem()).isEqualTo(PasswordProblem.TOO_SHORT);
        assertThat(check("春眠不觉晓处处闻啼鸟夜来").acceptable()).isTrue();
    }

    @Test
    void length_counts_code_points_so_eleven_emoji_are_too_short() {
        String emoji = "🐉🌊🏮🚲🍵🎋🌙🧵🪡🧶🏭";
        assertThat(emoji.length()).isEqualTo(22);

        assertThat(check(emoji).problem()).isEqualTo(PasswordProblem.TOO_SHORT);
    }

    @Test
    void spaces_are_kept_as_typed_and_count() {
        // Eleven characters and a trailing space: twelve, as typed.
        PasswordVerdict verdict = check("Kx7!pQ9#zL2 ");

        assertThat(verdict.problem()).isNotEqualTo(PasswordProblem.TOO_SHORT);
    }

    @Test
    void a_passphrase_of_128_characters_with_spaces_and_chinese_is_accepted() {
        String phrase = "黄昏时 the looms of 新昌 fall quiet, 我们 carry seven paper lanterns past the old canal bridge "
                + "and count the stars 一二三 until dawn";
        phrase = phrase + " ".repeat(128 - phrase.codePointCount(0, phrase.length()));
        assertThat(phrase.codePointCount(0, phrase.length())).isEqualTo(128);

        assertThat(check(phrase).acceptable()).isTrue();
    }

    @Test
    void more_than_256_code_points_are_too_long_and_256_are_not() {
        String base = "lanterns drift over the quiet canal 灯笼 ";
        String longest = base.repeat(10).substring(0, 256);

        assertThat(check(longest).acceptable()).isTrue();
        assertThat(check(longest + "x").problem()).isEqualTo(PasswordProblem.TOO_LONG);
    }

    @Test
    void passwords_on_the_bundled_list_are_common_whatever_their_case_and_spaces() {
        assertThat(check("password1234").problem()).isEqualTo(PasswordProblem.COMMON);
        assertThat(check("Password 1234").problem()).isEqualTo(PasswordProblem.COMMON);
        assertThat(check("QWERTYUIOP123").problem()).isEqualTo(PasswordProblem.COMMON);
        assertThat(check("woaini1314520").problem()).isEqualTo(PasswordProblem.COMMON);
        assertThat(check("123456789012").problem()).isEqualTo(PasswordProblem.COMMON);
    }

    @Test
    void a_password_from_zxcvbns_dictionary_with_little_added_is_common() {
        // "iloveyou" and "drowssap" (reversed) are in zxcvbn's list of passwords; these two are not on the bundled one.
        assertThat(check("Iloveyou#7k2").problem()).isEqualTo(PasswordProblem.COMMON);
        assertThat(check("drowssap1987").problem()).isEqualTo(PasswordProblem.COMMON);
    }

    @Test
    void a_password_holding_the_username_or_the_email_local_part_is_similar_to_the_account() {
        assertThat(check("Zhang.Wei.Xinchang forever").problem()).isEqualTo(PasswordProblem.SIMILAR_TO_ACCOUNT);
        assertThat(check("Liu Yang sails the canal").problem()).isEqualTo(PasswordProblem.SIMILAR_TO_ACCOUNT);
        assertThat(check("我在新昌纺织机械有限公司上班").problem()).isEqualTo(PasswordProblem.SIMILAR_TO_ACCOUNT);
    }

    @Test
    void a_password_a_few_edits_from_a_fact_is_similar_to_the_account() {
        // Without punctuation the username is "zhangweixinchang"; this is two edits from it and does not contain it.
        assertThat(check("zhangwei_xinchong1").problem()).isEqualTo(PasswordProblem.SIMILAR_TO_ACCOUNT);
    }

    @Test
    void a_password_made_of_the_firms_own_words_is_similar_to_the_account() {
        assertThat(check("Xinchang Textile 2024!").problem()).isEqualTo(PasswordProblem.SIMILAR_TO_ACCOUNT);
        assertThat(check("Xinchang Textile 2024!").score()).isLessThanOrEqualTo(2);
    }

    @Test
    void one_word_of_the_firm_in_a_long_passphrase_is_fine() {
        assertThat(check("textile looms hum softly under seven paper lanterns").acceptable()).isTrue();
    }

    @Test
    void facts_shorter_than_four_characters_do_not_refuse() {
        assertThat(POLICY.check("gentle rivers carry seven paper lanterns home", List.of("li", "王芳", "", "  "))
                .acceptable()).isTrue();
    }

    @Test
    void an_easily_guessed_password_not_on_any_list_is_too_guessable() {
        PasswordVerdict verdict = check("aaaaaaaaaaaaaaaa");

        assertThat(verdict.problem()).isEqualTo(PasswordProblem.TOO_GUESSABLE);
        assertThat(verdict.score()).isLessThan(3);
    }

    @Test
    void a_refused_password_never_shows_as_strong() {
        PasswordVerdict verdict = check("q7#Vd9!mLw2");

        assertThat(verdict.problem()).isEqualTo(PasswordProblem.TOO_SHORT);
        assertThat(verdict.score()).isLessThanOrEqualTo(2);
    }

    @Test
    void the_first_check_after_construction_reads_nothing_on_a_reactive_thread() {
        PasswordPolicy fresh = new PasswordPolicy();

        // BlockHound (installed in every test JVM) fails the call if it reads a file or otherwise blocks.
        ReactiveGuard.onReactiveThread(() -> Mono.fromCallable(() -> List.of(
                        fresh.check("aaaaaaaaaaaaaaaa", ZHANG_WEI),
                        fresh.check("Iloveyou#7k2", ZHANG_WEI),
                        fresh.check("19870517 qwerty", ZHANG_WEI),
                        fresh.check("gentle rivers carry seven paper lanterns home", ZHANG_WEI))))
                .as(StepVerifier::create)
                .assertNext(verdicts -> assertThat(verdicts).hasSize(4))
                .verifyComplete();
    }

    @Test
    void every_problem_and_strength_has_a_message_in_both_languages() throws IOException {
        for (String bundle : List.of("messages.properties", "messages_en.properties")) {
            Properties messages = load(bundle);
            for (PasswordProblem problem : PasswordProblem.values()) {
                assertThat(messages).as(bundle).containsKey(problem.messageKey());
            }
            for (int score = 0; score <= 4; score++) {
                assertThat(messages).as(bundle).containsKey(PasswordVerdict.accepted(score).strengthMessageKey());
            }
        }
        assertThat(PasswordProblem.SIMILAR_TO_ACCOUNT.messageKey()).isEqualTo("password.problem.similar-to-account");
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (var in = PasswordPolicyTest.class.getResourceAsStream("/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
