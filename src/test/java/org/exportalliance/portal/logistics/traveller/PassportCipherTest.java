package org.exportalliance.portal.logistics.traveller;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PassportCipherTest {

    static byte[] key(int seed) {
        byte[] key = new byte[32];
        for (int i = 0; i < key.length; i++) {
            key[i] = (byte) (seed + i);
        }
        return key;
    }

    final PassportCipher cipher = new PassportCipher("k1", Map.of("k1", key(1)));

    @Test
    void a_sealed_number_opens_for_its_traveller_and_nonces_differ_each_time() {
        UUID traveller = UUID.randomUUID();
        PassportCipher.Sealed one = cipher.seal(traveller, "E12345678");
        PassportCipher.Sealed two = cipher.seal(traveller, "E12345678");
        assertThat(one.keyId()).isEqualTo("k1");
        assertThat(one.bytes()).isNotEqualTo(two.bytes());
        assertThat(cipher.open(traveller, "k1", one.bytes())).isEqualTo("E12345678");
        assertThat(cipher.open(traveller, "k1", two.bytes())).isEqualTo("E12345678");
    }

    @Test
    void altered_data_another_travellers_row_or_an_unknown_key_do_not_open_and_never_show_the_number() {
        UUID traveller = UUID.randomUUID();
        byte[] sealed = cipher.seal(traveller, "E12345678").bytes();
        byte[] altered = sealed.clone();
        altered[altered.length - 1] ^= 1;
        assertThatThrownBy(() -> cipher.open(traveller, "k1", altered)).hasMessageNotContaining("E12345678");
        assertThatThrownBy(() -> cipher.open(UUID.randomUUID(), "k1", sealed))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> cipher.open(traveller, "k0", sealed)).hasMessageContaining("k0")
                .hasMessageNotContaining("E12345678");
    }

    @Test
    void after_a_rotation_old_rows_still_open_and_new_ones_use_the_new_key() {
        UUID traveller = UUID.randomUUID();
        byte[] old = cipher.seal(traveller, "EA1234567").bytes();
        PassportCipher rotated = new PassportCipher("k2", Map.of("k2", key(2), "k1", key(1)));
        assertThat(rotated.open(traveller, "k1", old)).isEqualTo("EA1234567");
        PassportCipher.Sealed fresh = rotated.seal(traveller, "EA1234567");
        assertThat(fresh.keyId()).isEqualTo("k2");
        assertThatThrownBy(() -> cipher.open(traveller, "k2", fresh.bytes())).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void the_digest_of_a_number_depends_on_the_key_and_does_not_show_it() {
        PassportCipher other = new PassportCipher("k2", Map.of("k2", key(2)));
        assertThat(cipher.digest("E12345678")).isEqualTo(cipher.digest("E12345678"))
                .isNotEqualTo(cipher.digest("E12345679"))
                .isNotEqualTo(other.digest("E12345678"))
                .doesNotContain("12345678");
    }

    @Test
    void keys_must_be_32_bytes_with_a_plain_id() {
        assertThatThrownBy(() -> new PassportCipher("k1", Map.of("k1", new byte[16])))
                .hasMessageContaining("16 bytes");
        assertThatThrownBy(() -> new PassportCipher("bad id", Map.of("bad id", key(1))))
                .hasMessageContaining("bad id");
        assertThatThrownBy(() -> PassportKeyConfiguration.previousKeys("k0=abc"))
                .isInstanceOf(PassportKeyMisconfigured.class);
        assertThat(PassportKeyConfiguration.previousKeys(
                "k0:" + java.util.Base64.getEncoder().encodeToString(key(0)))).containsKey("k0");
    }

    @Test
    void a_missing_key_outside_the_demo_is_explained_in_one_line() {
        var env = new org.springframework.mock.env.MockEnvironment().withProperty("portal.demo.enabled", "false");
        Throwable failure = org.assertj.core.api.Assertions.catchThrowable(
                () -> new PassportKeyConfiguration().passportCipher(env));
        var analysis = new PassportKeyFailureAnalyzer().analyze(new IllegalStateException("context", failure));
        assertThat(analysis).isNotNull();
        assertThat(analysis.getDescription()).isEqualTo(
                "portal.passport.key (PORTAL_PASSPORT_KEY) is not set; passport numbers are encrypted with it");
        assertThat(analysis.getAction()).contains("openssl rand -base64 32");
        assertThat(org.springframework.core.io.support.SpringFactoriesLoader.loadFactoryNames(
                org.springframework.boot.diagnostics.FailureAnalyzer.class, getClass().getClassLoader()))
                .as("Boot finds the analyzer").contains(PassportKeyFailureAnalyzer.class.getName());
    }

    @Test
    void the_demo_key_is_generated_once_and_kept_beside_the_embedded_data(@org.junit.jupiter.api.io.TempDir
            java.nio.file.Path dir) throws Exception {
        var env = new org.springframework.mock.env.MockEnvironment().withProperty("portal.demo.enabled", "true")
                .withProperty("portal.embedded.directory", dir.toString());
        PassportCipher first = new PassportKeyConfiguration().passportCipher(env);
        PassportCipher second = new PassportKeyConfiguration().passportCipher(env);
        assertThat(first.currentKeyId()).isEqualTo("demo");
        java.nio.file.Path file = dir.resolve(PassportKeyConfiguration.DEMO_KEY_FILE);
        assertThat(java.nio.file.Files.getPosixFilePermissions(file)).extracting(Object::toString)
                .containsExactlyInAnyOrder("OWNER_READ", "OWNER_WRITE");
        UUID traveller = UUID.randomUUID();
        assertThat(second.open(traveller, "demo", first.seal(traveller, "E12345678").bytes())).isEqualTo("E12345678");
        try (var files = java.nio.file.Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }
}
