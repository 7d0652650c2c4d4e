package org.exportalliance.portal.request.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.exportalliance.portal.support.UiTasks.await;

import com.vaadin.browserless.SpringBrowserlessTest;
import java.time.Duration;
import java.util.List;
import org.exportalliance.portal.fair.ui.FairCatalogueView;
import org.exportalliance.portal.request.Concerns;
import org.exportalliance.portal.request.RequestCategory;
import org.exportalliance.portal.request.RequestService;
import org.exportalliance.portal.request.RequestTriage;
import org.exportalliance.portal.request.Responders;
import org.exportalliance.portal.request.ServiceRequest;
import org.exportalliance.portal.support.Actors;
import org.exportalliance.portal.support.BrowserlessPortalTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * A firm names what its request concerns from its own delegations, orders and leads; the page names it back, and a
 * unit in another firm reads only what kind of record it is, never the buyer behind it.
 */
@BrowserlessPortalTest
class RequestConcernsViewTest extends SpringBrowserlessTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Autowired RequestService requests;
    @Autowired RequestTriage triage;
    @Autowired Responders responders;
    @Autowired RequestPageSupport support;
    @Autowired Actors actors;

    @Test
    @WithUserDetails(value = "member", userDetailsServiceBeanName = "portalUserDetailsService")
    void a_firm_files_about_one_of_its_orders_and_the_lab_in_another_firm_sees_only_that_it_is_an_order() {
        RequestsView view = navigate(RequestsView.class);
        test(view.file).click();
        RequestForm form = $(RequestForm.class).single();
        List<ConcernChoices.Choice> offered = form.concerns.getListDataView().getItems().toList();
        assertThat(form.concerns.isVisible()).isTrue();
        assertThat(offered).extracting(c -> c.concerns().kind()).contains(Concerns.Kind.ORDER,
                Concerns.Kind.DELEGATION, Concerns.Kind.LEAD);
        assertThat(offered).extracting(c -> form.concerns.getItemLabelGenerator().apply(c))
                .allMatch(label -> label.startsWith("出口订单 · ") || label.startsWith("参展团 · ")
                        || label.startsWith("客户线索 · "));
        ConcernChoices.Choice order = offered.stream().filter(c -> c.concerns().kind() == Concerns.Kind.ORDER)
                .findFirst().orElseThrow();
        RequestCategory lab = form.category.getListDataView().getItems().filter(RequestCategory::labTest)
                .findFirst().orElseThrow();
        form.category.setValue(lab);
        form.title.setValue(RequestPageSupport.unique("出货前检测"));
        form.description.setValue("该订单的设备出货前需要检测。");
        form.samples.setValue(2);
        form.material.setValue("锭子");
        form.standard.setValue("FZ/T 92001");
        form.concerns.setValue(order);
        test(form.save).click();

        await(() -> getCurrentView() instanceof RequestView);
        RequestView page = (RequestView) getCurrentView();
        ServiceRequest filed = page.shown().orElseThrow().request();
        assertThat(filed.concerns()).isEqualTo(order.concerns());
        assertThat(page.header.fact("concerns")).isEqualTo("出口订单 · " + order.name());

        ServiceRequest queued = triage.accept(actors.staff(), filed.id(), filed.version()).block(WAIT);
        var unit = responders.all().filter(u -> u.nameZh().equals("新昌纺机共享检测实验室")).blockFirst(WAIT);
        triage.dispatch(actors.staff(), queued.id(), queued.version(), unit.id()).block(WAIT);
        navigate(FairCatalogueView.class);
        support.signInAs("lab");
        RequestView atTheLab = navigate(RequestView.location(filed.id()), RequestView.class);
        assertThat(atTheLab.header.fact("concerns")).isEqualTo("出口订单");
    }
}
