package org.exportalliance.portal.notification.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.ZoneId;
import org.exportalliance.portal.account.Actor;
import org.exportalliance.portal.notification.Notification;
import org.exportalliance.portal.notification.NotificationService;
import org.exportalliance.portal.platform.i18n.Formats;
import org.exportalliance.portal.shell.UiCalls;
import reactor.core.Disposable;

/** The bell in the top bar: the unread count, live; a click lists the latest notifications and marks them read. */
class NotificationBell extends Div {

    final Button bell = new Button(VaadinIcon.BELL.create());
    final Span count = new Span();
    private final NotificationService notifications;
    private final Actor actor;
    private final ZoneId zone;
    private Disposable live = () -> { };

    NotificationBell(NotificationService notifications, Actor actor, ZoneId zone) {
        this.zone = zone;
        this.notifications = notifications;
        this.actor = actor;
        setId("notification-bell");
        bell.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        bell.setAriaLabel(getTranslation("notification.title"));
        bell.setTooltipText(getTranslation("notification.title"));
        count.setId("notification-count");
        count.getElement().getThemeList().add("badge error pill small");
        bell.addClickListener(e -> open());
        add(bell, count);
        refresh();
    }

    void refresh() {
        long unread = UiCalls.fetchOne(notifications.unreadCount(actor)).orElse(0L);
        count.setText(Long.toString(unread));
        count.setVisible(unread > 0);
    }

    void open() {
        Dialog dialog = new Dialog();
        dialog.setId("notification-list");
        dialog.setHeaderTitle(getTranslation("notification.title"));
        VerticalLayout list = new VerticalLayout();
        list.setPadding(false);
        UiCalls.fetch(notifications.recent(actor, 30)).forEach(n -> list.add(item(n, dialog)));
        if (list.getComponentCount() == 0) {
            list.add(new Paragraph(getTranslation("notification.empty")));
        }
        dialog.add(list);
        dialog.getFooter().add(new Button(getTranslation("fair.close"), e -> dialog.close()));
        dialog.open();
        UiCalls.run(this, notifications.markAllRead(actor), n -> refresh(), refusal -> { });
    }

    private Div item(Notification n, Dialog dialog) {
        Span text = new Span(getTranslation(n.messageKey(), n.args().toArray()));
        if (n.unread()) {
            text.getStyle().set("font-weight", "600");
        }
        Span when = new Span(Formats.dateTime(n.createdAt(), zone, getLocale()));
        when.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        Div item = new Div(text, new Div(when));
        item.addClassName("notification-item");
        if (n.link() != null) {
            item.getStyle().set("cursor", "pointer");
            item.addClickListener(e -> {
                dialog.close();
                getUI().ifPresent(ui -> ui.navigate(n.link()));
            });
        }
        return item;
    }

    @Override
    protected void onAttach(AttachEvent event) {
        live = UiCalls.subscribe(event.getUI(), notifications.changesFor(actor), change -> refresh());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        live.dispose();
    }
}
