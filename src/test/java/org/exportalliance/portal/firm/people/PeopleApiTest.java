package org.exportalliance.portal.firm.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.exportalliance.portal.account.ApiTokenService;
import org.exportalliance.portal.account.Role;
import org.exportalliance.portal.account.UserAccount;
import org.exportalliance.portal.firm.membership.MemberFirm;
import org.exportalliance.portal.support.ApiClient;
import org.exportalliance.portal.support.Enrolments;
import org.exportalliance.portal.support.PortalApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** People, invitations, tokens and the password through the API, and every people call made as another firm. */
class PeopleApiTest extends PortalApiTest {

    @Autowired Enrolments enrolments;

    @Autowired ApiTokenService tokens;

    /** A token issued by the service: admins must enrol a second factor before the API would issue one. */
    private String tokenOf(UserAccount person) {
        return tokens.issue(person.asActor(), "test").block(Duration.ofSeconds(10)).secret();
    }

    @Test
    void another_firms_admin_can_neither_see_nor_change_a_firms_people_or_invitations() {
        MemberFirm firm = enrolments.firm("scoped");
        UserAccount admin = enrolments.person(firm.id(), Role.FIRM_ADMIN);
        UserAccount colleague = enrolments.person(firm.id());
        MemberFirm other = enrolments.firm("intruder");
        String intruder = tokenOf(enrolments.person(other.id(), Role.FIRM_ADMIN));
        String own = tokenOf(admin);
        String invitation = api.post().uri("/v1/invitations").header(HttpHeaders.AUTHORIZATION, "Bearer " + own)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("firmId", firm.id(),
                        "email", "new" + System.nanoTime() + "@firm.test", "roles", List.of("MEMBER"),
                        "locale", "en"))
                .exchange().expectStatus().isCreated()
                .expectBody().jsonPath("$.link").isNotEmpty().jsonPath("$.mailed").isEqualTo(false)
                .returnResult().getResponseHeaders().getLocation().getPath().replaceAll(".*/", "");

        String people = "/v1/firms/" + firm.id() + "/people";
        String person = people + "/" + colleague.id();
        expect(intruder, HttpMethod.GET, people, null, 403);
        expect(intruder, HttpMethod.GET, person, null, 404);
        expect(intruder, HttpMethod.PUT, person + "/roles", Map.of("roles", List.of("FIRM_ADMIN")), 404);
        expect(intruder, HttpMethod.POST, person + "/deactivate", null, 404);
        expect(intruder, HttpMethod.POST, person + "/reactivate", null, 404);
        expect(intruder, HttpMethod.GET, "/v1/invitations?firmId=" + firm.id(), null, 403);
        expect(intruder, HttpMethod.GET, "/v1/invitations/" + invitation, null, 404);
        expect(intruder, HttpMethod.POST, "/v1/invitations/" + invitation + "/resend", null, 404);
        expect(intruder, HttpMethod.POST, "/v1/invitations/" + invitation + "/revoke", null, 404);
        expect(intruder, HttpMethod.POST, "/v1/invitations", Map.of("firmId", firm.id(), "email",
                "x" + System.nanoTime() + "@firm.test", "roles", List.of("MEMBER"), "locale", "en"), 403);
        // The intruder's own firm id in the path, someone else's person: still nothing.
        expect(intruder, HttpMethod.POST, "/v1/firms/" + other.id() + "/people/" + colleague.id() + "/deactivate",
                null, 404);
        String member = tokenOf(colleague);
        expect(member, HttpMethod.GET, people, null, 403);

        expect(own, HttpMethod.GET, people, null, 200);
        expect(own, HttpMethod.PUT, person + "/roles", Map.of("roles", List.of("MEMBER", "FIRM_ADMIN")), 200);
        expect(own, HttpMethod.PUT, person + "/roles", Map.of("roles", List.of("STAFF")), 400);
        expect(own, HttpMethod.POST, "/v1/invitations/" + invitation + "/revoke", null, 200);
        expect(own, HttpMethod.POST, "/v1/invitations/" + invitation + "/revoke", null, 409);
    }

    @Test
    void deactivating_through_the_api_revokes_the_persons_tokens_at_once() {
        MemberFirm firm = enrolments.firm("deact");
        String admin = tokenOf(enrolments.person(firm.id(), Role.FIRM_ADMIN));
        UserAccount person = enrolments.person(firm.id());
        String theirs = tokenOf(person);
        expect(theirs, HttpMethod.GET, "/v1/me", null, 200);
        expect(admin, HttpMethod.POST, "/v1/firms/" + firm.id() + "/people/" + person.id() + "/deactivate", null, 200);
        expect(theirs, HttpMethod.GET, "/v1/me", null, 401);
    }

    @Test
    void tokens_are_created_with_an_expiry_listed_and_revoked_and_the_secret_is_never_replayed() {
        UserAccount person = enrolments.person(enrolments.firm("tokens").id());
        String token = ApiClient.token(api, person.username(), Enrolments.PASSWORD);
        String key = "token-" + System.nanoTime();
        Map<String, Object> body = Map.of("name", "ERP", "expiresAt", Instant.now().plus(Duration.ofDays(30)).toString());
        String secret = api.post().uri("/v1/tokens").header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange()
                .expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody().get("token")
                .toString();
        assertThat(secret).startsWith("eap_");
        api.post().uri("/v1/tokens").header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange()
                .expectStatus().isCreated().expectBody().jsonPath("$.token").doesNotExist();
        expect(secret, HttpMethod.GET, "/v1/me", null, 200);
        api.get().uri("/v1/tokens").header(HttpHeaders.AUTHORIZATION, "Bearer " + token).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.items[?(@.name == 'ERP')].lastUsedAt").isNotEmpty();
        expect(token, HttpMethod.POST, "/v1/tokens", Map.of("name", "far", "expiresAt",
                Instant.now().plus(Duration.ofDays(500)).toString()), 400);
    }

    @Test
    void the_password_changes_through_the_api_with_the_current_one() {
        UserAccount person = enrolments.person(enrolments.firm("pw").id());
        String token = tokenOf(person);
        expect(token, HttpMethod.PUT, "/v1/me/password", Map.of("currentPassword", "wrong",
                "newPassword", "another long sentence 55"), 400);
        expect(token, HttpMethod.PUT, "/v1/me/password", Map.of("currentPassword", Enrolments.PASSWORD,
                "newPassword", "password1234"), 400);
        expect(token, HttpMethod.PUT, "/v1/me/password", Map.of("currentPassword", Enrolments.PASSWORD,
                "newPassword", "another long sentence 55"), 204);
        ApiClient.token(api, person.username(), "another long sentence 55");
    }

    @Test
    void an_admin_with_a_second_factor_sends_a_code_to_get_a_token() {
        MemberFirm firm = enrolments.firm("otp");
        UserAccount admin = enrolments.person(firm.id(), Role.FIRM_ADMIN);
        api.post().uri("/v1/tokens").headers(h -> h.setBasicAuth(admin.username(), Enrolments.PASSWORD)).exchange()
                .expectStatus().isForbidden().expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    private void expect(String token, HttpMethod method, String uri, Object body, int status) {
        WebTestClient.RequestBodySpec request = api.method(method).uri(uri)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
        WebTestClient.ResponseSpec response = body == null ? request.exchange()
                : request.contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
        response.expectStatus().isEqualTo(status);
        if (status >= 400) {
            response.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        }
    }
}
