package org.exportalliance.portal.order;

import io.r2dbc.spi.Readable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.exportalliance.portal.account.Actor;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Export orders in SQL. Every read carries the firm scope ({@code :staff or firm_id = :firm}), so another firm's
 * order is simply not found; every change is conditional on the version read, so concurrent edits never overwrite
 * each other.
 */
@Repository
class OrderRepository {

    private static final String SCOPE = "(cast(:staff as boolean) or o.firm_id = :firm)";
    private static final String COLUMNS = """
            o.id, o.firm_id, o.buyer_id, o.buyer_name, o.destination_country, o.currency, o.incoterm, o.named_place,
            o.attribution, o.claim_id, o.delegation_id, o.expected_ship_on, o.expected_paid_on, o.stage, o.stage_on,
            o.total, o.fx_date, o.fx_cny, o.fx_usd, o.version, o.created_at,
            (select q.on_date from export_order_stage q where q.order_id = o.id and q.stage = 'QUOTED') as quoted_on""";

    private final DatabaseClient db;

    OrderRepository(DatabaseClient db) {
        this.db = db;
    }

    Mono<Void> insert(UUID id, Actor actor, @Nullable UUID buyerId, OrderDraft d, List<OrderLine> lines,
            BigDecimal total, LocalDate quotedOn, OffsetDateTime now) {
        GenericExecuteSpec order = db.sql("""
                        insert into export_order (id, firm_id, buyer_id, buyer_name, destination_country, currency,
                            incoterm, named_place, attribution, claim_id, delegation_id, expected_ship_on,
                            expected_paid_on, stage, stage_on, total, created_by, created_at, updated_at)
                        values (:id, :firm, :buyer, :buyerName, :country, :currency, :incoterm, :place, :attribution,
                            :claim, :delegation, :ship, :paid, 'QUOTED', :quoted, :total, :by, :now, :now)""")
                .bind("id", id).bind("firm", actor.firmId()).bind("buyerName", d.buyerName())
                .bind("country", d.destinationCountry()).bind("currency", d.currency())
                .bind("incoterm", d.incoterm()).bind("place", d.namedPlace()).bind("attribution", d.attribution())
                .bind("quoted", quotedOn).bind("total", total).bind("by", actor.userId()).bind("now", now);
        order = bindNullable(order, "buyer", buyerId, UUID.class);
        order = bindNullable(order, "claim", d.claimId(), UUID.class);
        order = bindNullable(order, "delegation", d.delegationId(), UUID.class);
        order = bindNullable(order, "ship", d.expectedShipOn(), LocalDate.class);
        order = bindNullable(order, "paid", d.expectedPaidOn(), LocalDate.class);
        return order.then()
                .then(insertLines(id, lines))
                .then(insertStage(id, OrderStage.QUOTED, quotedOn, actor.userId(), now));
    }

    /**
     * Replaces an order's fields and lines, keeping its stage and FX snapshot; empty when the order changed since
     * it was read (another version) or left the stages that may be edited.
     */
    Mono<Long> update(UUID id, long version, @Nullable UUID buyerId, OrderDraft d, List<OrderLine> lines,
            BigDecimal total, OffsetDateTime now) {
        GenericExecuteSpec update = db.sql("""
                        update export_order
                        set buyer_id = :buyer, buyer_name = :buyerName, destination_country = :country,
                            currency = :currency, incoterm = :incoterm, named_place = :place,
                            attribution = :attribution, claim_id = :claim, delegation_id = :delegation,
                            expected_ship_on = :ship, expected_paid_on = :paid, total = :total,
                            version = version + 1, updated_at = :now
                        where id = :id and version = :version and stage in ('QUOTED', 'CONFIRMED')
                        returning version""")
                .bind("buyerName", d.buyerName()).bind("country", d.destinationCountry())
                .bind("currency", d.currency()).bind("incoterm", d.incoterm()).bind("place", d.namedPlace())
                .bind("attribution", d.attribution()).bind("total", total).bind("now", now).bind("id", id)
                .bind("version", version);
        update = bindNullable(update, "buyer", buyerId, UUID.class);
        update = bindNullable(update, "claim", d.claimId(), UUID.class);
        update = bindNullable(update, "delegation", d.delegationId(), UUID.class);
        update = bindNullable(update, "ship", d.expectedShipOn(), LocalDate.class);
        update = bindNullable(update, "paid", d.expectedPaidOn(), LocalDate.class);
        return update.map(row -> row.get("version", Long.class)).one()
                .flatMap(v -> db.sql("delete from export_order_line where order_id = :id").bind("id", id).then()
                        .then(insertLines(id, lines)).thenReturn(v));
    }

    private Mono<Void> insertLines(UUID id, List<OrderLine> lines) {
        return db.sql("""
                        insert into export_order_line (order_id, position, category, model, quantity, unit_price)
                        select :id, * from unnest(cast(:position as integer[]), cast(:category as text[]),
                                                  cast(:model as text[]), cast(:quantity as integer[]),
                                                  cast(:price as numeric[]))""")
                .bind("id", id)
                .bind("position", lines.stream().map(OrderLine::position).toArray(Integer[]::new))
                .bind("category", lines.stream().map(OrderLine::category).toArray(String[]::new))
                .bind("model", lines.stream().map(OrderLine::model).toArray(String[]::new))
                .bind("quantity", lines.stream().map(OrderLine::quantity).toArray(Integer[]::new))
                .bind("price", lines.stream().map(OrderLine::unitPrice).toArray(BigDecimal[]::new))
                .then();
    }

    Mono<Void> insertStage(UUID id, OrderStage stage, LocalDate on, UUID by, OffsetDateTime now) {
        return db.sql("""
                        insert into export_order_stage (order_id, stage, on_date, recorded_by, recorded_at)
                        values (:id, :stage, :on, :by, :now)""")
                .bind("id", id).bind("stage", stage.name()).bind("on", on).bind("by", by).bind("now", now)
                .then();
    }

    /**
     * Moves an order from the stage read to the next, with the FX snapshot when it is confirmed; empty when the order
     * changed since it was read (another version or stage).
     */
    Mono<Long> moveStage(UUID id, long version, OrderStage from, OrderStage to, LocalDate on,
            @Nullable FxSnapshot fx, OffsetDateTime now) {
        GenericExecuteSpec update = db.sql("""
                        update export_order
                        set stage = :to, stage_on = :on, version = version + 1, updated_at = :now,
                            fx_date = coalesce(:fxDate, fx_date), fx_cny = coalesce(:fxCny, fx_cny),
                            fx_usd = coalesce(:fxUsd, fx_usd)
                        where id = :id and version = :version and stage = :from
                        returning version""")
                .bind("to", to.name()).bind("on", on).bind("now", now).bind("id", id).bind("version", version)
                .bind("from", from.name());
        update = bindNullable(update, "fxDate", fx == null ? null : fx.date(), LocalDate.class);
        update = bindNullable(update, "fxCny", fx == null ? null : fx.cny(), BigDecimal.class);
        update = bindNullable(update, "fxUsd", fx == null ? null : fx.usd(), BigDecimal.class);
        return update.map(row -> row.get("version", Long.class)).one();
    }

    Mono<ExportOrder> find(Actor actor, UUID id) {
        return scoped(db.sql("select " + COLUMNS + " from export_order o where o.id = :id and " + SCOPE)
                .bind("id", id), actor)
                .map(OrderRepository::header).one()
                .flatMap(o -> lines(List.of(o.id())).map(lines -> o.withLines(lines.getOrDefault(o.id(), List.of()))));
    }

    /**
     * The orders the actor may see that {@code f} matches, newest first; its text also matches the firms and
     * categories the service found by name ({@code firms}, {@code categories}).
     */
    Flux<ExportOrder> list(Actor actor, OrderFilter f, List<UUID> firms, List<String> categories, int offset,
            int limit) {
        StringBuilder sql = new StringBuilder("select " + COLUMNS + " from export_order o where " + SCOPE);
        Map<String, Object> params = new java.util.LinkedHashMap<>();
        if (f.text() != null) {
            sql.append(" and (o.buyer_name ilike :text or o.firm_id = any(:firms) or exists (select 1 from"
                    + " export_order_line l where l.order_id = o.id and (l.model ilike :text"
                    + " or l.category = any(:categories))))");
            params.put("text", f.textPattern());
            params.put("firms", firms.toArray(UUID[]::new));
            params.put("categories", categories.toArray(String[]::new));
        }
        where(sql, params, f.stage() == null ? null : f.stage().name(), " and o.stage = :stage", "stage");
        where(sql, params, f.from(), " and o.stage_on >= :from", "from");
        where(sql, params, f.to(), " and o.stage_on <= :to", "to");
        where(sql, params, f.currency(), " and o.currency = :currency", "currency");
        where(sql, params, f.destination(), " and o.destination_country = :destination", "destination");
        GenericExecuteSpec spec = db.sql(sql + " order by o.created_at desc, o.id limit :limit offset :offset")
                .bind("limit", limit).bind("offset", offset);
        for (Map.Entry<String, Object> p : params.entrySet()) {
            spec = spec.bind(p.getKey(), p.getValue());
        }
        return scoped(spec, actor)
                .map(OrderRepository::header).all().collectList()
                .flatMapMany(orders -> lines(orders.stream().map(ExportOrder::id).toList())
                        .flatMapMany(lines -> Flux.fromIterable(orders)
                                .map(o -> o.withLines(lines.getOrDefault(o.id(), List.of())))));
    }

    private static void where(StringBuilder sql, Map<String, Object> params, @Nullable Object value, String clause,
            String name) {
        if (value != null) {
            sql.append(clause);
            params.put(name, value);
        }
    }

    Flux<StageChange> stages(UUID id) {
        return db.sql("""
                        select stage, on_date, recorded_by, recorded_at from export_order_stage where order_id = :id
                        order by recorded_at, on_date""")
                .bind("id", id)
                .map(row -> new StageChange(OrderStage.valueOf(row.get("stage", String.class)),
                        row.get("on_date", LocalDate.class), row.get("recorded_by", UUID.class),
                        row.get("recorded_at", OffsetDateTime.class)))
                .all();
    }

    private Mono<Map<UUID, List<OrderLine>>> lines(List<UUID> orders) {
        if (orders.isEmpty()) {
            return Mono.just(Map.of());
        }
        return db.sql("""
                        select order_id, position, category, model, quantity, unit_price from export_order_line
                        where order_id = any(:ids) order by order_id, position""")
                .bind("ids", orders.toArray(UUID[]::new))
                .map(row -> Map.entry(row.get("order_id", UUID.class), new OrderLine(row.get("position", Integer.class),
                        row.get("category", String.class), row.get("model", String.class),
                        row.get("quantity", Integer.class), row.get("unit_price", BigDecimal.class))))
                .all()
                .collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
    }

    private static GenericExecuteSpec scoped(GenericExecuteSpec spec, Actor actor) {
        return spec.bind("staff", actor.isStaff()).bind("firm", actor.firmId());
    }

    private static <T> GenericExecuteSpec bindNullable(GenericExecuteSpec spec, String name, @Nullable T value,
            Class<T> type) {
        return value == null ? spec.bindNull(name, type) : spec.bind(name, value);
    }

    private static ExportOrder header(Readable row) {
        String currency = row.get("currency", String.class);
        LocalDate fxDate = row.get("fx_date", LocalDate.class);
        return new ExportOrder(row.get("id", UUID.class), row.get("firm_id", UUID.class),
                row.get("buyer_id", UUID.class), row.get("buyer_name", String.class),
                row.get("destination_country", String.class), currency,
                Incoterm.valueOf(row.get("incoterm", String.class)), row.get("named_place", String.class),
                Attribution.valueOf(row.get("attribution", String.class)), row.get("claim_id", UUID.class),
                row.get("delegation_id", UUID.class), row.get("expected_ship_on", LocalDate.class),
                row.get("expected_paid_on", LocalDate.class), row.get("quoted_on", LocalDate.class),
                OrderStage.valueOf(row.get("stage", String.class)),
                row.get("stage_on", LocalDate.class), new Money(row.get("total", BigDecimal.class), currency),
                fxDate == null ? null : new FxSnapshot(fxDate, row.get("fx_cny", BigDecimal.class),
                        row.get("fx_usd", BigDecimal.class)),
                List.of(), row.get("version", Long.class), row.get("created_at", OffsetDateTime.class));
    }
}
