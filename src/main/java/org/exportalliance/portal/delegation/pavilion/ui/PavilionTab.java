package org.exportalliance.portal.delegation.pavilion.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import org.exportalliance.portal.account.Actor;
import org.exportalliance.portal.delegation.Delegation;
import org.exportalliance.portal.delegation.pavilion.AreaBalance;
import org.exportalliance.portal.delegation.pavilion.Booth;
import org.exportalliance.portal.delegation.pavilion.PavilionService;
import org.exportalliance.portal.delegation.ui.DelegationTab;
import org.exportalliance.portal.platform.i18n.Formats;
import org.exportalliance.portal.shell.Columns;
import org.exportalliance.portal.shell.Confirmation;
import org.exportalliance.portal.shell.SignedIn;
import org.exportalliance.portal.shell.UiCalls;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.springframework.core.annotation.Order;

/**
 * The pavilion: the hall drawn as a grid of booth cards (number, m², firm; free, taken or the reader's own). Staff
 * also get the booth list with an assign box of the approved firms, add (one or a row), edit and remove, and each
 * firm's area assigned against asked for. A firm sees other firms' booths only as taken.
 */
@SpringComponent
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
@Order(10)
public class PavilionTab extends DelegationTab {

    private final PavilionService pavilion;
    private final SignedIn signedIn;
    private @Nullable Delegation delegation;
    private List<AreaBalance> participants = List.of();

    final PavilionHall hall = new PavilionHall();
    final Paragraph own = new Paragraph();
    final FirmAreaGrid firms = new FirmAreaGrid();
    final Grid<Booth> booths = new Grid<>();
    final Button add = new Button();
    final Button addSeries = new Button();

    PavilionTab(PavilionService pavilion, SignedIn signedIn) {
        super("pavilion.tab");
        this.pavilion = pavilion;
        this.signedIn = signedIn;
        setId("pavilion");
        own.setId("pavilion-own");
        add(new H3(getTranslation("pavilion.hall")), hall.legend(), hall);
        if (signedIn.isStaff()) {
            add.setText(getTranslation("pavilion.add"));
            add.setId("pavilion-add");
            add.setIcon(VaadinIcon.PLUS.create());
            add.addClickListener(e -> openBoothDialog(null));
            addSeries.setText(getTranslation("pavilion.add-series"));
            addSeries.setId("pavilion-add-series");
            addSeries.setIcon(VaadinIcon.GRID_SMALL.create());
            addSeries.addClickListener(e -> openSeriesDialog());
            configureBooths();
            add(new HorizontalLayout(add, addSeries), new H3(getTranslation("pavilion.booths")), booths,
                    new H3(getTranslation("pavilion.firms")), firms);
        } else {
            add(own);
        }
    }

    @Override
    public void show(Delegation d) {
        delegation = d;
        Actor actor = signedIn.actor();
        List<Booth> layout = UiCalls.fetch(pavilion.booths(actor, d.id())).toList();
        participants = UiCalls.fetch(pavilion.balances(actor, d.id())).toList();
        hall.draw(layout, actor);
        if (signedIn.isStaff()) {
            booths.setItems(layout);
            firms.setItems(participants);
        } else {
            Locale locale = getLocale();
            own.setText(participants.stream().filter(b -> !b.booths().isEmpty()).findFirst()
                    .map(b -> getTranslation("pavilion.own", String.join(", ", b.booths()),
                            Formats.area(b.assignedM2(), locale), Formats.area(b.requestedM2(), locale)))
                    .orElse(getTranslation("pavilion.own-none")));
        }
    }

    private void reload() {
        if (delegation != null) {
            show(delegation);
        }
    }

    private void configureBooths() {
        Locale locale = getLocale();
        booths.setId("pavilion-booths");
        booths.addColumn(Booth::label).setHeader(getTranslation("pavilion.label")).setKey("label").setAutoWidth(true)
                .setFlexGrow(0);
        booths.addColumn(b -> Formats.area(b.areaM2(), locale)).setHeader(getTranslation("pavilion.area"))
                .setAutoWidth(true).setFlexGrow(0);
        booths.addColumn(b -> b.row() + " / " + b.column()).setHeader(getTranslation("pavilion.position"))
                .setAutoWidth(true).setFlexGrow(0);
        booths.addComponentColumn(this::assignBox).setHeader(getTranslation("pavilion.firm")).setKey("firm")
                .setFlexGrow(2);
        Columns.text(booths, Booth::note).setHeader(getTranslation("pavilion.note")).setFlexGrow(1);
        Columns.actions(booths, this::boothActions);
        booths.setAllRowsVisible(true);
    }

    /** The approved firms to choose from; clearing the box frees the booth. */
    private Component assignBox(Booth b) {
        Locale locale = getLocale();
        ComboBox<AreaBalance> box = new ComboBox<>();
        box.addClassName("booth-assign");
        box.setPlaceholder(getTranslation("pavilion.choose-firm"));
        box.setClearButtonVisible(true);
        box.setWidthFull();
        box.setItems(participants);
        box.setItemLabelGenerator(p -> p.firmName(locale) + " · " + Formats.area(p.assignedM2(), locale)
                + " / " + Formats.area(p.requestedM2(), locale));
        UUID current = b.assignee() == null ? null : b.assignee().applicationId();
        participants.stream().filter(p -> p.applicationId().equals(current)).findFirst().ifPresent(box::setValue);
        box.addValueChangeListener(e -> {
            if (!e.isFromClient() || Objects.equals(e.getValue() == null ? null : e.getValue().applicationId(),
                    current)) {
                return;
            }
            AreaBalance to = e.getValue();
            UiCalls.run(this, to == null ? pavilion.unassign(signedIn.actor(), b.id(), b.version())
                            : pavilion.assign(signedIn.actor(), b.id(), b.version(), to.applicationId()),
                    changed -> {
                        if (to == null) {
                            UiCalls.showSuccess(this, "pavilion.unassigned", changed.label());
                        } else {
                            UiCalls.showSuccess(this, "pavilion.assigned", changed.label(), to.firmName(locale));
                        }
                        reload();
                    },
                    refusal -> {
                        UiCalls.showRefusal(this, refusal);
                        reload();
                    });
        });
        return box;
    }

    private HorizontalLayout boothActions(Booth b) {
        Button edit = new Button(VaadinIcon.EDIT.create(), e -> openBoothDialog(b));
        edit.addClassName("booth-edit");
        edit.setTooltipText(getTranslation("pavilion.edit"));
        edit.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        Button remove = new Button(VaadinIcon.TRASH.create(), e -> Confirmation.of(
                        getTranslation("pavilion.confirm.remove.title", b.label()),
                        getTranslation("pavilion.confirm.remove.text", b.label(),
                                Formats.area(b.areaM2(), getLocale())),
                        getTranslation("pavilion.remove"))
                .calling(none -> pavilion.remove(signedIn.actor(), b.id()).thenReturn(b), removed -> {
                    UiCalls.showSuccess(this, "pavilion.removed", removed.label());
                    reload();
                })
                .open());
        remove.addClassName("booth-remove");
        remove.setTooltipText(getTranslation("pavilion.remove"));
        remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.setEnabled(!b.taken());
        return new HorizontalLayout(edit, remove);
    }

    /** Adds a booth ({@code booth} null) or edits one; the next free place is proposed for a new one. */
    private void openBoothDialog(@Nullable Booth booth) {
        Delegation d = Objects.requireNonNull(delegation);
        Actor actor = signedIn.actor();
        BoothDialog dialog = new BoothDialog(booth, booth != null ? null : nextPlace(), draft -> booth == null
                ? pavilion.add(actor, d.id(), draft)
                : pavilion.edit(actor, booth.id(), booth.version(), draft), saved -> {
                    UiCalls.showSuccess(this, booth == null ? "pavilion.added" : "pavilion.saved", saved.label());
                    reload();
                });
        dialog.open();
    }

    private void openSeriesDialog() {
        Delegation d = Objects.requireNonNull(delegation);
        Actor actor = signedIn.actor();
        int nextRow = booths.getGenericDataView().getItems().mapToInt(Booth::row).max().orElse(-1) + 1;
        new BoothSeriesDialog(Math.min(nextRow, 99), series -> pavilion.addSeries(actor, d.id(), series), added -> {
            UiCalls.showSuccess(this, "pavilion.series-added", added.size());
            reload();
        }).open();
    }

    /** The first free column of the last row (or a new row when it is full). */
    private int[] nextPlace() {
        List<Booth> layout = booths.getGenericDataView().getItems().toList();
        if (layout.isEmpty()) {
            return new int[] {0, 0};
        }
        int row = layout.stream().mapToInt(Booth::row).max().orElse(0);
        int column = layout.stream().filter(b -> b.row() == row).mapToInt(Booth::column).max().orElse(-1) + 1;
        return column > 99 ? new int[] {Math.min(row + 1, 99), 0} : new int[] {row, column};
    }
}
