package org.exportalliance.portal.lead.importing.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import java.util.ArrayList;
import java.util.List;
import org.exportalliance.portal.lead.importing.ColumnMapping;
import org.exportalliance.portal.lead.importing.ImportTable;
import org.exportalliance.portal.lead.importing.LeadColumn;
import org.jspecify.annotations.Nullable;

/**
 * Which lead field each column of the file fills: one choice per header, first as the headers suggest; a cleared
 * choice leaves that column out of the import.
 */
class ColumnMappingForm extends FormLayout {

    final List<ComboBox<LeadColumn>> fields = new ArrayList<>();
    private final Runnable onChange;

    /** {@code onChange} runs whenever the user changes a column's field (the last check no longer holds). */
    ColumnMappingForm(Runnable onChange) {
        this.onChange = onChange;
    }

    void show(ImportTable read, ColumnMapping suggested) {
        removeAll();
        fields.clear();
        for (int i = 0; i < read.headers().size(); i++) {
            ComboBox<LeadColumn> field = new ComboBox<>();
            String header = read.headers().get(i);
            field.setLabel(header.isBlank() ? getTranslation("lead.import.column-number", i + 1) : header);
            field.setId("mapping-" + i);
            field.setItems(LeadColumn.values());
            field.setItemLabelGenerator(c -> getTranslation(c.messageKey()));
            field.setPlaceholder(getTranslation("lead.import.not-imported"));
            field.setClearButtonVisible(true);
            field.setValue(i < suggested.columns().size() ? suggested.columns().get(i) : null);
            field.addValueChangeListener(e -> onChange.run());
            fields.add(field);
            add(field);
        }
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("30em", 2), new ResponsiveStep("50em", 4));
    }

    ColumnMapping mapping() {
        List<@Nullable LeadColumn> columns = new ArrayList<>();
        fields.forEach(f -> columns.add(f.getValue()));
        return new ColumnMapping(columns);
    }
}
