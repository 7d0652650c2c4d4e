package org.exportalliance.portal.logistics.traveller.ui;

import com.vaadin.flow.component.select.Select;
import org.exportalliance.portal.logistics.traveller.Traveller;
import org.exportalliance.portal.logistics.traveller.TravellerService;
import org.exportalliance.portal.logistics.traveller.VisaStatus;
import org.exportalliance.portal.shell.SignedIn;
import org.exportalliance.portal.shell.UiCalls;

/** For staff: a traveller's visa status, set by choosing another; a refusal puts the old one back. */
class VisaStatusSelect extends Select<VisaStatus> {

    VisaStatusSelect(Traveller t, TravellerService travellers, SignedIn signedIn) {
        addClassName("visa-status");
        setItems(VisaStatus.values());
        setItemLabelGenerator(s -> getTranslation("traveller.visa." + s.name()));
        setValue(t.visaStatus());
        addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                UiCalls.run(this, travellers.setVisaStatus(signedIn.actor(), t.id(), e.getValue()),
                        changed -> UiCalls.showSuccess(this, "traveller.visa-set"), refusal -> {
                            setValue(e.getOldValue());
                            UiCalls.showRefusal(this, refusal);
                        });
            }
        });
    }
}
