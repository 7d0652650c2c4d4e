package org.exportalliance.portal.lead.importing.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;
import org.exportalliance.portal.fair.Fair;
import org.exportalliance.portal.fair.FairFilter;
import org.exportalliance.portal.fair.FairPage;
import org.exportalliance.portal.fair.FairService;
import org.exportalliance.portal.fair.FairSort;
import org.exportalliance.portal.firm.Firm;
import org.exportalliance.portal.firm.FirmService;
import org.exportalliance.portal.firm.MachineCategory;
import org.exportalliance.portal.lead.LeadSource;
import org.exportalliance.portal.lead.Visibility;
import org.exportalliance.portal.lead.importing.ImportSettings;
import org.exportalliance.portal.shell.UiCalls;

/**
 * What holds for every row of an import: visibility (with the firms or categories of SELECTED), the source for rows
 * that name none, and the fair the leads came from. ALLIANCE is offered only to firms that may share with the
 * alliance; the service checks it again.
 */
class ImportSettingsForm extends FormLayout {

    final ComboBox<Visibility> visibility = new ComboBox<>();
    final MultiSelectComboBox<Firm> shareFirms = new MultiSelectComboBox<>();
    final MultiSelectComboBox<MachineCategory> shareCategories = new MultiSelectComboBox<>();
    final ComboBox<LeadSource> source = new ComboBox<>();
    final ComboBox<Fair> fair = new ComboBox<>();

    /** {@code onChange} runs whenever a setting that changes the report changes. */
    ImportSettingsForm(boolean mayShare, UUID ownFirm, Collection<MachineCategory> categories, FirmService firms,
            FairService fairs, Runnable onChange) {
        Locale locale = getLocale();
        visibility.setId("lead-import-visibility");
        visibility.setLabel(getTranslation("lead.import.visibility"));
        visibility.setItems(mayShare ? List.of(Visibility.values())
                : List.of(Visibility.PRIVATE, Visibility.SELECTED));
        visibility.setItemLabelGenerator(v -> getTranslation(v.messageKey()));
        visibility.setValue(Visibility.PRIVATE);
        visibility.addValueChangeListener(e -> {
            boolean selected = e.getValue() == Visibility.SELECTED;
            shareFirms.setVisible(selected);
            shareCategories.setVisible(selected);
            onChange.run();
        });
        shareFirms.setId("lead-import-share-firms");
        shareFirms.setLabel(getTranslation("lead.import.share-firms"));
        shareFirms.setItems(UiCalls.fetch(firms.all()).filter(f -> !f.id().equals(ownFirm))
                .sorted(Comparator.comparing(f -> f.name(locale))).toList());
        shareFirms.setItemLabelGenerator(f -> f.name(locale));
        shareFirms.setVisible(false);
        shareCategories.setId("lead-import-share-categories");
        shareCategories.setLabel(getTranslation("lead.import.share-categories"));
        shareCategories.setItems(categories);
        shareCategories.setItemLabelGenerator(c -> c.name(locale));
        shareCategories.setVisible(false);
        source.setId("lead-import-source");
        source.setLabel(getTranslation("lead.import.source"));
        source.setHelperText(getTranslation("lead.import.source.hint"));
        source.setItems(LeadSource.values());
        source.setItemLabelGenerator(s -> getTranslation(s.messageKey()));
        source.setValue(LeadSource.FAIR);
        source.addValueChangeListener(e -> onChange.run());
        fair.setId("lead-import-fair");
        fair.setLabel(getTranslation("lead.import.fair"));
        fair.setClearButtonVisible(true);
        fair.setItemLabelGenerator(f -> f.name(locale) + " · " + f.startDate());
        fair.setItems(query -> UiCalls.fetch(fairs.search(
                new FairFilter(false, null, null, query.getFilter().orElse(null), false), FairSort.START_DATE_DESC,
                FairPage.of(query.getOffset(), Math.min(query.getLimit(), FairPage.MAX_LIMIT)))));
        add(visibility, source, fair, shareFirms, shareCategories);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("40em", 3));
    }

    ImportSettings settings() {
        Visibility v = visibility.getValue() == null ? Visibility.PRIVATE : visibility.getValue();
        return new ImportSettings(v, shareFirms.getValue().stream().map(Firm::id).collect(Collectors.toSet()),
                shareCategories.getValue().stream().map(MachineCategory::code).collect(Collectors.toSet()),
                source.getValue() == null ? LeadSource.FAIR : source.getValue(),
                fair.getValue() == null ? null : fair.getValue().id());
    }
}
