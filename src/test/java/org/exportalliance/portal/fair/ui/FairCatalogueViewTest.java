package org.exportalliance.portal.fair.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.function.ValueProvider;
import com.vaadin.flow.server.VaadinSession;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.exportalliance.portal.fair.Fair;
import org.exportalliance.portal.fair.FairDraft;
import org.exportalliance.portal.fair.FairFilter;
import org.exportalliance.portal.fair.FairPage;
import org.exportalliance.portal.fair.FairService;
import org.exportalliance.portal.fair.FairSort;
import org.exportalliance.portal.fair.Sector;
import org.exportalliance.portal.shell.LocaleChoice;
import org.exportalliance.portal.support.BrowserlessPortalTest;
import org.exportalliance.portal.support.Actors;
import org.exportalliance.portal.support.Fairs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@BrowserlessPortalTest
class FairCatalogueViewTest extends SpringBrowserlessTest {

    @Autowired FairService fairs;
    @Autowired Actors actors;
    @Autowired LocaleChoice locales;
    @Autowired CatalogueRows catalogueRows;
    @Autowired java.time.Clock clock;

    @SuppressWarnings("unchecked")
    private Grid<Fair> grid() {
        return $(Grid.class).id("fair-grid");
    }

    private List<Fair> rows(Grid<Fair> grid) {
        return grid.getGenericDataView().getItems().toList();
    }

    @Test
    @WithUserDetails(value = "member", userDetailsServiceBeanName = "portalUserDetailsService")
    void a_member_sees_upcoming_fairs_sorted_by_date_read_only_in_chinese() {
        FairCatalogueView view = navigate(FairCatalogueView.class);
        List<Fair> shown = rows(view.grid);
        assertThat(shown).isNotEmpty();
        assertThat(shown).allMatch(f -> !f.endDate().isBefore(LocalDate.now()) || f.endDate().isAfter(LocalDate.now().minusDays(1)));
        assertThat(shown).extracting(Fair::startDate).isSorted();
        assertThat(view.create.isVisible()).isFalse();
        assertThat(view.grid.getColumnByKey("actions")).isNull();
        assertThat(UI.getCurrent().getLocale().getLanguage()).isEqualTo("zh");
        assertThat(view.grid.getColumnByKey("name").getHeaderText()).isEqualTo("展会名称");
    }

    @Test
    @WithUserDetails(value = "member", userDetailsServiceBeanName = "portalUserDetailsService")
    void filters_narrow_the_list_by_country_and_sector_and_can_show_past_fairs() {
        FairCatalogueView view = navigate(FairCatalogueView.class);
        test(view.upcoming).click();
        int everything = rows(view.grid).size();
        view.country.setValue("CN");
        assertThat(rows(view.grid)).isNotEmpty().allMatch(f -> f.country().equals("CN"));
        view.country.clear();
        view.sector.setValue(Sector.TECHNICAL_TEXTILES);
        assertThat(rows(view.grid)).isNotEmpty().allMatch(f -> f.sectors().contains(Sector.TECHNICAL_TEXTILES));
        view.sector.clear();
        assertThat(rows(view.grid)).hasSize(everything);
        List<Fair> expected = fairs.search(new FairFilter(false, null, null, null, false), FairSort.START_DATE,
                FairPage.of(0, 500)).collectList().block(Duration.ofSeconds(5));
        assertThat(rows(view.grid)).hasSize(expected.size());
    }

    @Test
    @WithUserDetails(value = "member", userDetailsServiceBeanName = "portalUserDetailsService")
    void a_fair_s_status_is_a_badge_in_its_colour_drawn_in_the_browser_and_a_cancelled_one_says_why() {
        Fair upcoming = fairs.create(actors.staff(), Fairs.draft()).block(Duration.ofSeconds(5));
        Fair created = fairs.create(actors.staff(), Fairs.draft()).block(Duration.ofSeconds(5));
        Fair cancelled = fairs.cancel(actors.staff(), created.id(), created.version(), "Hall flooded")
                .block(Duration.ofSeconds(5));
        FairCatalogueView view = navigate(FairCatalogueView.class);
        @SuppressWarnings("unchecked")
        LitRenderer<Fair> badge = (LitRenderer<Fair>) view.grid.getColumnByKey("status").getRenderer();
        Map<String, ValueProvider<Fair, ?>> values = badge.getValueProviders();

        assertThat(values.get("text").apply(upcoming)).isEqualTo("计划中");
        assertThat(values.get("colour").apply(upcoming)).isEqualTo("success");
        assertThat(values.get("title").apply(upcoming)).isEqualTo("");
        assertThat(values.get("text").apply(cancelled)).isEqualTo("已取消");
        assertThat(values.get("colour").apply(cancelled)).isEqualTo("error");
        assertThat(values.get("title").apply(cancelled)).isEqualTo("Hall flooded");
    }

    @Test
    @WithUserDetails(value = "staff", userDetailsServiceBeanName = "portalUserDetailsService")
    void staff_get_localised_field_errors_and_nothing_is_saved() {
        FairCatalogueView view = navigate(FairCatalogueView.class);
        assertThat(view.create.isVisible()).isTrue();
        test(view.create).click();
        FairEditor editor = $(FairEditor.class).single();
        editor.startDate.setValue(LocalDate.of(2027, 6, 10));
        editor.endDate.setValue(LocalDate.of(2027, 6, 1));
        editor.website.setValue("not a url");
        long before = fairs.count().block(Duration.ofSeconds(5));
        test(editor.save).click();
        assertThat(editor.nameZh.isInvalid()).isTrue();
        assertThat(editor.nameZh.getErrorMessage()).isEqualTo("此项为必填项");
        assertThat(editor.endDate.getErrorMessage()).isEqualTo("闭幕日期不能早于开幕日期");
        assertThat(editor.website.getErrorMessage()).startsWith("请输入以 http");
        assertThat(editor.sectors.isInvalid()).isTrue();
        assertThat(editor.isOpened()).isTrue();
        assertThat(fairs.count().block(Duration.ofSeconds(5))).isEqualTo(before);
    }

    @Test
    @WithUserDetails(value = "staff", userDetailsServiceBeanName = "portalUserDetailsService")
    void staff_create_a_fair_through_the_editor() {
        FairCatalogueView view = navigate(FairCatalogueView.class);
        test(view.create).click();
        FairEditor editor = $(FairEditor.class).single();
        String name = "Browserless Expo " + System.nanoTime();
        editor.nameZh.setValue("无浏览器测试展");
        editor.nameEn.setValue(name);
        editor.city.setValue("Tashkent");
        editor.country.setValue("UZ");
        editor.venue.setValue("Uzexpocentre");
        editor.startDate.setValue(LocalDate.of(2028, 9, 9));
        editor.endDate.setValue(LocalDate.of(2028, 9, 11));
        editor.sectors.setValue(java.util.Set.of(Sector.SPINNING));
        test(editor.save).click();
        // The save runs asynchronously and returns through UI.access; wait for it in bounded round trips.
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (editor.isOpened() && System.nanoTime() < deadline) {
            VaadinSession session = VaadinSession.getCurrent();
            session.getService().runPendingAccessTasks(session);
            Thread.onSpinWait();
        }
        assertThat(editor.isOpened()).isFalse();
        view.text.setValue(name);
        assertThat(rows(view.grid)).extracting(Fair::nameEn).containsExactly(name);
    }

    @Test
    @WithUserDetails(value = "firmadmin", userDetailsServiceBeanName = "portalUserDetailsService")
    void english_users_see_english_labels() {
        locales.choose(Locale.ENGLISH);
        FairCatalogueView view = navigate(FairCatalogueView.class);
        assertThat(view.grid.getColumnByKey("name").getHeaderText()).isEqualTo("Fair");
        assertThat(view.upcoming.getLabel()).isEqualTo("Upcoming only");
        // Only this test's user (firmadmin) keeps English as the saved choice.
    }

    @Test
    @WithUserDetails(value = "member", userDetailsServiceBeanName = "portalUserDetailsService")
    void a_click_on_a_fair_opens_its_page_with_its_dates_venue_place_and_site() {
        Fair fair = fairs.create(actors.staff(), Fairs.draft()).block(Duration.ofSeconds(10));
        FairCatalogueView view = navigate(FairCatalogueView.class);
        view.text.setValue(fair.nameZh());

        test(view.grid).clickRow(0);

        FairView page = (FairView) getCurrentView();
        assertThat(page.title.getText()).isEqualTo(fair.nameZh());
        assertThat(page.otherName.getText()).isEqualTo(fair.nameEn());
        assertThat($(com.vaadin.flow.component.textfield.TextField.class).id("fair-dates").getValue())
                .isEqualTo(FairLabels.dates(fair, Locale.SIMPLIFIED_CHINESE));
        assertThat($(com.vaadin.flow.component.textfield.TextField.class).id("fair-venue").getValue())
                .isEqualTo("Dubai World Trade Centre");
        assertThat($(com.vaadin.flow.component.textfield.TextField.class).id("fair-place").getValue())
                .isEqualTo("Dubai, 阿拉伯联合酋长国");
        assertThat(page.website.getHref()).isEqualTo("https://example.org/expo");
        assertThat(page.website.getElement().getAttribute("rel")).contains("noopener");
        assertThat(page.getPageTitle()).startsWith(fair.nameZh());
    }

    @Test
    @WithUserDetails(value = "member", userDetailsServiceBeanName = "portalUserDetailsService")
    void open_catalogues_in_one_language_share_a_fairs_row_and_a_changed_fair_reads_afresh() {
        FairDraft draft = Fairs.draft();
        Fair fair = fairs.create(actors.staff(), draft).block(Duration.ofSeconds(10));
        LocalDate today = LocalDate.now(clock);
        Locale chinese = UI.getCurrent().getLocale();
        FairCatalogueView first = navigate(FairCatalogueView.class);
        first.text.setValue(fair.nameZh());
        CatalogueRows.CatalogueRow row = catalogueRows.of(fair, chinese, today, first);

        navigate(FairView.class, fair.id().toString());
        FairCatalogueView second = navigate(FairCatalogueView.class);
        second.text.setValue(fair.nameZh());

        assertThat(second).isNotSameAs(first);
        assertThat(catalogueRows.of(fair, chinese, today, second)).isSameAs(row);
        assertThat(test(second.grid).getCellText(0, test(second.grid).getColumnPosition("place")))
                .isEqualTo(row.place()).isEqualTo("Dubai, 阿拉伯联合酋长国");
        assertThat(row.dates()).isEqualTo(FairLabels.dates(fair, chinese));
        var reader = catalogueRows.reader(chinese, today, second);
        assertThat(reader.apply(fair)).isSameAs(row);
        Fair other = rows(second.grid).stream().filter(f -> !f.id().equals(fair.id())).findFirst()
                .orElseGet(() -> fairs.create(actors.staff(), Fairs.draft()).block(Duration.ofSeconds(10)));
        assertThat(reader.apply(other).name()).isEqualTo(other.nameZh());
        assertThat(reader.apply(fair)).isSameAs(row);
        Fair renamed = fairs.update(actors.staff(), fair.id(), fair.version(), new FairDraft(
                draft.nameZh() + "（新）", draft.nameEn(), draft.city(), draft.country(), draft.venue(), draft.startDate(),
                draft.endDate(), draft.sectors(), draft.website())).block(Duration.ofSeconds(10));
        assertThat(catalogueRows.of(renamed, chinese, today, second).name()).isEqualTo(renamed.nameZh())
                .isNotEqualTo(row.name());
    }
}
