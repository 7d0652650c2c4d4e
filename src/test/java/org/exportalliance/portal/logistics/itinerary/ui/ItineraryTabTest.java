package org.exportalliance.portal.logistics.itinerary.ui;

import static org.exportalliance.portal.support.UiTasks.await;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H4;
import java.time.LocalDateTime;
import org.exportalliance.portal.delegation.Delegation;
import org.exportalliance.portal.logistics.itinerary.ItineraryDraft;
import org.exportalliance.portal.logistics.itinerary.ItineraryItem;
import org.exportalliance.portal.logistics.itinerary.ItineraryKind;
import org.exportalliance.portal.logistics.itinerary.ItineraryService;
import org.exportalliance.portal.logistics.shipping.ShippingService;
import org.exportalliance.portal.support.Actors;
import org.exportalliance.portal.support.BrowserlessPortalTest;
import org.exportalliance.portal.support.DelegationPages;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** The itinerary and shipping tabs of the delegation page, without a browser. */
@BrowserlessPortalTest
class ItineraryTabTest extends SpringBrowserlessTest {

    @Autowired ItineraryService itinerary;
    @Autowired ShippingService shipping;
    @Autowired Actors actors;
    @Autowired DelegationPages pages;

    private static boolean has(Component root, String id) {
        return root.getChildren().anyMatch(c -> id.equals(c.getId().orElse(null)) || has(c, id));
    }

    @Test
    @WithUserDetails(value = "member", userDetailsServiceBeanName = "portalUserDetailsService")
    void a_firm_sees_the_itinerary_day_by_day_and_adds_a_meeting_after_fixing_what_the_form_marks()
            throws Exception {
        Delegation d = pages.withTwoExhibitors();
        ItineraryItem flight = itinerary.add(actors.staff(), d.id(), new ItineraryDraft(ItineraryKind.FLIGHT,
                "MU563 上海浦东 PVG → 新德里 DEL", LocalDateTime.of(2026, 12, 6, 10, 15), "Asia/Shanghai",
                LocalDateTime.of(2026, 12, 6, 15, 10), "Asia/Kolkata", "上海浦东国际机场 T1", "订座编号 HK7Q2M"))
                .block();
        ItineraryTab tab = pages.openTab(this, d, ItineraryTab.class);

        assertThat($(H4.class, tab.days).all()).extracting(H4::getText).containsExactly("2026年12月6日星期日");
        assertThat(tab.times(flight)).contains("10:15", "Asia/Shanghai", "15:10", "Asia/Kolkata");
        assertThat(has(tab.days, "itinerary-item-" + flight.id())).isTrue();
        assertThat(has(tab.days, "itinerary-edit-" + flight.id())).as("staff keep the flight").isFalse();
        assertThat(tab.download.isVisible()).isTrue();
        assertThat(tab.download.getHref()).isNotBlank();
        var ics = new java.io.ByteArrayOutputStream();
        test(tab.download).download(ics);
        assertThat(ics.toString(java.nio.charset.StandardCharsets.UTF_8))
                .contains("UID:" + flight.id() + "@", "SUMMARY:航班：MU563");
        assertThat(tab.add.getText()).isEqualTo("添加本企业行程");

        test(tab.add).click();
        ItineraryForm form = $(ItineraryForm.class).single();
        form.kind.setValue(ItineraryKind.MEETING);
        form.title.setValue("与 Patel Fabrics 洽谈");
        form.start.setValue(LocalDateTime.of(2026, 12, 9, 14, 0));
        form.timeZone.setValue("Asia/Kolkata");
        form.end.setValue(LocalDateTime.of(2026, 12, 9, 13, 0));
        assertThat(form.endTimeZone.isVisible()).as("only flights arrive elsewhere").isFalse();
        test(form.save).click();
        assertThat(form.end.isInvalid()).isTrue();
        assertThat(form.end.getErrorMessage()).isEqualTo("结束时间不能早于开始时间");
        assertThat(itinerary.items(actors.member(), d.id()).count().block()).isEqualTo(1);

        form.end.setValue(LocalDateTime.of(2026, 12, 9, 15, 0));
        test(form.save).click();
        await(() -> itinerary.items(actors.member(), d.id()).count().block() == 2
                && $(H4.class, tab.days).all().size() == 2);
        ItineraryItem own = itinerary.items(actors.member(), d.id()).filter(i -> !i.delegationWide()).blockFirst();
        assertThat(own.firmId()).isEqualTo(actors.member().firmId());
        assertThat($(H4.class, tab.days).all()).extracting(H4::getText)
                .containsExactly("2026年12月6日星期日", "2026年12月9日星期三");
        assertThat(has(tab.days, "itinerary-edit-" + own.id())).as("the firm keeps its own item").isTrue();
    }

    @Test
    @WithUserDetails(value = "member2", userDetailsServiceBeanName = "portalUserDetailsService")
    void another_firm_sees_the_shared_items_but_not_firm_as_own() {
        Delegation d = pages.withTwoExhibitors();
        itinerary.add(actors.staff(), d.id(), new ItineraryDraft(ItineraryKind.MEETING, "欢迎晚宴",
                LocalDateTime.of(2026, 12, 7, 19, 0), "Asia/Kolkata", LocalDateTime.of(2026, 12, 7, 21, 30), null,
                "", "")).block();
        ItineraryItem secret = itinerary.add(actors.member(), d.id(), new ItineraryDraft(ItineraryKind.MEETING,
                "天姥纺机私人会谈", LocalDateTime.of(2026, 12, 9, 14, 0), "Asia/Kolkata",
                LocalDateTime.of(2026, 12, 9, 15, 0), null, "", "")).block();
        ItineraryTab tab = pages.openTab(this, d, ItineraryTab.class);
        assertThat($(H4.class, tab.days).all()).hasSize(1);
        assertThat(has(tab.days, "itinerary-item-" + secret.id())).isFalse();
    }

}
