package org.exportalliance.portal.platform.db;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.microsoft.playwright.Page;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;
import org.exportalliance.portal.Application;
import org.exportalliance.portal.account.AccountService;
import org.exportalliance.portal.account.Actor;
import org.exportalliance.portal.delegation.AllocationPolicy;
import org.exportalliance.portal.delegation.DelegationService;
import org.exportalliance.portal.fair.FairService;
import org.exportalliance.portal.platform.live.LiveEvents;
import org.exportalliance.portal.support.BrowserSession;
import org.exportalliance.portal.support.Delegations;
import org.exportalliance.portal.support.RequiresChromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.LoggerFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.Disposable;
import tools.jackson.databind.json.JsonMapper;

/**
 * The PostgreSQL under a running portal stops and starts again (same data directory, same port) while firms' systems
 * post orders and delegation applications through the API, several clients at a steady rate. Nothing acknowledged is
 * lost; the outage is answered at once with 503 problem+json and {@code Retry-After}; the portal recovers by itself;
 * live updates resume; and the log says "unavailable" once and "available again" once. The numbers are printed as
 * one line starting with {@code restart:}.
 *
 * <p>Run alone: {@code ./mvnw test -Dtest=DatabaseRestartTest -Dsurefire.failIfNoSpecifiedTests=false}, or the tag
 * {@code restart}.
 */
@Tag("restart")
class DatabaseRestartTest {

    private static final Duration OUTAGE = Duration.ofSeconds(5);
    private static final Duration BEFORE = Duration.ofSeconds(3);
    private static final Duration AFTER = Duration.ofSeconds(3);
    /** A request that takes longer than this during the outage hangs rather than fails fast. */
    private static final Duration FAST = Duration.ofSeconds(3);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    static Path data;
    static int postgresPort;
    static volatile EmbeddedPostgres postgres;
    static ConfigurableApplicationContext portal;
    static int port;

    @BeforeAll
    static void start() throws Exception {
        data = Files.createTempDirectory("portal-restart-pgdata");
        try (ServerSocket socket = new ServerSocket(0)) {
            postgresPort = socket.getLocalPort();
        }
        postgres = startPostgres();
        portal = new SpringApplicationBuilder(Application.class).run(
                "--spring.r2dbc.url=r2dbc:postgresql://localhost:" + postgresPort + "/postgres",
                "--spring.r2dbc.username=postgres",
                "--spring.r2dbc.password=postgres",
                "--portal.demo.enabled=true",
                "--portal.passport.key=AQIDBAUGBwgJCgsMDQ4PEBESExQVFhcYGRobHB0eHyA=",
                "--portal.delegation.expiry-initial-delay=PT1H",
                "--portal.checklist.reminder-initial-delay=PT1H",
                "--vaadin.launch-browser=false",
                "--vaadin.devmode.devTools.enabled=false",
                "--server.port=0",
                "--spring.jmx.enabled=false");
        port = portal.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
    }

    /**
     * The same data directory on the same port each time: a restart, not a new database. The binaries come from the
     * usual place; zonky's search for abandoned instances looks only at a directory of this test's own.
     */
    static EmbeddedPostgres startPostgres() throws Exception {
        return OwnZonkyDirectory.during(() -> EmbeddedPostgres.builder()
                .setOverrideWorkingDirectory(Path.of(System.getProperty("java.io.tmpdir"), "embedded-pg").toFile())
                .setDataDirectory(data)
                .setCleanDataDirectory(false)
                .setPort(postgresPort)
                .setServerConfig("max_connections", "200")
                .start());
    }

    @AfterAll
    static void stop() throws IOException {
        if (portal != null) {
            portal.close();
        }
        if (postgres != null) {
            postgres.close();
        }
        if (data != null) {
            try (Stream<Path> files = Files.walk(data)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /**
     * The instants of one stop and start, in {@link System#nanoTime()}: PostgreSQL is down from {@code stopped} to
     * {@code starting}, and {@code back} is when it first answered a query again.
     */
    record Restart(long stopping, long stopped, long starting, long back) {}

    static Restart restart() throws Exception {
        long stopping = System.nanoTime();
        postgres.close(); // pg_ctl stop -m fast: sessions are terminated, then the server exits
        long stopped = System.nanoTime();
        Thread.sleep(OUTAGE.toMillis());
        long starting = System.nanoTime();
        CompletableFuture<Long> answers = CompletableFuture.supplyAsync(DatabaseRestartTest::firstAnswer);
        postgres = startPostgres(); // returns once the server is ready and zonky has checked it
        return new Restart(stopping, stopped, starting, answers.get(30, TimeUnit.SECONDS));
    }

    /** When PostgreSQL first answers {@code select 1}, asked every 20 ms over JDBC, apart from the portal. */
    static long firstAnswer() {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            try (Connection connection = DriverManager.getConnection(
                    "jdbc:postgresql://localhost:" + postgresPort + "/postgres?connectTimeout=1", "postgres", "postgres");
                    var statement = connection.createStatement()) {
                statement.execute("select 1");
                return System.nanoTime();
            } catch (SQLException notYet) {
                LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
            }
        }
        throw new IllegalStateException("PostgreSQL did not come back within 30 s");
    }

    static double seconds(long nanos) {
        return nanos / 1e9;
    }

    @Test
    void acknowledged_writes_survive_a_restart_the_outage_is_answered_503_at_once_and_the_portal_recovers_by_itself()
            throws Exception {
        Actor staff = portal.getBean(AccountService.class).findByUsername("staff").block(Duration.ofSeconds(10))
                .asActor();
        FairService fairs = portal.getBean(FairService.class);
        DelegationService delegationService = portal.getBean(DelegationService.class);
        List<UUID> delegations = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            delegations.add(Delegations.open(fairs, delegationService, staff, 10, "200", 40, AllocationPolicy.FIFO)
                    .id());
        }
        Map<String, String> tokens = Map.of("member", token("member"), "member2", token("member2"),
                "leader", token("leader"));
        LiveWatch live = LiveWatch.start(portal);
        ListAppender<ILoggingEvent> logs = captureLogs();

        Answers answers = new Answers();
        AtomicBoolean running = new AtomicBoolean(true);
        List<Thread> clients = new ArrayList<>();
        // Four ERP systems posting orders, four a second each; three firms applying to delegations, one a second each.
        for (String user : List.of("member", "member2", "leader", "member")) {
            clients.add(client(running, Duration.ofMillis(250), n -> answers.add(post(
                    "ORDER", tokens.get(user), "/api/v1/orders", order("Restart Buyer " + UUID.randomUUID())))));
        }
        for (String user : List.of("member", "member2", "leader")) {
            AtomicInteger next = new AtomicInteger();
            clients.add(client(running, Duration.ofSeconds(1), n -> answers.add(post("APPLICATION", tokens.get(user),
                    "/api/v1/delegations/" + delegations.get(next.getAndIncrement() % delegations.size())
                            + "/applications", application()))));
        }

        Thread.sleep(BEFORE.toMillis());
        Restart restart = restart();
        Optional<Answer> firstOk = answers.firstOkAnsweredAfter(restart.back(), Duration.ofSeconds(30));
        Thread.sleep(AFTER.toMillis());
        running.set(false);
        for (Thread client : clients) {
            client.join(Duration.ofSeconds(30));
        }
        double liveResumed = live.awaitResumeAfter(restart.stopped(), restart.back());
        assertThat(liveResumed).as("seconds until live updates resumed").isNotNaN();
        boolean liveDelivered = live.publishAndAwait(portal);
        live.stop();
        stopCapturing(logs);

        List<Answer> all = answers.all();
        List<Answer> acknowledged = all.stream().filter(Answer::ok).toList();
        List<Answer> refused = all.stream().filter(a -> a.status() == 503).toList();
        // Sent while PostgreSQL was certainly down, and answered before it was started again.
        List<Answer> duringOutage = all.stream()
                .filter(a -> a.started() >= restart.stopped() && a.ended() < restart.starting()).toList();
        long lostOrders = lost(acknowledged, "ORDER", "export_order");
        long lostApplications = lost(acknowledged, "APPLICATION", "delegation_application");
        long slowestOutageAnswer = duringOutage.stream().mapToLong(Answer::tookMillis).max().orElse(0);
        long medianOutageAnswer = duringOutage.stream().mapToLong(Answer::tookMillis).sorted()
                .skip(duringOutage.size() / 2).findFirst().orElse(0);
        double recovery = firstOk.map(a -> seconds(a.ended() - restart.back())).orElse(Double.NaN);
        long outageWarnings = logs.list.stream().filter(e -> e.getLevel() == Level.WARN
                && e.getFormattedMessage().startsWith("Database unavailable")).count();
        long recoveryInfos = logs.list.stream().filter(e -> e.getLevel() == Level.INFO
                && e.getFormattedMessage().startsWith("Database available again")).count();
        List<String> traces = logs.list.stream().filter(e -> e.getThrowableProxy() != null)
                .map(e -> e.getLoggerName() + ": " + e.getFormattedMessage()).toList();
        System.out.printf("restart: %d orders and %d applications acknowledged, %d and %d lost; %d answered 503 "
                        + "(%d sent and answered while PostgreSQL was down, in %d ms median, %d ms at most); first 2xx %.2f s after PostgreSQL "
                        + "was back; live updates resumed %.2f s after; %d log events with a stack trace%n",
                count(acknowledged, "ORDER"), count(acknowledged, "APPLICATION"), lostOrders, lostApplications,
                refused.size(), duringOutage.size(), medianOutageAnswer, slowestOutageAnswer, recovery, liveResumed,
                traces.size());

        assertThat(all).as("answers other than 2xx, 409 (already applied) and 503; 0 is none at all")
                .filteredOn(a -> !a.ok() && a.status() != 503 && a.status() != 409)
                .extracting(a -> a.status() + " " + a.body()).isEmpty();
        assertThat(lostOrders).as("acknowledged orders missing afterwards").isZero();
        assertThat(lostApplications).as("acknowledged applications missing afterwards").isZero();
        assertThat(duringOutage).as("requests sent while PostgreSQL was down").isNotEmpty()
                .extracting(Answer::status).containsOnly(503);
        assertThat(refused).as("503 answers").isNotEmpty().allSatisfy(a -> {
            assertThat(a.contentType()).startsWith("application/problem+json");
            assertThat(a.retryAfter()).isEqualTo(Long.toString(DatabaseOutage.RETRY_AFTER.toSeconds()));
            assertThat(a.body()).contains("urn:export-alliance:problem:service-unavailable");
        });
        assertThat(slowestOutageAnswer).as("ms to answer during the outage: fails fast").isLessThan(FAST.toMillis());
        assertThat(firstOk).as("a write acknowledged after PostgreSQL came back, with no restart of the portal")
                .isPresent();
        assertThat(liveDelivered).as("a live event published after recovery reached its subscriber").isTrue();
        assertThat(outageWarnings).as("the outage is logged once when it starts").isEqualTo(1);
        assertThat(recoveryInfos).as("and once when it ends").isEqualTo(1);
        assertThat(traces).as("log messages with a stack trace").isEmpty();
    }

    @Nested
    @RequiresChromium
    class InTheBrowser {

        @RegisterExtension
        static final BrowserSession browsers = new BrowserSession();

        @Test
        void a_view_opened_while_the_database_is_down_says_so_and_opens_by_itself_once_it_is_back() throws Exception {
            Page member = browsers.signIn(port, "member");
            long stopping = System.nanoTime();
            postgres.close();
            try {
                member.navigate("http://localhost:" + port + "/my-firm");
                assertThat(member.locator("#outage-title")).hasText("服务暂时不可用");
                assertThat(member.locator("#outage-message")).containsText("恢复后本页会自动重新加载");
                assertThat(member.locator("#my-firm")).not().isAttached();
                browsers.snapshot(member, "outage");
            } finally {
                Thread.sleep(Math.max(0, OUTAGE.toMillis() - (System.nanoTime() - stopping) / 1_000_000));
                postgres = startPostgres();
            }
            // No click, no reload: the page opens the view by itself.
            assertThat(member.locator("#my-firm")).isVisible();
            assertThat(member.locator("#outage-title")).not().isAttached();
        }
    }

    // --- the clients --------------------------------------------------------------------------------------------

    /** One answer as a client saw it; {@code status} 0 when no answer came. */
    record Answer(String kind, long started, long ended, int status, String contentType, String retryAfter,
            String body, UUID id) {
        boolean ok() {
            return status >= 200 && status < 300;
        }

        long tookMillis() {
            return (ended - started) / 1_000_000;
        }
    }

    static final class Answers {
        private final ConcurrentLinkedQueue<Answer> answers = new ConcurrentLinkedQueue<>();

        void add(Answer answer) {
            answers.add(answer);
        }

        List<Answer> all() {
            return List.copyOf(answers);
        }

        Optional<Answer> firstOkAnsweredAfter(long instant, Duration wait) throws InterruptedException {
            long deadline = System.nanoTime() + wait.toNanos();
            while (System.nanoTime() < deadline) {
                Optional<Answer> first = answers.stream().filter(a -> a.ok() && a.ended() >= instant)
                        .min(Comparator.comparingLong(Answer::ended));
                if (first.isPresent()) {
                    return first;
                }
                Thread.sleep(20);
            }
            return Optional.empty();
        }
    }

    interface Request {
        void send(int n) throws Exception;
    }

    static Thread client(AtomicBoolean running, Duration every, Request request) {
        return Thread.ofPlatform().start(() -> {
            long next = System.nanoTime();
            for (int n = 0; running.get(); n++) {
                try {
                    request.send(n);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                next += every.toNanos();
                long wait = next - System.nanoTime();
                if (wait > 0) {
                    try {
                        Thread.sleep(Duration.ofNanos(wait));
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }
        });
    }

    private static final ThreadLocal<HttpClient> HTTP = ThreadLocal.withInitial(() -> HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build());

    static Answer post(String kind, String token, String path, Map<String, Object> body) {
        long started = System.nanoTime();
        try {
            HttpResponse<String> response = HTTP.get().send(HttpRequest.newBuilder(
                                    URI.create("http://localhost:" + port + path))
                            .header("Authorization", "Bearer " + token)
                            .header("Content-Type", "application/json")
                            .timeout(Duration.ofSeconds(20))
                            .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(),
                    HttpResponse.BodyHandlers.ofString());
            UUID id = null;
            if (response.statusCode() / 100 == 2) {
                id = UUID.fromString(JSON.readValue(response.body(), Map.class).get("id").toString());
            }
            return new Answer(kind, started, System.nanoTime(), response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Retry-After").orElse(""), response.body(), id);
        } catch (IOException | InterruptedException e) {
            return new Answer(kind, started, System.nanoTime(), 0, "", "", e.toString(), null);
        }
    }

    static String token(String username) throws IOException, InterruptedException {
        String basic = java.util.Base64.getEncoder().encodeToString((username + ":demo1234").getBytes());
        HttpResponse<String> response = HTTP.get().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/v1/tokens"))
                .header("Authorization", "Basic " + basic).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        return JSON.readValue(response.body(), Map.class).get("token").toString();
    }

    static Map<String, Object> order(String buyer) {
        return Map.of("buyerName", buyer, "destinationCountry", "VN", "currency", "CNY", "incoterm", "FOB",
                "namedPlace", "Ningbo", "attribution", "DIRECT", "expectedShipOn", "2027-03-01",
                "lines", List.of(Map.of("category", "KNITTING", "model", "Circular knitting machine",
                        "quantity", 3, "unitPrice", 186000.5)));
    }

    static Map<String, Object> application() {
        return Map.of("travellers", 1, "areaM2", "9", "notes", "一台剑杆织机",
                "exhibits", List.of(Map.of("machine", "剑杆织机 RF-9000", "weightKg", "4200", "volumeM3", "18.5")));
    }

    static long count(List<Answer> answers, String kind) {
        return answers.stream().filter(a -> a.kind().equals(kind)).count();
    }

    /** How many of the acknowledged {@code kind} ids are not in {@code table} now. */
    static long lost(List<Answer> acknowledged, String kind, String table) {
        UUID[] ids = acknowledged.stream().filter(a -> a.kind().equals(kind)).map(Answer::id).toArray(UUID[]::new);
        Long present = portal.getBean(DatabaseClient.class)
                .sql("select count(*) from " + table + " where id = any(:ids)").bind("ids", ids)
                .map(row -> row.get(0, Long.class)).one().block(Duration.ofSeconds(10));
        return ids.length - (present == null ? 0 : present);
    }

    // --- live updates and logs -----------------------------------------------------------------------------------

    /** A subscriber to one topic of the live-event bus, as an open view is. */
    static final class LiveWatch {
        private final String topic = "restart-" + UUID.randomUUID();
        private final List<Long> resyncs = new CopyOnWriteArrayList<>();
        private final List<String> ids = new CopyOnWriteArrayList<>();
        private final Disposable subscription;

        private LiveWatch(LiveEvents live) {
            subscription = live.stream(topic).subscribe(event -> {
                if (event.isResync()) {
                    resyncs.add(System.nanoTime());
                } else {
                    ids.add(event.id());
                }
            });
        }

        static LiveWatch start(ConfigurableApplicationContext portal) {
            return new LiveWatch(portal.getBean(LiveEvents.class));
        }

        /** Seconds from {@code back} to the listener's resync (after {@code stopped}), which says it listens again. */
        double awaitResumeAfter(long stopped, long back) throws InterruptedException {
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (System.nanoTime() < deadline) {
                Optional<Long> resync = resyncs.stream().filter(t -> t >= stopped).findFirst();
                if (resync.isPresent()) {
                    return seconds(Math.max(0, resync.get() - back));
                }
                Thread.sleep(10);
            }
            return Double.NaN;
        }

        boolean publishAndAwait(ConfigurableApplicationContext portal) throws InterruptedException {
            String id = UUID.randomUUID().toString();
            portal.getBean(TransactionalOperator.class)
                    .transactional(portal.getBean(LiveEvents.class).publish(topic, id))
                    .block(Duration.ofSeconds(10));
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (!ids.contains(id) && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            return ids.contains(id);
        }

        void stop() {
            subscription.dispose();
        }
    }

    static ListAppender<ILoggingEvent> captureLogs() {
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
                .addAppender(appender);
        return appender;
    }

    static void stopCapturing(ListAppender<ILoggingEvent> appender) {
        ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
                .detachAppender(appender);
        appender.stop();
    }
}
