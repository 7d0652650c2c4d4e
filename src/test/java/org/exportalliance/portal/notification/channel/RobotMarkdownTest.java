package org.exportalliance.portal.notification.channel;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.exportalliance.portal.platform.i18n.PortalLocales;
import org.exportalliance.portal.support.Bundles;
import org.junit.jupiter.api.Test;

class RobotMarkdownTest {

    static final URI PORTAL = URI.create("https://portal.example.cn/requests/7");
    static final Instant NOON = Instant.parse("2026-12-07T04:00:00Z");

    final RobotMarkdown markdown = new RobotMarkdown(Bundles.portal());

    static Notice notice(String title, String... lines) {
        return new Notice(title, List.of(lines), PORTAL, NOON);
    }

    static int utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }

    @Test
    void a_notice_is_its_bold_title_its_lines_and_a_link_back_to_the_portal_in_the_readers_language() {
        RobotMessage zh = markdown.notice(RobotKind.WECOM, notice("需求已受理", "编号 R-2026-0007", "承办：共享实验室"),
                PortalLocales.CHINESE);
        assertThat(zh.text()).isEqualTo("**需求已受理**\n编号 R-2026-0007\n承办：共享实验室\n"
                + "[在门户中查看](https://portal.example.cn/requests/7)");
        assertThat(new String(zh.body(), StandardCharsets.UTF_8)).isEqualTo("{\"msgtype\":\"markdown\",\"markdown\":"
                + "{\"content\":\"**需求已受理**\\n编号 R-2026-0007\\n承办：共享实验室\\n"
                + "[在门户中查看](https://portal.example.cn/requests/7)\"}}");

        RobotMessage en = markdown.notice(RobotKind.DINGTALK, notice("Request accepted", "R-2026-0007"),
                PortalLocales.ENGLISH);
        assertThat(en.title()).isEqualTo("Request accepted");
        assertThat(en.text()).as("DingTalk breaks lines with a blank line")
                .isEqualTo("**Request accepted**\n\nR-2026-0007\n\n"
                        + "[Open in the portal](https://portal.example.cn/requests/7)");
        assertThat(new String(en.body(), StandardCharsets.UTF_8))
                .startsWith("{\"msgtype\":\"markdown\",\"markdown\":{\"title\":\"Request accepted\",\"text\":\"**");
    }

    @Test
    void what_a_person_typed_cannot_make_links_mentions_headings_or_break_out_of_its_line() {
        String typed = "[点我领奖](http://evil.example/x) <@all> ![img](https://evil.example/p.png) **粗** `code` "
                + "&#91;x&#93;(javascript:alert(1))\n# 标题\n> 引用 \\ \u202Egnp.exe";
        RobotMessage m = markdown.notice(RobotKind.WECOM, notice(typed, typed), PortalLocales.CHINESE);

        String typedPart = m.text().substring(0, m.text().lastIndexOf("\n["));
        assertThat(typedPart).doesNotContain("[", "]", "<", ">", "://", "`", "&", "#", "\\", "\u202E")
                .contains("［点我领奖］(http：//evil.example/x) ＜@all＞", "＊＊粗＊＊", "＃ 标题 ＞ 引用 ＼ gnp.exe");
        assertThat(m.text().lines()).as("typed line breaks became spaces: title, one line, the link").hasSize(3);
        assertThat(m.text()).endsWith("\n[在门户中查看](https://portal.example.cn/requests/7)");
    }

    @Test
    void a_notice_of_exactly_wecoms_4096_bytes_goes_whole_and_one_byte_more_is_cut() {
        String frame = "**标题**\n\n[在门户中查看](" + PORTAL + ")";
        String line = "展".repeat((4096 - utf8(frame)) / 3) + "x".repeat((4096 - utf8(frame)) % 3);
        RobotMessage exact = markdown.notice(RobotKind.WECOM, notice("标题", line), PortalLocales.CHINESE);
        assertThat(utf8(exact.text())).isEqualTo(4096);
        assertThat(exact.text()).doesNotContain(CuttableText.MARK).contains(line);

        RobotMessage over = markdown.notice(RobotKind.WECOM, notice("标题", line + "x"), PortalLocales.CHINESE);
        assertThat(utf8(over.text())).isLessThanOrEqualTo(4096).isGreaterThan(4096 - 6);
        assertThat(over.text()).contains("展" + CuttableText.MARK + "\n[在门户中查看](" + PORTAL + ")");
    }

    @Test
    void a_long_chinese_notice_is_cut_between_characters_never_inside_one_and_keeps_its_link() {
        // Chinese (3 bytes), emoji (4 bytes, a surrogate pair), a family emoji (one character of 7 code points) and
        // an accented letter written as e + combining accent: a cut may fall only between them.
        String unit = "出口联盟纺机展👍👨‍👩‍👧é";
        for (int extra = 0; extra < 12; extra++) {
            String line = "订".repeat(extra) + unit.repeat(400);
            RobotMessage m = markdown.notice(RobotKind.WECOM, notice("展会通知", line), PortalLocales.CHINESE);
            byte[] bytes = m.text().getBytes(StandardCharsets.UTF_8);
            assertThat(bytes.length).isLessThanOrEqualTo(4096).isGreaterThan(4096 - 30);
            assertThat(new String(bytes, StandardCharsets.UTF_8)).as("decodes back unchanged").isEqualTo(m.text());
            String kept = m.text().substring(0, m.text().indexOf(CuttableText.MARK));
            String start = "**展会通知**\n";
            assertThat(line).as("the cut leaves whole characters").startsWith(kept.substring(start.length()));
            assertThat(kept).doesNotEndWith("\uD83D").doesNotEndWith("\u200D").doesNotEndWith("e");
            assertThat(m.text()).endsWith(CuttableText.MARK + "\n[在门户中查看](" + PORTAL + ")");
        }
    }

    @Test
    void a_digest_lists_the_newest_first_and_ends_with_and_n_more_with_the_link_in_both_languages() {
        List<Notice> notices = new java.util.ArrayList<>();
        for (int i = 0; i < 30; i++) {
            notices.add(new Notice("需求 " + i + " 已更新", List.of("处理进展：" + "实验室已收到样品，正在安排检测。".repeat(6)),
                    URI.create("https://portal.example.cn/requests/" + i), NOON.plusSeconds(60L * i)));
        }
        java.util.Collections.shuffle(notices, new java.util.Random(16));
        URI centre = URI.create("https://portal.example.cn/notifications");

        RobotMessage zh = markdown.digest(RobotKind.WECOM, notices, centre, PortalLocales.CHINESE);
        assertThat(utf8(zh.text())).isLessThanOrEqualTo(4096);
        assertThat(zh.text()).startsWith("**30 条新通知**\n\n**需求 29 已更新**").doesNotContain(CuttableText.MARK);
        int shown = countOf(zh.text(), "已更新**");
        assertThat(shown).isBetween(5, 29);
        assertThat(zh.text()).as("newest first").contains("需求 " + (30 - shown) + " 已更新")
                .doesNotContain("需求 " + (29 - shown) + " 已更新")
                .endsWith("\n\n还有 " + (30 - shown) + " 条通知未列出 [查看全部](" + centre + ")");
        assertThat(zh.text().indexOf("需求 28 ")).isLessThan(zh.text().indexOf("需求 27 "));
        assertThat(utf8(zh.text()) + utf8(blockOf(notices.getFirst()))).as("the next notice would not have fit")
                .isGreaterThan(4096 - 40);

        RobotMessage en = markdown.digest(RobotKind.WECOM, notices, centre, PortalLocales.ENGLISH);
        assertThat(en.text()).startsWith("**30 new notices**\n\n")
                .endsWith("\n\n…and " + (30 - shown) + " more [See all](" + centre + ")");
    }

    @Test
    void a_digest_that_fits_whole_names_every_notice_and_no_more() {
        List<Notice> three = List.of(notice("A"), new Notice("B", List.of(), PORTAL, NOON.plusSeconds(1)),
                new Notice("C", List.of(), PORTAL, NOON.minusSeconds(1)));
        RobotMessage m = markdown.digest(RobotKind.DINGTALK, three, PORTAL, Locale.ENGLISH);
        assertThat(m.title()).isEqualTo("3 new notices");
        assertThat(m.text()).doesNotContain("more").containsSubsequence("**B**", "**A**", "**C**");
    }

    @Test
    void dingtalk_counts_the_whole_request_body_escapes_included_against_its_20000_bytes() {
        List<Notice> notices = new java.util.ArrayList<>();
        for (int i = 0; i < 60; i++) {
            notices.add(new Notice("“报价”已更新 \"" + i + "\"", List.of("样品\"检测\"报价：" + "详见附件。".repeat(40)),
                    PORTAL, NOON.plusSeconds(i)));
        }
        RobotMessage m = markdown.digest(RobotKind.DINGTALK, notices, PORTAL, PortalLocales.CHINESE);
        assertThat(m.body().length).isLessThanOrEqualTo(20000).isGreaterThan(20000 - 1000);
        assertThat(utf8(m.text())).as("the text alone is smaller than the body").isLessThan(m.body().length);
        assertThat(m.text()).contains("条通知未列出 [查看全部](");
    }

    @Test
    void when_the_newest_notice_alone_is_too_long_it_is_cut_and_the_others_are_counted() {
        List<Notice> notices = List.of(
                new Notice("长通知", List.of("字".repeat(3000)), PORTAL, NOON.plusSeconds(10)),
                notice("短通知一"), notice("短通知二"));
        RobotMessage m = markdown.digest(RobotKind.WECOM, notices, PORTAL, PortalLocales.CHINESE);
        assertThat(utf8(m.text())).isLessThanOrEqualTo(4096).isGreaterThan(4096 - 10);
        assertThat(m.text()).startsWith("**3 条新通知**\n\n**长通知**\n字字")
                .contains("字" + CuttableText.MARK + "\n[在门户中查看](" + PORTAL + ")")
                .endsWith("还有 2 条通知未列出 [查看全部](" + PORTAL + ")");
    }

    @Test
    void a_link_target_cannot_be_ended_early_by_parentheses_and_only_portal_addresses_are_links() {
        Notice odd = new Notice("x", List.of(), URI.create("https://portal.example.cn/a(b)?q=%E5%B1%95"), NOON);
        assertThat(markdown.notice(RobotKind.WECOM, odd, Locale.ENGLISH).text())
                .endsWith("[Open in the portal](https://portal.example.cn/a%28b%29?q=%E5%B1%95)");
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> new Notice("x", List.of(), URI.create("javascript:alert(1)"), NOON))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private String blockOf(Notice n) {
        return markdown.notice(RobotKind.WECOM, n, PortalLocales.CHINESE).text();
    }

    private static int countOf(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }
}
