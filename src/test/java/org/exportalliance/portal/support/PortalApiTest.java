package org.exportalliance.portal.support;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * An API test on the running {@link PortalTest} portal, as the demo users call it: a client on {@code /api} and a
 * bearer token for each of staff, firm A's member, firm B's member2 and the chain leader. The tokens are issued once
 * per portal ({@link ApiClient#token(int, String)}), so a test that uses only one of them pays for none of the others
 * twice.
 */
@PortalTest
public abstract class PortalApiTest {

    @LocalServerPort protected int port;
    protected WebTestClient api;
    protected String staff;
    protected String member;
    protected String member2;
    protected String leader;

    @BeforeEach
    void apiAsDemoUsers() {
        api = ApiClient.on(port);
        staff = ApiClient.token(port, "staff");
        member = ApiClient.token(port, "member");
        member2 = ApiClient.token(port, "member2");
        leader = ApiClient.token(port, "leader");
    }

    /** A JSON request with a bearer token. */
    protected WebTestClient.ResponseSpec send(HttpMethod method, String uri, String token, Object body) {
        return api.method(method).uri(uri).headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    /** The answer's JSON object. */
    @SuppressWarnings("unchecked")
    protected Map<String, Object> json(WebTestClient.ResponseSpec response) {
        return response.expectBody(Map.class).returnResult().getResponseBody();
    }

    /** POSTs {@code body}, expects 201 Created and gives the id of what was created. */
    protected String created(String uri, String token, Object body) {
        return json(send(HttpMethod.POST, uri, token, body).expectStatus().isCreated()).get("id").toString();
    }
}
