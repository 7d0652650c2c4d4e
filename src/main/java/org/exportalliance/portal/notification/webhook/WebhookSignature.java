package org.exportalliance.portal.notification.webhook;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The {@code webhook-signature} header of Standard Webhooks v1: {@code v1,} and the Base64 of HMAC-SHA256 over
 * {@code <webhook-id>.<webhook-timestamp>.<body>}, keyed with the secret's bytes. While a rotated secret and its
 * successor overlap, the header lists one signature per secret, separated by spaces; a receiver accepts any one.
 */
public final class WebhookSignature {

    public static final String VERSION = "v1";

    private WebhookSignature() {}

    /** The header value: one signature per secret, in the given order. */
    public static String header(List<WebhookSecret> secrets, String id, long timestampSeconds, byte[] body) {
        return secrets.stream().map(secret -> sign(secret, id, timestampSeconds, body))
                .collect(Collectors.joining(" "));
    }

    /** One signature, {@code v1,<base64>}. */
    public static String sign(WebhookSecret secret, String id, long timestampSeconds, byte[] body) {
        return VERSION + "," + Base64.getEncoder().encodeToString(mac(secret.key(), id, timestampSeconds, body));
    }

    static byte[] mac(byte[] key, String id, long timestampSeconds, byte[] body) {
        ByteArrayOutputStream signed = new ByteArrayOutputStream(body.length + 64);
        signed.writeBytes((id + "." + timestampSeconds + ".").getBytes(StandardCharsets.UTF_8));
        signed.writeBytes(body);
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(signed.toByteArray());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every JDK", e);
        }
    }
}
