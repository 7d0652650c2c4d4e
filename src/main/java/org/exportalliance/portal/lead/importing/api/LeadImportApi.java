package org.exportalliance.portal.lead.importing.api;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.exportalliance.portal.lead.LeadSource;
import org.exportalliance.portal.lead.Visibility;
import org.exportalliance.portal.lead.importing.ColumnMapping;
import org.exportalliance.portal.lead.importing.ImportFileRefused;
import org.exportalliance.portal.lead.importing.ImportHasProblems;
import org.exportalliance.portal.lead.importing.ImportMode;
import org.exportalliance.portal.lead.importing.ImportSettings;
import org.exportalliance.portal.lead.importing.LeadFileReader;
import org.exportalliance.portal.lead.importing.LeadImports;
import org.exportalliance.portal.platform.api.ApiActor;
import org.exportalliance.portal.platform.api.ApiBodyLimit;
import org.exportalliance.portal.platform.api.ApiJson;
import org.exportalliance.portal.platform.api.ApiProblems;
import org.exportalliance.portal.platform.api.ApiRequests;
import org.exportalliance.portal.platform.api.ApiResponses;
import org.exportalliance.portal.platform.api.Idempotency;
import org.exportalliance.portal.platform.api.RawBodies;
import org.exportalliance.portal.platform.api.StoredResponse;
import org.exportalliance.portal.platform.spreadsheet.Spreadsheet;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

/**
 * {@code POST /api/v1/leads/imports}: a CSV or .xlsx file as the raw body, headers mapped automatically, the settings
 * and the mode as query parameters; answers the per-row report ({@link ImportReportJson}), or with {@code dryRun}
 * the preview without saving. The route comes before the other lead routes, as the export's does.
 */
@Configuration(proxyBeanMethods = false)
class LeadImportApi {

    private static final Set<String> FILE_TYPES = Set.of("text/csv", "text/plain", "text/tab-separated-values",
            "application/csv", "application/vnd.ms-excel", Spreadsheet.MEDIA_TYPE, "application/octet-stream",
            "application/zip");

    private final LeadImports imports;
    private final Idempotency idempotency;
    private final ApiJson json;
    private final ImportReportJson reports;

    LeadImportApi(LeadImports imports, Idempotency idempotency, ApiJson json, MessageSource messages,
            java.time.Clock clock) {
        this.imports = imports;
        this.idempotency = idempotency;
        this.json = json;
        this.reports = new ImportReportJson(messages, clock.getZone());
    }

    @Bean
    @Order(0)
    RouterFunction<ServerResponse> leadImportRoutes() {
        return RouterFunctions.route()
                .POST("/v1/leads/imports", this::importLeads)
                .build();
    }

    /** A lead file is the raw body: the import's own limit, and time for it to arrive over a slow line. */
    @Bean
    ApiBodyLimit leadImportBodyLimit() {
        return new ApiBodyLimit("/v1/leads/imports", LeadFileReader.MAX_BYTES, java.time.Duration.ofMinutes(2));
    }

    Mono<ServerResponse> importLeads(ServerRequest request) {
        ImportMode mode = orDefault(ApiRequests.enumValue(request, "mode", ImportMode.class),
                ImportMode.ALL_OR_NOTHING);
        ImportSettings settings = new ImportSettings(
                orDefault(ApiRequests.enumValue(request, "visibility", Visibility.class), Visibility.PRIVATE),
                ApiRequests.text(request, "shareFirms").map(LeadImportApi::uuids).orElse(Set.of()),
                ApiRequests.text(request, "shareCategories").map(LeadImportApi::codes).orElse(Set.of()),
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
                                .map(report -> json.write(reports.preview(report, table, mapping, locale)))
                                .flatMap(ApiResponses::json);
                    }
                    String fingerprint = "POST /v1/leads/imports?" + request.uri().getRawQuery() + " sha256="
                            + sha256(bytes);
                    return idempotency.execute(actor, key, fingerprint,
                                    () -> imports.run(actor, table, mapping, settings, mode)
                                            .map(result -> new StoredResponse(200, null, null,
                                                    json.write(reports.result(result, table, mapping, locale)),
                                                    false)))
                            .onErrorMap(ImportHasProblems.class,
                                    e -> e.describedBy(row -> reports.row(row, table, mapping, locale)))
                            .flatMap(StoredResponse::render);
                })));
    }

    /**
     * The raw body, kept up to the import limit ({@link RawBodies}: a larger one is still read to its end, up to four
     * times the limit, so that the refusal reaches the client); its declared type must be a file's.
     */
    private static Mono<byte[]> body(ServerRequest request) {
        MediaType type = request.headers().contentType().orElse(null);
        boolean fileType = type == null || FILE_TYPES.contains(type.getType() + "/" + type.getSubtype());
        return RawBodies.read(request, LeadFileReader.MAX_BYTES,
                        () -> new ImportFileRefused(ImportFileRefused.Reason.TOO_LARGE))
                .map(bytes -> {
                    if (!fileType) {
                        throw new ImportFileRefused(ImportFileRefused.Reason.WRONG_TYPE);
                    }
                    if (bytes.length == 0) {
                        throw new ImportFileRefused(ImportFileRefused.Reason.EMPTY);
                    }
                    return bytes;
                });
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
