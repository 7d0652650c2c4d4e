package org.exportalliance.portal.notification.outbox;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;
import org.exportalliance.portal.notification.channel.Robot;
import org.exportalliance.portal.platform.crypto.KeyedCipher;
import org.exportalliance.portal.platform.crypto.SealingKeys;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Robot keys, tokens and signing secrets at rest, sealed under keys of their own: {@code portal.channels.key}
 * ({@code PORTAL_CHANNELS_KEY}, base64 of 32 bytes; {@code .key-id}, {@code .previous-keys} as for passports), or in
 * demo mode a key kept in {@code <portal.embedded.directory>/channels-key}. Without a key outside the demo, robots
 * are off (saving one is refused; e-mail and the in-app centre work) rather than the portal refusing to start.
 * A sealed secret is bound to its owner and kind: copied onto another row it does not open.
 */
@Component
public class ChannelSecrets {

    private static final Logger log = LoggerFactory.getLogger(ChannelSecrets.class);

    private final Optional<Cipher> cipher;

    ChannelSecrets(Environment env) {
        boolean configured = !env.getProperty("portal.channels.key", "").isBlank();
        if (configured || env.getProperty("portal.demo.enabled", Boolean.class, false)) {
            SealingKeys keys = SealingKeys.load(env, "portal.channels", "PORTAL_CHANNELS_KEY", "channels-key",
                    "robot secrets");
            try {
                cipher = Optional.of(new Cipher(keys));
            } catch (IllegalArgumentException e) {
                throw new org.exportalliance.portal.platform.crypto.SealingKeyMisconfigured(
                        String.valueOf(e.getMessage()));
            }
        } else {
            log.warn("No portal.channels.key (PORTAL_CHANNELS_KEY): WeCom and DingTalk robots are off");
            cipher = Optional.empty();
        }
    }

    /** Whether robots can be saved and sent to. */
    public boolean robotsOn() {
        return cipher.isPresent();
    }

    KeyedCipher.Sealed seal(UUID owner, Robot robot) {
        String plain = switch (robot) {
            case Robot.WeCom w -> w.key();
            case Robot.DingTalk d -> d.accessToken() + "\n" + d.secret();
        };
        return cipher.orElseThrow(RobotsOff::new).seal(binding(owner, robot.kind().name()), plain);
    }

    Robot open(UUID owner, ChannelKind kind, KeyedCipher.Sealed sealed) {
        String plain = cipher.orElseThrow(RobotsOff::new).open(binding(owner, kind.name()), sealed.keyId(),
                sealed.bytes());
        if (kind == ChannelKind.WECOM) {
            return new Robot.WeCom(plain);
        }
        int newline = plain.indexOf('\n');
        return new Robot.DingTalk(plain.substring(0, newline), plain.substring(newline + 1));
    }

    /** The associated data: the owner (person or firm) and the kind of robot. */
    private static UUID binding(UUID owner, String kind) {
        return UUID.nameUUIDFromBytes((owner + "/" + kind).getBytes(StandardCharsets.UTF_8));
    }

    private static final class Cipher extends KeyedCipher {
        Cipher(SealingKeys keys) {
            super("portal.channels", keys.currentId(), keys.keys(), "channel-secret-digest");
        }
    }
}
