package org.exportalliance.portal.lead.ui;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.Comparator;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.exportalliance.portal.firm.Firm;
import org.exportalliance.portal.lead.Lead;
import org.exportalliance.portal.lead.Visibility;
import org.exportalliance.portal.shell.FieldErrors;
import org.exportalliance.portal.shell.UiCalls;
import org.jspecify.annotations.Nullable;

/**
 * The part of the lead form that says who may see the lead: its visibility and, for SELECTED, the firms and
 * categories it is shared with (other firms than the own one). ALLIANCE is offered only to firms that may share with
 * the alliance; the service checks it again.
 */
class LeadSharingSection extends FormLayout {

    final RadioButtonGroup<Visibility> visibility = new RadioButtonGroup<>();
    final MultiSelectComboBox<Firm> shareFirms = new MultiSelectComboBox<>();
    final MultiSelectComboBox<String> shareCategories = new MultiSelectComboBox<>();

    LeadSharingSection(LeadContext context, Locale locale) {
        boolean mayShare = UiCalls.fetchOne(context.leads().mayShareWithAlliance(context.actor())).orElse(false);
        visibility.setLabel(getTranslation("lead.field.visibility"));
        visibility.setItems(Visibility.values());
        visibility.setItemLabelGenerator(v -> getTranslation(v.messageKey()));
        visibility.setItemEnabledProvider(v -> v != Visibility.ALLIANCE || mayShare);
        if (!mayShare) {
            visibility.setHelperText(getTranslation("lead.form.alliance-not-permitted"));
        }
        visibility.setId("lead-visibility");

        shareFirms.setLabel(getTranslation("lead.form.share-firms"));
        shareFirms.setItems(UiCalls.fetch(context.firms().all())
                .filter(f -> !f.id().equals(context.actor().firmId()))
                .sorted(Comparator.comparing(f -> f.name(locale))).toList());
        shareFirms.setItemLabelGenerator(f -> f.name(locale));
        shareFirms.setId("lead-share-firms");
        shareCategories.setLabel(getTranslation("lead.form.share-categories"));
        shareCategories.setHelperText(getTranslation("lead.form.share-categories-help"));
        shareCategories.setItems(context.taxonomy().keySet());
        shareCategories.setItemLabelGenerator(code -> LeadLabels.category(code, context.taxonomy(), locale));
        shareCategories.setId("lead-share-categories");
        visibility.addValueChangeListener(e -> showSharing());
        showSharing();
        add(visibility, shareFirms, shareCategories);
        setColspan(visibility, 2);
    }

    private void showSharing() {
        boolean selected = visibility.getValue() == Visibility.SELECTED;
        shareFirms.setVisible(selected);
        shareCategories.setVisible(selected);
    }

    void fill(Lead lead) {
        visibility.setValue(lead.visibility());
        Set<UUID> firmIds = lead.shareFirms();
        shareFirms.setValue(shareFirms.getListDataView().getItems().filter(f -> firmIds.contains(f.id()))
                .collect(Collectors.toSet()));
        shareCategories.setValue(lead.shareCategories());
    }

    @Nullable Visibility visibility() {
        return visibility.getValue();
    }

    /** The firms chosen, which count only for SELECTED. */
    Set<UUID> firmIds() {
        return selected() ? shareFirms.getValue().stream().map(Firm::id).collect(Collectors.toSet()) : Set.of();
    }

    /** The categories chosen, which count only for SELECTED. */
    Set<String> categories() {
        return selected() ? shareCategories.getValue() : Set.of();
    }

    private boolean selected() {
        return visibility.getValue() == Visibility.SELECTED;
    }

    void register(FieldErrors fields) {
        fields.put("visibility", visibility);
        fields.put("shareFirms", shareFirms);
        fields.put("shareCategories", shareCategories);
    }
}
