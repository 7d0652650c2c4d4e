package org.exportalliance.portal.account.mfa;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.exportalliance.portal.support.ReactiveGuard;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

class RecoveryCodesTest {


    @Test
    void ten_different_codes_in_four_groups_of_four_unambiguous_characters() {
        List<String> generated = RecoveryCodes.generate(new SecureRandom());

        assertThat(generated).hasSize(10).doesNotHaveDuplicates()
                .allSatisfy(code -> assertThat(code).matches("[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}"));
    }

    @Test
    void the_codes_use_the_whole_alphabet_evenly_enough_to_carry_80_bits() {
        SecureRandom random = new SecureRandom();
        Set<Character> seen = new HashSet<>();
        for (int i = 0; i < 20; i++) {
            for (String code : RecoveryCodes.generate(random)) {
                RecoveryCodes.normalise(code).chars().forEach(c -> seen.add((char) c));
            }
        }

        assertThat(RecoveryCodes.ALPHABET).hasSize(32);
        assertThat(seen).hasSize(32);
    }

    @Test
    void the_same_random_bytes_give_the_same_codes() {
        assertThat(RecoveryCodes.generate(seeded())).isEqualTo(RecoveryCodes.generate(seeded()));
    }

    @Test
    void a_code_typed_in_lower_case_with_spaces_and_look_alikes_normalises_to_the_printed_one() {
        assertThat(RecoveryCodes.normalise("7kq2 m9xd-4hrt-owpz")).isEqualTo("7KQ2M9XD4HRT0WPZ");
        assertThat(RecoveryCodes.normalise("ab1l-I000")).isEqualTo("AB111000");
    }

    @Test
    void the_hash_is_sha_256_of_the_normalised_code() throws NoSuchAlgorithmException {
        byte[] expected = MessageDigest.getInstance("SHA-256")
                .digest("7KQ2M9XD4HRT0WPZ".getBytes(StandardCharsets.US_ASCII));

        assertThat(RecoveryCodes.hash("7KQ2-M9XD-4HRT-0WPZ")).isEqualTo(expected);
        assertThat(RecoveryCodes.hash(" 7kq2 m9xd 4hrt owpz ")).isEqualTo(expected);
        assertThat(RecoveryCodes.hash("7KQ2-M9XD-4HRT-0WPY")).isNotEqualTo(expected);
    }

    @Test
    void codes_come_from_a_seeded_drbg_on_a_reactive_thread_without_blocking() throws Exception {
        // What a caller does: a DRBG reads the entropy source once, to seed itself, before it serves requests.
        SecureRandom drbg = SecureRandom.getInstance("DRBG");
        drbg.nextBytes(new byte[16]);

        ReactiveGuard.onReactiveThread(() -> Mono.fromCallable(() -> RecoveryCodes.generate(drbg)))
                .as(StepVerifier::create)
                .assertNext(generated -> assertThat(generated).hasSize(10))
                .verifyComplete();
    }

    private static SecureRandom seeded() {
        try {
            SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
            random.setSeed(42);
            return random;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
