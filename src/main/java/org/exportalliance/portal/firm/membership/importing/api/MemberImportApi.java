package org.exportalliance.portal.firm.membership.importing.api;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.exportalliance.portal.firm.membership.importing.ImportedFirm;
import org.exportalliance.portal.firm.membership.importing.MemberColumn;
import org.exportalliance.portal.firm.membership.importing.MemberFileReader;
import org.exportalliance.portal.firm.membership.importing.MemberFileRefused;
import org.exportalliance.portal.firm.membership.importing.MemberImportHasProblems;
import org.exportalliance.portal.firm.membership.importing.MemberImportReport;
import org.exportalliance.portal.firm.membership.importing.MemberImportResult;
import org.exportalliance.portal.firm.membership.importing.MemberImports;
import org.exportalliance.portal.firm.membership.importing.MemberRow;
import org.exportalliance.portal.firm.membership.importing.MemberSheet;
import org.exportalliance.portal.firm.people.IssuedInvitation;
import org.exportalliance.portal.platform.api.ApiActor;
import org.exportalliance.portal.platform.api.ApiBodyLimit;
import org.exportalliance.portal.platform.api.ApiProblems;
import org.exportalliance.portal.platform.api.ApiRequests;
import org.exportalliance.portal.platform.api.ApiResponses;
import org.exportalliance.portal.platform.i18n.Formats;
import org.exportalliance.portal.platform.spreadsheet.SheetRefused.Reason;
import org.exportalliance.portal.platform.spreadsheet.Spreadsheet;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

/**
 * {@code POST /api/v1/firms/imports}, staff only: the member list as the raw body (CSV or .xlsx, judged by content),
 * answered with the report on every row ({@code dryRun=true}) or with the firms enrolled and the admins invited. All
 * or nothing: a row with a problem makes it a 422 listing those rows. A retry of a file that was imported is refused
 * the same way (its credit codes are registered), so the route needs no Idempotency-Key.
 */
@Configuration(proxyBeanMethods = false)
class MemberImportApi {

    private static final Set<String> FILE_TYPES = Set.of("text/csv", "text/plain", "text/tab-separated-values",
            "application/csv", "application/vnd.ms-excel", Spreadsheet.MEDIA_TYPE, "application/octet-stream",
            "application/zip");

    private final MemberImports imports;
    private final MessageSource messages;
    MemberImportApi(MemberImports imports, MessageSource messages) {
        this.imports = imports;
        this.messages = messages;
    }

    @Bean
    RouterFunction<ServerResponse> memberImportRoutes() {
        return RouterFunctions.route().POST("/v1/firms/imports", this::importMembers).build();
    }

    /** A member list is the raw body: the import's own limit, and time for it to arrive over a slow line. */
    @Bean
    ApiBodyLimit memberImportBodyLimit() {
        return new ApiBodyLimit("/v1/firms/imports", MemberFileReader.MAX_BYTES, Duration.ofMinutes(2));
    }

    Mono<ServerResponse> importMembers(ServerRequest request) {
        boolean dryRun = ApiRequests.flag(request, "dryRun", false);
        Locale locale = ApiProblems.localeOf(request.exchange());
        return ApiActor.staff().flatMap(actor -> body(request).flatMap(imports::read).flatMap(sheet -> dryRun
                ? imports.preview(actor, sheet).map(report -> previewJson(report, sheet, locale))
                : imports.run(actor, sheet).map(this::resultJson)
                        .onErrorMap(MemberImportHasProblems.class,
                                e -> e.describedBy(row -> rowJson(row, sheet, locale)))))
                .flatMap(ApiResponses::json);
    }

    /** The body as read by the API's first filter, within the limit above; its declared type must be a file's. */
    private static Mono<byte[]> body(ServerRequest request) {
        MediaType type = request.headers().contentType().orElse(null);
        if (type != null && !FILE_TYPES.contains(type.getType() + "/" + type.getSubtype())) {
            return Mono.error(new MemberFileRefused(Reason.WRONG_TYPE));
        }
        return DataBufferUtils.join(request.bodyToFlux(DataBuffer.class))
                .map(buffer -> {
                    try {
                        byte[] bytes = new byte[buffer.readableByteCount()];
                        buffer.read(bytes);
                        return bytes;
                    } finally {
                        DataBufferUtils.release(buffer);
                    }
                })
                .defaultIfEmpty(new byte[0]);
    }

    private Map<String, Object> previewJson(MemberImportReport report, MemberSheet sheet, Locale locale) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("dryRun", true);
        body.put("columns", columns(sheet));
        body.put("rows", report.total());
        body.put("rowsWithProblems", report.withProblems());
        body.put("invitations", report.admins());
        body.put("importable", report.importable());
        body.put("report", report.rows().stream().map(r -> rowJson(r, sheet, locale)).toList());
        return body;
    }

    private Map<String, Object> resultJson(MemberImportResult result) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("importId", result.importId());
        body.put("enrolled", result.enrolled());
        body.put("invited", result.invited());
        body.put("mailed", result.mailed());
        body.put("firms", result.firms().stream().map(this::firmJson).toList());
        return body;
    }

    private Map<String, Object> firmJson(ImportedFirm imported) {
        Map<String, Object> firm = new LinkedHashMap<>();
        firm.put("row", imported.row());
        firm.put("firmId", imported.firm().id());
        firm.put("nameZh", imported.firm().nameZh());
        firm.put("nameEn", imported.firm().nameEn());
        IssuedInvitation issued = imported.invitation();
        if (issued != null) {
            Map<String, Object> invitation = new LinkedHashMap<>();
            invitation.put("id", issued.invitation().id());
            invitation.put("email", issued.invitation().email());
            invitation.put("locale", issued.invitation().locale());
            invitation.put("expiresAt", issued.invitation().expiresAt());
            invitation.put("mailed", issued.mailed());
            if (!issued.mailed()) {
                invitation.put("link", issued.link());
            }
            firm.put("invitation", invitation);
        }
        return firm;
    }

    /** How the headers were recognised: {@code {header: column}}. */
    private static Map<String, String> columns(MemberSheet sheet) {
        Map<String, String> columns = new LinkedHashMap<>();
        sheet.columns().entrySet().stream().sorted(Map.Entry.comparingByValue())
                .forEach(e -> columns.put(sheet.headers().get(e.getValue()), e.getKey().name()));
        return columns;
    }

    private Map<String, Object> rowJson(MemberRow row, MemberSheet sheet, Locale locale) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("row", row.row());
        view.put("name", row.name());
        view.put("problems", row.problems().stream().map(p -> {
            Map<String, Object> problem = new LinkedHashMap<>();
            problem.put("field", p.field());
            MemberColumn.ofField(p.field()).flatMap(sheet::headerOf).ifPresent(h -> problem.put("column", h));
            problem.put("code", p.messageKey());
            if (p.value() != null) {
                problem.put("value", p.value());
            }
            if (p.otherRow() != null) {
                problem.put("otherRow", p.otherRow());
            }
            problem.put("message", messages.getMessage(p.messageKey(), Formats.args(p.args(), locale), p.messageKey(), locale));
            return problem;
        }).toList());
        return view;
    }
}
