package org.exportalliance.portal.notification.webhook.demo;

import java.nio.ByteBuffer;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.exportalliance.portal.account.AccountService;
import org.exportalliance.portal.account.Actor;
import org.exportalliance.portal.account.UserAccount;
import org.exportalliance.portal.notification.webhook.WebhookSecret;
import org.exportalliance.portal.notification.webhook.WebhookSecretCipher;
import org.exportalliance.portal.platform.db.DemoSeeder;
import org.exportalliance.portal.platform.db.SeedOnce;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Webhook endpoints the demo shows in every state: firm A's ERP (order stages and requests; delivered, retrying and
 * failed deliveries), its old ERP that answered 410 and was disabled, and the association's OA system, alliance-wide.
 *
 * <p>The addresses are under {@code .example}, which never resolves (RFC 2606): the demo contacts nobody, and a
 * delivery that falls due just waits for its next try quietly ("host not resolved"). Registration checks that the
 * host resolves to a public address ({@code EndpointGuard}), which such a name cannot, so the endpoints are loaded as
 * rows, with secrets sealed as the service seals them (rotating one in the demo works and shows the new secret). The
 * secrets made here are shown to nobody.
 */
@Component
@Order(70)
class DemoWebhooks implements DemoSeeder {

    private static final Logger log = LoggerFactory.getLogger(DemoWebhooks.class);
    private static final long SEED_LOCK = 7_100_070L;
    static final String ORDERS = "order.stage_changed";
    static final String REQUESTS = "request.updated";

    /** One attempt: its HTTP status (null: no answer), its outcome and the kind of failure. */
    record Attempt(@Nullable Integer status, String outcome, @Nullable String error) {}

    private final SeedOnce seeding;
    private final AccountService accounts;
    private final WebhookSecretCipher cipher;
    private final DatabaseClient db;
    private final Clock clock;

    DemoWebhooks(SeedOnce seeding, AccountService accounts, WebhookSecretCipher cipher, DatabaseClient db,
            Clock clock) {
        this.seeding = seeding;
        this.accounts = accounts;
        this.cipher = cipher;
        this.db = db;
        this.clock = clock;
    }

    @Override
    public void seed() {
        seeding.run(SEED_LOCK, seeding.check("select not exists (select 1 from webhook_endpoint "
                        + "where url like 'https://%.example/%')"),
                () -> Mono.zip(actor("firmadmin"), actor("staff")).flatMap(a -> seed(a.getT1(), a.getT2())));
    }

    private Mono<Actor> actor(String username) {
        return accounts.findByUsername(username).map(UserAccount::asActor);
    }

    private Mono<Void> seed(Actor firmAdmin, Actor staff) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        Attempt ok = new Attempt(200, "DELIVERED", null);
        Attempt unavailable = new Attempt(503, "RETRY", "HTTP 503");
        return endpoint(firmAdmin, "https://erp.tianmu-textile.example/hooks/portal", "天姥纺机 ERP：订单与诉求",
                        List.of(ORDERS, REQUESTS), null, now.minusDays(20))
                .flatMap(erp -> delivery(erp, ORDERS, "DELIVERED", null, now.minusDays(3), ok)
                        .then(delivery(erp, ORDERS, "FAILED", null, now.minusDays(2),
                                new Attempt(400, "FAILED", "HTTP 400")))
                        .then(delivery(erp, REQUESTS, "DELIVERED", null, now.minusDays(1), unavailable, ok))
                        .then(delivery(erp, REQUESTS, "PENDING", now.plusMinutes(25), now.minusMinutes(40),
                                unavailable, unavailable, new Attempt(null, "RETRY", "timeout"))))
                .then(endpoint(firmAdmin, "https://old-erp.tianmu-textile.example/hooks", "旧 ERP（已下线）",
                        List.of(ORDERS), "GONE", now.minusDays(200)))
                .flatMap(old -> delivery(old, ORDERS, "DELIVERED", null, now.minusDays(30), ok)
                        .then(delivery(old, ORDERS, "FAILED", null, now.minusDays(6),
                                new Attempt(410, "GONE", "HTTP 410"))))
                .then(endpoint(staff, "https://oa.xinchang-textile-association.example/webhooks/portal",
                        "协会 OA 系统：参展与登记", List.of("delegation.status_changed", "application.decided",
                                "claim.decided"), null, now.minusDays(60)))
                .flatMap(oa -> delivery(oa, "application.decided", "DELIVERED", null, now.minusDays(4), ok)
                        .then(delivery(oa, "delegation.status_changed", "DELIVERED", null, now.minusDays(2), ok))
                        .then(delivery(oa, "claim.decided", "FAILED", null, now.minusHours(5),
                                new Attempt(404, "FAILED", "HTTP 404"))))
                .then(Mono.fromRunnable(() -> log.info("Seeded the demo webhook endpoints")));
    }

    /** An endpoint as registration stores it; {@code disabled}: why it is off, or null while it is on. */
    private Mono<UUID> endpoint(Actor by, String url, String description, List<String> events,
            @Nullable String disabled, OffsetDateTime at) {
        UUID id = UUID.randomUUID();
        return WebhookSecret.generate().flatMap(secret -> db.sql("""
                        insert into webhook_endpoint (id, firm_id, url, description, events, enabled, disabled_reason,
                                                      secret_key_id, secret, created_by, created_at)
                        values (:id, :firm, :url, :description, :events, :enabled, :reason, :keyId, :secret, :by,
                                :at)""")
                .bind("id", id).bind("firm", Parameter.fromOrEmpty(by.isStaff() ? null : by.firmId(), UUID.class))
                .bind("url", url).bind("description", description).bind("events", events.toArray(String[]::new))
                .bind("enabled", disabled == null).bind("reason", Parameter.fromOrEmpty(disabled, String.class))
                .bind("keyId", cipher.keyId()).bind("secret", ByteBuffer.wrap(cipher.seal(id, secret)))
                .bind("by", by.userId()).bind("at", at)
                .then())
                .thenReturn(id);
    }

    /** A delivery and its attempts, a few minutes apart from {@code at}; {@code next}: when it is tried again. */
    private Mono<Void> delivery(UUID endpoint, String type, String status, @Nullable OffsetDateTime next,
            OffsetDateTime at, Attempt... attempts) {
        String id = "msg_" + UUID.randomUUID().toString().replace("-", "");
        String body = "{\"type\":\"" + type + "\",\"timestamp\":\"" + at.toInstant() + "\",\"data\":{\"demo\":true}}";
        Mono<Void> row = db.sql("""
                        insert into webhook_delivery (id, endpoint_id, event_type, body, status, attempts, next_at,
                                                      created_at)
                        values (:id, :endpoint, :type, :body, :status, :attempts, :next, :at)""")
                .bind("id", id).bind("endpoint", endpoint).bind("type", type).bind("body", body)
                .bind("status", status).bind("attempts", attempts.length)
                .bind("next", Parameter.fromOrEmpty(next, OffsetDateTime.class)).bind("at", at)
                .then();
        return row.thenMany(Flux.range(0, attempts.length).concatMap(i -> attempt(id, i + 1, attempts[i],
                        at.plus(Duration.ofMinutes(5L * i * i)))))
                .then();
    }

    private Mono<Void> attempt(String delivery, int number, Attempt a, OffsetDateTime at) {
        return db.sql("""
                        insert into webhook_attempt (delivery_id, attempt, at, duration_ms, status_code, outcome, error)
                        values (:delivery, :attempt, :at, :duration, :code, :outcome, :error)""")
                .bind("delivery", delivery).bind("attempt", number).bind("at", at)
                .bind("duration", a.status() == null ? 15_000 : 120 + 37 * number)
                .bind("code", Parameter.fromOrEmpty(a.status(), Integer.class)).bind("outcome", a.outcome())
                .bind("error", Parameter.fromOrEmpty(a.error(), String.class))
                .then();
    }
}
