package org.exportalliance.portal.request.calendar.api;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.exportalliance.portal.platform.api.ApiActor;
import org.exportalliance.portal.platform.api.ApiRequests;
import org.exportalliance.portal.platform.api.ApiResponses;
import org.exportalliance.portal.request.calendar.WorkingCalendarRules;
import org.exportalliance.portal.request.calendar.WorkingCalendarService;
import org.exportalliance.portal.request.calendar.WorkingHours;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

/**
 * {@code /api/v1/working-calendar}: any signed-in user reads a year's days off and make-up working days, with the
 * working hours and zone they count in; staff set a day ({@code PUT …/{date}}, adding or replacing it) and remove one
 * ({@code DELETE …/{date}}). Both are idempotent by their nature, so they take no Idempotency-Key.
 */
@Configuration(proxyBeanMethods = false)
class WorkingCalendarApi {

    private final WorkingCalendarService calendar;
    private final Clock clock;

    WorkingCalendarApi(WorkingCalendarService calendar, Clock clock) {
        this.calendar = calendar;
        this.clock = clock;
    }

    @Bean
    RouterFunction<ServerResponse> workingCalendarRoutes() {
        return RouterFunctions.route()
                .GET("/v1/working-calendar", this::year)
                .PUT("/v1/working-calendar/{date}", this::put)
                .DELETE("/v1/working-calendar/{date}", this::delete)
                .build();
    }

    Mono<ServerResponse> year(ServerRequest request) {
        int year = ApiRequests.text(request, "year").map(WorkingCalendarApi::year)
                .orElseGet(() -> LocalDate.now(clock).getYear());
        WorkingHours hours = calendar.hours();
        return ApiActor.current()
                .then(calendar.days(year).map(CalendarDayJson::of).collectList())
                .flatMap(days -> {
                    Map<String, Object> body = new LinkedHashMap<>();
                    body.put("year", year);
                    body.put("timeZone", clock.getZone().getId());
                    body.put("workingHours", Map.of("opens", hours.opens().toString(),
                            "closes", hours.closes().toString()));
                    body.put("items", days);
                    return ApiResponses.json(body);
                });
    }

    Mono<ServerResponse> put(ServerRequest request) {
        LocalDate day = date(request);
        return ApiActor.staff().flatMap(actor -> ApiRequests.body(request, CalendarDayRequest.class)
                        .flatMap(body -> calendar.save(actor, body.toDraft(day))))
                .map(CalendarDayJson::of)
                .flatMap(ApiResponses::json);
    }

    Mono<ServerResponse> delete(ServerRequest request) {
        LocalDate day = date(request);
        return ApiActor.staff().flatMap(actor -> calendar.remove(actor, day))
                .then(ServerResponse.noContent().build());
    }

    private static int year(String text) {
        try {
            int year = Integer.parseInt(text);
            if (!WorkingCalendarRules.coversYear(year)) {
                throw ApiRequests.bad("year");
            }
            return year;
        } catch (NumberFormatException e) {
            throw ApiRequests.bad("year");
        }
    }

    /** The path's {@code {date}}, as 2026-10-01; anything else is a 400 naming it. */
    private static LocalDate date(ServerRequest request) {
        try {
            return LocalDate.parse(request.pathVariable("date"));
        } catch (DateTimeParseException e) {
            throw ApiRequests.bad("date");
        }
    }
}
