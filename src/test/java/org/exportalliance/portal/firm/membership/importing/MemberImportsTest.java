package org.exportalliance.portal.firm.membership.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.exportalliance.portal.firm.membership.importing.MemberLists.ADMIN;
import static org.exportalliance.portal.firm.membership.importing.MemberLists.CATEGORIES;
import static org.exportalliance.portal.firm.membership.importing.MemberLists.CODE;
import static org.exportalliance.portal.firm.membership.importing.MemberLists.HEADERS_EN;
import static org.exportalliance.portal.firm.membership.importing.MemberLists.HEADERS_ZH;
import static org.exportalliance.portal.firm.membership.importing.MemberLists.KIND;
import static org.exportalliance.portal.firm.membership.importing.MemberLists.NAME_ZH;
import static org.exportalliance.portal.firm.membership.importing.MemberLists.csv;
import static org.exportalliance.portal.firm.membership.importing.MemberLists.row;
import static org.exportalliance.portal.firm.membership.importing.MemberLists.with;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.exportalliance.portal.account.Role;
import org.exportalliance.portal.audit.AuditService;
import org.exportalliance.portal.firm.FirmKind;
import org.exportalliance.portal.firm.membership.MemberFirm;
import org.exportalliance.portal.firm.membership.MembershipService;
import org.exportalliance.portal.firm.people.InvitationService;
import org.exportalliance.portal.firm.people.InviteeAddresses;
import org.exportalliance.portal.platform.refusal.NotPermitted;
import org.exportalliance.portal.support.Actors;
import org.exportalliance.portal.support.Enrolments;
import org.exportalliance.portal.support.PortalTest;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import reactor.test.StepVerifier;

@PortalTest
class MemberImportsTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Autowired MemberImports imports;
    @Autowired MembershipService members;
    @Autowired InvitationService invitations;
    @Autowired InviteeAddresses addresses;
    @Autowired AuditService audit;
    @Autowired Enrolments enrolments;
    @Autowired Actors actors;

    @Test
    void the_preview_names_every_rows_problems_by_row_and_field() {
        MemberFirm registered = enrolments.firm("registered");
        List<String> good = row("good", true);
        List<String> badCheck = with(row("check", false), CODE, MemberLists.wrongCheck(Enrolments.code()));
        List<String> twin = row("twin", false);
        List<String> twinAgain = with(row("twin2", false), CODE, twin.get(CODE).toLowerCase());
        List<String> known = with(row("known", false), CODE, registered.creditCode());
        List<String> unknownCategory = with(row("category", false), CATEGORIES, "织造机械|Weaving robots");
        List<String> badEmail = with(row("mail", true), ADMIN, "boss at firm");
        List<String> badKind = with(with(row("kind", false), KIND, "会长单位"), MemberLists.JOINED, "上周");
        List<String> sameName = with(row("name", false), NAME_ZH, registered.nameZh());

        MemberImportReport report = preview(csv(HEADERS_ZH, List.of(good, badCheck, twin, twinAgain, known,
                unknownCategory, badEmail, badKind, sameName)));

        assertThat(report.total()).isEqualTo(9);
        assertThat(report.importable()).isFalse();
        Map<Integer, List<String>> problems = report.rows().stream().collect(Collectors.toMap(MemberRow::row,
                r -> r.problems().stream().map(MemberImportsTest::describe).toList()));
        assertThat(problems.get(2)).as("the header is row 1").isEmpty();
        assertThat(problems.get(3)).containsExactly("creditCode firm.credit-code.bad-check-character");
        assertThat(problems.get(4)).containsExactly("creditCode members.import.duplicate.credit-code 5");
        assertThat(problems.get(5)).containsExactly("creditCode members.import.duplicate.credit-code 4");
        assertThat(problems.get(6)).containsExactly("creditCode firm.credit-code.taken");
        assertThat(problems.get(7)).containsExactly("categories[1] firm.category.unknown Weaving robots");
        assertThat(problems.get(8)).containsExactly("adminEmail validation.email");
        assertThat(problems.get(9)).containsExactly("kind members.import.kind.unknown 会长单位",
                "joinedOn members.import.joined-on.unreadable 上周");
        assertThat(problems.get(10)).containsExactly("nameZh firm.name.taken");
        assertThat(report.rows().getFirst().draft().categories()).containsExactly("WEAVING", "KNITTING");
        assertThat(report.rows().getFirst().draft().joinedOn()).isEqualTo(LocalDate.of(2023, 5, 8));
        assertThat(report.withProblems()).isEqualTo(8);
    }

    @Test
    void an_admin_address_in_use_or_twice_in_the_file_is_named() {
        MemberFirm firm = enrolments.firm("taken");
        String taken = enrolments.person(firm.id()).email();
        List<String> first = row("mail1", true);
        List<String> second = with(row("mail2", true), ADMIN, first.get(ADMIN).toUpperCase());
        List<String> account = with(row("mail3", true), ADMIN, taken);

        MemberImportReport report = preview(csv(HEADERS_ZH, List.of(first, second, account)));

        assertThat(report.rows()).extracting(r -> r.problems().stream().map(MemberImportsTest::describe).toList())
                .containsExactly(List.of("adminEmail members.import.duplicate.admin-email 3"),
                        List.of("adminEmail members.import.duplicate.admin-email 2"),
                        List.of("adminEmail members.import.admin-email.in-use"));
    }

    @Test
    void a_good_csv_with_english_headers_enrols_every_firm_and_invites_the_admins() {
        List<String> chainLeader = with(row("csv1", true), KIND, "CHAIN_LEADER");
        List<String> noAdmin = with(row("csv2", false), KIND, "");
        List<String> provider = with(row("csv3", true), KIND, "服务机构");
        MemberSheet sheet = imports.read(csv(HEADERS_EN, List.of(chainLeader, noAdmin, provider))).block(WAIT);

        MemberImportResult result = imports.run(actors.staff(), sheet).block(WAIT);

        assertThat(result.enrolled()).isEqualTo(3);
        assertThat(result.invited()).isEqualTo(2);
        assertThat(result.mailed()).as("no mail server in tests: links to pass on").isZero();
        assertThat(result.firms()).extracting(f -> f.firm().kind())
                .containsExactly(FirmKind.CHAIN_LEADER, FirmKind.MEMBER, FirmKind.SERVICE_PROVIDER);
        MemberFirm first = members.find(actors.staff(), result.firms().getFirst().firm().id()).block(WAIT);
        assertThat(first.creditCode()).isEqualTo(chainLeader.get(CODE));
        assertThat(first.tier()).isEqualTo("STANDARD");
        assertThat(first.categories()).containsExactlyInAnyOrder("WEAVING", "KNITTING");
        var invitation = result.firms().getFirst().invitation();
        assertThat(invitation.link()).contains("invitation?token=");
        assertThat(invitation.invitation().roles()).containsExactly(Role.FIRM_ADMIN);
        assertThat(invitation.invitation().locale()).isEqualTo("en");
        assertThat(invitations.ofFirm(actors.staff(), first.id()).collectList().block(WAIT))
                .extracting(i -> i.email()).containsExactly(chainLeader.get(ADMIN));
        assertThat(result.firms().get(1).invitation()).isNull();
        assertThat(audit.countFor(MemberImports.SUBJECT, result.importId()).block(WAIT)).isEqualTo(1);
        assertThat(audit.countFor("firm", first.id()).block(WAIT)).as("enrol's own entry").isEqualTo(1);
        assertThatThrownBy(() -> imports.run(actors.staff(), sheet).block(WAIT))
                .as("the same file again: every code is registered")
                .isInstanceOfSatisfying(MemberImportHasProblems.class,
                        e -> assertThat(e.report().withProblems()).isEqualTo(3));
    }

    @Test
    void a_good_xlsx_with_excel_dates_imports_every_row() {
        List<List<@Nullable Object>> rows = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            List<@Nullable Object> cells = new ArrayList<>(row("xlsx" + i, i == 0));
            cells.set(MemberLists.JOINED, LocalDate.of(2020, 1, 2 + i));
            codes.add((String) cells.get(CODE));
            rows.add(cells);
        }
        MemberSheet sheet = imports.read(MemberLists.xlsx(HEADERS_ZH, rows)).block(WAIT);

        MemberImportResult result = imports.run(actors.staff(), sheet).block(WAIT);

        assertThat(result.enrolled()).isEqualTo(3);
        assertThat(result.invited()).isEqualTo(1);
        assertThat(result.firms()).extracting(ImportedFirm::row).containsExactly(2, 3, 4);
        assertThat(result.firms()).extracting(f -> f.firm().joinedOn())
                .containsExactly(LocalDate.of(2020, 1, 2), LocalDate.of(2020, 1, 3), LocalDate.of(2020, 1, 4));
        assertThat(result.firms()).extracting(f -> f.firm().creditCode()).containsExactlyElementsOf(codes);
    }

    @Test
    void one_bad_row_and_nothing_is_saved_nor_anyone_invited() {
        List<String> good = row("whole1", true);
        List<String> bad = with(row("whole2", true), CODE, MemberLists.wrongCheck(Enrolments.code()));
        MemberSheet sheet = imports.read(csv(HEADERS_ZH, List.of(good, bad))).block(WAIT);

        assertThatThrownBy(() -> imports.run(actors.staff(), sheet).block(WAIT))
                .isInstanceOfSatisfying(MemberImportHasProblems.class, e -> {
                    assertThat(e.status()).isEqualTo(422);
                    assertThat(e.args()).containsExactly(1, 2);
                    assertThat(e.report().rows().get(1).problems()).extracting(RowProblem::field)
                            .containsExactly("creditCode");
                });

        assertThat(members.list(actors.staff(), null, good.get(CODE), 0, 10).collectList().block(WAIT)).isEmpty();
        assertThat(addresses.inUse(actors.staff(), List.of(good.get(ADMIN))).block(WAIT)).isEmpty();
    }

    @Test
    void only_staff_preview_or_import() {
        MemberSheet sheet = imports.read(csv(HEADERS_ZH, List.of(row("member", false)))).block(WAIT);
        imports.preview(actors.member(), sheet).as(StepVerifier::create).verifyError(NotPermitted.class);
        imports.run(actors.member(), sheet).as(StepVerifier::create).verifyError(NotPermitted.class);
        imports.template(actors.member(), java.util.Locale.ENGLISH).as(StepVerifier::create)
                .verifyError(NotPermitted.class);
    }

    @Test
    void the_template_is_headed_in_the_readers_language_and_reads_back_as_a_member_list() {
        for (var locale : List.of(java.util.Locale.SIMPLIFIED_CHINESE, java.util.Locale.ENGLISH)) {
            MemberImportTemplate template = imports.template(actors.staff(), locale).block(WAIT);
            List<String> headers = org.exportalliance.portal.platform.spreadsheet.SheetReader
                    .read(template.content(), 10, 50).cells().getFirst();
            assertThat(headers.stream().map(h -> MemberColumn.ofHeader(h).orElseThrow()).toList())
                    .containsExactly(MemberColumn.values());
            assertThat(headers.getFirst()).isEqualTo(locale.getLanguage().equals("zh") ? "中文名称" : "Name (Chinese)");
        }
    }

    private MemberImportReport preview(byte[] file) {
        return imports.read(file).flatMap(sheet -> imports.preview(actors.staff(), sheet)).block(WAIT);
    }

    private static String describe(RowProblem p) {
        return p.field() + " " + p.messageKey() + (p.value() == null ? "" : " " + p.value())
                + (p.otherRow() == null ? "" : " " + p.otherRow());
    }
}
