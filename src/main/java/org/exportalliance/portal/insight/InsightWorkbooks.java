package org.exportalliance.portal.insight;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
 * The dashboards' tables as .xlsx, headed in the reader's language: exactly what the viewer sees on screen, so a
 * withheld cell is the word "withheld", never its figure (staff's files carry every figure). Amounts are numbers.
 */
@Service
public class InsightWorkbooks {

    private final InsightService insight;
    private final MessageSource messages;

    InsightWorkbooks(InsightService insight, MessageSource messages) {
        this.insight = insight;
        this.messages = messages;
    }

    /** The alliance dashboard of {@code year}: markets in CNY and in USD, fair returns, lead conversion. */
    public Mono<InsightFile> alliance(Actor actor, int year, Locale locale) {
        return insight.alliance(actor, year).publishOn(Schedulers.boundedElastic())
                .map(a -> new InsightFile(text(locale, "insight.export.file", year), Spreadsheet.of(
                        markets(a.markets(), "CNY", locale), markets(a.markets(), "USD", locale),
                        fairs(a.fairs(), locale), conversion(a.conversion(), locale)).toXlsx()));
    }

    /** The actor's firm's dashboard of {@code year}. */
    public Mono<InsightFile> firm(Actor actor, int year, Locale locale) {
        return insight.firm(actor, year).publishOn(Schedulers.boundedElastic())
                .map(f -> new InsightFile(text(locale, "insight.firm.export.file", year), Spreadsheet.of(
                        stages(f, locale), markets(f.markets(), "CNY", locale), markets(f.markets(), "USD", locale),
                        wonBy(f.byAttribution(), "insight.firm.attribution.title", locale),
                        wonBy(f.byFair(), "insight.firm.fairs.title", locale),
                        wonBy(f.bySource(), "insight.firm.sources.title", locale)).toXlsx()));
    }

    private Table markets(MarketTable table, String currency, Locale locale) {
        List<String> header = new ArrayList<>();
        header.add(text(locale, "insight.column.market"));
        for (Month month : Month.values()) {
            header.add(month.getDisplayName(TextStyle.SHORT, locale));
        }
        header.add(text(locale, "insight.column.year"));
        header.add(text(locale, "insight.column.growth"));
        List<MarketRow> rows = new ArrayList<>(table.markets());
        rows.sort(InsightLabels.byMarketName(locale));
        rows.add(table.total());
        List<List<@Nullable Object>> out = new ArrayList<>();
        for (MarketRow row : rows) {
            List<@Nullable Object> line = new ArrayList<>();
            line.add(row.market() == null ? text(locale, "insight.total") : InsightLabels.market(row.market(), locale));
            row.months().forEach(cell -> line.add(value(cell, currency, locale)));
            line.add(value(row.year(), currency, locale));
            line.add(row.year().growth());
            out.add(line);
        }
        return new Table(table.year() + " " + currency, header, out);
    }

    private Table fairs(List<FairReturn> fairs, Locale locale) {
        List<String> header = new ArrayList<>(List.of(text(locale, "insight.fairs.delegation"),
                text(locale, "insight.fairs.ended"), text(locale, "insight.fairs.cost")));
        for (int days : FairReturn.WINDOW_DAYS) {
            header.add(text(locale, "insight.fairs.window", days));
            header.add(text(locale, "insight.fairs.return"));
        }
        List<List<@Nullable Object>> out = new ArrayList<>();
        for (FairReturn fair : fairs) {
            List<@Nullable Object> line = new ArrayList<>(List.of(
                    "zh".equals(locale.getLanguage()) ? fair.titleZh() : fair.titleEn(), fair.fairEnded(),
                    fair.netCostCny()));
            for (FairReturn.Window window : fair.windows()) {
                line.add(value(window.won(), "CNY", locale));
                line.add(window.returnOnCost());
            }
            out.add(line);
        }
        return new Table(text(locale, "insight.fairs.title"), header, out);
    }

    private Table conversion(List<ConversionRow> rows, Locale locale) {
        List<String> header = List.of(text(locale, "insight.conversion.source"),
                text(locale, "insight.conversion.open"), text(locale, "insight.conversion.won"),
                text(locale, "insight.conversion.lost"), text(locale, "insight.conversion.claims"),
                text(locale, "insight.conversion.rate"));
        List<List<@Nullable Object>> out = new ArrayList<>();
        for (ConversionRow row : rows) {
            out.add(Table.row(row.source() == null ? text(locale, "insight.total")
                            : text(locale, "lead.source." + row.source()),
                    count(row.open(), locale), count(row.won(), locale), count(row.lost(), locale),
                    count(row.claims(), locale), row.conversion()));
        }
        return new Table(text(locale, "insight.conversion.title"), header, out);
    }

    private Table stages(FirmInsight firm, Locale locale) {
        List<List<@Nullable Object>> out = new ArrayList<>();
        for (FirmInsight.StageCount stage : firm.stages()) {
            out.add(Table.row(text(locale, "order.stage." + stage.stage()), stage.orders(), stage.cny()));
        }
        return new Table(text(locale, "insight.firm.stages.title"), List.of(text(locale, "insight.firm.stage"),
                text(locale, "insight.column.orders"), text(locale, "insight.firm.value")), out);
    }

    private Table wonBy(List<FirmInsight.WonBy> rows, String title, Locale locale) {
        List<List<@Nullable Object>> out = new ArrayList<>();
        for (FirmInsight.WonBy row : rows) {
            out.add(Table.row(InsightLabels.wonBy(row, locale, messages), row.orders(), row.cny(), row.usd()));
        }
        return new Table(text(locale, title), List.of(text(locale, "insight.firm.key"),
                text(locale, "insight.column.orders"), "CNY", "USD"), out);
    }

    private @Nullable Object value(Cell cell, String currency, Locale locale) {
        if (cell.figure() == null) {
            return text(locale, "insight.withheld");
        }
        if (cell.figure().isEmpty()) {
            return null;
        }
        return "USD".equals(currency) ? cell.figure().usd() : cell.figure().cny();
    }

    private @Nullable Object count(Cell cell, Locale locale) {
        return cell.figure() == null ? text(locale, "insight.withheld") : cell.figure().count();
    }

    private String text(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    /** A dashboard's workbook. */
    public record InsightFile(String fileName, byte[] content) implements GeneratedFile {

        @Override
        public String mediaType() {
            return Spreadsheet.MEDIA_TYPE;
        }
    }
}
