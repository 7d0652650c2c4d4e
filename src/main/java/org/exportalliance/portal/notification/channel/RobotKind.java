package org.exportalliance.portal.notification.channel;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * The two robots: how their markdown message is sent as JSON, how lines break, and how big a message may be.
 */
public enum RobotKind {

    /**
     * WeCom group robot: {@code {"msgtype":"markdown","markdown":{"content":…}}}, content at most 4096 bytes of UTF-8
     * (WeCom's documentation of the group robot, and its error 40058 "markdown.content exceed max length 4096").
     * WeCom shows no separate title. A line break is one newline.
     */
    WECOM("\n") {
        @Override
        Map<String, Object> markdown(String title, String text) {
            return Map.of("content", text);
        }

        @Override
        boolean fits(String title, String text) {
            return text.getBytes(StandardCharsets.UTF_8).length <= 4096;
        }
    },

    /**
     * DingTalk custom robot: {@code {"msgtype":"markdown","markdown":{"title":…,"text":…}}}; the title is what the
     * chat list shows. DingTalk documents no separate limit for markdown; it refuses a request body over 20000 bytes
     * with errcode 460101 "body 大小不合法;solution:请保持大小在 20000bytes 以内" (reported in
     * feiyu563/PrometheusAlert#318 and ZhuLinsen/daily_stock_analysis#61), so the whole body as sent is measured,
     * escapes included. DingTalk's markdown needs a blank line to break a line.
     */
    DINGTALK("\n\n") {
        @Override
        Map<String, Object> markdown(String title, String text) {
            Map<String, Object> markdown = new LinkedHashMap<>();
            markdown.put("title", title);
            markdown.put("text", text);
            return markdown;
        }

        @Override
        boolean fits(String title, String text) {
            return body(title, text).length <= 20000;
        }
    };

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String lineBreak;

    RobotKind(String lineBreak) {
        this.lineBreak = lineBreak;
    }

    String lineBreak() {
        return lineBreak;
    }

    abstract Map<String, Object> markdown(String title, String text);

    /** Whether a message of this title and text is within the robot's limit. */
    abstract boolean fits(String title, String text);

    /** The request body, UTF-8 JSON, exactly as sent. */
    byte[] body(String title, String text) {
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("msgtype", "markdown");
        message.put("markdown", markdown(title, text));
        return JSON.writeValueAsBytes(message);
    }
}
