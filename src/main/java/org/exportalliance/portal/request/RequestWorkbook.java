package org.exportalliance.portal.request;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.exportalliance.portal.account.Actor;
import org.exportalliance.portal.platform.files.GeneratedFile;
import org.exportalliance.portal.platform.spreadsheet.Spreadsheet.Table;
import org.exportalliance.portal.platform.spreadsheet.Spreadsheet;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The requests dashboard as .xlsx, headed in the reader's language: the monthly figures (rates as fractions the sheet
 * formats, median times in working hours) and, for staff and units, the open requests. Only what the reader may see.
 */
@Service
public class RequestWorkbook {

    private final RequestDashboard dashboard;
    private final Responders responders;
    private final RequestCatalogRepository catalog;
    private final MessageSource messages;

    RequestWorkbook(RequestDashboard dashboard, Responders responders, RequestCatalogRepository catalog,
            MessageSource messages) {
        this.dashboard = dashboard;
        this.responders = responders;
        this.catalog = catalog;
        this.messages = messages;
    }

    public record File(String fileName, byte[] content) implements GeneratedFile {

        @Override
        public String mediaType() {
            return Spreadsheet.MEDIA_TYPE;
        }
    }

    public Mono<File> of(Actor actor, YearMonth from, YearMonth to, Locale locale) {
        return Mono.zip(dashboard.view(actor, from, to),
                        responders.all().collectMap(ResponderUnit::id, u -> u.name(locale)),
                        catalog.categories().collectMap(RequestCategory::code, c -> c.name(locale)))
                .publishOn(Schedulers.boundedElastic())
                .map(t -> new File(text(locale, "request.dashboard.file", from, to), Spreadsheet.of(
                        months(t.getT1().months(), t.getT2(), t.getT3(), locale),
                        open(t.getT1().open(), t.getT2(), locale)).toXlsx()));
    }

    private Table months(List<MonthFigures> rows, Map<UUID, String> units, Map<String, String> categories,
            Locale locale) {
        List<String> header = List.of(text(locale, "request.dashboard.month"), text(locale, "request.dashboard.unit"),
                text(locale, "request.field.category"), text(locale, "request.dashboard.filed"),
                text(locale, "request.dashboard.accepted-in-time"), text(locale, "request.dashboard.resolved-in-time"),
                text(locale, "request.dashboard.satisfied"), text(locale, "request.dashboard.median-accept"),
                text(locale, "request.dashboard.median-resolve"));
        List<List<@Nullable Object>> body = new ArrayList<>();
        for (MonthFigures f : rows) {
            body.add(Table.row(f.month().toString().substring(0, 7), unit(f.unitId(), units, locale),
                    MonthFigures.ALL_CATEGORIES.equals(f.category()) ? text(locale, "request.dashboard.all-categories")
                            : categories.getOrDefault(f.category(), f.category()), f.filed(), f.acceptedInTimeRate(),
                    f.resolvedInTimeRate(), f.satisfiedRate(), hours(f.medianAcceptSeconds()),
                    hours(f.medianResolveSeconds())));
        }
        return new Table(text(locale, "request.dashboard.months-sheet"), header, body);
    }

    private Table open(List<OpenFigures> rows, Map<UUID, String> units, Locale locale) {
        List<String> header = List.of(text(locale, "request.dashboard.unit"), text(locale, "request.dashboard.day"),
                text(locale, "request.dashboard.three-days"), text(locale, "request.dashboard.week"),
                text(locale, "request.dashboard.older"), text(locale, "request.dashboard.overdue"));
        Function<OpenFigures, List<@Nullable Object>> row = f -> Table.row(unit(f.unitId(), units, locale),
                f.underADay(), f.upToThreeDays(), f.upToAWeek(), f.older(), f.overdue());
        return new Table(text(locale, "request.dashboard.open-sheet"), header, rows.stream().map(row).toList());
    }

    private String unit(@Nullable UUID id, Map<UUID, String> units, Locale locale) {
        return id == null ? text(locale, "request.dashboard.no-unit") : units.getOrDefault(id, id.toString());
    }

    private static @Nullable Double hours(@Nullable Long seconds) {
        return seconds == null ? null : Math.round(seconds / 36.0) / 100.0;
    }

    private String text(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
