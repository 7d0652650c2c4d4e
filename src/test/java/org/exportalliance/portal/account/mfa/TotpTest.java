package org.exportalliance.portal.account.mfa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TotpTest {

    /** RFC 6238 appendix B: the SHA1 key is the ASCII of "12345678901234567890". */
    private static final byte[] RFC_SECRET = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);


    @ParameterizedTest
    @CsvSource({
            "59, 0000000000000001, 94287082",
            "1111111109, 00000000023523EC, 07081804",
            "1111111111, 00000000023523ED, 14050471",
            "1234567890, 000000000273EF07, 89005924",
            "2000000000, 0000000003F940AA, 69279037",
            "20000000000, 0000000027BC86AA, 65353130"})
    void codes_match_the_sha1_test_vectors_of_rfc_6238(long seconds, String stepHex, String eightDigits) {
        long step = Totp.step(Instant.ofEpochSecond(seconds));

        assertThat(step).isEqualTo(Long.parseLong(stepHex, 16));
        assertThat(Totp.code(RFC_SECRET, step, 8)).isEqualTo(eightDigits);
        assertThat(Totp.code(RFC_SECRET, step)).isEqualTo(eightDigits.substring(2));
    }

    @ParameterizedTest
    @CsvSource({"'', ''", "f, MY", "fo, MZXQ", "foo, MZXW6", "foob, MZXW6YQ", "fooba, MZXW6YTB",
            "foobar, MZXW6YTBOI"})
    void base32_is_rfc_4648_without_padding(String bytes, String text) {
        byte[] raw = bytes.getBytes(StandardCharsets.US_ASCII);

        assertThat(Totp.base32(raw)).isEqualTo(text);
        assertThat(Totp.fromBase32(text)).isEqualTo(raw);
    }

    @Test
    void base32_is_read_in_lower_case_with_spaces_hyphens_and_padding() {
        assertThat(Totp.fromBase32("mzxw 6ytb-oi======")).isEqualTo("foobar".getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void base32_refuses_foreign_characters_and_impossible_lengths() {
        assertThatThrownBy(() -> Totp.fromBase32("MZXW1YTB")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Totp.fromBase32("MZX")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_new_secret_is_20_random_bytes_and_32_base32_characters() {
        SecureRandom random = new SecureRandom();
        byte[] secret = Totp.newSecret(random);

        assertThat(secret).hasSize(20);
        assertThat(Totp.base32(secret)).hasSize(32).matches("[A-Z2-7]+");
        assertThat(Totp.fromBase32(Totp.base32(secret))).isEqualTo(secret);
        assertThat(Totp.newSecret(random)).isNotEqualTo(secret);
    }

    @Test
    void the_previous_current_and_next_steps_match_and_no_others() {
        Instant now = Instant.ofEpochSecond(1_111_111_111);
        long step = Totp.step(now);

        for (long candidate = step - 1; candidate <= step + 1; candidate++) {
            assertThat(Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, candidate), now))
                    .isEqualTo(OptionalLong.of(candidate));
        }
        assertThat(Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, step - 2), now)).isEmpty();
        assertThat(Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, step + 2), now)).isEmpty();
    }

    @Test
    void a_code_typed_with_a_space_matches_and_anything_but_six_digits_does_not() {
        Instant now = Instant.ofEpochSecond(59);
        String code = Totp.code(RFC_SECRET, Totp.step(now));

        assertThat(code).isEqualTo("287082");
        assertThat(Totp.matchingStep(RFC_SECRET, "287 082", now)).hasValue(1);
        assertThat(Totp.matchingStep(RFC_SECRET, "28708", now)).isEmpty();
        assertThat(Totp.matchingStep(RFC_SECRET, "2870822", now)).isEmpty();
        assertThat(Totp.matchingStep(RFC_SECRET, "28708a", now)).isEmpty();
        assertThat(Totp.matchingStep(RFC_SECRET, "２８７０８２", now)).as("full-width digits").isEmpty();
    }

    @Test
    void the_otpauth_uri_encodes_issuer_and_account_and_names_the_parameters() {
        byte[] secret = Totp.fromBase32("JBSWY3DPEHPK3PXP");

        assertThat(Totp.otpauthUri("Export Alliance", "zhang.wei@xinchang-tex.cn", secret)).isEqualTo(
                "otpauth://totp/Export%20Alliance:zhang.wei%40xinchang-tex.cn?secret=JBSWY3DPEHPK3PXP"
                        + "&issuer=Export%20Alliance&algorithm=SHA1&digits=6&period=30");
        assertThat(Totp.otpauthUri("新昌:联盟", "张伟", secret))
                .startsWith("otpauth://totp/%E6%96%B0%E6%98%8C%3A%E8%81%94%E7%9B%9F:%E5%BC%A0%E4%BC%9F?");
    }
}
