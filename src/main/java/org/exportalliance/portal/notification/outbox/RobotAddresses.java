package org.exportalliance.portal.notification.outbox;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A robot's webhook address as WeCom and DingTalk show it when the robot is added to a group, read for the one thing
 * the portal keeps of it: the key ({@code https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=…}) or the access
 * token ({@code https://oapi.dingtalk.com/robot/send?access_token=…}). Only that exact form is read: https, the
 * robot's own host without a port or user, its path, the one parameter and no fragment. Anything else is no robot's
 * address, so nobody can make the portal post elsewhere; where it posts is configuration
 * ({@code portal.channels.*.url}), never what people enter.
 */
public final class RobotAddresses {

    static final int MAX_LENGTH = 2048;

    private RobotAddresses() {}

    /** Whether people entered an address rather than a bare key or token. */
    static boolean isAddress(String text) {
        return text.contains("://");
    }

    /** The key of a WeCom group robot's address. */
    public static Optional<String> weComKey(String address) {
        return parameter(address, "qyapi.weixin.qq.com", "/cgi-bin/webhook/send", "key");
    }

    /** The access token of a DingTalk custom robot's address. */
    public static Optional<String> dingTalkToken(String address) {
        return parameter(address, "oapi.dingtalk.com", "/robot/send", "access_token");
    }

    private static Optional<String> parameter(String address, String host, String path, String name) {
        String text = address.strip();
        if (text.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        String query = uri.getRawQuery();
        if (!"https".equals(lower(uri.getScheme())) || !host.equals(lower(uri.getHost())) || uri.getPort() != -1
                || uri.getRawUserInfo() != null || !path.equals(uri.getRawPath()) || uri.getRawFragment() != null
                || query == null || !query.startsWith(name + "=") || query.contains("&")) {
            return Optional.empty();
        }
        String value = query.substring(name.length() + 1);
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    private static String lower(@Nullable String text) {
        return text == null ? "" : text.toLowerCase(Locale.ROOT);
    }
}
