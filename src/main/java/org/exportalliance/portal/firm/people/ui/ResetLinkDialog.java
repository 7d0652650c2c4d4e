package org.exportalliance.portal.firm.people.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;

/** A reset link staff made, to pass on to the person; shown once. */
class ResetLinkDialog extends Dialog {

    final TextField link = new TextField();

    ResetLinkDialog(String person, String url) {
        setHeaderTitle(getTranslation("people.reset-link.title", person));
        link.setValue(url);
        link.setReadOnly(true);
        link.setWidthFull();
        link.setId("reset-link");
        add(new Paragraph(getTranslation("people.reset-link.help")), link);
        setWidth("min(40rem, 95vw)");
        getFooter().add(new Button(getTranslation("people.reset-link.close"), e -> close()));
    }
}
