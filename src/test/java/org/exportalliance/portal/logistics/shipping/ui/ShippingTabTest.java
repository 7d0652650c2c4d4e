package org.exportalliance.portal.logistics.shipping.ui;

import static org.exportalliance.portal.support.UiTasks.await;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.exportalliance.portal.delegation.Delegation;
import org.exportalliance.portal.logistics.itinerary.ItineraryService;
import org.exportalliance.portal.logistics.shipping.Shipment;
import org.exportalliance.portal.logistics.shipping.ShippingMilestone;
import org.exportalliance.portal.logistics.shipping.ShippingService;
import org.exportalliance.portal.support.Actors;
import org.exportalliance.portal.support.BrowserlessPortalTest;
import org.exportalliance.portal.support.DelegationPages;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** The itinerary and shipping tabs of the delegation page, without a browser. */
@BrowserlessPortalTest
class ShippingTabTest extends SpringBrowserlessTest {

    @Autowired ItineraryService itinerary;
    @Autowired ShippingService shipping;
    @Autowired Actors actors;
    @Autowired DelegationPages pages;

    private static boolean has(Component root, String id) {
        return root.getChildren().anyMatch(c -> id.equals(c.getId().orElse(null)) || has(c, id));
    }

    @Test
    @WithUserDetails(value = "staff", userDetailsServiceBeanName = "portalUserDetailsService")
    void staff_see_every_firms_exhibits_and_record_the_next_milestone_with_a_reference() {
        Delegation d = pages.withTwoExhibitors();
        List<Shipment> all = shipping.shipments(actors.staff(), d.id()).collectList().block();
        Shipment firmA = all.stream().filter(s -> s.machine().equals("剑杆织机 TM-760")).findFirst().orElseThrow();
        ShippingTab tab = pages.openTab(this, d, ShippingTab.class);
        assertThat($(H4.class, tab.exhibits).all()).extracting(H4::getText).hasSize(2).allMatch(t -> !t.isBlank());
        assertThat($(Div.class, tab.exhibits).all()).filteredOn(div -> div.hasClassName("shipping-row")).hasSize(2);

        Button record = $(Button.class, tab.exhibits).id("shipping-record-" + firmA.exhibitId());
        assertThat(record.getText()).isEqualTo("记录“已订舱”");
        $(TextField.class, tab.exhibits).id("shipping-reference-" + firmA.exhibitId())
                .setValue("COSCO 订舱号 6284417350");
        test(record).click();
        // A milestone cannot be taken back: nothing is recorded until staff confirm.
        assertThat($(Paragraph.class).id("confirmation-text").getText()).contains("剑杆织机 TM-760", "已订舱");
        assertThat(shipping.shipment(actors.staff(), firmA.exhibitId()).block().milestones()).isEmpty();
        test($(Button.class).id("confirmation-confirm")).click();
        await(() -> has(tab.exhibits, "shipping-record-" + firmA.exhibitId())
                && $(Button.class, tab.exhibits).id("shipping-record-" + firmA.exhibitId()).getText()
                        .equals("记录“已到港”"));
        assertThat(shipping.shipment(actors.staff(), firmA.exhibitId()).block().stage())
                .isEqualTo(ShippingMilestone.BOOKED);
        Div row = $(Div.class, tab.exhibits).id("shipping-exhibit-" + firmA.exhibitId());
        assertThat($(Div.class, row).all()).filteredOn(step -> step.hasClassName("shipping-step"))
                .extracting(step -> step.hasClassName("done")).containsExactly(true, false, false, false);
        assertThat(row.getElement().getTextRecursively()).contains("COSCO 订舱号 6284417350");
    }

    @Test
    @WithUserDetails(value = "member2", userDetailsServiceBeanName = "portalUserDetailsService")
    void a_firm_sees_only_its_own_exhibits() {
        Delegation d = pages.withTwoExhibitors();
        ShippingTab shippingTab = pages.openTab(this, d, ShippingTab.class);
        assertThat($(Div.class, shippingTab.exhibits).all()).filteredOn(div -> div.hasClassName("shipping-row"))
                .singleElement().satisfies(row -> assertThat(row.getElement().getTextRecursively())
                        .contains("喷气织机 AJ-800").doesNotContain("剑杆织机"));
    }
}
