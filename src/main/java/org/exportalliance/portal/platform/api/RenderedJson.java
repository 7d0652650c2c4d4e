package org.exportalliance.portal.platform.api;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * An answer's JSON, written once and sent as it is to everybody who asks the same (a page of the fair catalogue). Its
 * ETag is a digest of the bytes, so a client that already holds them gets a 304 instead.
 */
public record RenderedJson(byte[] body, String etag) {

    public static RenderedJson of(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return new RenderedJson(body, "\"" + HexFormat.of().formatHex(digest, 0, 12) + "\"");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
