package org.exportalliance.portal.notification.channel;

import java.util.regex.Pattern;

/**
 * A group robot a person or firm chose as a channel: what is needed to post to it. The robots' addresses are the
 * configured ones ({@code portal.channels.wecom.url}, {@code portal.channels.dingtalk.url}); only the key, token
 * and secret differ, so nobody can point a robot at a host of their choice. Keys, tokens and secrets are secrets:
 * {@code toString()} hides them.
 */
public sealed interface Robot {

    RobotKind kind();

    /** A WeCom group robot: the {@code key} of its webhook address. */
    record WeCom(String key) implements Robot {

        private static final Pattern KEY = Pattern.compile("[A-Za-z0-9-]{8,128}");

        public WeCom {
            if (!KEY.matcher(key).matches()) {
                throw new IllegalArgumentException("a WeCom robot key is letters, digits and dashes");
            }
        }

        @Override
        public RobotKind kind() {
            return RobotKind.WECOM;
        }

        @Override
        public String toString() {
            return "WeCom robot";
        }
    }

    /** A DingTalk custom robot with signing: its {@code access_token} and its {@code SEC…} signing secret. */
    record DingTalk(String accessToken, String secret) implements Robot {

        private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9]{8,256}");
        private static final Pattern SECRET = Pattern.compile("SEC[A-Za-z0-9]{8,256}");

        public DingTalk {
            if (!TOKEN.matcher(accessToken).matches() || !SECRET.matcher(secret).matches()) {
                throw new IllegalArgumentException("a DingTalk robot has a hex access token and a SEC… secret");
            }
        }

        @Override
        public RobotKind kind() {
            return RobotKind.DINGTALK;
        }

        @Override
        public String toString() {
            return "DingTalk robot";
        }
    }
}
