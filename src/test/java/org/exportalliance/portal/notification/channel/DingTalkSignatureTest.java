package org.exportalliance.portal.notification.channel;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class DingTalkSignatureTest {

    static final String SECRET = "SEC3f5b1d2c9e8a7b6c5d4e3f2a1b0c9d8e7f6a5b4c3d2e1f0a9b8c7d6e5f4a3b2c1";

    /** DingTalk's recipe, written out here on its own: HMAC-SHA256 keyed with the secret over "timestamp\nsecret". */
    static String expected(long timestamp, String secret) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return Base64.getEncoder().encodeToString(
                mac.doFinal((timestamp + "\n" + secret).getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void the_signature_is_the_base64_hmac_of_timestamp_newline_secret_keyed_with_the_secret() throws Exception {
        long timestamp = 1_796_601_600_000L;
        assertThat(DingTalkSignature.sign(SECRET, timestamp)).isEqualTo(expected(timestamp, SECRET))
                .hasSize(44).endsWith("=");
        assertThat(DingTalkSignature.sign(SECRET, timestamp + 1)).isNotEqualTo(expected(timestamp, SECRET));
    }

    @Test
    void the_query_carries_token_timestamp_and_the_url_encoded_sign_with_plus_slash_and_equals_encoded()
            throws Exception {
        long timestamp = 1_796_601_600_000L;
        while (!(expected(timestamp, SECRET).contains("+") && expected(timestamp, SECRET).contains("/"))) {
            timestamp++;
        }
        String sign = expected(timestamp, SECRET);
        String query = DingTalkSignature.query("a1b2c3d4e5f6", SECRET, timestamp);

        assertThat(query).startsWith("access_token=a1b2c3d4e5f6&timestamp=" + timestamp + "&sign=");
        String encoded = query.substring(query.indexOf("&sign=") + 6);
        assertThat(encoded).contains("%2B", "%2F").endsWith("%3D").doesNotContain("+", "/", "=");
        assertThat(URLDecoder.decode(encoded, StandardCharsets.UTF_8)).isEqualTo(sign);
    }
}
