package org.exportalliance.portal.notification.outbox.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.exportalliance.portal.account.Actor;
import org.exportalliance.portal.notification.outbox.ChannelSettings;
import org.exportalliance.portal.notification.outbox.ChannelSettings.Owner;
import org.exportalliance.portal.notification.outbox.NoticeChannel;
import org.exportalliance.portal.platform.refusal.FieldProblem;
import org.exportalliance.portal.shell.Confirmation;
import org.exportalliance.portal.shell.UiCalls;
import reactor.core.publisher.Mono;

/**
 * 通知渠道: the in-app centre (always on), e-mail (a person's only), a WeCom and a DingTalk robot. A saved secret is
 * never shown again, only "saved · ends ab12"; typing a new one replaces it. "Send a test" goes through the outbox
 * and says what came back.
 */
public class ChannelsSection extends VerticalLayout {

    final Grid<NoticeChannel> grid = new Grid<>();
    final Button email = new Button();
    final TextField wecomKey = new TextField();
    final Button saveWeCom = new Button();
    final TextField dingTalkToken = new TextField();
    final PasswordField dingTalkSecret = new PasswordField();
    final Button saveDingTalk = new Button();
    final Span result = new Span();

    public ChannelsSection(ChannelSettings settings, Actor actor, Owner owner) {
        setPadding(false);
        grid.setId(owner == Owner.PERSON ? "channels" : "firm-channels");
        grid.addColumn(c -> getTranslation("channel.kind." + c.kind())).setHeader(getTranslation("channel.kind"));
        grid.addColumn(this::state).setHeader(getTranslation("channel.state")).setFlexGrow(2);
        grid.addComponentColumn(c -> {
            Button test = new Button(getTranslation("channel.test"), e -> UiCalls.run(this,
                    settings.test(actor, c.id()).map(d -> getTranslation("channel.outcome." + d.outcome()))
                            .defaultIfEmpty(getTranslation("channel.test.queued")),
                    text -> {
                        result.setText(text);
                        refresh(settings, actor, owner);
                    }, r -> UiCalls.showRefusal(this, r)));
            Button remove = new Button(getTranslation("channel.remove"), e -> confirmRemove(settings, actor, owner, c));
            remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
            remove.addClassName("remove-channel");
            return new HorizontalLayout(test, remove);
        }).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        result.setId(grid.getId().orElse("") + "-result");

        email.setText(getTranslation("channel.email.choose"));
        email.addClickListener(e -> save(settings, actor, owner, settings.chooseEmail(actor)));
        email.setVisible(owner == Owner.PERSON);
        wecomKey.setLabel(getTranslation("channel.wecom.key"));
        wecomKey.setMaxLength(128);
        saveWeCom.setText(getTranslation("channel.save"));
        saveWeCom.addClickListener(e -> save(settings, actor, owner,
                settings.chooseWeCom(actor, owner, wecomKey.getValue())));
        dingTalkToken.setLabel(getTranslation("channel.dingtalk.token"));
        dingTalkToken.setMaxLength(256);
        dingTalkSecret.setLabel(getTranslation("channel.dingtalk.secret"));
        dingTalkSecret.setMaxLength(260);
        saveDingTalk.setText(getTranslation("channel.save"));
        saveDingTalk.addClickListener(e -> save(settings, actor, owner,
                settings.chooseDingTalk(actor, owner, dingTalkToken.getValue(), dingTalkSecret.getValue())));

        refresh(settings, actor, owner);
        add(new H3(getTranslation(owner == Owner.PERSON ? "channel.title" : "channel.firm-title")),
                new Span(getTranslation("channel.in-app")), grid, result, email,
                new HorizontalLayout(wecomKey, saveWeCom), new HorizontalLayout(dingTalkToken, dingTalkSecret,
                        saveDingTalk));
    }

    /** Notices stop going to the channel, and a robot's key is gone for good: asks first, naming the channel. */
    Confirmation confirmRemove(ChannelSettings settings, Actor actor, Owner owner, NoticeChannel c) {
        String kind = getTranslation("channel.kind." + c.kind());
        Confirmation confirmation = Confirmation.of(getTranslation("channel.remove.title", kind),
                        getTranslation(owner == Owner.PERSON ? "channel.remove.consequence"
                                : "channel.remove.firm-consequence", kind),
                        getTranslation("channel.remove"))
                .calling(reason -> settings.remove(actor, c.id()).thenReturn(true),
                        removed -> refresh(settings, actor, owner));
        confirmation.open();
        return confirmation;
    }

    /** "saved · ends ab12", broken with its reason, or paused. */
    private String state(NoticeChannel c) {
        if (c.broken()) {
            return getTranslation("channel.broken", String.valueOf(c.brokenReason()));
        }
        return c.hint() == null ? getTranslation("channel.on") : getTranslation("channel.saved", c.hint());
    }

    private void save(ChannelSettings settings, Actor actor, Owner owner, Mono<NoticeChannel> call) {
        UiCalls.run(this, call, saved -> {
            wecomKey.clear();
            dingTalkToken.clear();
            dingTalkSecret.clear();
            mark(List.of());
            refresh(settings, actor, owner);
        }, UiCalls.intoForm(this, this::mark));
    }

    private void mark(List<FieldProblem> problems) {
        wecomKey.setInvalid(false);
        dingTalkToken.setInvalid(false);
        dingTalkSecret.setInvalid(false);
        for (FieldProblem p : problems) {
            var field = switch (p.field()) {
                case "key" -> wecomKey;
                case "token" -> dingTalkToken;
                case "secret" -> dingTalkSecret;
                default -> null;
            };
            if (field != null) {
                field.setErrorMessage(getTranslation(p.messageKey()));
                field.setInvalid(true);
            } else {
                UiCalls.showWarning(this, getTranslation(p.messageKey()));
            }
        }
    }

    private void refresh(ChannelSettings settings, Actor actor, Owner owner) {
        grid.setItems(UiCalls.fetch(settings.channels(actor, owner)).toList());
    }
}
