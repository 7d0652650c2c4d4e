package org.exportalliance.portal.order.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.exportalliance.portal.account.Actor;
import org.exportalliance.portal.order.FxRate;
import org.exportalliance.portal.order.FxRates;
import org.exportalliance.portal.platform.i18n.Formats;
import org.exportalliance.portal.platform.i18n.IsoCodes;
import org.exportalliance.portal.platform.refusal.FieldProblem;
import org.exportalliance.portal.platform.refusal.InvalidInput;
import org.exportalliance.portal.platform.spreadsheet.Spreadsheet;
import org.exportalliance.portal.shell.Confirmation;
import org.exportalliance.portal.shell.DatePickerLanguage;
import org.exportalliance.portal.shell.FieldErrors;
import org.exportalliance.portal.shell.SignedIn;
import org.exportalliance.portal.shell.UiCalls;
import org.exportalliance.portal.shell.UploadLanguage;

/**
 * Staff keep the FX rates: one at a time (date, currency, CNY per unit) or a CSV/.xlsx file of them, all rows or
 * none. The latest rates are listed newest first. Orders take their confirmation's rates from here. Leaving the page
 * with a rate typed and not saved asks first.
 */
@Route("fx-rates")
@RolesAllowed("STAFF")
public class FxRatesView extends VerticalLayout implements HasDynamicTitle, BeforeLeaveObserver {

    static final int SHOWN = 200;

    private final FxRates rates;
    private final Actor actor;

    final Grid<FxRate> grid = new Grid<>();
    final DatePicker date = DatePickerLanguage.datePicker();
    final ComboBox<String> currency = new ComboBox<>();
    final BigDecimalField cny = new BigDecimalField();
    final Button save = new Button();
    final Upload upload = UploadLanguage.upload();
    final Paragraph importProblems = new Paragraph();
    private final FieldErrors fields = new FieldErrors(this);
    /** The rate form changed since it was saved (or the page opened). */
    private boolean unsaved;

    FxRatesView(FxRates rates, SignedIn signedIn, Clock clock) {
        this.rates = rates;
        this.actor = signedIn.actor();
        Locale locale = getLocale();
        setId("fx-rates");
        setSizeFull();

        date.setLabel(getTranslation("fx.field.date"));
        date.setValue(LocalDate.now(clock));
        date.setMax(LocalDate.now(clock));
        currency.setLabel(getTranslation("fx.field.currency"));
        currency.setItems(IsoCodes.currencies().stream().filter(c -> !c.equals("CNY")).toList());
        currency.setItemLabelGenerator(code -> IsoCodes.currencyLabel(code, locale));
        cny.setLabel(getTranslation("fx.field.cny"));
        date.addValueChangeListener(e -> unsaved = true);
        currency.addValueChangeListener(e -> unsaved = true);
        cny.addValueChangeListener(e -> unsaved = true);
        fields.put("date", date);
        fields.put("currency", currency);
        fields.put("cny", cny);
        save.setText(getTranslation("fx.save"));
        save.setId("fx-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> saveOne());
        HorizontalLayout entry = new HorizontalLayout(date, currency, cny, save);
        entry.setAlignItems(FlexComponent.Alignment.BASELINE);

        upload.setId("fx-import-upload");
        upload.setMaxFiles(1);
        upload.setAcceptedFileTypes(".csv", ".xlsx", ".txt", "text/csv", Spreadsheet.MEDIA_TYPE);
        upload.setUploadHandler(UploadHandler.inMemory((metadata, bytes) -> received(bytes)));
        importProblems.setId("fx-import-problems");
        importProblems.getStyle().set("color", "var(--lumo-error-text-color)");

        grid.setId("fx-grid");
        grid.addColumn(r -> Formats.date(r.date(), locale)).setHeader(getTranslation("fx.field.date")).setKey("date");
        grid.addColumn(r -> IsoCodes.currencyLabel(r.currency(), locale)).setHeader(getTranslation("fx.field.currency"))
                .setKey("currency");
        grid.addColumn(r -> r.cny().stripTrailingZeros().toPlainString()).setHeader(getTranslation("fx.field.cny"))
                .setKey("cny").setTextAlign(ColumnTextAlign.END);

        add(new H2(getTranslation("nav.fx-rates")), new Paragraph(getTranslation("fx.explain")), entry,
                new Paragraph(getTranslation("fx.import.explain")), upload, importProblems, grid);
        expand(grid);
        refresh();
    }

    private void saveOne() {
        List<FieldProblem> missing = new ArrayList<>();
        if (date.getValue() == null) {
            missing.add(new FieldProblem("date", "validation.required"));
        }
        if (currency.getValue() == null) {
            missing.add(new FieldProblem("currency", "validation.required"));
        }
        if (cny.getValue() == null) {
            missing.add(new FieldProblem("cny", "validation.required"));
        }
        if (!missing.isEmpty()) {
            fields.show(missing);
            return;
        }
        save.setEnabled(false);
        UiCalls.run(this, rates.set(actor, new FxRate(date.getValue(), currency.getValue(), cny.getValue())), saved -> {
            save.setEnabled(true);
            unsaved = false;
            fields.show(List.of());
            UiCalls.showSuccess(this, "fx.saved", saved.currency(), Formats.date(saved.date(), getLocale()));
            refresh();
        }, UiCalls.intoForm(this, problems -> {
            save.setEnabled(true);
            fields.show(problems);
        }));
    }

    /** A file arrived: import it whole, or list every row's problems and import nothing. */
    void received(byte[] content) {
        importProblems.setText("");
        UiCalls.run(this, rates.importFile(actor, content), count -> {
            UiCalls.showSuccess(this, "fx.imported", count);
            refresh();
        }, refusal -> {
            if (refusal instanceof InvalidInput invalid) {
                importProblems.setText(String.join("; ", invalid.problems().stream()
                        .map(p -> p.field() + ": " + getTranslation(p.messageKey())).toList()));
            } else {
                UiCalls.showRefusal(this, refusal);
            }
        });
    }

    /** A rate typed and not saved: asks before leaving the page. */
    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (!unsaved || (currency.isEmpty() && cny.isEmpty())) {
            return;
        }
        BeforeLeaveEvent.ContinueNavigationAction leave = event.postpone();
        Confirmation.of(getTranslation("shell.discard.title"), getTranslation("fx.leave"),
                        getTranslation("fx.leave.confirm"))
                .keepLabel(getTranslation("shell.discard.keep"))
                .onConfirm(reason -> leave.proceed())
                .open();
    }

    void refresh() {
        grid.setItems(UiCalls.fetch(rates.recent(SHOWN)).toList());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.fx-rates") + " · " + getTranslation("app.title");
    }
}
