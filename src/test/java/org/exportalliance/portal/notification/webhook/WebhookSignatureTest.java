package org.exportalliance.portal.notification.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.exportalliance.portal.notification.webhook.WebhookVerifier.Verdict;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

    /**
     * The test vector of the Standard Webhooks reference libraries (standard-webhooks/standard-webhooks,
     * libraries/javascript/src/webhook.test.ts, "sign function works"; the same in its other languages). The
     * specification's own example (spec/standard-webhooks.md, "v1,K5oZfzN9…") does not give the secret behind it,
     * so it cannot be checked.
     */
    static final WebhookSecret SPEC_SECRET = new WebhookSecret("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");
    static final String SPEC_ID = "msg_p5jXN8AQM9LWM0D4loKWxJek";
    static final long SPEC_TIMESTAMP = 1614265330;
    static final byte[] SPEC_BODY = "{\"test\": 2432232314}".getBytes(StandardCharsets.UTF_8);

    static final WebhookSecret NEXT_SECRET = new WebhookSecret(
            "whsec_" + Base64.getEncoder().encodeToString("a second secret of 32 bytes.....".getBytes()));

    @Test
    void our_signature_matches_the_standard_webhooks_test_vector() {
        assertThat(WebhookSignature.sign(SPEC_SECRET, SPEC_ID, SPEC_TIMESTAMP, SPEC_BODY))
                .isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    }

    @Test
    void while_two_secrets_overlap_both_sign_and_either_one_verifies() {
        String header = WebhookSignature.header(List.of(SPEC_SECRET, NEXT_SECRET), SPEC_ID, SPEC_TIMESTAMP, SPEC_BODY);
        assertThat(header.split(" ")).hasSize(2)
                .startsWith("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=")
                .allSatisfy(signature -> assertThat(signature).startsWith("v1,"));
        Instant at = Instant.ofEpochSecond(SPEC_TIMESTAMP);
        assertThat(verify(header, SPEC_BODY, List.of(SPEC_SECRET), at)).isEqualTo(Verdict.VALID);
        assertThat(verify(header, SPEC_BODY, List.of(NEXT_SECRET), at)).isEqualTo(Verdict.VALID);
        String oldOnly = WebhookSignature.header(List.of(SPEC_SECRET), SPEC_ID, SPEC_TIMESTAMP, SPEC_BODY);
        assertThat(verify(oldOnly, SPEC_BODY, List.of(NEXT_SECRET), at)).isEqualTo(Verdict.NO_MATCHING_SIGNATURE);
    }

    @Test
    void the_verifier_allows_five_minutes_either_way_and_nothing_changed() {
        String header = WebhookSignature.header(List.of(SPEC_SECRET), SPEC_ID, SPEC_TIMESTAMP, SPEC_BODY);
        Instant sent = Instant.ofEpochSecond(SPEC_TIMESTAMP);
        assertThat(verify(header, SPEC_BODY, List.of(SPEC_SECRET), sent.plusSeconds(300))).isEqualTo(Verdict.VALID);
        assertThat(verify(header, SPEC_BODY, List.of(SPEC_SECRET), sent.minusSeconds(300))).isEqualTo(Verdict.VALID);
        assertThat(verify(header, SPEC_BODY, List.of(SPEC_SECRET), sent.plusSeconds(301)))
                .isEqualTo(Verdict.TIMESTAMP_OUT_OF_TOLERANCE);
        assertThat(verify(header, SPEC_BODY, List.of(SPEC_SECRET), sent.minusSeconds(301)))
                .isEqualTo(Verdict.TIMESTAMP_OUT_OF_TOLERANCE);
        byte[] changed = "{\"test\": 2432232315}".getBytes(StandardCharsets.UTF_8);
        assertThat(verify(header, changed, List.of(SPEC_SECRET), sent)).isEqualTo(Verdict.NO_MATCHING_SIGNATURE);
        assertThat(WebhookVerifier.verify("msg_other", Long.toString(SPEC_TIMESTAMP), header, SPEC_BODY,
                List.of(SPEC_SECRET), sent)).isEqualTo(Verdict.NO_MATCHING_SIGNATURE);
        assertThat(verify("v1,not base64!", SPEC_BODY, List.of(SPEC_SECRET), sent))
                .isEqualTo(Verdict.NO_MATCHING_SIGNATURE);
        assertThat(verify(header.replace("v1,", "v1a,"), SPEC_BODY, List.of(SPEC_SECRET), sent))
                .isEqualTo(Verdict.NO_MATCHING_SIGNATURE);
        assertThat(WebhookVerifier.verify(SPEC_ID, null, header, SPEC_BODY, List.of(SPEC_SECRET), sent))
                .isEqualTo(Verdict.MISSING_HEADERS);
    }

    @Test
    void a_new_secret_is_whsec_and_32_random_bytes_and_never_printed() {
        WebhookSecret one = WebhookSecret.generate().block();
        WebhookSecret two = WebhookSecret.generate().block();
        assertThat(one.value()).startsWith("whsec_").isNotEqualTo(two.value());
        assertThat(one.key()).hasSize(32);
        assertThat(one.toString()).doesNotContain(one.value().substring(6));
        assertThatThrownBy(() -> new WebhookSecret("whsec_" + Base64.getEncoder().encodeToString(new byte[16])))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new WebhookSecret("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static Verdict verify(String header, byte[] body, List<WebhookSecret> secrets, Instant now) {
        return WebhookVerifier.verify(SPEC_ID, Long.toString(SPEC_TIMESTAMP), header, body, secrets, now);
    }
}
