package org.exportalliance.portal.delegation.pavilion.ui;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.exportalliance.portal.delegation.pavilion.Booth;
import org.exportalliance.portal.delegation.pavilion.BoothSeries;
import org.exportalliance.portal.delegation.pavilion.PavilionRules;
import reactor.core.publisher.Mono;

/** Staff add a row of booths at once: "row A, numbers 1–10, 9 m² each". */
class BoothSeriesDialog extends BoothFormDialog<BoothSeries, List<Booth>> {

    final TextField prefix = new TextField();
    final IntegerField from = new IntegerField();
    final IntegerField to = new IntegerField();
    final BigDecimalField area = new BigDecimalField();
    final IntegerField row = new IntegerField();
    final IntegerField firstColumn = new IntegerField();

    BoothSeriesDialog(int nextRow, Function<BoothSeries, Mono<List<Booth>>> store, Consumer<List<Booth>> onSaved) {
        super("booth-series-dialog");
        setHeaderTitle(getTranslation("pavilion.add-series"));
        prefix.setLabel(getTranslation("pavilion.series.prefix"));
        prefix.setId("series-prefix");
        prefix.setMaxLength(4);
        prefix.setValue(String.valueOf((char) ('A' + Math.min(nextRow, 25))));
        from.setLabel(getTranslation("pavilion.series.from"));
        from.setId("series-from");
        from.setValue(1);
        to.setLabel(getTranslation("pavilion.series.to"));
        to.setId("series-to");
        to.setValue(10);
        areaField(area, "series-area");
        placeField(row, "pavilion.row", "series-row");
        row.setValue(nextRow);
        firstColumn.setLabel(getTranslation("pavilion.series.first-column"));
        firstColumn.setId("series-first-column");
        firstColumn.setValue(0);
        firstColumn.setMin(0);
        fields.put("prefix", prefix);
        fields.put("from", from);
        fields.put("to", to);
        fields.put("areaM2", area);
        fields.put("row", row);
        fields.put("firstColumn", firstColumn);
        add(new Paragraph(getTranslation("pavilion.series.hint")),
                new FormLayout(prefix, area, from, to, row, firstColumn));
        saveWith("series-save", () -> new BoothSeries(prefix.getValue(), from.getValue(), to.getValue(),
                area.getValue(), row.getValue(), firstColumn.getValue()), PavilionRules::check, store, onSaved,
                prefix, row);
    }
}
