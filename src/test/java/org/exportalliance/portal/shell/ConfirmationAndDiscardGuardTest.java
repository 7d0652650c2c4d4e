package org.exportalliance.portal.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import org.exportalliance.portal.fair.ui.FairCatalogueView;
import org.exportalliance.portal.platform.refusal.FieldProblem;
import org.exportalliance.portal.support.BrowserlessPortalTest;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

@BrowserlessPortalTest
@WithUserDetails(value = "staff", userDetailsServiceBeanName = "portalUserDetailsService")
class ConfirmationAndDiscardGuardTest extends SpringBrowserlessTest {

    @Test
    void a_confirmation_acts_only_on_its_confirm_button_and_only_with_a_valid_reason() {
        navigate("", FairCatalogueView.class);
        List<String> done = new ArrayList<>();
        Confirmation confirmation = Confirmation.of("取消展团", "所有报名的企业都会收到通知。", "取消展团")
                .withReason("原因", 200, text -> text.isBlank()
                        ? List.of(new FieldProblem("reason", "validation.required")) : List.of())
                .onConfirm(done::add);
        confirmation.open();

        test($(Button.class).id("confirmation-confirm")).click();
        TextArea reason = $(TextArea.class).id("confirmation-reason");
        assertThat(done).isEmpty();
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo("此项为必填项");
        assertThat(confirmation.isOpened()).isTrue();

        test(reason).setValue("展会延期");
        test($(Button.class).id("confirmation-confirm")).click();
        assertThat(done).containsExactly("展会延期");
        assertThat(confirmation.isOpened()).isFalse();
    }

    @Test
    void going_back_from_a_confirmation_does_nothing() {
        navigate("", FairCatalogueView.class);
        List<String> done = new ArrayList<>();
        Confirmation confirmation = Confirmation.of("撤回报名", "名额将释放给候补企业。", "撤回").onConfirm(done::add);
        confirmation.open();

        test($(Button.class).id("confirmation-keep")).click();

        assertThat(confirmation.isOpened()).isFalse();
        assertThat(done).isEmpty();
    }

    @Test
    void esc_closes_an_untouched_form_at_once_but_asks_before_discarding_typed_input() {
        navigate("", FairCatalogueView.class);
        TextField name = new TextField("名称");
        name.setValue("ITMA 2027");
        Dialog form = new Dialog(name);
        DiscardGuard.protect(form);
        form.open();

        escape(form);
        assertThat(form.isOpened()).as("nothing typed: Esc closes").isFalse();

        form.open();
        roundTrip();
        test(name).setValue("ITMA 2027 米兰");
        escape(form);
        assertThat(form.isOpened()).as("typed input: Esc asks first").isTrue();
        assertThat($(Dialog.class).id("confirmation").getHeaderTitle()).isEqualTo("放弃未保存的内容？");

        test($(Button.class).id("confirmation-keep")).click();
        assertThat(form.isOpened()).as("keep editing").isTrue();
        assertThat(name.getValue()).isEqualTo("ITMA 2027 米兰");

        escape(form);
        test($(Button.class).id("confirmation-confirm")).click();
        assertThat(form.isOpened()).as("discarded on request").isFalse();
    }

    private static void escape(Dialog dialog) {
        ComponentUtil.fireEvent(dialog, new Dialog.DialogCloseActionEvent(dialog, true));
    }
}
