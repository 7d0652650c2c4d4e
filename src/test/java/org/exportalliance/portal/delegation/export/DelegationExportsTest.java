package org.exportalliance.portal.delegation.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.exportalliance.portal.delegation.AllocationPolicy;
import org.exportalliance.portal.delegation.Delegation;
import org.exportalliance.portal.delegation.DelegationService;
import org.exportalliance.portal.delegation.ledger.CostItemDraft;
import org.exportalliance.portal.delegation.ledger.CostKind;
import org.exportalliance.portal.delegation.ledger.LedgerService;
import org.exportalliance.portal.delegation.ledger.SplitRule;
import org.exportalliance.portal.delegation.ledger.Statement;
import org.exportalliance.portal.delegation.pavilion.BoothDraft;
import org.exportalliance.portal.fair.FairService;
import org.exportalliance.portal.firm.FirmService;
import org.exportalliance.portal.platform.refusal.NotPermitted;
import org.exportalliance.portal.support.Actors;
import org.exportalliance.portal.support.ApiClient;
import org.exportalliance.portal.support.Delegations;
import org.exportalliance.portal.support.PortalTest;
import org.exportalliance.portal.support.Travellers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import reactor.test.StepVerifier;

@PortalTest
class DelegationExportsTest {

    @Autowired DelegationExports exports;
    @Autowired LedgerService ledger;
    @Autowired DelegationService delegations;
    @Autowired FairService fairs;
    @Autowired FirmService firms;
    @Autowired Actors actors;
    @Autowired org.exportalliance.portal.delegation.pavilion.PavilionService pavilion;
    @Autowired org.exportalliance.portal.logistics.traveller.TravellerService travellers;
    @LocalServerPort int port;

    private Delegation withThreeFirmsAndCosts() {
        Delegation d = Delegations.open(fairs, delegations, actors.staff(), 5, "100", 20, AllocationPolicy.FIFO);
        delegations.apply(actors.member(), d.id(), Delegations.application(2, "18")).block();
        delegations.apply(actors.member2(), d.id(), Delegations.application(3, "9")).block();
        delegations.apply(actors.of("leader"), d.id(), Delegations.application(1, "27")).block();
        ledger.addItem(actors.staff(), d.id(), new CostItemDraft(CostKind.INTERPRETERS, "三名翻译",
                new BigDecimal("10000.00"), SplitRule.EQUAL)).block();
        ledger.addItem(actors.staff(), d.id(), new CostItemDraft(CostKind.SUBSIDY, "县商务局补贴",
                new BigDecimal("6000.00"), SplitRule.PER_TRAVELLER)).block();
        return d;
    }

    private static List<Row> rows(byte[] xlsx, int sheet) throws IOException {
        try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet s = book.getSheets().toList().get(sheet);
            return s.read();
        }
    }

    private static BigDecimal number(Row row, int cell) {
        return row.getCellAsNumber(cell).orElseThrow();
    }

    @Test
    void the_statements_workbook_reads_back_with_each_firms_total_and_every_line_in_chinese() throws IOException {
        Delegation d = withThreeFirmsAndCosts();
        DelegationExport export = exports.statements(actors.staff(), d.id(), Locale.SIMPLIFIED_CHINESE).block();
        assertThat(export.fileName()).endsWith("费用结算.xlsx").startsWith(d.titleZh());

        Map<String, BigDecimal> expected = ledger.allStatements(actors.staff(), d.id()).collectList().block()
                .stream().collect(Collectors.toMap(s -> firmName(s), Statement::totalCny));
        List<Row> summary = rows(export.content(), 0);
        assertThat(summary.getFirst().getCellText(0)).isEqualTo("企业");
        List<Row> firmRows = summary.subList(1, summary.size() - 1);
        assertThat(firmRows).hasSize(3);
        for (Row row : firmRows) {
            assertThat(number(row, 3)).as(row.getCellText(0))
                    .isEqualByComparingTo(expected.get(row.getCellText(0)));
        }
        Row total = summary.getLast();
        assertThat(total.getCellText(0)).isEqualTo("合计");
        assertThat(number(total, 3)).isEqualByComparingTo(
                expected.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add));
        assertThat(firmRows).extracting(r -> r.getCellText(0))
                .contains(firms.firmOf(actors.member()).block().nameZh());

        List<Row> lines = rows(export.content(), 1);
        BigDecimal interpreterShares = lines.stream().skip(1)
                .filter(r -> r.getCellText(2).equals("三名翻译"))
                .map(r -> number(r, 5))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(interpreterShares).as("the shares in the file add up to the item exactly")
                .isEqualByComparingTo("10000.00");
        assertThat(lines).anySatisfy(r -> assertThat(r.getCellText(3)).isEqualTo("按人数"));
    }

    @Test
    void staff_download_it_over_the_api_in_english_and_firms_may_not() throws IOException {
        Delegation d = withThreeFirmsAndCosts();
        var api = ApiClient.on(port);
        byte[] xlsx = api.get().uri("/v1/delegations/" + d.id() + "/statements.xlsx")
                .headers(h -> {
                    h.setBearerAuth(ApiClient.token(port, "staff"));
                    h.set("Accept-Language", "en");
                })
                .exchange()
                .expectStatus().isOk()
                .expectHeader().contentType(org.exportalliance.portal.platform.spreadsheet.Spreadsheet.MEDIA_TYPE)
                .expectHeader().value("Content-Disposition", v -> assertThat(v).startsWith("attachment")
                        .contains("filename*=UTF-8''").contains("Statements.xlsx"))
                .expectBody(byte[].class).returnResult().getResponseBody();
        assertThat(rows(xlsx, 0).getFirst().getCellText(0)).isEqualTo("Firm");
        assertThat(rows(xlsx, 0)).anySatisfy(r -> assertThat(r.getCellText(0))
                .isEqualTo(firms.firmOf(actors.member2()).block().nameEn()));

        api.get().uri("/v1/delegations/" + d.id() + "/statements.xlsx")
                .headers(h -> h.setBearerAuth(ApiClient.token(port, "member")))
                .exchange().expectStatus().isForbidden();
        exports.statements(actors.member(), d.id(), Locale.ENGLISH).as(StepVerifier::create)
                .expectError(NotPermitted.class).verify();
    }

    @Test
    void the_roster_lists_firms_with_their_booths_and_travellers_in_chinese_and_latin_script() throws IOException {
        Delegation d = Delegations.open(fairs, delegations, actors.staff(), 1, "100", 20, AllocationPolicy.FIFO);
        var approved = delegations.apply(actors.member(), d.id(), Delegations.application(2, "18")).block();
        delegations.apply(actors.member2(), d.id(), Delegations.application(3, "9")).block();
        var booth = pavilion.add(actors.staff(), d.id(), new BoothDraft("A01", new BigDecimal("18"), 0, 0, null))
                .block();
        pavilion.assign(actors.staff(), booth.id(), booth.version(), approved.id()).block();
        travellers.add(actors.member(), d.id(), Travellers.zhangWei()).block();
        travellers.add(actors.member(), d.id(), Travellers.draft("SCHMIDT JONAS", null, "DE", "C01X00T47",
                java.time.LocalDate.now().plusYears(6))).block();

        List<Row> zh = rows(exports.roster(actors.staff(), d.id(), Locale.SIMPLIFIED_CHINESE).block().content(), 0);
        assertThat(zh.getFirst().getCellText(1)).isEqualTo("状态");
        assertThat(zh).hasSize(3);
        assertThat(zh.get(1).getCellText(0)).isEqualTo(firms.firmOf(actors.member()).block().nameZh());
        assertThat(zh.get(1).getCellText(1)).isEqualTo("已录取");
        assertThat(number(zh.get(1), 3)).isEqualByComparingTo("18");
        assertThat(zh.get(2).getCellText(0)).isEqualTo(firms.firmOf(actors.member2()).block().nameZh());
        assertThat(zh.get(2).getCellText(1)).isEqualTo("候补中");
        assertThat(zh.get(2).getCellText(6)).as("the reason, rendered").isNotBlank().doesNotContain("auto:");

        assertThat(zh.get(1).getCellText(4)).as("booths").isEqualTo("A01");
        List<Row> people = rows(exports.roster(actors.staff(), d.id(), Locale.SIMPLIFIED_CHINESE).block().content(), 1);
        assertThat(people.getFirst().getCellText(1)).isEqualTo("姓名（护照拼写）");
        assertThat(people).extracting(r -> r.getCellText(1)).contains("ZHANG WEI", "SCHMIDT JONAS");
        Row zhang = people.stream().filter(r -> r.getCellText(1).equals("ZHANG WEI")).findFirst().orElseThrow();
        assertThat(zhang.getCellText(2)).isEqualTo("张伟");
        assertThat(zhang.getCellText(5)).as("masked").contains("*").doesNotContain(
                Travellers.zhangWei().passportNumber());
        assertThat(zhang.getCellText(9)).isEqualTo("未开始");

        List<Row> en = rows(exports.roster(actors.staff(), d.id(), Locale.ENGLISH).block().content(), 0);
        assertThat(en.get(1).getCellText(0)).isEqualTo(firms.firmOf(actors.member()).block().nameEn());
        exports.roster(actors.member(), d.id(), Locale.ENGLISH).as(StepVerifier::create)
                .expectError(NotPermitted.class).verify();
    }

    private String firmName(Statement s) {
        return firms.all().filter(f -> f.id().equals(s.firmId())).blockFirst().nameZh();
    }
}
