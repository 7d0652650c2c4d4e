package org.exportalliance.portal.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Cookie;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.exportalliance.portal.account.AccountService;
import org.exportalliance.portal.fair.Fair;
import org.exportalliance.portal.fair.FairDraft;
import org.exportalliance.portal.fair.FairService;
import org.exportalliance.portal.support.ApiClient;
import org.exportalliance.portal.support.ApiLoad;
import org.exportalliance.portal.support.BrowserSession;
import org.exportalliance.portal.support.Fairs;
import org.exportalliance.portal.support.Haproxy;
import org.exportalliance.portal.support.PortalInstances;
import org.exportalliance.portal.support.RequiresChromium;
import org.exportalliance.portal.support.RequiresHaproxy;
import org.exportalliance.portal.support.ShutdownWatch;
import org.exportalliance.portal.support.TwoPortals;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two portals behind a real HAProxy run with deploy/local/haproxy.cfg, as deploy/local/two-instances.sh runs them:
 * sticky UI sessions by the PORTAL_ROUTE cookie, live changes crossing instances, and one instance stopped gracefully
 * while the API is called through HAProxy without a pause. Its readiness goes down, HAProxy takes it out, and only
 * then does it stop accepting; no API call fails, and its browser user lands on the other instance's login page (a
 * Vaadin session lives in one instance's memory and is lost with it), signs in again and carries on.
 */
@RequiresChromium
@RequiresHaproxy
class LoadBalancerFailoverEndToEndTest {

    private static final Pattern LOGIN_PAGE = Pattern.compile(".*/login(\\?.*)?$");
    private static final String ROUTE = "PORTAL_ROUTE";

    @RegisterExtension
    static final BrowserSession browsers = new BrowserSession();

    private final String token = "LB" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 30), 36)
            .toUpperCase();

    @Test
    void an_instance_stopped_behind_haproxy_hands_its_users_to_the_other_without_failing_a_call() throws Exception {
        // The drain deploy/local/two-instances.sh gives its instances.
        try (TwoPortals portals = TwoPortals.startInDemoMode("--portal.shutdown.drain=2s")) {
            // As the script does, wait for both probes first: the first call to an actuator is slow on a busy machine.
            ApiClient.management(port(portals.a())).build().get().uri("/actuator/health/readiness").exchange()
                    .expectStatus().isOk();
            ApiClient.management(port(portals.b())).build().get().uri("/actuator/health/readiness").exchange()
                    .expectStatus().isOk();
            try (Haproxy haproxy = Haproxy.start(Haproxy.settings(PortalInstances.freePort(), port(portals.a()),
                    managementPort(portals.a()), port(portals.b()), managementPort(portals.b())))) {
                try {
                    failOver(portals, haproxy);
                } catch (AssertionError | RuntimeException e) {
                    e.addSuppressed(new Throwable("HAProxy's log:\n" + haproxy.log()));
                    throw e;
                }
            }
        }
    }

    private void failOver(TwoPortals portals, Haproxy haproxy) throws Exception {
        int lb = haproxy.port();
        // HAProxy places the first user and says where in its cookie; the second one is sent to the other instance.
        Page first = browsers.signIn(browsers.open("staff"), lb, "staff");
        String firstRoute = route(first);
        assertThat(firstRoute).isIn("a", "b");
        String otherRoute = "a".equals(firstRoute) ? "b" : "a";
        Page second = browsers.open("leader");
        second.context().addCookies(List.of(new Cookie(ROUTE, otherRoute).setDomain("localhost").setPath("/")));
        browsers.signIn(second, lb, "leader");
        assertThat(route(second)).as("the session stays where its cookie points").isEqualTo(otherRoute);
        ConfigurableApplicationContext going = "a".equals(firstRoute) ? portals.a() : portals.b();
        ConfigurableApplicationContext staying = going == portals.a() ? portals.b() : portals.a();

        // A change made on each instance appears in the other user's open catalogue, without a reload.
        filter(first);
        filter(second);
        Fair onFirsts = create(going, "1");
        assertThat(second.locator("#fair-grid")).containsText(onFirsts.nameZh());
        Fair onSeconds = create(staying, "2");
        assertThat(first.locator("#fair-grid")).containsText(onSeconds.nameZh());

        stopWhileTheApiIsCalled(going, lb, haproxy, firstRoute);

        // The first user's next step goes to the other instance, where the session does not exist: sign in again.
        first.locator("#fair-filter-text input").fill(token + "-1");
        assertThat(first).hasURL(LOGIN_PAGE);
        assertThat(route(first)).as("HAProxy moved the user to the instance still running").isEqualTo(otherRoute);
        browsers.signIn(first, lb, "staff");
        first.locator("#fair-filter-text input").fill(token);
        assertThat(first.locator("#fair-grid")).containsText(onFirsts.nameZh());
        Fair afterwards = create(staying, "3");
        assertThat(first.locator("#fair-grid")).containsText(afterwards.nameZh());
        assertThat(second.locator("#fair-grid")).containsText(afterwards.nameZh());
    }

    /**
     * Stops {@code going} as SIGTERM would (closing its context) while a client calls the API through HAProxy, and
     * checks the order: readiness down, then HAProxy takes the instance out, then its port refuses.
     */
    private static void stopWhileTheApiIsCalled(ConfigurableApplicationContext going, int lb, Haproxy haproxy,
            String server) throws Exception {
        String apiToken = ApiClient.token(lb, "member");
        Instant stopped;
        try (ShutdownWatch watch = new ShutdownWatch(port(going), managementPort(going));
                ApiLoad api = ApiLoad.get("http://localhost:" + lb + "/api/v1/fairs", apiToken)) {
            Thread.sleep(500);
            going.close();
            stopped = Instant.now();
            Thread.sleep(1000);
            api.close();
            assertThat(api.failures()).as("API calls through HAProxy while an instance stopped").isEmpty();
            assertThat(api.calls()).as("calls answered after the stop")
                    .anySatisfy(call -> assertThat(call.at()).isAfter(stopped));
            watch.close();
            Instant down = watch.readinessDown().orElseThrow(() -> new AssertionError("readiness never went down"));
            Instant refusing = watch.refusing().orElseThrow(() -> new AssertionError("the port still accepts"));
            Instant takenOut = haproxy.logged("Server portal/" + server + " is DOWN")
                    .orElseThrow(() -> new AssertionError("HAProxy never took the instance out"));
            assertThat(down).as("readiness went down before HAProxy took the instance out").isBefore(takenOut);
            assertThat(takenOut).as("HAProxy took the instance out before it stopped accepting").isBefore(refusing);
        }
    }

    /** Narrows a catalogue down to the fairs this test is about to create: none yet. */
    private void filter(Page page) {
        page.locator("#fair-filter-text input").fill(token);
        assertThat(page.locator("#fair-grid [slot='empty-state']")).isVisible();
    }

    private Fair create(ConfigurableApplicationContext instance, String n) {
        var staff = instance.getBean(AccountService.class).findByUsername("staff").block(Duration.ofSeconds(10));
        FairDraft d = Fairs.draft();
        FairDraft named = new FairDraft("负载均衡纺机展 " + token + "-" + n, "Load Balancer Expo " + token + "-" + n,
                d.city(), d.country(), d.venue(), d.startDate(), d.endDate(), d.sectors(), d.website());
        return instance.getBean(FairService.class).create(staff.asActor(), named).block(Duration.ofSeconds(10));
    }

    private static String route(Page page) {
        return page.context().cookies().stream().filter(c -> ROUTE.equals(c.name)).map(c -> c.value).findFirst()
                .orElseThrow(() -> new AssertionError("HAProxy set no " + ROUTE + " cookie"));
    }

    private static int port(ConfigurableApplicationContext instance) {
        return instance.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
    }

    private static int managementPort(ConfigurableApplicationContext instance) {
        int management = ApiClient.managementPort(port(instance));
        assertThat(management).as("a management port of its own").isNotEqualTo(port(instance));
        return management;
    }
}
