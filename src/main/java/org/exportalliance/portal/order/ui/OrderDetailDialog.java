package org.exportalliance.portal.order.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.exportalliance.portal.account.AccountService;
import org.exportalliance.portal.account.Actor;
import org.exportalliance.portal.account.UserAccount;
import org.exportalliance.portal.firm.MachineCategory;
import org.exportalliance.portal.order.ExportOrder;
import org.exportalliance.portal.order.OrderLine;
import org.exportalliance.portal.order.OrderService;
import org.exportalliance.portal.order.OrderStage;
import org.exportalliance.portal.order.StageChange;
import org.exportalliance.portal.platform.i18n.Formats;
import org.exportalliance.portal.platform.i18n.PortalLocales;
import org.exportalliance.portal.shell.Columns;
import org.exportalliance.portal.shell.UiCalls;
import reactor.core.publisher.Mono;

/**
 * One order in full: its terms, lines (machine categories by their names in the reader's language), totals and the
 * FX rates its confirmation kept, and every stage it reached with its day and who recorded it. Its own firm edits it
 * from here while it is QUOTED or CONFIRMED.
 */
class OrderDetailDialog extends Dialog {

    final Grid<OrderLine> lines = new Grid<>();
    final Grid<StageChange> stages = new Grid<>();
    final Button edit = new Button();

    OrderDetailDialog(ExportOrder order, OrderService orders, AccountService accounts, Actor actor,
            Map<String, MachineCategory> taxonomy, Runnable onEdit) {
        setId("order-detail-dialog");
        setHeaderTitle(order.buyerName());
        setWidth("min(60rem, 95vw)");
        Locale locale = getLocale();

        Paragraph terms = new Paragraph(String.join(" · ", PortalLocales.countryName(order.destinationCountry(),
                locale), order.incoterm().name() + " " + order.namedPlace(),
                getTranslation(order.attribution().messageKey()), getTranslation(order.stage().messageKey())));
        Paragraph totals = new Paragraph(String.join(" · ", OrderLabels.money(order.total(), locale),
                OrderLabels.money(order.totalCny(), locale), OrderLabels.money(order.totalUsd(), locale))
                + (order.fx() == null ? "" : " " + getTranslation("orders.detail.fx", Formats.date(order.fx().date(), locale))));
        totals.setId("order-detail-totals");

        lines.setId("order-lines");
        lines.addColumn(l -> OrderLabels.category(l.category(), taxonomy, locale))
                .setHeader(getTranslation("orders.line.category")).setKey("category");
        lines.addColumn(OrderLine::model).setHeader(getTranslation("orders.line.model")).setKey("model")
                .setFlexGrow(2);
        lines.addColumn(OrderLine::quantity).setHeader(getTranslation("orders.line.quantity")).setKey("quantity")
                .setTextAlign(ColumnTextAlign.END);
        Columns.money(lines, l -> OrderLabels.money(l.amount(order.currency()), locale))
                .setHeader(getTranslation("orders.total")).setKey("amount").setTextAlign(ColumnTextAlign.END);
        lines.setItems(order.lines());
        lines.setAllRowsVisible(true);

        Map<UUID, String> names = new HashMap<>();
        stages.setId("order-stages");
        stages.addColumn(s -> getTranslation(s.stage().messageKey())).setHeader(getTranslation("orders.stage"))
                .setKey("stage");
        stages.addColumn(s -> Formats.date(s.onDate(), locale)).setHeader(getTranslation("orders.stage-on"))
                .setKey("on");
        stages.addColumn(s -> s.recordedBy() == null ? "" : names.getOrDefault(s.recordedBy(), ""))
                .setHeader(getTranslation("orders.detail.by")).setKey("by");
        stages.setAllRowsVisible(true);

        add(terms, totals, lines, new H4(getTranslation("orders.detail.history")), stages);
        edit.setText(getTranslation("orders.edit"));
        edit.setIcon(VaadinIcon.EDIT.create());
        edit.setId("order-edit");
        edit.setVisible(order.firmId().equals(actor.firmId())
                && (order.stage() == OrderStage.QUOTED || order.stage() == OrderStage.CONFIRMED));
        edit.addClickListener(e -> {
            close();
            onEdit.run();
        });
        getFooter().add(new Button(getTranslation("orders.close"), e -> close()), edit);

        UiCalls.run(this, Mono.zip(orders.stages(actor, order.id()).collectList(),
                        accounts.usersOfFirm(actor, order.firmId()).collectMap(UserAccount::id,
                                UserAccount::displayName)),
                loaded -> {
                    names.putAll(loaded.getT2());
                    stages.setItems(loaded.getT1());
                }, refusal -> UiCalls.showRefusal(this, refusal));
    }

    List<StageChange> shownStages() {
        return stages.getGenericDataView().getItems().toList();
    }
}
