package org.exportalliance.portal.request.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.exportalliance.portal.support.UiTasks.await;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.notification.Notification;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.exportalliance.portal.fair.ui.FairCatalogueView;
import org.exportalliance.portal.request.Attachment;
import org.exportalliance.portal.request.RequestAttachments;
import org.exportalliance.portal.request.ServiceRequest;
import org.exportalliance.portal.support.Actors;
import org.exportalliance.portal.support.BrowserlessPortalTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Files on a request's page: the firm adds a PDF and sees its link; a text file dressed as a PDF is refused once and
 * nothing is added; staff may keep a file internal, and the firm never sees it.
 */
@BrowserlessPortalTest
class RequestFilesViewTest extends SpringBrowserlessTest {

    private static final Duration WAIT = Duration.ofSeconds(20);
    static final byte[] PDF = "%PDF-1.7\n%%EOF".getBytes(StandardCharsets.US_ASCII);

    @Autowired RequestPageSupport support;
    @Autowired RequestAttachments attachments;
    @Autowired Actors actors;

    private List<String> links(RequestView view) {
        return view.files.files.getChildren().flatMap(row -> row.getChildren())
                .filter(c -> c instanceof Anchor).map(c -> ((Anchor) c).getText().strip()).toList();
    }

    @Test
    @WithUserDetails(value = "member", userDetailsServiceBeanName = "portalUserDetailsService")
    void the_firm_adds_a_pdf_a_disguised_file_is_refused_and_an_internal_file_stays_with_staff() {
        ServiceRequest r = support.file(actors.member(), "CUSTOMS", RequestPageSupport.unique("原产地证书"));
        RequestView view = navigate(RequestView.location(r.id()), RequestView.class);
        assertThat(view.files.internal.isVisible()).as("the firm keeps nothing internal").isFalse();

        view.files.received("商业发票.pdf", PDF);
        await(() -> !links(view).isEmpty());
        assertThat(links(view)).singleElement().satisfies(l -> assertThat(l).startsWith("商业发票.pdf · "));

        view.files.received("发票.pdf", "hello".getBytes(StandardCharsets.US_ASCII));
        await(() -> $(Notification.class).all().size() == 1);
        assertThat(links(view)).hasSize(1);

        Attachment note = attachments.attach(actors.staff(), r.id(), "内部照片.pdf", PDF, true).block(WAIT);
        navigate(FairCatalogueView.class);
        RequestView again = navigate(RequestView.location(r.id()), RequestView.class);
        assertThat(links(again)).hasSize(1).noneMatch(l -> l.startsWith(note.fileName()));

        support.signInAs("staff");
        navigate(FairCatalogueView.class);
        RequestView staff = navigate(RequestView.location(r.id()), RequestView.class);
        assertThat(staff.files.internal.isVisible()).isTrue();
        assertThat(links(staff)).hasSize(2).anyMatch(l -> l.startsWith("内部照片.pdf"));
    }
}
