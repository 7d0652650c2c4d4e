package org.exportalliance.portal.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.exportalliance.portal.account.Actor;
import org.exportalliance.portal.order.ExportOrder;
import org.exportalliance.portal.order.OrderDraft;
import org.exportalliance.portal.order.OrderLineDraft;
import org.exportalliance.portal.order.OrderService;
import org.exportalliance.portal.order.OrderStage;
import org.exportalliance.portal.platform.refusal.InvalidInput;
import org.exportalliance.portal.support.Actors;
import org.exportalliance.portal.support.Derivations;
import org.exportalliance.portal.support.Members;
import org.exportalliance.portal.support.PortalTest;
import org.exportalliance.portal.support.WonOrders;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;

/** Each test works in a year of its own (2003…), which no other test's orders reach. */
@PortalTest
class InsightServiceTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Autowired InsightService insight;
    @Autowired InsightWorkbooks workbooks;
    @Autowired OrderService orders;
    @Autowired WonOrders won;
    @Autowired Members members;
    @Autowired Actors actors;
    @Autowired DatabaseClient db;
    @Autowired Clock clock;

    @Test
    void a_market_and_month_one_firm_built_is_withheld_from_members_and_no_total_gives_it_away() {
        List<Actor> firms = newFirms(4);
        LocalDate jan = LocalDate.of(2003, 1, 10);
        LocalDate feb = LocalDate.of(2003, 2, 10);
        for (int i = 0; i < 3; i++) {
            won.won(firms.get(i), "IN", jan, "100000").block(WAIT);
            won.won(firms.get(i), "IN", feb, "200000").block(WAIT);
            won.won(firms.get(i), "TR", feb, "300000").block(WAIT);
        }
        won.won(firms.get(3), "TR", jan, "4321").block(WAIT);

        AllianceInsight seenByMember = insight.alliance(firms.get(0), 2003).block(WAIT);
        AllianceInsight seenByStaff = insight.alliance(actors.staff(), 2003).block(WAIT);

        Cell alone = row(seenByMember, "TR").months().get(0);
        assertThat(alone.withheld()).isTrue();
        assertThat(alone.figure()).as("members see no figure").isNull();
        assertThat(seenByMember.staffView()).isFalse();
        assertThat(row(seenByStaff, "TR").months().get(0).figure().cny()).isEqualByComparingTo("4321");
        assertThat(row(seenByStaff, "TR").months().get(0).withheld()).as("staff are told members do not see it")
                .isTrue();
        assertThat(shownCells(seenByMember)).as("some cells are shown, each built from three firms or more")
                .isNotEmpty().allSatisfy(f -> assertThat(f.firms()).isGreaterThanOrEqualTo(Tally.MIN_FIRMS));
        assertThat(Derivations.derivable(withheldPattern(seenByMember.markets()), 1, 0))
                .as("Türkiye's January from what the member sees").isFalse();
        assertNothingWithheldCanBeWorkedOut(seenByMember.markets());

        String memberFile = xlsxText(workbooks.alliance(firms.get(0), 2003, Locale.SIMPLIFIED_CHINESE).block(WAIT));
        String staffFile = xlsxText(workbooks.alliance(actors.staff(), 2003, Locale.SIMPLIFIED_CHINESE).block(WAIT));
        assertThat(memberFile).contains("不公开").doesNotContain(">4321.00<");
        assertThat(staffFile).contains(">4321.00<");
    }

    /** Every XML part of the workbook, as one text (character references resolved). */
    private static String xlsxText(InsightWorkbooks.InsightFile file) {
        StringBuilder text = new StringBuilder();
        try {
            Path xlsx = Files.createTempFile("insight", ".xlsx");
            Files.write(xlsx, file.content());
            try (ZipFile zip = new ZipFile(xlsx.toFile())) {
                for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                    text.append(new String(zip.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8));
                }
            } finally {
                Files.delete(xlsx);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return java.util.regex.Pattern.compile("&#x([0-9a-fA-F]+);").matcher(text)
                .replaceAll(m -> Character.toString(Integer.parseInt(m.group(1), 16)));
    }

    @Test
    void growth_is_given_only_where_the_viewer_sees_both_years() {
        List<Actor> firms = newFirms(4);
        for (int year = 2004; year <= 2005; year++) {
            for (Actor firm : firms.subList(0, 3)) {
                for (String market : List.of("VN", "IN")) {
                    for (int month = 3; month <= 5; month++) {
                        won.won(firm, market, LocalDate.of(year, month, 3), year == 2004 ? "100000" : "150000")
                                .block(WAIT);
                    }
                }
            }
            won.won(firms.get(3), "BR", LocalDate.of(year, 3, 9), year == 2004 ? "50000" : "90000").block(WAIT);
        }

        AllianceInsight member = insight.alliance(firms.get(1), 2005).block(WAIT);
        AllianceInsight memberLastYear = insight.alliance(firms.get(1), 2004).block(WAIT);
        AllianceInsight staff = insight.alliance(actors.staff(), 2005).block(WAIT);

        int given = 0;
        for (MarketRow now : member.markets().markets()) {
            MarketRow before = row(memberLastYear, now.market());
            for (int c = 0; c < 12; c++) {
                Cell cell = now.months().get(c);
                Cell last = before.months().get(c);
                boolean bothShown = cell.shown() && last.shown() && last.figure().cny().signum() > 0;
                assertThat(cell.growth() != null).as("%s month %d", now.market(), c + 1).isEqualTo(bothShown);
                if (bothShown) {
                    given++;
                    assertThat(cell.growth()).isEqualByComparingTo(AllianceTables.ratio(
                            cell.figure().cny().subtract(last.figure().cny()), last.figure().cny()));
                }
            }
        }
        assertThat(given).as("cells with growth").isPositive();
        assertThat(row(member, "BR").months().get(2).growth()).as("one firm's growth").isNull();
        assertThat(row(staff, "BR").months().get(2).growth()).isEqualByComparingTo("0.8");
        assertThat(member.years()).contains(2004, 2005, LocalDate.now(clock).getYear());
    }

    @Test
    void the_summaries_always_equal_the_orders_they_sum_up_through_confirmation_cancellation_and_edits() {
        Actor firm = newFirms(1).get(0);
        ExportOrder kept = won.won(firm, "PK", LocalDate.of(2006, 5, 5), "123456.78").block(WAIT);
        ExportOrder cancelled = won.won(firm, "PK", LocalDate.of(2006, 5, 6), "1000").block(WAIT);
        orders.advance(firm, cancelled.id(), cancelled.version(), OrderStage.CANCELLED, LocalDate.of(2006, 5, 7))
                .block(WAIT);
        long stamp = stampOf(2006);
        orders.advance(firm, kept.id(), kept.version(), OrderStage.IN_PRODUCTION, LocalDate.of(2006, 6, 1))
                .block(WAIT);
        assertThat(stampOf(2006)).as("a move between won stages leaves the cached year valid").isEqualTo(stamp);

        Map<String, BigDecimal> summary = values("""
                select month || destination || firm_id as key, cny, usd, orders from insight_won_month""");
        Map<String, BigDecimal> raw = values("""
                select date_trunc('month', fx_date)::date || destination_country || firm_id as key,
                       sum(insight_cents(total * fx_cny)) as cny, sum(insight_cents(total * fx_usd)) as usd,
                       count(*) as orders
                from export_order o where stage not in ('QUOTED', 'CANCELLED') group by 1""");
        assertThat(summary).isEqualTo(raw);
        assertThat(summary).containsEntry("2006-05-01PK" + firm.firmId() + "/cny", new BigDecimal("123456.78"));
        assertThat(summary).containsEntry("2006-05-01PK" + firm.firmId() + "/orders", BigDecimal.ONE);
    }

    @Test
    void an_order_confirmed_after_the_dashboard_was_read_is_in_the_very_next_read() {
        List<Actor> firms = newFirms(3);
        AllianceInsight before = insight.alliance(firms.get(0), 2010).block(WAIT);
        for (Actor firm : firms) {
            won.won(firm, "GH", LocalDate.of(2010, 6, 1), "10000").block(WAIT);
        }

        AllianceInsight after = insight.alliance(firms.get(0), 2010).block(WAIT);

        assertThat(before.markets().markets()).extracting(MarketRow::market).doesNotContain("GH");
        assertThat(row(after, "GH").year().figure().cny()).isEqualByComparingTo("30000");
    }

    @Test
    void a_firm_sees_its_own_orders_by_stage_market_and_attribution_and_nobody_elses() {
        List<Actor> firms = newFirms(2);
        won.won(firms.get(0), "EG", LocalDate.of(2007, 4, 2), "70000").block(WAIT);
        won.won(firms.get(1), "EG", LocalDate.of(2007, 4, 3), "90000").block(WAIT);

        FirmInsight own = insight.firm(firms.get(0), 2007).block(WAIT);

        assertThat(own.markets().markets()).extracting(MarketRow::market).containsExactly("EG");
        assertThat(own.markets().total().year().figure().cny()).isEqualByComparingTo("70000");
        assertThat(own.markets().total().months().get(3).withheld()).as("nothing withheld from a firm itself")
                .isFalse();
        assertThat(own.byAttribution()).extracting(FirmInsight.WonBy::key).containsExactly("DIRECT");
        assertThat(own.stages()).extracting(FirmInsight.StageCount::stage).containsExactly("CONFIRMED");
    }

    @Test
    void a_firms_stage_table_follows_the_chosen_year_and_its_won_value_never_includes_a_cancelled_order() {
        Actor firm = newFirms(1).get(0);
        won.won(firm, "PK", LocalDate.of(2011, 3, 1), "1000").block(WAIT);
        ExportOrder cancelled = won.won(firm, "PK", LocalDate.of(2011, 3, 2), "5000").block(WAIT);
        orders.advance(firm, cancelled.id(), cancelled.version(), OrderStage.CANCELLED, LocalDate.of(2011, 3, 5))
                .block(WAIT);
        orders.create(firm, quote(LocalDate.of(2011, 4, 1), "300")).block(WAIT);
        ExportOrder paid = won.won(firm, "PK", LocalDate.of(2012, 2, 1), "2000").block(WAIT);
        for (OrderStage stage : List.of(OrderStage.IN_PRODUCTION, OrderStage.SHIPPED, OrderStage.DELIVERED,
                OrderStage.PAID)) {
            paid = orders.advance(firm, paid.id(), paid.version(), stage, LocalDate.of(2012, 3, 1)).block(WAIT);
        }
        orders.create(firm, quote(LocalDate.of(2012, 5, 1), "700")).block(WAIT);

        FirmInsight y2011 = insight.firm(firm, 2011).block(WAIT);
        FirmInsight y2012 = insight.firm(firm, 2012).block(WAIT);

        // Open quotes by their quote day, won orders by their confirmation's, cancelled ones by the day they ended.
        assertThat(y2011.stages()).extracting(FirmInsight.StageCount::stage, FirmInsight.StageCount::orders,
                        s -> s.cny() == null ? null : s.cny().stripTrailingZeros().toPlainString())
                .containsExactly(tuple("QUOTED", 1L, null), tuple("CONFIRMED", 1L, "1000"),
                        tuple("CANCELLED", 1L, null));
        assertThat(y2012.stages()).extracting(FirmInsight.StageCount::stage, FirmInsight.StageCount::orders,
                        s -> s.cny() == null ? null : s.cny().stripTrailingZeros().toPlainString())
                .containsExactly(tuple("QUOTED", 1L, null), tuple("PAID", 1L, "2000"));
        assertThat(y2011.openQuotes()).extracting(q -> q.amount().stripTrailingZeros().toPlainString())
                .containsExactly("300");
        assertThat(y2012.openQuotes()).extracting(q -> q.amount().stripTrailingZeros().toPlainString())
                .containsExactly("700");
        // Every won figure agrees: the confirmed order alone, never the cancelled one.
        assertThat(y2011.markets().total().year().figure().cny()).isEqualByComparingTo("1000");
        assertThat(y2011.byAttribution()).singleElement()
                .satisfies(w -> assertThat(w.cny()).isEqualByComparingTo("1000"));
        assertThat(row(insight.alliance(actors.staff(), 2011).block(WAIT), "PK").year().figure().cny())
                .isEqualByComparingTo("1000");
    }

    @Test
    void a_year_outside_the_records_is_refused() {
        assertThatThrownBy(() -> insight.alliance(actors.member(), 1999).block(WAIT))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> insight.firm(actors.member(), LocalDate.now(clock).getYear() + 2).block(WAIT))
                .isInstanceOf(InvalidInput.class);
    }

    @Test
    void the_demo_alliance_shows_its_busy_markets_and_withholds_its_rare_ones() {
        int year = LocalDate.now(clock).getYear() - 1;
        AllianceInsight member = insight.alliance(actors.member2(), year).block(WAIT);

        assertThat(row(member, "IN").year().figure()).as("India, served by many firms").isNotNull();
        assertThat(member.markets().markets()).anySatisfy(r -> assertThat(r.year().withheld()).isTrue());
        assertNothingWithheldCanBeWorkedOut(member.markets());
        assertThat(member.fairs()).as("the ITM delegation, over").isNotEmpty();
        assertThat(member.fairs().get(0).netCostCny()).isEqualByComparingTo("262200.00");
    }

    static void assertNothingWithheldCanBeWorkedOut(MarketTable table) {
        boolean[][] withheld = withheldPattern(table);
        for (int r = 0; r < withheld.length; r++) {
            for (int c = 0; c < withheld[r].length; c++) {
                if (withheld[r][c]) {
                    assertThat(Derivations.derivable(withheld, r, c)).as("cell %d, %d", r, c).isFalse();
                }
            }
        }
    }

    /** The published table as the attacker sees it: which cells have no figure. */
    static boolean[][] withheldPattern(MarketTable table) {
        List<MarketRow> rows = new java.util.ArrayList<>(table.markets());
        rows.add(table.total());
        boolean[][] pattern = new boolean[rows.size()][13];
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < 12; c++) {
                pattern[r][c] = rows.get(r).months().get(c).figure() == null;
            }
            pattern[r][12] = rows.get(r).year().figure() == null;
        }
        return pattern;
    }

    private static MarketRow row(AllianceInsight insight, String market) {
        return insight.markets().markets().stream().filter(r -> market.equals(r.market())).findFirst().orElseThrow();
    }

    private List<Actor> newFirms(int count) {
        return reactor.core.publisher.Flux.range(0, count).concatMap(i -> members.newFirm("ins")).collectList()
                .block(WAIT);
    }

    private long stampOf(int year) {
        return db.sql("select version from insight_year_stamp where year = :year").bind("year", year)
                .map(row -> row.get("version", Long.class)).one().block(WAIT);
    }

    private Map<String, BigDecimal> values(String sql) {
        return db.sql(sql).map(row -> Map.of(
                        row.get("key", String.class) + "/cny", row.get("cny", BigDecimal.class),
                        row.get("key", String.class) + "/usd", row.get("usd", BigDecimal.class),
                        row.get("key", String.class) + "/orders", new BigDecimal(row.get("orders", Number.class)
                                .toString())))
                .all().flatMapIterable(Map::entrySet)
                .collectMap(Map.Entry::getKey, Map.Entry::getValue).block(WAIT).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().stripTrailingZeros(), (a, b) -> a,
                        java.util.TreeMap::new));
    }

    private static List<Figure> shownCells(AllianceInsight insight) {
        List<MarketRow> rows = new java.util.ArrayList<>(insight.markets().markets());
        rows.add(insight.markets().total());
        return rows.stream().flatMap(r -> java.util.stream.Stream.concat(r.months().stream(),
                        java.util.stream.Stream.of(r.year())))
                .map(Cell::figure).filter(f -> f != null && !f.isEmpty()).toList();
    }

    private static OrderDraft quote(LocalDate day, String cny) {
        return new OrderDraft("Quoted buyer", "PK", "CNY", "FOB", "Ningbo", "DIRECT", null, null, null, null,
                List.of(new OrderLineDraft("WEAVING", "Rapier loom", 1, new BigDecimal(cny))), day);
    }
}
