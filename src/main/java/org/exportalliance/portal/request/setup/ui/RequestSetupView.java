package org.exportalliance.portal.request.setup.ui;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import java.util.List;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.exportalliance.portal.account.AccountService;
import org.exportalliance.portal.firm.FirmService;
import org.exportalliance.portal.request.RequestService;
import org.exportalliance.portal.request.calendar.WorkingCalendarService;
import org.exportalliance.portal.request.setup.CategorySetup;
import org.exportalliance.portal.request.setup.SlaSetup;
import org.exportalliance.portal.request.setup.UnitSetup;
import org.exportalliance.portal.shell.PageHeader;
import org.exportalliance.portal.shell.SignedIn;
import org.exportalliance.portal.shell.UiCalls;
import reactor.core.publisher.Flux;

/**
 * Staff keep what requests are filed in and answered by (诉求设置): the categories, their SLA targets per priority,
 * and the responder units. The services decide and refuse; the page follows changes made on any instance.
 */
@Route("requests/setup")
@RolesAllowed("STAFF")
public class RequestSetupView extends VerticalLayout implements HasDynamicTitle {

    final Tabs tabs = new Tabs();
    final CategoriesTab categories;
    final SlaTab targets;
    final UnitsTab units;
    private final CategorySetup categorySetup;
    private final UnitSetup unitSetup;

    RequestSetupView(CategorySetup categorySetup, SlaSetup sla, UnitSetup unitSetup, RequestService requests,
            AccountService accounts, FirmService firms, WorkingCalendarService calendar, SignedIn signedIn) {
        this.categorySetup = categorySetup;
        this.unitSetup = unitSetup;
        setId("request-setup");
        setSizeFull();
        categories = new CategoriesTab(categorySetup, signedIn);
        targets = new SlaTab(categorySetup, sla, signedIn, calendar.hours());
        units = new UnitsTab(unitSetup, requests, accounts, firms, signedIn);
        tabs.add(tab("categories"), tab("sla"), tab("units"));
        List<Component> panels = List.of(categories, targets, units);
        // All three stay attached, one shown: each keeps what it shows and follows changes while hidden.
        tabs.addSelectedChangeListener(e -> {
            for (int i = 0; i < panels.size(); i++) {
                panels.get(i).setVisible(i == tabs.getSelectedIndex());
            }
        });
        targets.setVisible(false);
        units.setVisible(false);
        add(new PageHeader(getTranslation("request.setup.title")), tabs, categories, targets, units);
        panels.forEach(p -> setFlexGrow(1, p));
        UiCalls.follow(this, Flux.merge(categorySetup.changes(), unitSetup.changes()),
                change -> refresh());
    }

    private Tab tab(String name) {
        Tab tab = new Tab(getTranslation("request.setup.tab." + name));
        tab.setId("setup-tab-" + name);
        return tab;
    }

    void refresh() {
        categories.refresh();
        targets.refresh();
        units.refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("request.setup.title") + " · " + getTranslation("app.title");
    }
}
