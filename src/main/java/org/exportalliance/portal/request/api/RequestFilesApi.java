package org.exportalliance.portal.request.api;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.exportalliance.portal.platform.api.ApiActor;
import org.exportalliance.portal.platform.api.ApiBodyLimit;
import org.exportalliance.portal.platform.api.ApiDownloads;
import org.exportalliance.portal.platform.api.ApiRequests;
import org.exportalliance.portal.platform.api.ApiResponses;
import org.exportalliance.portal.platform.api.RawBodies;
import org.exportalliance.portal.platform.refusal.FieldProblem;
import org.exportalliance.portal.platform.refusal.InvalidInput;
import org.exportalliance.portal.request.AttachmentNotFound;
import org.exportalliance.portal.request.LabTest;
import org.exportalliance.portal.request.LabTests;
import org.exportalliance.portal.request.RequestAttachments;
import org.exportalliance.portal.request.RequestNotFound;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

/**
 * A request's files and its lab test: {@code POST /v1/requests/{id}/attachments?name=…&internal=…} with the file as
 * the raw body (≤ 10 MB; PDF, PNG, JPEG or .xlsx by its bytes), the list and each download, served only to those
 * who may see the request; {@code /lab-test} with the lab's quote, the firm's acceptance and the report.
 */
@Configuration(proxyBeanMethods = false)
class RequestFilesApi {

    static final long MAX_FILE = 10L * 1024 * 1024;

    private final RequestAttachments attachments;
    private final LabTests labTests;

    RequestFilesApi(RequestAttachments attachments, LabTests labTests) {
        this.attachments = attachments;
        this.labTests = labTests;
    }

    record QuoteBody(@Nullable BigDecimal cny, @Nullable LocalDate dueOn) {}

    record ReportBody(@Nullable UUID attachment, @Nullable String summary) {}

    record LabJson(int samples, String material, String standard, @Nullable BigDecimal quoteCny,
            @Nullable LocalDate quoteDueOn, boolean quoteAccepted, @Nullable UUID reportId) {

        static LabJson of(LabTest t) {
            return new LabJson(t.samples(), t.material(), t.standard(), t.quoteCny(), t.quoteDueOn(), t.accepted(),
                    t.reportId());
        }
    }

    @Bean
    ApiBodyLimit requestAttachmentBodyLimit() {
        return new ApiBodyLimit("/v1/requests/*/attachments", MAX_FILE, Duration.ofMinutes(2));
    }

    @Bean
    RouterFunction<ServerResponse> requestFileRoutes() {
        return RouterFunctions.route()
                .GET("/v1/requests/{id}/attachments", this::list)
                .POST("/v1/requests/{id}/attachments", this::attach)
                .GET("/v1/requests/{id}/attachments/{file}", this::download)
                .GET("/v1/requests/{id}/lab-test", this::labTest)
                .POST("/v1/requests/{id}/lab-test/quote", this::quote)
                .POST("/v1/requests/{id}/lab-test/accept", this::accept)
                .POST("/v1/requests/{id}/lab-test/report", this::report)
                .build();
    }

    Mono<ServerResponse> list(ServerRequest request) {
        UUID id = ApiRequests.pathId(request, RequestNotFound::new);
        return ApiActor.current().flatMap(actor -> attachments.list(actor, id).collectList())
                .flatMap(ApiResponses::items);
    }

    Mono<ServerResponse> attach(ServerRequest request) {
        UUID id = ApiRequests.pathId(request, RequestNotFound::new);
        String name = ApiRequests.text(request, "name").orElse("");
        boolean internal = ApiRequests.flag(request, "internal", false);
        return ApiActor.current().flatMap(actor -> RawBodies.read(request, MAX_FILE, RequestFilesApi::tooLarge)
                        .flatMap(bytes -> attachments.attach(actor, id, name, bytes, internal)))
                .flatMap(ApiResponses::json);
    }

    Mono<ServerResponse> download(ServerRequest request) {
        UUID id = ApiRequests.pathId(request, RequestNotFound::new);
        UUID file = uuid(request.pathVariable("file"));
        return ApiActor.current().flatMap(actor -> attachments.download(actor, id, file))
                .flatMap(ApiDownloads::attachment);
    }

    Mono<ServerResponse> labTest(ServerRequest request) {
        UUID id = ApiRequests.pathId(request, RequestNotFound::new);
        return ApiActor.current().flatMap(actor -> labTests.find(actor, id))
                .switchIfEmpty(Mono.error(RequestNotFound::new))
                .flatMap(t -> ApiResponses.json(LabJson.of(t)));
    }

    Mono<ServerResponse> quote(ServerRequest request) {
        UUID id = ApiRequests.pathId(request, RequestNotFound::new);
        return ApiActor.current().flatMap(actor -> ApiRequests.body(request, QuoteBody.class)
                        .flatMap(b -> labTests.quote(actor, id, RequestCodes.required(b.cny(), "cny"),
                                RequestCodes.required(b.dueOn(), "dueOn"))))
                .flatMap(t -> ApiResponses.json(LabJson.of(t)));
    }

    Mono<ServerResponse> accept(ServerRequest request) {
        UUID id = ApiRequests.pathId(request, RequestNotFound::new);
        return ApiActor.current().flatMap(actor -> ApiRequests.body(request, QuoteBody.class)
                        .flatMap(b -> labTests.acceptQuote(actor, id, RequestCodes.required(b.cny(), "cny"),
                                RequestCodes.required(b.dueOn(), "dueOn"))))
                .flatMap(t -> ApiResponses.json(LabJson.of(t)));
    }

    Mono<ServerResponse> report(ServerRequest request) {
        UUID id = ApiRequests.pathId(request, RequestNotFound::new);
        return ApiActor.current().flatMap(actor -> ApiRequests.body(request, ReportBody.class)
                        .flatMap(b -> labTests.report(actor, id, RequestCodes.required(b.attachment(), "attachment"),
                                RequestCodes.required(b.summary(), "summary"))))
                .flatMap(r -> ApiResponses.json(RequestJson.of(r), r.version()));
    }

    private static RuntimeException tooLarge() {
        return new InvalidInput(List.of(new FieldProblem("file", "request.attachment.too-large")));
    }

    private static UUID uuid(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw new AttachmentNotFound();
        }
    }
}
