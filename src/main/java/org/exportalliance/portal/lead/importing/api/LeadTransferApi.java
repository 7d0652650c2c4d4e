package org.exportalliance.portal.lead.importing.api;

import java.io.ByteArrayOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.exportalliance.portal.lead.LeadFilter;
import org.exportalliance.portal.lead.LeadSource;
import org.exportalliance.portal.lead.Visibility;
import org.exportalliance.portal.lead.export.LeadExports;
import org.exportalliance.portal.lead.importing.ColumnMapping;
import org.exportalliance.portal.lead.importing.ImportFileRefused;
import org.exportalliance.portal.lead.importing.ImportHasProblems;
import org.exportalliance.portal.lead.importing.ImportMode;
import org.exportalliance.portal.lead.importing.ImportReport;
import org.exportalliance.portal.lead.importing.ImportSettings;
import org.exportalliance.portal.lead.importing.ImportTable;
import org.exportalliance.portal.lead.importing.LeadColumn;
import org.exportalliance.portal.lead.importing.LeadFileReader;
import org.exportalliance.portal.lead.importing.LeadImports;
import org.exportalliance.portal.lead.importing.RowReport;
import org.exportalliance.portal.platform.api.ApiActor;
import org.exportalliance.portal.platform.api.ApiBodyLimit;
import org.exportalliance.portal.platform.api.ApiDownloads;
import org.exportalliance.portal.platform.api.ApiJson;
import org.exportalliance.portal.platform.api.ApiProblems;
import org.exportalliance.portal.platform.api.ApiRequests;
import org.exportalliance.portal.platform.api.ApiResponses;
import org.exportalliance.portal.platform.api.Idempotency;
import org.exportalliance.portal.platform.api.StoredResponse;
import org.exportalliance.portal.platform.spreadsheet.Spreadsheet;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

/**
 * {@code GET /api/v1/leads/export.xlsx} (the visible leads under the list's filters, audited) and
 * {@code POST /api/v1/leads/imports} (a CSV or .xlsx file as the raw body, headers mapped automatically; the settings
 * and the mode as query parameters; answers the per-row report). The routes come before the other lead routes, so
 * that {@code /v1/leads/{id}} never takes {@code export.xlsx} for an id.
 */
@Configuration(proxyBeanMethods = false)
class LeadTransferApi {

    private static final Set<String> FILE_TYPES = Set.of("text/csv", "text/plain", "text/tab-separated-values",
            "application/csv", "application/vnd.ms-excel", Spreadsheet.MEDIA_TYPE, "application/octet-stream",
            "application/zip");

    private final LeadImports imports;
    private final LeadExports exports;
    private final Idempotency idempotency;
    private final ApiJson json;
    private final MessageSource messages;
    private final ZoneId zone;

    LeadTransferApi(LeadImports imports, LeadExports exports, Idempotency idempotency, ApiJson json,
            MessageSource messages, java.time.Clock clock) {
        this.imports = imports;
        this.exports = exports;
        this.idempotency = idempotency;
        this.json = json;
        this.messages = messages;
        this.zone = clock.getZone();
    }

    @Bean
    @Order(0)
    RouterFunction<ServerResponse> leadTransferRoutes() {
        return RouterFunctions.route()
                .GET("/v1/leads/export.xlsx", this::export)
                .POST("/v1/leads/imports", this::importLeads)
                .build();
    }

    /** A lead file is the raw body: the import's own limit, and time for it to arrive over a slow line. */
    @Bean
    ApiBodyLimit leadImportBodyLimit() {
        return new ApiBodyLimit("/v1/leads/imports", LeadFileReader.MAX_BYTES, java.time.Duration.ofMinutes(2));
    }

    Mono<ServerResponse> export(ServerRequest request) {
        LeadFilter filter = new LeadFilter(ApiRequests.text(request, "country").map(c -> c.toUpperCase(Locale.ROOT))
                .orElse(null), ApiRequests.text(request, "category").map(c -> c.toUpperCase(Locale.ROOT)).orElse(null),
                ApiRequests.enumValue(request, "source", LeadSource.class), ApiRequests.text(request, "text")
                .orElse(null), ApiRequests.flag(request, "own", false));
        Locale locale = ApiRequests.language(request, "lang");
        return ApiActor.current()
                .flatMap(actor -> exports.export(actor, filter, locale))
                .flatMap(ApiDownloads::attachment);
    }

    Mono<ServerResponse> importLeads(ServerRequest request) {
        ImportMode mode = orDefault(ApiRequests.enumValue(request, "mode", ImportMode.class),
                ImportMode.ALL_OR_NOTHING);
        ImportSettings settings = new ImportSettings(
                orDefault(ApiRequests.enumValue(request, "visibility", Visibility.class), Visibility.PRIVATE),
                ApiRequests.text(request, "shareFirms").map(LeadTransferApi::uuids).orElse(Set.of()),
                ApiRequests.text(request, "shareCategories").map(LeadTransferApi::codes).orElse(Set.of()),
                orDefault(ApiRequests.enumValue(request, "source", LeadSource.class), LeadSource.FAIR),
                ApiRequests.text(request, "fairId").map(id -> uuid(id, "fairId")).orElse(null));
        boolean dryRun = ApiRequests.flag(request, "dryRun", false);
        Locale locale = ApiProblems.localeOf(request.exchange());
        String key = request.headers().firstHeader(Idempotency.HEADER);
        return ApiActor.current().flatMap(actor -> body(request).flatMap(bytes -> imports.read(bytes)
                .flatMap(table -> {
                    ColumnMapping mapping = imports.suggest(table);
                    if (dryRun) {
                        return imports.preview(actor, table, mapping, settings)
                                .map(report -> json.write(previewJson(report, table, mapping, locale)))
                                .flatMap(ApiResponses::json);
                    }
                    String fingerprint = "POST /v1/leads/imports?" + request.uri().getRawQuery() + " sha256="
                            + sha256(bytes);
                    return idempotency.execute(actor, key, fingerprint,
                                    () -> imports.run(actor, table, mapping, settings, mode)
                                            .map(result -> new StoredResponse(200, null, null,
                                                    json.write(resultJson(result, table, mapping, locale)), false)))
                            .onErrorMap(ImportHasProblems.class,
                                    e -> e.describedBy(row -> rowJson(row, table, mapping, locale)))
                            .flatMap(StoredResponse::render);
                })));
    }

    /**
     * The raw body, kept up to the import limit; its declared type must be a file's. The body is read to its end even
     * when refused (up to {@link #DRAIN_LIMIT}), so that the refusal reaches the client instead of a closed connection.
     */
    private static Mono<byte[]> body(ServerRequest request) {
        MediaType type = request.headers().contentType().orElse(null);
        boolean fileType = type == null || FILE_TYPES.contains(type.getType() + "/" + type.getSubtype());
        return request.bodyToFlux(DataBuffer.class)
                .reduce(new Body(), Body::add)
                .defaultIfEmpty(new Body())
                .map(body -> {
                    if (!fileType) {
                        throw new ImportFileRefused(ImportFileRefused.Reason.WRONG_TYPE);
                    }
                    return body.bytes();
                });
    }

    /** Reading a request body past the import limit is a waste; past this it is an attack. */
    static final long DRAIN_LIMIT = 4L * LeadFileReader.MAX_BYTES;

    /** The bytes of a body as they arrive: kept up to the import limit, counted beyond it. */
    private static final class Body {

        private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
        private long total;

        Body add(DataBuffer buffer) {
            try {
                int n = buffer.readableByteCount();
                total += n;
                if (total > DRAIN_LIMIT) {
                    throw new ImportFileRefused(ImportFileRefused.Reason.TOO_LARGE);
                }
                if (total <= LeadFileReader.MAX_BYTES) {
                    byte[] chunk = new byte[n];
                    buffer.read(chunk);
                    kept.writeBytes(chunk);
                }
                return this;
            } finally {
                DataBufferUtils.release(buffer);
            }
        }

        byte[] bytes() {
            if (total > LeadFileReader.MAX_BYTES) {
                throw new ImportFileRefused(ImportFileRefused.Reason.TOO_LARGE);
            }
            if (total == 0) {
                throw new ImportFileRefused(ImportFileRefused.Reason.EMPTY);
            }
            return kept.toByteArray();
        }
    }

    private Map<String, Object> previewJson(ImportReport report, ImportTable table, ColumnMapping mapping,
            Locale locale) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("dryRun", true);
        body.put("columns", columns(table, mapping));
        body.put("rows", report.total());
        body.put("importable", report.importable());
        body.put("rejected", report.rejected());
        body.put("conflicted", report.conflicts());
        body.put("report", report.rows().stream().map(r -> rowJson(r, table, mapping, locale)).toList());
        return body;
    }

    private Map<String, Object> resultJson(org.exportalliance.portal.lead.importing.ImportResult result,
            ImportTable table, ColumnMapping mapping, Locale locale) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("importId", result.importId());
        body.put("mode", result.mode());
        body.put("columns", columns(table, mapping));
        body.put("rows", result.report().total());
        body.put("imported", result.imported());
        body.put("skipped", result.skipped());
        body.put("conflicted", result.conflicted());
        body.put("report", result.report().rows().stream().map(r -> rowJson(r, table, mapping, locale)).toList());
        return body;
    }

    /** How the headers were mapped: {@code {header: field}} for the mapped ones. */
    private static Map<String, String> columns(ImportTable table, ColumnMapping mapping) {
        Map<String, String> columns = new LinkedHashMap<>();
        for (int i = 0; i < table.headers().size() && i < mapping.columns().size(); i++) {
            LeadColumn column = mapping.columns().get(i);
            if (column != null) {
                columns.put(table.headers().get(i), column.name());
            }
        }
        return columns;
    }

    private Map<String, Object> rowJson(RowReport row, ImportTable table, ColumnMapping mapping, Locale locale) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("row", row.row());
        view.put("status", row.status().name());
        if (row.companyName() != null) {
            view.put("companyName", row.companyName());
        }
        if (row.leadId() != null) {
            view.put("leadId", row.leadId());
        }
        view.put("problems", row.problems().stream().map(p -> {
            Map<String, Object> problem = new LinkedHashMap<>();
            problem.put("field", p.field());
            LeadColumn.ofField(p.field()).flatMap(mapping::indexOf).filter(i -> i < table.headers().size())
                    .ifPresent(i -> problem.put("column", table.headers().get(i)));
            problem.put("code", p.messageKey());
            problem.put("message", messages.getMessage(p.messageKey(), null, p.messageKey(), locale));
            return problem;
        }).toList());
        if (row.duplicateOf() != null) {
            view.put("duplicateOf", row.duplicateOf());
            view.put("duplicateMessage", messages.getMessage("lead.import.duplicate",
                    new Object[] {row.duplicateOf()}, locale));
        }
        view.put("signals", row.signals().stream().map(h -> Map.of("category", h.category(),
                "until", h.until().atZoneSameInstant(zone).toLocalDate().toString())).toList());
        return view;
    }

    private static <T> T orDefault(@Nullable T value, T otherwise) {
        return value == null ? otherwise : value;
    }

    private static Set<UUID> uuids(String list) {
        return Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .map(s -> uuid(s, "shareFirms")).collect(Collectors.toSet());
    }

    private static Set<String> codes(String list) {
        return Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .map(s -> s.toUpperCase(Locale.ROOT)).collect(Collectors.toSet());
    }

    private static UUID uuid(String text, String name) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw ApiRequests.bad(name);
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
