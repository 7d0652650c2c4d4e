package org.exportalliance.portal.notification.outbox.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.exportalliance.portal.account.ApiTokenService;
import org.exportalliance.portal.account.Role;
import org.exportalliance.portal.account.UserAccount;
import org.exportalliance.portal.firm.membership.MemberFirm;
import org.exportalliance.portal.support.Enrolments;
import org.exportalliance.portal.support.PortalApiTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The channel API: secrets go in and never come out, and a firm's robots are its admins' alone. */
class ChannelApiTest extends PortalApiTest {

    static final String SECRET = "SEC" + UUID.randomUUID().toString().replace("-", "")
            + UUID.randomUUID().toString().replace("-", "");
    static final String WECOM = "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=";
    static final String DINGTALK = "https://oapi.dingtalk.com/robot/send?access_token=";

    @Autowired Enrolments enrolments;
    @Autowired ApiTokenService tokens;

    /** A token issued by the service: admins must enrol a second factor before the API would issue one. */
    private String tokenOf(UserAccount person) {
        return tokens.issue(person.asActor(), "test").block(Duration.ofSeconds(10)).secret();
    }

    private static String token() {
        return UUID.randomUUID().toString().replace("-", "");
    }

    private String body(WebTestClient.ResponseSpec response) {
        return new String(response.expectBody().returnResult().getResponseBodyContent(),
                java.nio.charset.StandardCharsets.UTF_8);
    }

    private WebTestClient.ResponseSpec delete(String uri, String bearer) {
        return api.delete().uri(uri).headers(h -> h.setBearerAuth(bearer)).exchange();
    }

    @Test
    void a_person_adds_replaces_lists_and_removes_robots_and_no_answer_holds_a_key_token_or_secret() {
        String person = tokenOf(enrolments.person(enrolments.firm("apichan").id()));
        String dingTalk = token();
        WebTestClient.ResponseSpec saved = send(HttpMethod.PUT, "/v1/channels/dingtalk", person,
                Map.of("url", DINGTALK + dingTalk, "secret", SECRET)).expectStatus().isOk()
                .expectHeader().valueMatches("Cache-Control", ".*no-store.*");
        String savedBody = body(saved);
        assertThat(savedBody).contains("\"kind\":\"DINGTALK\"", "\"owner\":\"PERSON\"",
                "\"hint\":\"" + dingTalk.substring(28) + "\"").doesNotContain(dingTalk, SECRET, "SEC");

        String first = UUID.randomUUID().toString();
        String second = UUID.randomUUID().toString();
        Map<String, Object> wecom = json(send(HttpMethod.PUT, "/v1/channels/wecom", person, Map.of("key", first))
                .expectStatus().isOk());
        Map<String, Object> replaced = json(send(HttpMethod.PUT, "/v1/channels/wecom", person,
                Map.of("url", WECOM + second)).expectStatus().isOk());
        assertThat(replaced.get("id")).as("one WeCom robot per owner, replaced").isEqualTo(wecom.get("id"));
        assertThat(replaced.get("hint")).isEqualTo(second.substring(32));

        String listed = body(api.get().uri("/v1/channels").headers(h -> h.setBearerAuth(person)).exchange()
                .expectStatus().isOk());
        assertThat(listed).contains(wecom.get("id").toString(), "\"hint\":\"" + second.substring(32) + "\"")
                .doesNotContain(first, second, dingTalk, SECRET);

        delete("/v1/channels/" + wecom.get("id"), person).expectStatus().isNoContent();
        delete("/v1/channels/" + wecom.get("id"), person).expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith("application/problem+json");
        assertThat(body(api.get().uri("/v1/channels").headers(h -> h.setBearerAuth(person)).exchange()))
                .doesNotContain(wecom.get("id").toString()).contains("DINGTALK");
    }

    @Test
    void a_firms_robot_is_its_admins_alone_another_firm_and_the_firms_members_cannot_touch_it() {
        MemberFirm firm = enrolments.firm("apifirm");
        String admin = tokenOf(enrolments.person(firm.id(), Role.FIRM_ADMIN));
        String colleague = tokenOf(enrolments.person(firm.id()));
        String intruder = tokenOf(enrolments.person(enrolments.firm("apiother").id(), Role.FIRM_ADMIN));
        String key = UUID.randomUUID().toString();
        Map<String, Object> robot = json(send(HttpMethod.PUT, "/v1/firm/channels/wecom", admin,
                Map.of("url", WECOM + key)).expectStatus().isOk());
        assertThat(robot.get("owner")).isEqualTo("FIRM");
        String id = robot.get("id").toString();

        api.get().uri("/v1/firm/channels").headers(h -> h.setBearerAuth(colleague)).exchange()
                .expectStatus().isForbidden();
        send(HttpMethod.PUT, "/v1/firm/channels/wecom", colleague, Map.of("key", UUID.randomUUID().toString()))
                .expectStatus().isForbidden();
        delete("/v1/firm/channels/" + id, colleague).expectStatus().isNotFound();
        delete("/v1/channels/" + id, colleague).expectStatus().isNotFound();
        delete("/v1/firm/channels/" + id, intruder).expectStatus().isNotFound();
        assertThat(body(api.get().uri("/v1/firm/channels").headers(h -> h.setBearerAuth(intruder)).exchange()
                .expectStatus().isOk())).doesNotContain(id);
        // The firm's robot is not among the admin's own channels.
        delete("/v1/channels/" + id, admin).expectStatus().isNotFound();

        assertThat(body(api.get().uri("/v1/firm/channels").headers(h -> h.setBearerAuth(admin)).exchange()
                .expectStatus().isOk())).contains(id, key.substring(32)).doesNotContain(key);
        delete("/v1/firm/channels/" + id, admin).expectStatus().isNoContent();
        send(HttpMethod.PUT, "/v1/firm/channels/email", admin, Map.of()).expectStatus().isNotFound();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "http://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=0f2b6c1e-robot",
            "https://qyapi.weixin.qq.com.example.com/cgi-bin/webhook/send?key=0f2b6c1e-robot",
            "https://example.com/cgi-bin/webhook/send?key=0f2b6c1e-robot",
            "https://qyapi.weixin.qq.com:8443/cgi-bin/webhook/send?key=0f2b6c1e-robot",
            "https://me@qyapi.weixin.qq.com/cgi-bin/webhook/send?key=0f2b6c1e-robot",
            "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=0f2b6c1e-robot&debug=1",
            "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=0f2b6c1e-robot#x",
            "https://qyapi.weixin.qq.com/cgi-bin/webhook/send/../../x?key=0f2b6c1e-robot",
            "https://127.0.0.1/cgi-bin/webhook/send?key=0f2b6c1e-robot",
            "https://oapi.dingtalk.com/robot/send?access_token=0f2b6c1e0f2b6c1e",
            "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=%2e%2e%2f",
            "0f2b6c1e-robot"})
    void a_wecom_address_that_is_not_the_robots_own_https_form_is_refused_at_its_field(String url) {
        send(HttpMethod.PUT, "/v1/channels/wecom", member, Map.of("url", url)).expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith("application/problem+json")
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("url")
                .jsonPath("$.errors[0].code").isEqualTo("notification.channel.wecom-url");
    }

    @Test
    void bodies_with_both_forms_no_secret_control_characters_or_a_huge_address_are_refused_naming_the_field() {
        Map<String, Object> both = new HashMap<>(Map.of("url", DINGTALK + token(), "accessToken", token(),
                "secret", SECRET));
        send(HttpMethod.PUT, "/v1/channels/dingtalk", member, both).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("accessToken");
        send(HttpMethod.PUT, "/v1/channels/dingtalk", member, Map.of("accessToken", token())).expectStatus()
                .isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("secret");
        send(HttpMethod.PUT, "/v1/channels/dingtalk", member, Map.of("accessToken", "short!", "secret", "SEC1"))
                .expectStatus().isBadRequest().expectBody()
                .jsonPath("$.errors[?(@.field == 'accessToken')].code").isEqualTo("notification.channel.dingtalk-token")
                .jsonPath("$.errors[?(@.field == 'secret')].code").isEqualTo("notification.channel.dingtalk-secret");
        send(HttpMethod.PUT, "/v1/channels/wecom", member, Map.of("key", "0f2b6c1e\u0000robot"))
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("key");
        send(HttpMethod.PUT, "/v1/channels/wecom", member, Map.of("url", WECOM + "a".repeat(100_000)))
                .expectStatus().isBadRequest();
        send(HttpMethod.PUT, "/v1/channels/wecom", member, Map.of()).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("url");
        api.get().uri("/v1/channels").exchange().expectStatus().isUnauthorized();
    }
}
