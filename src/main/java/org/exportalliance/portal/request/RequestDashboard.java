package org.exportalliance.portal.request;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import org.exportalliance.portal.account.Actor;
import org.exportalliance.portal.platform.refusal.FieldProblem;
import org.exportalliance.portal.platform.refusal.InvalidInput;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * The requests dashboard: open requests by age and deadline, and per month, unit and category the rates hotlines
 * are judged on with the median working times. Staff see every unit; a unit's members their units; other members
 * only the alliance-wide figures of months and categories at least {@value #MIN_FIRMS} firms filed in, the rule of
 * the insight dashboards, so no single firm's requests can be read off a figure.
 */
@Service
public class RequestDashboard {

    public static final int MIN_FIRMS = 3;
    static final int MAX_MONTHS = 36;

    private final RequestStatsRepository stats;
    private final Responders responders;
    private final Clock clock;

    RequestDashboard(RequestStatsRepository stats, Responders responders, Clock clock) {
        this.stats = stats;
        this.responders = responders;
        this.clock = clock;
    }

    /** What the actor may see of the requests, for the months from {@code from} to {@code to}, both included. */
    public record View(Scope scope, List<OpenFigures> open, List<MonthFigures> months) {}

    public enum Scope {
        ALL_UNITS,
        OWN_UNITS,
        ALLIANCE_WIDE
    }

    public Mono<View> view(Actor actor, YearMonth from, YearMonth to) {
        if (to.isBefore(from) || from.plusMonths(MAX_MONTHS).isBefore(to)) {
            return Mono.error(new InvalidInput(List.of(new FieldProblem("to", "request.dashboard.months"))));
        }
        ZoneId zone = clock.getZone();
        OffsetDateTime start = from.atDay(1).atStartOfDay(zone).toOffsetDateTime();
        OffsetDateTime end = to.plusMonths(1).atDay(1).atStartOfDay(zone).toOffsetDateTime();
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (actor.isStaff()) {
            return Mono.zip(stats.open(now, null).collectList(), stats.byUnit(start, end, zone, null).collectList())
                    .map(t -> new View(Scope.ALL_UNITS, t.getT1(), t.getT2()));
        }
        return responders.of(actor).map(ResponderUnit::id).collectList().flatMap(units -> units.isEmpty()
                ? stats.allianceWide(start, end, zone, MIN_FIRMS).collectList()
                        .map(months -> new View(Scope.ALLIANCE_WIDE, List.of(), months))
                : Mono.zip(stats.open(now, units).collectList(), stats.byUnit(start, end, zone, units).collectList())
                        .map(t -> new View(Scope.OWN_UNITS, t.getT1(), t.getT2())));
    }
}
