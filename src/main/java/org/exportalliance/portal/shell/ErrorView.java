package org.exportalliance.portal.shell;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A friendly page for a failure while opening a view. The user sees a reference number, never a stack trace; the
 * log has the trace under the same number.
 */
@AnonymousAllowed
public class ErrorView extends VerticalLayout implements HasErrorParameter<Exception> {

    private static final Logger log = LoggerFactory.getLogger(ErrorView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        String reference = Incident.newReference();
        log.error("View failed [{}] at /{}", reference, event.getLocation().getPath(), parameter.getException());
        removeAll();
        setId("error-view");
        add(new H2(getTranslation("error.title")), new Paragraph(getTranslation("error.message", reference)),
                new Anchor("", getTranslation("error.back-home")));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
