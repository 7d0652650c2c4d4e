package org.exportalliance.portal.delegation.pavilion.ui;

import static org.exportalliance.portal.support.UiTasks.await;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import java.util.List;
import org.exportalliance.portal.delegation.Delegation;
import org.exportalliance.portal.delegation.DelegationService;
import org.exportalliance.portal.delegation.pavilion.Booth;
import org.exportalliance.portal.delegation.pavilion.PavilionService;
import org.exportalliance.portal.firm.Firm;
import org.exportalliance.portal.firm.FirmService;
import org.exportalliance.portal.support.Actors;
import org.exportalliance.portal.support.BrowserlessPortalTest;
import org.exportalliance.portal.support.DelegationPages;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@BrowserlessPortalTest
class PavilionTabTest extends SpringBrowserlessTest {

    @Autowired DelegationService delegations;
    @Autowired PavilionService pavilion;
    @Autowired FirmService firms;
    @Autowired Actors actors;
    @Autowired DelegationPages pages;

    private List<Booth> booths(Delegation d) {
        return pavilion.booths(actors.staff(), d.id()).collectList().block();
    }

    private Firm firmOf(String username) {
        return firms.firmOf(actors.of(username)).block();
    }

    private static String text(Component c) {
        return c.getElement().getTextRecursively();
    }

    @Test
    @WithUserDetails(value = "staff", userDetailsServiceBeanName = "portalUserDetailsService")
    void staff_assign_a_booth_to_an_approved_firm_and_see_it_on_the_plan() {
        Delegation d = pages.withTwoFirmsAndBooths();
        PavilionTab tab = pages.openTab(this, d, PavilionTab.class);
        assertThat(tab.hall.getChildren().filter(c -> c.hasClassName("booth-card"))).hasSize(3);
        assertThat(text($(Div.class).id("booth-card-A02"))).contains("A02", "9 m²", "空闲");
        assertThat(tab.firms.getGenericDataView().getItems()).hasSize(2);

        Firm b = firmOf("member2");
        @SuppressWarnings("unchecked")
        ComboBox<Object> box = (ComboBox<Object>) test(tab.booths).getCellComponent(1, "firm");
        String firmB = test(box).getSuggestions().stream().filter(s -> s.startsWith(b.nameZh())).findFirst()
                .orElseThrow();
        test(box).selectItem(firmB);
        await(() -> booths(d).get(1).taken() && text($(Div.class).id("booth-card-A02")).contains(b.nameZh()));

        assertThat(booths(d).get(1).isOf(b.id())).isTrue();
        Div card = $(Div.class).id("booth-card-A02");
        assertThat(card.hasClassName("booth-taken")).isTrue();
        assertThat(text(card)).contains(b.nameZh());
        // Firm B asked for 12 m² and has 9: flagged as under-assigned.
        assertThat(tab.firms.getGenericDataView().getItems()
                .filter(x -> x.firmId().equals(b.id())).findFirst().orElseThrow().assignedM2())
                .isEqualByComparingTo("9");
        assertThat(text(test(tab.firms).getCellComponent(tab.firms.getGenericDataView().getItems().toList()
                .indexOf(tab.firms.getGenericDataView().getItems().filter(x -> x.firmId().equals(b.id())).findFirst()
                        .orElseThrow()), "fit"))).isEqualTo("分配不足");
    }

    @Test
    @WithUserDetails(value = "member2", userDetailsServiceBeanName = "portalUserDetailsService")
    void a_firm_sees_its_own_booth_highlighted_and_other_booths_only_as_taken() {
        Delegation d = pages.withTwoFirmsAndBooths();
        List<Booth> booths = booths(d);
        pavilion.assign(actors.staff(), booths.get(0).id(), 0,
                delegations.applications(actors.member(), d.id()).blockFirst().id()).block();
        pavilion.assign(actors.staff(), booths.get(1).id(), 0,
                delegations.applications(actors.member2(), d.id()).blockFirst().id()).block();
        Firm a = firmOf("member");
        Firm b = firmOf("member2");

        PavilionTab tab = pages.openTab(this, d, PavilionTab.class);
        Div others = $(Div.class).id("booth-card-A01");
        Div own = $(Div.class).id("booth-card-A02");
        Div free = $(Div.class).id("booth-card-A03");
        assertThat(others.hasClassName("booth-taken")).isTrue();
        assertThat(text(others)).contains("A01", "已占用").doesNotContain(a.nameZh());
        assertThat(own.hasClassName("booth-own")).isTrue();
        assertThat(text(own)).contains(b.nameZh());
        assertThat(free.hasClassName("booth-free")).isTrue();
        assertThat(text(tab.hall)).doesNotContain(a.nameZh(), a.nameEn());
        assertThat(tab.own.getText()).contains("A02");
        // Firms get no booth list, no assign boxes and no add buttons.
        assertThat(tab.booths.isAttached()).isFalse();
        assertThat(tab.add.isAttached()).isFalse();
    }

}
