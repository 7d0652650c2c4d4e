package org.exportalliance.portal.audit.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.exportalliance.portal.account.Actor;
import org.exportalliance.portal.audit.ActionLabels;
import org.exportalliance.portal.audit.AuditActor;
import org.exportalliance.portal.audit.AuditEntry;
import org.exportalliance.portal.audit.AuditExports;
import org.exportalliance.portal.audit.AuditFilter;
import org.exportalliance.portal.audit.AuditPage;
import org.exportalliance.portal.audit.AuditService;
import org.exportalliance.portal.audit.SubjectLabels;
import org.exportalliance.portal.platform.i18n.Formats;
import org.exportalliance.portal.shell.Columns;
import org.exportalliance.portal.shell.DatePickerLanguage;
import org.exportalliance.portal.shell.Downloads;
import org.exportalliance.portal.shell.FilterBar;
import org.exportalliance.portal.shell.PageHeader;
import org.exportalliance.portal.shell.RecordClick;
import org.exportalliance.portal.shell.SignedIn;
import org.exportalliance.portal.shell.UiCalls;

/**
 * Staff browse the audit trail, newest first: filter by action (one code or a whole family), subject, user, days and
 * text in the detail, and export what the filter shows to Excel.
 */
@Route("audit")
@RolesAllowed("STAFF")
public class AuditTrailView extends VerticalLayout implements HasDynamicTitle {

    private final AuditService audit;
    private final AuditExports exports;
    private final ActionLabels labels;
    private final Actor actor;
    private final ZoneId zone;
    private final List<String> actionChoices = new ArrayList<>();

    final ComboBox<String> action = new ComboBox<>();
    final TextField subjectType = new TextField();
    final TextField subjectId = new TextField();
    final TextField user = new TextField();
    final DatePicker from = DatePickerLanguage.datePicker();
    final DatePicker to = DatePickerLanguage.datePicker();
    final TextField text = new TextField();
    final Grid<AuditEntry> grid = new Grid<>();
    final Anchor export;
    /** The filter the grid shows, read again by the export link on its own request thread. */
    private volatile AuditFilter current = AuditFilter.none();

    private final EntryWords words;

    AuditTrailView(AuditService audit, AuditExports exports, ActionLabels labels, SubjectLabels subjects,
            SignedIn signedIn, Clock clock) {
        this.audit = audit;
        this.words = new EntryWords(subjects, signedIn.actor(), getLocale());
        this.exports = exports;
        this.labels = labels;
        this.actor = signedIn.actor();
        this.zone = clock.getZone();
        Locale locale = getLocale();
        export = Downloads.anchor(getTranslation("audit.export"), () -> exports.export(actor, current, locale));
        export.setId("audit-export");
        export.setTitle(getTranslation("audit.export.hint", AuditExports.MAX_ROWS));
        setSizeFull();
        setId("audit-trail");
        add(new PageHeader(getTranslation("audit.title"), reloadButton(), export), filters(), grid);
        configureGrid();
        expand(grid);
    }

    private Button reloadButton() {
        Button reload = new Button(VaadinIcon.REFRESH.create(), e -> refresh());
        reload.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        reload.setAriaLabel(getTranslation("audit.refresh"));
        reload.setTooltipText(getTranslation("audit.refresh"));
        reload.setId("audit-refresh");
        return reload;
    }

    private FilterBar filters() {
        action.setPlaceholder(getTranslation("audit.filter.action"));
        action.setItemLabelGenerator(this::choiceLabel);
        action.setAllowCustomValue(true);
        action.addCustomValueSetListener(e -> chooseAction(e.getDetail()));
        action.setClearButtonVisible(true);
        action.setWidth("18em");
        action.setId("audit-filter-action");
        UiCalls.fetchOne(audit.distinctActions(actor)).ifPresent(this::offerActions);

        subjectType.setPlaceholder(getTranslation("audit.filter.subject-type"));
        subjectType.setId("audit-filter-subject-type");
        subjectId.setPlaceholder(getTranslation("audit.filter.subject-id"));
        subjectId.setId("audit-filter-subject-id");
        user.setPlaceholder(getTranslation("audit.filter.user"));
        user.setId("audit-filter-user");
        text.setPlaceholder(getTranslation("audit.filter.text"));
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setMaxLength(AuditFilter.MAX_TEXT);
        text.setId("audit-filter-text");
        for (TextField field : List.of(subjectType, subjectId, user, text)) {
            field.setClearButtonVisible(true);
            field.setValueChangeMode(ValueChangeMode.LAZY);
        }

        from.setPlaceholder(getTranslation("audit.filter.from"));
        from.setClearButtonVisible(true);
        from.setId("audit-filter-from");
        to.setPlaceholder(getTranslation("audit.filter.to"));
        to.setClearButtonVisible(true);
        to.setId("audit-filter-to");
        // Each end bounds the other before the bar refreshes the list.
        from.addValueChangeListener(e -> to.setMin(e.getValue()));
        to.addValueChangeListener(e -> from.setMax(e.getValue()));
        return new FilterBar(this::refresh, action, subjectType, subjectId, user, from, to, text);
    }

    /** The recorded codes, each family ("claim.*": every claim action) just before its codes. */
    private void offerActions(List<String> codes) {
        Set<String> choices = new LinkedHashSet<>();
        for (String code : codes) {
            int dot = code.indexOf('.');
            if (dot > 0) {
                choices.add(code.substring(0, dot + 1) + "*");
            }
            choices.add(code);
        }
        actionChoices.clear();
        actionChoices.addAll(choices);
        action.setItems(actionChoices);
    }

    /** A code or a family typed by hand ("claim." or "claim.*") becomes a choice of its own. */
    private void chooseAction(String typed) {
        String choice = typed.strip();
        if (choice.isEmpty()) {
            action.clear();
            return;
        }
        if (!actionChoices.contains(choice)) {
            actionChoices.add(choice);
            action.setItems(actionChoices);
        }
        action.setValue(choice);
    }

    private String choiceLabel(String choice) {
        if (choice.endsWith("*") || choice.endsWith(".")) {
            return getTranslation("audit.filter.family", choice.endsWith("*") ? choice : choice + "*");
        }
        String label = labels.label(choice, getLocale());
        return label.equals(choice) ? choice : label + " · " + choice;
    }

    private void configureGrid() {
        Locale locale = getLocale();
        grid.setId("audit-grid");
        grid.addColumn(e -> Formats.dateTime(e.at(), zone, locale)).setHeader(getTranslation("audit.field.at"))
                .setAutoWidth(true).setFlexGrow(0).setKey("at");
        Columns.text(grid, this::who).setHeader(getTranslation("audit.field.actor")).setFlexGrow(2).setKey("actor");
        Columns.text(grid, e -> e.actor() == null ? "" : e.actor().firmName(locale))
                .setHeader(getTranslation("audit.field.firm")).setFlexGrow(2).setKey("firm");
        Columns.text(grid, e -> labels.label(e.action(), locale)).setHeader(getTranslation("audit.field.action"))
                .setFlexGrow(2).setKey("action");
        Columns.text(grid, words::subject).setHeader(getTranslation("audit.field.subject"))
                .setFlexGrow(2).setKey("subject");
        Columns.text(grid, words::detail).setHeader(getTranslation("audit.field.detail"))
                .setFlexGrow(3).setKey("detail");
        RecordClick.opens(grid, e -> words.location(e).ifPresent(to -> getUI().ifPresent(ui -> ui.navigate(to))));
        grid.setItems(query -> {
            AuditFilter filter = current;
            int offset = query.getOffset();
            int limit = Math.min(query.getLimit(), AuditPage.MAX_LIMIT);
            if (!filter.problems().isEmpty()) {
                return Stream.empty();
            }
            return words.learn(UiCalls.fetch(audit.slice(actor, filter, offset, limit)).toList()).stream();
        });
        grid.setEmptyStateText(getTranslation("audit.empty"));
    }

    private String who(AuditEntry e) {
        AuditActor a = e.actor();
        return a == null ? getTranslation("audit.system") : a.displayName() + " (" + a.username() + ")";
    }

    AuditFilter filter() {
        return new AuditFilter(action.getValue(), subjectType.getValue(), subjectId.getValue(), user.getValue(),
                from.getValue(), to.getValue(), text.getValue());
    }

    void refresh() {
        current = filter();
        boolean badRange = current.problems().stream().anyMatch(p -> p.field().equals("to"));
        to.setInvalid(badRange);
        to.setErrorMessage(badRange ? getTranslation("audit.validation.to-before-from") : null);
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title") + " · " + getTranslation("app.title");
    }
}
