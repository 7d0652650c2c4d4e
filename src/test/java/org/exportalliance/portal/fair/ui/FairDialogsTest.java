package org.exportalliance.portal.fair.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Duration;
import java.util.Locale;
import org.exportalliance.portal.fair.Fair;
import org.exportalliance.portal.fair.FairService;
import org.exportalliance.portal.shell.Confirmation;
import org.exportalliance.portal.shell.SignedIn;
import org.exportalliance.portal.support.Actors;
import org.exportalliance.portal.support.BrowserlessPortalTest;
import org.exportalliance.portal.support.Fairs;
import org.exportalliance.portal.support.UiTasks;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** Staff's fair dialogs ask before anything typed is dropped, and cancelling a fair says it cannot be undone. */
@BrowserlessPortalTest
@WithUserDetails(value = "staff", userDetailsServiceBeanName = "portalUserDetailsService")
class FairDialogsTest extends SpringBrowserlessTest {

    @Autowired FairService fairs;
    @Autowired SignedIn signedIn;
    @Autowired Actors actors;

    private Fair aFair() {
        return fairs.create(actors.staff(), Fairs.draft()).block(Duration.ofSeconds(10));
    }

    private static void escape(Dialog dialog) {
        ComponentUtil.fireEvent(dialog, new Dialog.DialogCloseActionEvent(dialog, true));
    }

    private Dialog discardQuestion() {
        return $(Dialog.class).id("confirmation");
    }

    @Test
    void a_new_fair_half_typed_is_not_dropped_by_esc_or_the_close_button_without_asking() {
        FairCatalogueView view = navigate(FairCatalogueView.class);
        test(view.create).click();
        FairEditor editor = $(FairEditor.class).single();
        test(editor.nameZh).setValue("迪拜纺机展");

        escape(editor);
        assertThat(editor.isOpened()).as("Esc asks first").isTrue();
        assertThat(discardQuestion().getHeaderTitle()).isEqualTo("放弃未保存的内容？");
        test($(Button.class).id("confirmation-keep")).click();
        assertThat(editor.isOpened()).isTrue();
        assertThat(editor.nameZh.getValue()).isEqualTo("迪拜纺机展");

        test($(Button.class).id("fair-close")).click();
        assertThat(editor.isOpened()).as("the close button asks too").isTrue();
        test($(Button.class).id("confirmation-confirm")).click();
        assertThat(editor.isOpened()).as("discarded on request").isFalse();
    }

    @Test
    void an_editor_opened_on_a_fair_closes_at_once_while_nothing_was_changed() {
        navigate(FairCatalogueView.class);
        FairEditor editor = new FairEditor(fairs, signedIn, aFair());
        editor.open();

        escape(editor);

        assertThat(editor.isOpened()).isFalse();
        assertThat($(Dialog.class).all()).noneMatch(d -> "confirmation".equals(d.getId().orElse("")));
    }

    @Test
    void cancelling_a_fair_says_it_cannot_be_undone_keeps_a_typed_reason_from_esc_and_then_cancels() {
        navigate(FairCatalogueView.class);
        Fair fair = aFair();
        Confirmation dialog = FairCancellation.of(UI.getCurrent(), fairs, signedIn, fair);
        dialog.open();
        assertThat($(Paragraph.class).id("confirmation-text").getText())
                .contains(fair.nameZh()).contains("无法撤销");
        TextArea reason = $(TextArea.class).id("confirmation-reason");
        assertThat(reason.getHelperText()).isEqualTo("取消后会员将看到此原因。");

        test(reason).setValue("主办方宣布延期");
        escape(dialog);
        assertThat(dialog.isOpened()).as("a typed reason is not dropped without asking").isTrue();
        Confirmation question = $(Confirmation.class).all().stream().filter(c -> c != dialog).findFirst()
                .orElseThrow();
        assertThat(question.getHeaderTitle()).isEqualTo("放弃未保存的内容？");
        footerButton(question, "confirmation-keep").click();
        assertThat(dialog.isOpened()).isTrue();
        assertThat(reason.getValue()).isEqualTo("主办方宣布延期");

        footerButton(dialog, "confirmation-confirm").click();
        UiTasks.await(() -> !dialog.isOpened());
        assertThat(dialog.isOpened()).isFalse();
        Fair cancelled = fairs.find(fair.id()).block(Duration.ofSeconds(10));
        assertThat(cancelled.isCancelled()).isTrue();
        assertThat(cancelled.cancelReason()).isEqualTo("主办方宣布延期");
    }

    @Test
    void a_refused_cancellation_keeps_the_dialog_and_its_reason_and_says_why_once_inside_it() {
        navigate(FairCatalogueView.class);
        Fair fair = aFair();
        Confirmation dialog = FairCancellation.of(UI.getCurrent(), fairs, signedIn, fair);
        dialog.open();
        // Someone else edits the fair meanwhile: the dialog's version is stale.
        fairs.update(actors.staff(), fair.id(), fair.version(), fair.toDraft()).block(Duration.ofSeconds(10));
        TextArea reason = $(TextArea.class).id("confirmation-reason");
        test(reason).setValue("主办方宣布延期");

        footerButton(dialog, "confirmation-confirm").click();
        UiTasks.await(() -> !dialog.refusalText().isEmpty());

        assertThat(dialog.isOpened()).as("the typed reason stays").isTrue();
        assertThat(reason.getValue()).isEqualTo("主办方宣布延期");
        assertThat(dialog.refusalText()).isEqualTo("该记录已被其他人修改，请刷新后重试。");
        assertThat($(Notification.class).all()).as("said once, in the dialog").isEmpty();
        assertThat(fairs.find(fair.id()).block(Duration.ofSeconds(10)).isCancelled()).isFalse();
    }

    /** Two confirmations may be open (the question over the cancellation): a button of one of them. */
    private com.vaadin.flow.component.button.ButtonTester<Button> footerButton(Dialog dialog, String id) {
        return test($(Button.class).from(dialog).id(id));
    }

    @Test
    void the_editors_date_pickers_speak_the_readers_language() {
        FairCatalogueView view = navigate(FairCatalogueView.class);
        test(view.create).click();
        FairEditor chinese = $(FairEditor.class).single();
        assertThat(chinese.startDate.getI18n().getMonthNames()).startsWith("一月", "二月");
        assertThat(chinese.startDate.getI18n().getToday()).isEqualTo("今天");
        assertThat(chinese.endDate.getI18n().getCancel()).isEqualTo("取消");
        chinese.close();

        UI.getCurrent().setLocale(Locale.ENGLISH);
        FairEditor english = new FairEditor(fairs, signedIn, null);
        assertThat(english.startDate.getI18n().getMonthNames()).startsWith("January");
        assertThat(english.startDate.getI18n().getWeekdaysShort()).startsWith("Sun", "Mon");
        assertThat(english.endDate.getI18n().getToday()).isEqualTo("Today");
        assertThat(english.startDate.getLocale()).isEqualTo(Locale.ENGLISH);
    }
}
