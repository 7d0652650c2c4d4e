package org.exportalliance.portal.firm.people.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import org.exportalliance.portal.account.Actor;
import org.exportalliance.portal.account.ApiTokenService;
import org.exportalliance.portal.account.TokenSummary;
import org.exportalliance.portal.firm.people.OwnAccountService;
import org.exportalliance.portal.shell.Columns;
import org.exportalliance.portal.shell.Confirmation;
import org.exportalliance.portal.shell.DatePickerLanguage;
import org.exportalliance.portal.shell.FieldErrors;
import org.exportalliance.portal.shell.UiCalls;

/** The person's API tokens: a new one with a name and an expiry (its secret shown once), the live ones, revoking. */
class TokensSection extends VerticalLayout {

    final Grid<TokenSummary> grid = new Grid<>();
    final TextField name = new TextField();
    final DatePicker expires = DatePickerLanguage.datePicker();
    final Button create = new Button();
    final TextField secret = new TextField();

    TokensSection(OwnAccountService own, Actor actor, Clock clock) {
        setPadding(false);
        LocalDate today = LocalDate.now(clock);
        name.setLabel(getTranslation("token.name"));
        name.setId("token-name");
        name.setMaxLength(100);
        expires.setLabel(getTranslation("token.expires"));
        expires.setId("token-expires");
        expires.setMin(today.plusDays(1));
        expires.setMax(today.plusDays(ApiTokenService.LONGEST.toDays() - 1));
        expires.setValue(today.plusDays(ApiTokenService.DEFAULT_LIFETIME.toDays()));
        create.setText(getTranslation("token.create"));
        create.setId("token-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        secret.setLabel(getTranslation("token.secret"));
        secret.setHelperText(getTranslation("token.secret.once"));
        secret.setId("token-secret");
        secret.setReadOnly(true);
        secret.setWidthFull();
        secret.setVisible(false);
        FieldErrors errors = new FieldErrors(this);
        errors.put("name", name);
        errors.put("expiresAt", expires);
        create.addClickListener(e -> {
            LocalDate day = expires.getValue();
            create.setEnabled(false);
            UiCalls.run(this, own.createToken(actor, name.getValue(),
                            day == null ? null : day.atTime(LocalTime.MAX).atZone(clock.getZone()).toInstant()),
                    token -> {
                        create.setEnabled(true);
                        errors.show(java.util.List.of());
                        secret.setValue(token.secret());
                        secret.setVisible(true);
                        name.clear();
                        refresh(own, actor);
                    }, UiCalls.intoForm(this, problems -> {
                        create.setEnabled(true);
                        errors.show(problems);
                    }));
        });
        grid.setId("tokens");
        grid.addColumn(TokenSummary::name).setHeader(getTranslation("token.name"));
        grid.addColumn(t -> Moments.of(t.createdAt(), getLocale(), clock.getZone(), ""))
                .setHeader(getTranslation("token.created"));
        grid.addColumn(t -> Moments.of(t.expiresAt(), getLocale(), clock.getZone(), getTranslation("token.never")))
                .setHeader(getTranslation("token.expires"));
        grid.addColumn(t -> Moments.of(t.lastUsedAt(), getLocale(), clock.getZone(), getTranslation("token.unused")))
                .setHeader(getTranslation("token.last-used"));
        Columns.actions(grid, t -> {
            Button revoke = new Button(getTranslation("token.revoke"), click -> Confirmation.of(
                            getTranslation("token.revoke.title"), getTranslation("token.revoke.consequence", t.name()),
                            getTranslation("token.revoke"))
                    .calling(r -> own.revokeToken(actor, t.id()), done -> refresh(own, actor))
                    .open());
            revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            return revoke;
        });
        grid.setAllRowsVisible(true);
        refresh(own, actor);
        HorizontalLayout form = new HorizontalLayout(name, expires, create);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(new H3(getTranslation("token.title")), form, secret, grid);
    }

    private void refresh(OwnAccountService own, Actor actor) {
        grid.setItems(UiCalls.fetch(own.tokens(actor)).toList());
    }
}
