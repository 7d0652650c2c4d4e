package org.exportalliance.portal.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.exportalliance.portal.account.Role;
import org.exportalliance.portal.fair.FairStatus;
import org.exportalliance.portal.fair.Sector;
import org.exportalliance.portal.notification.webhook.WebhookEventType;
import org.exportalliance.portal.request.Priority;
import org.exportalliance.portal.request.RequestEvent;
import org.exportalliance.portal.request.RequestStatus;
import org.exportalliance.portal.request.SlaClock;
import org.junit.jupiter.api.Test;

/** Both languages have every message, and every literal key the code asks for exists. */
class MessageBundlesTest {

    static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (var in = MessageBundlesTest.class.getResourceAsStream("/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void chinese_and_english_bundles_have_the_same_keys() throws IOException {
        assertThat(new TreeSet<>(load("messages_en.properties").stringPropertyNames()))
                .isEqualTo(new TreeSet<>(load("messages.properties").stringPropertyNames()));
    }

    @Test
    void no_message_is_empty_and_chinese_is_really_chinese() throws IOException {
        Properties zh = load("messages.properties");
        Properties en = load("messages_en.properties");
        assertThat(zh.values()).allSatisfy(v -> assertThat(v.toString()).isNotBlank());
        assertThat(en.values()).allSatisfy(v -> assertThat(v.toString()).isNotBlank());
        assertThat(zh.getProperty("fair.catalogue.title")).isEqualTo("展会目录");
    }

    @Test
    void every_enum_shown_to_users_has_a_label() throws IOException {
        Properties zh = load("messages.properties");
        for (Sector s : Sector.values()) {
            assertThat(zh).containsKey(s.messageKey());
        }
        for (Role r : Role.values()) {
            assertThat(zh).containsKey("role." + r.name());
        }
        for (FairStatus s : FairStatus.values()) {
            assertThat(zh).containsKey("fair.status." + s.name());
        }
        for (RequestStatus s : RequestStatus.values()) {
            assertThat(zh).containsKey(s.messageKey());
        }
        for (WebhookEventType t : WebhookEventType.values()) {
            assertThat(zh).containsKey(t.messageKey());
        }
        for (Priority p : Priority.values()) {
            assertThat(zh).containsKey(p.messageKey());
        }
        for (RequestEvent.Kind k : RequestEvent.Kind.values()) {
            assertThat(zh).containsKey(k.messageKey());
        }
        for (SlaClock c : SlaClock.values()) {
            assertThat(zh).containsKey(c.messageKey());
            for (int level : new int[] {50, 75, 100}) {
                assertThat(zh).containsKey("request.notice.sla." + c.name() + "." + level);
            }
        }
    }

    @Test
    void every_literal_key_in_the_code_exists() throws IOException {
        Set<String> keys = load("messages.properties").stringPropertyNames();
        Pattern literal = Pattern.compile("(?:getTranslation|showSuccess\\(this,|FieldProblem\\([^,]+,|super\\(\\d+,)"
                + "\\s*\\(?\"([a-z][a-zA-Z0-9.-]*[a-zA-Z0-9])\"");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = literal.matcher(Files.readString(file));
                while (m.find()) {
                    if (!keys.contains(m.group(1))) {
                        missing.add(file.getFileName() + ": " + m.group(1));
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }
}
