package org.exportalliance.portal.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import org.exportalliance.portal.account.Actor;
import org.exportalliance.portal.platform.refusal.ChangedConcurrently;
import org.exportalliance.portal.platform.refusal.InvalidInput;
import org.exportalliance.portal.platform.refusal.NotPermitted;
import org.exportalliance.portal.support.Actors;
import org.exportalliance.portal.support.PortalTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Files on requests, the lab's quote and report, and a returned request filed again, on the real database: each file
 * is known by its bytes and served only to those who may see the request, internal ones never to the firm.
 */
@PortalTest
class RequestFilesTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    static final byte[] PDF = "%PDF-1.7\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF".getBytes(StandardCharsets.US_ASCII);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0};

    @Autowired RequestService requests;
    @Autowired RequestTriage triage;
    @Autowired RequestHandling handling;
    @Autowired RequestAttachments attachments;
    @Autowired LabTests labTests;
    @Autowired Responders responders;
    @Autowired Actors actors;
    @Autowired Clock clock;

    @Test
    void files_are_known_by_their_bytes_and_internal_ones_never_reach_the_firm() {
        Actor member = actors.member();
        Actor staff = actors.staff();
        ServiceRequest r = requests.file(member, draft("CUSTOMS")).block(WAIT);

        Attachment invoice = attachments.attach(member, r.id(), "C:\\单据\\商业发票.pdf", PDF, false).block(WAIT);
        assertThat(invoice.fileName()).isEqualTo("商业发票.pdf");
        assertThat(invoice.contentType()).isEqualTo("application/pdf");
        Attachment photo = attachments.attach(staff, r.id(), "铭牌照片", PNG, true).block(WAIT);
        assertThat(photo.fileName()).isEqualTo("铭牌照片.png");

        assertThat(attachments.list(member, r.id()).map(Attachment::id).collectList().block(WAIT))
                .containsExactly(invoice.id());
        assertThat(attachments.list(staff, r.id()).map(Attachment::id).collectList().block(WAIT))
                .containsExactly(invoice.id(), photo.id());
        assertThat(attachments.download(member, r.id(), invoice.id()).block(WAIT).content()).isEqualTo(PDF);
        assertThatThrownBy(() -> attachments.download(member, r.id(), photo.id()).block(WAIT))
                .isInstanceOf(AttachmentNotFound.class);
        assertThatThrownBy(() -> attachments.download(actors.member2(), r.id(), invoice.id()).block(WAIT))
                .isInstanceOf(RequestNotFound.class);
        assertThatThrownBy(() -> attachments.attach(member, r.id(), "x.pdf", "hello".getBytes(), false).block(WAIT))
                .as("a text file named .pdf").isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> attachments.attach(member, r.id(), "x.png", PNG, true).block(WAIT))
                .as("the firm keeps nothing internal").isInstanceOf(NotPermitted.class);
        assertThatThrownBy(() -> attachments.attach(member, r.id(), "", PDF, false).block(WAIT))
                .isInstanceOf(InvalidInput.class);
    }

    @Test
    void the_lab_quotes_the_firm_accepts_what_it_saw_and_the_report_resolves_the_request() {
        Actor firm = actors.member2();
        Actor lab = actors.of("lab");
        UUID labUnit = responders.all().filter(u -> u.kind() == ResponderUnit.Kind.LAB).map(ResponderUnit::id)
                .blockFirst(WAIT);
        ServiceRequest filed = requests.file(firm, new RequestDraft("LAB_TEST", "色牢度检测 " + UUID.randomUUID(),
                "两批染色布。", Priority.NORMAL, null, new LabSamples(2, "棉布", "GB/T 3921-2008"))).block(WAIT);
        ServiceRequest accepted = triage.accept(actors.staff(), filed.id(), filed.version()).block(WAIT);
        ServiceRequest dispatched = triage.dispatch(actors.staff(), filed.id(), accepted.version(), labUnit)
                .block(WAIT);
        handling.take(lab, filed.id(), dispatched.version()).block(WAIT);
        LocalDate due = LocalDate.now(clock).plusDays(7);

        LabTest quoted = labTests.quote(lab, filed.id(), new BigDecimal("1800.00"), due).block(WAIT);
        assertThat(quoted.quoted()).isTrue();
        assertThatThrownBy(() -> labTests.quote(firm, filed.id(), BigDecimal.ONE, due).block(WAIT))
                .isInstanceOf(NotPermitted.class);
        assertThatThrownBy(() -> labTests.acceptQuote(firm, filed.id(), new BigDecimal("1500.00"), due).block(WAIT))
                .as("not the quote the firm saw").isInstanceOf(ChangedConcurrently.class);
        LabTest agreed = labTests.acceptQuote(firm, filed.id(), new BigDecimal("1800"), due).block(WAIT);
        assertThat(agreed.accepted()).isTrue();

        Attachment report = attachments.attach(lab, filed.id(), "检测报告.pdf", PDF, false).block(WAIT);
        ServiceRequest resolved = labTests.report(lab, filed.id(), report.id(), "两批均达到 4 级。").block(WAIT);
        assertThat(resolved.status()).isEqualTo(RequestStatus.RESOLVED);
        assertThat(labTests.find(firm, filed.id()).block(WAIT).reportId()).isEqualTo(report.id());
        assertThat(requests.history(firm, filed.id()).map(RequestEvent::kind).collectList().block(WAIT))
                .contains(RequestEvent.Kind.QUOTED, RequestEvent.Kind.QUOTE_ACCEPTED, RequestEvent.Kind.ATTACHED,
                        RequestEvent.Kind.REPORT_ATTACHED, RequestEvent.Kind.RESOLVED);
    }

    @Test
    void a_returned_request_is_filed_again_by_its_firm_only() {
        Actor member = actors.member();
        ServiceRequest filed = requests.file(member, draft("OTHER")).block(WAIT);
        ServiceRequest returned = triage.returnToFirm(actors.staff(), filed.id(), filed.version(), "请补充国家")
                .block(WAIT);
        assertThatThrownBy(() -> requests.refile(actors.member2(), filed.id(), returned.version(), draft("OTHER"))
                .block(WAIT)).isInstanceOf(RequestNotFound.class);

        ServiceRequest again = requests.refile(member, filed.id(), returned.version(), new RequestDraft(null,
                "海外仓推荐（墨西哥）", "目标国家墨西哥，约 40 立方米。", Priority.HIGH, null, null)).block(WAIT);
        assertThat(again.status()).isEqualTo(RequestStatus.SUBMITTED);
        assertThat(again.title()).isEqualTo("海外仓推荐（墨西哥）");
        assertThat(again.category()).as("kept").isEqualTo("OTHER");
        assertThat(again.state().returnReason()).isNull();
        assertThat(again.state().acceptDueAt()).isNotNull();
        assertThatThrownBy(() -> requests.refile(member, filed.id(), again.version(), draft("OTHER")).block(WAIT))
                .isInstanceOf(IllegalRequestStep.class);
    }

    private static RequestDraft draft(String category) {
        return new RequestDraft(category, "单据核对 " + UUID.randomUUID(), "请协助核对。", Priority.NORMAL, null, null);
    }
}
