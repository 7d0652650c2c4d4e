package org.exportalliance.portal.notification.channel;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * DingTalk's signing of custom robots ("加签"): {@code sign} is the Base64 of HMAC-SHA256, keyed with the robot's
 * {@code SEC…} secret (its UTF-8 bytes, prefix included), over {@code timestamp + "\n" + secret}, where the timestamp
 * is the sending time in milliseconds; the send address carries {@code access_token}, {@code timestamp} and the
 * URL-encoded {@code sign}. DingTalk refuses a timestamp more than an hour off its clock.
 */
final class DingTalkSignature {

    private DingTalkSignature() {}

    /** The Base64 signature, not yet URL-encoded. */
    static String sign(String secret, long timestampMillis) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] signed = mac.doFinal((timestampMillis + "\n" + secret).getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(signed);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every JDK", e);
        }
    }

    /** The query of the send address: {@code access_token=…&timestamp=…&sign=…}, each value URL-encoded. */
    static String query(String accessToken, String secret, long timestampMillis) {
        return "access_token=" + encode(accessToken) + "&timestamp=" + timestampMillis
                + "&sign=" + encode(sign(secret, timestampMillis));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
