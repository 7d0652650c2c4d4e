package org.exportalliance.portal.lead.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.exportalliance.portal.account.Actor;
import org.exportalliance.portal.lead.Lead;
import org.exportalliance.portal.lead.LeadDraft;
import org.exportalliance.portal.lead.LeadFilter;
import org.exportalliance.portal.lead.LeadService;
import org.exportalliance.portal.lead.Visibility;
import org.exportalliance.portal.lead.claim.ClaimService;
import org.exportalliance.portal.platform.i18n.PortalLocales;
import org.exportalliance.portal.support.Actors;
import org.exportalliance.portal.support.Leads;
import org.exportalliance.portal.support.PortalTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;

@PortalTest
class LeadExportsTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Autowired LeadExports exports;
    @Autowired LeadService leads;
    @Autowired ClaimService claims;
    @Autowired Actors actors;
    @Autowired DatabaseClient db;

    static List<Row> rows(byte[] xlsx) throws IOException {
        try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            return book.getFirstSheet().read();
        }
    }

    private static LeadFilter text(String text) {
        return new LeadFilter(null, null, null, text, false);
    }

    private static LeadDraft withNotes(LeadDraft d, String notes) {
        return new LeadDraft(d.companyName(), d.country(), d.city(), d.website(), d.contacts(), d.categories(),
                d.estimatedValue(), d.currency(), d.source(), d.fairId(), notes, d.visibility(), d.shareFirms(),
                d.shareCategories());
    }

    @Test
    void an_export_holds_exactly_the_leads_the_user_may_see_without_contacts() throws IOException {
        Actor member = actors.member();
        String word = Leads.uniqueName().split(" ")[0];
        Lead hidden = leads.create(member, Leads.draft(word + " Privata", "IT", Visibility.PRIVATE)).block(WAIT).lead();
        Lead shared = leads.create(actors.of("leader"), Leads.draft(word + " Aperta", "IT", Visibility.ALLIANCE))
                .block(WAIT).lead();

        LeadExport forMember2 = exports.export(actors.member2(), text(word), PortalLocales.ENGLISH).block(WAIT);
        LeadExport forMember = exports.export(member, text(word), PortalLocales.ENGLISH).block(WAIT);
        LeadExport forStaff = exports.export(actors.staff(), text(word), PortalLocales.CHINESE).block(WAIT);

        assertThat(forMember2.rows()).isEqualTo(1);
        List<Row> sheet = rows(forMember2.content());
        assertThat(sheet.getFirst().getCellText(0)).isEqualTo("Company");
        assertThat(sheet).extracting(r -> r.getCellText(0)).containsExactly("Company", shared.companyName());
        assertThat(forMember2.fileName()).startsWith("leads-").endsWith(".xlsx");
        // No contact ever: the export is not a reveal.
        assertThat(sheet).flatExtracting(r -> r.stream().map(c -> c == null ? "" : c.getText()).toList())
                .noneMatch(text -> text.contains("Marco Bianchi"));
        assertThat(forMember.rows()).isEqualTo(2);
        assertThat(rows(forMember.content())).extracting(r -> r.getCellText(0))
                .contains(hidden.companyName(), shared.companyName());
        assertThat(forStaff.rows()).isEqualTo(2);
        assertThat(rows(forStaff.content()).getFirst().getCellText(0)).isEqualTo("公司名称");
        assertThat(forStaff.fileName()).startsWith("线索-");
    }

    @Test
    void text_that_a_spreadsheet_would_run_as_a_formula_is_written_as_inert_text() throws IOException {
        Actor member = actors.member();
        String word = Leads.uniqueName().split(" ")[0];
        String evil = "=HYPERLINK(\"http://evil.example\",\"" + word + "\")";
        leads.create(member, withNotes(Leads.draft(evil, "IT", Visibility.PRIVATE), "+1 call back")).block(WAIT);
        leads.create(member, withNotes(Leads.draft("@SUM(1+1) " + word, "IT", Visibility.PRIVATE), "-2 units"))
                .block(WAIT);

        LeadExport export = exports.export(member, text(word), PortalLocales.ENGLISH).block(WAIT);

        List<Row> sheet = rows(export.content());
        assertThat(sheet).hasSize(3);
        for (Row row : sheet.subList(1, 3)) {
            assertThat(row.getCell(0).getType()).isEqualTo(CellType.STRING);
            assertThat(row.getCell(0).getFormula()).isNull();
            assertThat(row.getCell(0).getText()).startsWith("'");
            assertThat(row.getCell(12).getText()).startsWith("'");
        }
        assertThat(sheet).extracting(r -> r.getCellText(0)).contains("'" + evil, "'@SUM(1+1) " + word);
        assertThat(sheet).extracting(r -> r.getCellText(12)).contains("'+1 call back", "'-2 units");
        assertThat(SafeText.of("Tessitura Rossi")).isEqualTo("Tessitura Rossi");
        assertThat(SafeText.of("\tx")).isEqualTo("'\tx");
        assertThat(SafeText.of("＝1+1")).isEqualTo("'＝1+1");
    }

    @Test
    void every_export_is_audited_with_its_row_count_and_filter_and_no_lead_data() {
        Actor member = actors.member();
        String word = Leads.uniqueName().split(" ")[0];
        leads.create(member, Leads.draft(word + " Uno", "FR", Visibility.PRIVATE)).block(WAIT);

        exports.export(member, new LeadFilter("FR", "WEAVING", null, word, true), PortalLocales.ENGLISH).block(WAIT);

        String detail = db.sql("select detail from audit_event where action = 'lead.exported' and actor_id = :me "
                        + "and detail like :filter order by id desc limit 1")
                .bind("me", member.userId()).bind("filter", "%text=" + word + "%")
                .map(r -> r.get(0, String.class)).one().block(WAIT);
        assertThat(detail).isEqualTo("rows=1 filter=country=FR;category=WEAVING;text=" + word + ";own=true");
    }

    @Test
    void another_members_claim_shows_as_the_blind_signal_only() throws IOException {
        String word = Leads.uniqueName().split(" ")[0];
        Lead lead = leads.create(actors.of("leader"), Leads.draft(word + " Tessile", "IT", Visibility.ALLIANCE,
                "WEAVING")).block(WAIT).lead();
        claims.claim(actors.member2(), lead.id(), Set.of("WEAVING")).block(WAIT);

        List<Row> sheet = rows(exports.export(actors.member(), text(word), PortalLocales.ENGLISH).block(WAIT)
                .content());

        assertThat(sheet.get(0).getCellText(11)).isEqualTo("Registration");
        assertThat(sheet.get(1).getCellText(11)).startsWith("Registered by another member for Weaving until 20");
        assertThat(sheet.get(1).getCellText(10)).as("not the member's own lead").isEmpty();
    }
}
