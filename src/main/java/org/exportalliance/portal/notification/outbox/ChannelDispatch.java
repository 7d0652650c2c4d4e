package org.exportalliance.portal.notification.outbox;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import org.exportalliance.portal.account.AccountService;
import org.exportalliance.portal.notification.EmailMessage;
import org.exportalliance.portal.notification.EmailSender;
import org.exportalliance.portal.notification.channel.Notice;
import org.exportalliance.portal.notification.channel.Robot;
import org.exportalliance.portal.notification.channel.RobotKind;
import org.exportalliance.portal.notification.channel.RobotMarkdown;
import org.exportalliance.portal.notification.channel.RobotMessage;
import org.exportalliance.portal.notification.channel.RobotOutcome;
import org.exportalliance.portal.notification.channel.RobotSender;
import org.exportalliance.portal.platform.Workers;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Writes a channel's due notices as one message in the receiver's language (a digest when several) and sends it:
 * robots through {@link RobotSender}, e-mail through {@link EmailSender} to the account's address. Whatever happens
 * is an outcome; nothing here logs a secret, an address or a text.
 */
@Component
class ChannelDispatch {

    private final ChannelSecrets secrets;
    private final RobotMarkdown markdown;
    private final RobotSender robots;
    private final EmailSender mail;
    private final AccountService accounts;
    private final MessageSource messages;
    private final String base;

    ChannelDispatch(ChannelSecrets secrets, RobotMarkdown markdown, RobotSender robots, EmailSender mail,
            AccountService accounts, MessageSource messages,
            @Value("${portal.public-url:http://localhost:${server.port:8080}}") String base) {
        this.secrets = secrets;
        this.markdown = markdown;
        this.robots = robots;
        this.mail = mail;
        this.accounts = accounts;
        this.messages = messages;
        this.base = base.endsWith("/") ? base : base + "/";
    }

    Mono<RobotOutcome> send(ChannelRepository.Locked locked, List<OutboxRepository.Queued> rows) {
        NoticeChannel channel = locked.channel();
        Locale locale = Locale.forLanguageTag(rows.getFirst().locale());
        if (channel.kind() == ChannelKind.EMAIL) {
            return email(Objects.requireNonNull(channel.userId()), rows, locale);
        }
        if (locked.sealed() == null) {
            return Mono.just(new RobotOutcome.Misconfigured("no credentials"));
        }
        UUID owner = channel.userId() != null ? channel.userId() : Objects.requireNonNull(channel.firmId());
        Robot robot;
        try {
            robot = secrets.open(owner, channel.kind(), locked.sealed());
        } catch (RuntimeException e) {
            return Mono.just(new RobotOutcome.Misconfigured("the stored secret does not open (portal.channels.key)"));
        }
        return Workers.call(() -> message(RobotKind.valueOf(channel.kind().name()), rows, locale))
                .flatMap(message -> robots.send(robot, message));
    }

    private RobotMessage message(RobotKind kind, List<OutboxRepository.Queued> rows, Locale locale) {
        List<Notice> notices = rows.stream().map(row -> {
            String text = text(row, locale);
            return new Notice(text, List.of(), link(row), row.createdAt());
        }).toList();
        return notices.size() == 1 ? markdown.notice(kind, notices.getFirst(), locale)
                : markdown.digest(kind, notices, URI.create(base), locale);
    }

    private Mono<RobotOutcome> email(UUID user, List<OutboxRepository.Queued> rows, Locale locale) {
        return accounts.findById(user)
                .flatMap(account -> account.email() == null ? Mono.<RobotOutcome>just(
                        new RobotOutcome.Misconfigured("the account has no e-mail address"))
                        : Workers.call(() -> emailOf(account.email(), rows, locale))
                                .flatMap(mail::send)
                                .thenReturn((RobotOutcome) new RobotOutcome.Delivered())
                                .onErrorResume(e -> Mono.just(new RobotOutcome.Transient(
                                        "e-mail failed (" + e.getClass().getSimpleName() + ")"))))
                .defaultIfEmpty(new RobotOutcome.Misconfigured("the account is gone"));
    }

    private EmailMessage emailOf(String to, List<OutboxRepository.Queued> rows, Locale locale) {
        StringBuilder body = new StringBuilder();
        for (OutboxRepository.Queued row : rows) {
            body.append(text(row, locale)).append('\n').append(link(row)).append("\n\n");
        }
        String subject = rows.size() == 1 ? text(rows.getFirst(), locale)
                : messages.getMessage("notification.robot.digest-title", new Object[] {rows.size()}, locale);
        return new EmailMessage(to, subject.length() > 150 ? subject.substring(0, 150) : subject, body.toString(),
                null);
    }

    private String text(OutboxRepository.Queued row, Locale locale) {
        return messages.getMessage(row.messageKey(), row.args().toArray(), row.messageKey(), locale);
    }

    private URI link(OutboxRepository.Queued row) {
        return URI.create(base + (row.link() == null ? "" : row.link()));
    }
}
