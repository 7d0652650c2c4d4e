package org.exportalliance.portal.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.BaseBrowserlessTest;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.tabs.Tabs;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.exportalliance.portal.delegation.AllocationPolicy;
import org.exportalliance.portal.delegation.ApplicationDraft;
import org.exportalliance.portal.delegation.Delegation;
import org.exportalliance.portal.delegation.DelegationService;
import org.exportalliance.portal.delegation.Exhibit;
import org.exportalliance.portal.delegation.pavilion.BoothSeries;
import org.exportalliance.portal.delegation.pavilion.PavilionService;
import org.exportalliance.portal.delegation.ui.DelegationTab;
import org.exportalliance.portal.delegation.ui.DelegationView;
import org.exportalliance.portal.fair.FairService;
import org.springframework.stereotype.Component;

/**
 * The delegation page in browserless UI tests: a fresh delegation whose firms hold approved places, and the page
 * opened on one of its tabs. Each call builds a new delegation, so tests share no data.
 */
@Component
public class DelegationPages {

    private static final Duration WAIT = Duration.ofSeconds(10);

    private final FairService fairs;
    private final DelegationService delegations;
    private final PavilionService pavilion;
    private final Actors actors;

    DelegationPages(FairService fairs, DelegationService delegations, PavilionService pavilion, Actors actors) {
        this.fairs = fairs;
        this.delegations = delegations;
        this.pavilion = pavilion;
        this.actors = actors;
    }

    /** An OPEN delegation on a fresh fair: 5 places, 100 m², 20 seats, first come first served. */
    public Delegation open() {
        return Delegations.open(fairs, delegations, actors.staff(), 5, "100", 20, AllocationPolicy.FIFO);
    }

    /** An open delegation where {@code username}'s firm holds an approved application for two travellers, 18 m². */
    public Delegation approvedFor(String username) {
        Delegation d = open();
        apply(d, username, Delegations.application(2, "18"));
        return d;
    }

    /** Firm A (member, 18 m², 2 travellers) and firm B (member2, 12 m², 3 travellers) approved; booths A01–A03. */
    public Delegation withTwoFirmsAndBooths() {
        Delegation d = open();
        apply(d, "member", Delegations.application(2, "18"));
        apply(d, "member2", Delegations.application(3, "12"));
        pavilion.addSeries(actors.staff(), d.id(), new BoothSeries("A", 1, 3, new BigDecimal("9"), 0, 0))
                .block(WAIT);
        return d;
    }

    /** Firm A (member) and firm B (member2) approved, each with one machine to exhibit and ship. */
    public Delegation withTwoExhibitors() {
        Delegation d = open();
        apply(d, "member", new ApplicationDraft(2, new BigDecimal("18"),
                List.of(new Exhibit("剑杆织机 TM-760", new BigDecimal("2900"), new BigDecimal("11.5"))), ""));
        apply(d, "member2", new ApplicationDraft(2, new BigDecimal("12"),
                List.of(new Exhibit("喷气织机 AJ-800", new BigDecimal("3800"), new BigDecimal("16"))), ""));
        return d;
    }

    /** First come first served: the application is approved at once while places last. */
    private void apply(Delegation d, String username, ApplicationDraft application) {
        delegations.apply(actors.of(username), d.id(), application).block(WAIT);
    }

    /** Opens the delegation's page on the tab of {@code type}, after checking the user is shown its header. */
    public <T extends DelegationTab> T openTab(BaseBrowserlessTest test, Delegation d, Class<T> type) {
        DelegationView view = test.navigate(DelegationView.class, d.id().toString());
        Tab header = tabHeader(view, type);
        assertThat(header.isVisible()).as("the %s header is shown", type.getSimpleName()).isTrue();
        tabSheet(view).setSelectedTab(header);
        return test.$(type).single();
    }

    /** A tab's header, shown or not (queries find only visible components, so this goes through the page). */
    public static Tab tabHeader(DelegationView view, Class<? extends DelegationTab> type) {
        return tabSheet(view).getChildren().filter(c -> c instanceof Tabs)
                .flatMap(com.vaadin.flow.component.Component::getChildren)
                .filter(c -> c.getId().filter(("tab-" + type.getSimpleName())::equals).isPresent())
                .map(Tab.class::cast).findFirst().orElseThrow();
    }

    private static TabSheet tabSheet(DelegationView view) {
        return view.getChildren().filter(TabSheet.class::isInstance).map(TabSheet.class::cast).findFirst()
                .orElseThrow();
    }
}
