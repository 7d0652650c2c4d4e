package org.exportalliance.portal.request.setup.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.exportalliance.portal.account.Actor;
import org.exportalliance.portal.request.Priority;
import org.exportalliance.portal.request.RequestCategory;
import org.exportalliance.portal.request.RequestDraft;
import org.exportalliance.portal.request.RequestService;
import org.exportalliance.portal.request.RequestTriage;
import org.exportalliance.portal.request.ResponderUnit;
import org.exportalliance.portal.request.ServiceRequest;
import org.exportalliance.portal.request.setup.CategoryDraft;
import org.exportalliance.portal.request.ui.RequestsView;
import org.exportalliance.portal.request.setup.CategoryEntry;
import org.exportalliance.portal.request.setup.CategorySetup;
import org.exportalliance.portal.request.setup.SlaDraft;
import org.exportalliance.portal.request.setup.SlaEntry;
import org.exportalliance.portal.request.setup.SlaSetup;
import org.exportalliance.portal.request.setup.UnitDraft;
import org.exportalliance.portal.request.setup.UnitEntry;
import org.exportalliance.portal.request.setup.UnitSetup;
import org.exportalliance.portal.shell.Confirmation;
import org.exportalliance.portal.support.Actors;
import org.exportalliance.portal.support.BrowserlessPortalTest;
import org.exportalliance.portal.support.RowClicks;
import org.exportalliance.portal.support.UiTasks;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** Staff's request setup page, in Chinese: categories, SLA targets in working hours, units with their members. */
@BrowserlessPortalTest
@WithUserDetails(value = "staff", userDetailsServiceBeanName = "portalUserDetailsService")
class RequestSetupViewTest extends SpringBrowserlessTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Autowired CategorySetup categories;
    @Autowired SlaSetup sla;
    @Autowired UnitSetup units;
    @Autowired RequestService requests;
    @Autowired RequestTriage triage;
    @Autowired Actors actors;

    static String code() {
        return "V_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
    }

    CategoryEntry newCategory() {
        String code = code();
        return categories.add(actors.staff(), new CategoryDraft(code, "界面类别 " + code, "View category " + code, 600))
                .block(WAIT);
    }

    private static <T> List<T> rows(Grid<T> grid) {
        return grid.getGenericDataView().getItems().toList();
    }

    private <T> Button rowAction(Grid<T> grid, T row, String className) {
        return test(grid).getCellComponent(rows(grid).indexOf(row), "actions").getChildren()
                .filter(c -> c.hasClassName(className)).map(Button.class::cast).findFirst().orElseThrow();
    }

    private static CategoryEntry row(Grid<CategoryEntry> grid, String code) {
        return rows(grid).stream().filter(e -> e.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void staff_add_a_category_and_a_bad_code_is_marked_before_anything_is_sent() {
        RequestSetupView view = navigate(RequestSetupView.class);
        assertThat(view.getPageTitle()).startsWith("诉求设置");
        test(view.categories.add).click();
        CategoryDialog dialog = $(CategoryDialog.class).single();
        assertThat(dialog.position.getValue()).as("after the others, before 其他").isBetween(1, 989);
        String code = code();
        dialog.code.setValue("9" + code);
        dialog.nameZh.setValue("展会物流 " + code);
        dialog.nameEn.setValue("Fair logistics " + code);
        test(dialog.save).click();
        assertThat(dialog.code.isInvalid()).isTrue();
        assertThat(dialog.code.getErrorMessage()).startsWith("代码须以大写字母开头");
        assertThat(dialog.isOpened()).isTrue();

        dialog.code.setValue(code.toLowerCase(Locale.ROOT));
        test(dialog.save).click();
        UiTasks.await(() -> !dialog.isOpened());
        CategoryEntry added = row(view.categories.grid, code);
        assertThat(added.category().nameEn()).isEqualTo("Fair logistics " + code);
        assertThat(((Span) test(view.categories.grid).getCellComponent(rows(view.categories.grid).indexOf(added),
                "status")).getText()).isEqualTo("可选");
    }

    @Test
    void stopping_a_category_asks_first_naming_it_and_it_is_then_not_offered_when_filing() {
        CategoryEntry category = newCategory();
        RequestSetupView view = navigate(RequestSetupView.class);

        test(rowAction(view.categories.grid, row(view.categories.grid, category.code()), "deactivate-category"))
                .click();
        Confirmation asked = $(Confirmation.class).single();
        assertThat(asked.getHeaderTitle()).isEqualTo("停用类别“" + category.category().nameZh() + "”");
        assertThat($(Paragraph.class).id("confirmation-text").getText()).contains("已按此类别提交的诉求保留它");
        test($(Button.class).id("confirmation-confirm")).click();
        UiTasks.await(() -> !asked.isOpened());

        CategoryEntry stopped = row(view.categories.grid, category.code());
        assertThat(stopped.category().active()).isFalse();
        assertThat(requests.categories().map(RequestCategory::code).collectList().block(WAIT))
                .doesNotContain(category.code());
    }

    @Test
    void the_sla_targets_show_in_working_hours_and_a_click_opens_them_with_taking_longer_than_resolving_marked() {
        CategoryEntry category = newCategory();
        RequestSetupView view = navigate(RequestSetupView.class);
        view.tabs.setSelectedIndex(1);
        assertThat(view.targets.help.getText()).contains("09:00–17:30", "8.5", "之后开始计时", "保留原来的截止时间");
        view.targets.refresh();
        view.targets.category.setValue(view.targets.category.getListDataView().getItems()
                .filter(c -> c.code().equals(category.code())).findFirst().orElseThrow());
        List<SlaEntry> shown = rows(view.targets.grid);
        assertThat(shown).extracting(SlaEntry::priority).containsExactly(Priority.URGENT, Priority.HIGH,
                Priority.NORMAL, Priority.LOW);
        assertThat(test(view.targets.grid).getCellText(2, 1)).isEqualTo("8.5");

        RowClicks.click(view.targets.grid, shown.get(2), "priority", 1);
        SlaDialog dialog = $(SlaDialog.class).single();
        assertThat(dialog.accept.getValue()).isEqualTo(8.5);
        dialog.take.setValue(100.0);
        dialog.resolve.setValue(50.0);
        test(dialog.save).click();
        assertThat(dialog.take.isInvalid()).isTrue();
        assertThat(dialog.take.getErrorMessage()).isEqualTo("接单时限不能长于办结时限");

        dialog.accept.setValue(2.0);
        dialog.take.setValue(4.5);
        test(dialog.save).click();
        UiTasks.await(() -> !dialog.isOpened());
        assertThat(sla.targets(actors.staff(), category.code()).filter(t -> t.priority() == Priority.NORMAL)
                .blockFirst(WAIT).minutes()).isEqualTo(new SlaDraft(120, 270, 3000));
    }

    @Test
    @WithUserDetails(value = "member", userDetailsServiceBeanName = "portalUserDetailsService")
    @SuppressWarnings("unchecked")
    void a_category_no_longer_offered_is_left_out_of_the_filing_form_but_still_narrows_the_list() {
        CategoryEntry category = newCategory();
        requests.file(actors.member(), new RequestDraft(category.code(), "旧诉求", "按旧类别提交", Priority.LOW, null,
                null)).block(WAIT);
        categories.setActive(actors.staff(), category.code(), category.version(), false).block(WAIT);

        navigate(RequestsView.class);
        ComboBox<RequestCategory> filter = $(ComboBox.class).id("request-filter-category");
        assertThat(filter.getListDataView().getItems().map(RequestCategory::code)).contains(category.code());
        test($(Button.class).id("request-file")).click();
        ComboBox<RequestCategory> offered = $(ComboBox.class).id("request-category");
        assertThat(offered.getListDataView().getItems().map(RequestCategory::code).toList())
                .contains("CUSTOMS").doesNotContain(category.code());
    }

    @Test
    void stopping_a_unit_with_a_request_in_hand_is_refused_inside_the_confirmation() {
        Actor staff = actors.staff();
        Actor leader = actors.of("leader");
        CategoryEntry category = newCategory();
        String tag = UUID.randomUUID().toString().substring(0, 8);
        UnitEntry unit = units.create(staff, new UnitDraft("界面单元 " + tag, "View unit " + tag,
                ResponderUnit.Kind.PROVIDER, leader.userId(), Set.of(leader.userId()), Set.of(category.code())))
                .block(WAIT);
        ServiceRequest filed = requests.file(actors.member(), new RequestDraft(category.code(), "报关咨询", "请协助报关",
                Priority.NORMAL, null, null)).block(WAIT);
        ServiceRequest accepted = triage.accept(staff, filed.id(), filed.version()).block(WAIT);
        triage.dispatch(staff, accepted.id(), accepted.version(), unit.unit().id()).block(WAIT);

        RequestSetupView view = navigate(RequestSetupView.class);
        view.tabs.setSelectedIndex(2);
        UnitEntry shown = rows(view.units.grid).stream().filter(u -> u.unit().id().equals(unit.unit().id()))
                .findFirst().orElseThrow();
        assertThat(shown.open()).isEqualTo(1);
        int row = rows(view.units.grid).indexOf(shown);
        assertThat(test(view.units.grid).getCellText(row, 1)).isEqualTo("服务机构");
        test(rowAction(view.units.grid, shown, "deactivate-unit")).click();
        Confirmation asked = $(Confirmation.class).single();
        test($(Button.class).id("confirmation-confirm")).click();
        UiTasks.await(() -> !asked.refusalText().isEmpty());

        assertThat(asked.isOpened()).isTrue();
        assertThat(asked.refusalText()).isEqualTo("“界面单元 " + tag + "”手中还有 1 件诉求没有办完（含待企业确认的），请先改派再停用。");
        assertThat(units.find(staff, unit.unit().id()).block(WAIT).unit().active()).isTrue();
    }

    @Test
    void a_new_department_takes_the_associations_people_picked_by_name_with_its_lead_among_them() {
        CategoryEntry category = newCategory();
        RequestSetupView view = navigate(RequestSetupView.class);
        view.tabs.setSelectedIndex(2);
        test(view.units.add).click();
        UnitDialog dialog = $(UnitDialog.class).single();
        String tag = UUID.randomUUID().toString().substring(0, 8);
        dialog.nameZh.setValue("会员服务部 " + tag);
        dialog.nameEn.setValue("Member services " + tag);
        dialog.kind.setValue(ResponderUnit.Kind.DEPARTMENT);
        assertThat(dialog.members.firm.isReadOnly()).as("a department takes the association's people").isTrue();
        UUID staffId = actors.staff().userId();
        dialog.members.person.setValue(dialog.members.person.getListDataView().getItems()
                .filter(u -> u.id().equals(staffId)).findFirst().orElseThrow());
        test(dialog.members.add).click();
        assertThat(rows(dialog.members.shown)).extracting(u -> u.id()).containsExactly(staffId);
        dialog.lead.setValue(staffId);
        dialog.categories.setValue(Set.of(category.code()));
        test(dialog.save).click();
        UiTasks.await(() -> !dialog.isOpened());

        UnitEntry added = rows(view.units.grid).stream().filter(u -> u.unit().nameZh().equals("会员服务部 " + tag))
                .findFirst().orElseThrow();
        assertThat(added.unit().members()).containsExactly(staffId);
        assertThat(added.unit().leadUserId()).isEqualTo(staffId);
        assertThat(added.unit().categories()).containsExactly(category.code());
        assertThat(added.unit().kind()).isEqualTo(ResponderUnit.Kind.DEPARTMENT);
    }
}
