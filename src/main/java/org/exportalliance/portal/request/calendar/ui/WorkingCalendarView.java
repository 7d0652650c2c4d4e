package org.exportalliance.portal.request.calendar.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.stream.IntStream;
import org.exportalliance.portal.platform.i18n.Formats;
import org.exportalliance.portal.request.calendar.CalendarDay;
import org.exportalliance.portal.request.calendar.DayKind;
import org.exportalliance.portal.request.calendar.WorkingCalendarService;
import org.exportalliance.portal.request.calendar.WorkingHours;
import org.exportalliance.portal.shell.Columns;
import org.exportalliance.portal.shell.Confirmation;
import org.exportalliance.portal.shell.PageHeader;
import org.exportalliance.portal.shell.RecordClick;
import org.exportalliance.portal.shell.SignedIn;
import org.exportalliance.portal.shell.UiCalls;

/**
 * Staff keep the working calendar here: a year's days off and make-up working days, a click on a day to change it, a
 * day added in a dialog, removed after asking, or a file of days imported. It follows changes made elsewhere.
 */
@Route("requests/calendar")
@RolesAllowed("STAFF")
public class WorkingCalendarView extends VerticalLayout implements HasDynamicTitle {

    private final WorkingCalendarService calendar;
    private final SignedIn signedIn;

    final Select<Integer> year = new Select<>();
    final Button add = new Button();
    final Button importFile = new Button();
    final Grid<CalendarDay> grid = new Grid<>();

    WorkingCalendarView(WorkingCalendarService calendar, SignedIn signedIn, Clock clock) {
        this.calendar = calendar;
        this.signedIn = signedIn;
        setSizeFull();
        setId("working-calendar");
        int thisYear = LocalDate.now(clock).getYear();
        year.setLabel(getTranslation("calendar.year"));
        year.setItems(IntStream.rangeClosed(Math.min(2025, thisYear - 1), thisYear + 2).boxed().toList());
        year.setValue(thisYear);
        year.setId("calendar-year");
        year.addValueChangeListener(e -> refresh());
        add.setText(getTranslation("calendar.new"));
        add.setIcon(VaadinIcon.PLUS.create());
        add.setId("calendar-new");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(e -> new CalendarDayDialog(calendar, signedIn, null, year.getValue(), this::refresh).open());
        importFile.setText(getTranslation("calendar.import"));
        importFile.setIcon(VaadinIcon.UPLOAD.create());
        importFile.setId("calendar-import");
        importFile.addClickListener(e -> new CalendarImportDialog(calendar, signedIn, this::refresh).open());
        WorkingHours hours = calendar.hours();
        Paragraph intro = new Paragraph(getTranslation("calendar.intro", hours.opens(), hours.closes()));
        intro.setId("calendar-intro");
        add(new PageHeader(getTranslation("calendar.title"), year, importFile, add), intro, grid);
        configureGrid();
        expand(grid);
        UiCalls.follow(this, calendar.changes(), change -> refresh());
    }

    private void configureGrid() {
        Locale locale = getLocale();
        grid.setId("calendar-grid");
        grid.addColumn(d -> Formats.date(d.day(), locale)).setHeader(getTranslation("calendar.date"))
                .setAutoWidth(true).setFlexGrow(0).setKey("date");
        grid.addColumn(d -> d.day().getDayOfWeek().getDisplayName(TextStyle.FULL, locale))
                .setHeader(getTranslation("calendar.weekday")).setAutoWidth(true).setFlexGrow(0).setKey("weekday");
        grid.addComponentColumn(this::kindBadge).setHeader(getTranslation("calendar.kind")).setAutoWidth(true)
                .setFlexGrow(0).setKey("kind");
        Columns.text(grid, CalendarDay::nameZh).setHeader(getTranslation("calendar.name-zh")).setFlexGrow(1)
                .setKey("nameZh");
        Columns.text(grid, CalendarDay::nameEn).setHeader(getTranslation("calendar.name-en")).setFlexGrow(1)
                .setKey("nameEn");
        Columns.actions(grid, this::actions);
        RecordClick.opens(grid, this::edit);
        grid.setItems(query -> UiCalls.fetch(calendar.days(year.getValue())
                .skip(query.getOffset()).take(query.getLimit())));
        grid.setEmptyStateText(getTranslation("calendar.empty"));
    }

    private Span kindBadge(CalendarDay day) {
        Span badge = new Span(getTranslation(day.kind().messageKey()));
        badge.getElement().getThemeList().add("badge");
        badge.getElement().getThemeList().add(day.kind() == DayKind.HOLIDAY ? "success" : "contrast");
        return badge;
    }

    private HorizontalLayout actions(CalendarDay day) {
        Button edit = new Button(VaadinIcon.EDIT.create(), e -> edit(day));
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        edit.setAriaLabel(getTranslation("calendar.edit"));
        edit.setTooltipText(getTranslation("calendar.edit"));
        edit.addClassName("edit-day");
        Button delete = new Button(VaadinIcon.TRASH.create(), e -> confirmDelete(day));
        delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
        delete.setAriaLabel(getTranslation("calendar.delete"));
        delete.setTooltipText(getTranslation("calendar.delete"));
        delete.addClassName("delete-day");
        return new HorizontalLayout(edit, delete);
    }

    void edit(CalendarDay day) {
        new CalendarDayDialog(calendar, signedIn, day, day.day().getYear(), this::refresh).open();
    }

    /** Removing a day changes the deadlines of requests on the clock: asks first, naming the day. */
    Confirmation confirmDelete(CalendarDay day) {
        Confirmation confirmation = Confirmation.of(getTranslation("calendar.delete.title", day.day()),
                        getTranslation("calendar.delete.consequence", day.day(), day.name(getLocale())),
                        getTranslation("calendar.delete.confirm"))
                .calling(reason -> calendar.remove(signedIn.actor(), day.day()).thenReturn(true), done -> {
                    UiCalls.showSuccess(this, "calendar.deleted", day.day());
                    refresh();
                });
        confirmation.open();
        return confirmation;
    }

    void refresh() {
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("calendar.title") + " · " + getTranslation("app.title");
    }
}
