package org.exportalliance.portal.lead.export.api;

import java.util.Locale;
import org.exportalliance.portal.lead.LeadFilter;
import org.exportalliance.portal.lead.LeadSource;
import org.exportalliance.portal.lead.export.LeadExports;
import org.exportalliance.portal.platform.api.ApiActor;
import org.exportalliance.portal.platform.api.ApiDownloads;
import org.exportalliance.portal.platform.api.ApiRequests;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

/**
 * {@code GET /api/v1/leads/export.xlsx}: the leads the caller may see under the list's filters, as a workbook in the
 * language {@code lang} names (audited). The route comes before the other lead routes, so that
 * {@code /v1/leads/{id}} never takes {@code export.xlsx} for an id.
 */
@Configuration(proxyBeanMethods = false)
class LeadExportApi {

    private final LeadExports exports;

    LeadExportApi(LeadExports exports) {
        this.exports = exports;
    }

    @Bean
    @Order(0)
    RouterFunction<ServerResponse> leadExportRoutes() {
        return RouterFunctions.route()
                .GET("/v1/leads/export.xlsx", this::export)
                .build();
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
}
