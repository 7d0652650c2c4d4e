package org.exportalliance.portal.delegation.pavilion.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.exportalliance.portal.delegation.pavilion.Booth;
import org.exportalliance.portal.delegation.pavilion.BoothNumberTaken;
import org.exportalliance.portal.delegation.pavilion.BoothPositionTaken;
import org.exportalliance.portal.delegation.pavilion.BoothSeries;
import org.exportalliance.portal.delegation.pavilion.PavilionRules;
import org.exportalliance.portal.platform.refusal.FieldProblem;
import org.exportalliance.portal.platform.refusal.InvalidInput;
import org.exportalliance.portal.platform.refusal.Refusal;
import org.exportalliance.portal.shell.DiscardGuard;
import org.exportalliance.portal.shell.FieldErrors;
import org.exportalliance.portal.shell.UiCalls;
import reactor.core.publisher.Mono;

/** Staff add a row of booths at once: "row A, numbers 1–10, 9 m² each". */
class BoothSeriesDialog extends Dialog {

    /** Esc, a click outside and the close button ask before dropping what was typed. */
    final DiscardGuard guard = DiscardGuard.protect(this);

    final TextField prefix = new TextField();
    final IntegerField from = new IntegerField();
    final IntegerField to = new IntegerField();
    final BigDecimalField area = new BigDecimalField();
    final IntegerField row = new IntegerField();
    final IntegerField firstColumn = new IntegerField();
    final Button save = new Button();
    private final FieldErrors fields = new FieldErrors(this);

    BoothSeriesDialog(int nextRow, Function<BoothSeries, Mono<List<Booth>>> store, Consumer<List<Booth>> onSaved) {
        setId("booth-series-dialog");
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
        area.setLabel(getTranslation("pavilion.area"));
        area.setId("series-area");
        area.setSuffixComponent(new Span("m²"));
        row.setLabel(getTranslation("pavilion.row"));
        row.setId("series-row");
        row.setValue(nextRow);
        row.setMin(0);
        row.setMax(PavilionRules.MAX_GRID);
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

        save.setText(getTranslation("pavilion.save"));
        save.setId("series-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            BoothSeries series = new BoothSeries(prefix.getValue(), from.getValue(), to.getValue(), area.getValue(),
                    row.getValue(), firstColumn.getValue());
            List<FieldProblem> problems = PavilionRules.check(series);
            fields.show(problems);
            if (!problems.isEmpty()) {
                return;
            }
            save.setEnabled(false);
            UiCalls.run(this, store.apply(series), added -> {
                close();
                onSaved.accept(added);
            }, this::refused);
        });
        getFooter().add(new Button(getTranslation("pavilion.cancel"), e -> guard.requestClose()), save);
    }

    private void refused(Refusal refusal) {
        save.setEnabled(true);
        if (refusal instanceof InvalidInput invalid) {
            fields.show(invalid.problems());
        } else if (refusal instanceof BoothNumberTaken) {
            mark(prefix, refusal);
        } else if (refusal instanceof BoothPositionTaken) {
            mark(row, refusal);
        } else {
            UiCalls.showRefusal(this, refusal);
        }
    }

    private void mark(HasValidation field, Refusal refusal) {
        field.setErrorMessage(getTranslation(refusal.messageKey(), refusal.args()));
        field.setInvalid(true);
    }
}
