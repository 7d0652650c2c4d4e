package org.exportalliance.portal.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import org.exportalliance.portal.platform.Workers;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
import reactor.core.publisher.Mono;

/**
 * E-mail over SMTP, for features that tell people something outside the app (checklist reminders). Boot configures
 * the SMTP client from {@code spring.mail.*}; without {@code spring.mail.host} there is none, e-mail is off and
 * {@link #enabled()} says so. The sender address is {@code portal.mail.from}.
 *
 * <p>{@link JavaMailSender} blocks on the network (and the message bundles may read files), so composing and sending
 * run on Reactor's bounded-elastic workers, never on a reactive thread. Nothing here logs an address or a body.
 */
@Component
public class EmailSender {

    private static final Logger log = LoggerFactory.getLogger(EmailSender.class);

    private final @Nullable JavaMailSender mail;
    private final MessageSource messages;
    private final Clock clock;
    private final String from;
    private final String host;

    EmailSender(ObjectProvider<JavaMailSender> mail, MessageSource messages, Clock clock,
            @Value("${portal.mail.from:noreply@localhost}") String from,
            @Value("${spring.mail.host:}") String host) {
        // The host is asked as well as the bean: a jar processed by Spring AOT defines the SMTP client whatever the
        // run's settings (the build sets spring.mail.host so that a run with a host has one), so without a host here
        // it would be a client for nobody.
        this.mail = host.isBlank() ? null : mail.getIfAvailable();
        this.messages = messages;
        this.clock = clock;
        this.from = from;
        this.host = host;
    }

    /** Whether e-mail goes out at all (an SMTP host is configured). */
    public boolean enabled() {
        return mail != null;
    }

    @EventListener(ApplicationReadyEvent.class)
    void announce() {
        if (enabled()) {
            log.info("e-mail on: SMTP host {}, sender {}", host, from);
        } else {
            log.info("e-mail off: set SPRING_MAIL_HOST (and SPRING_MAIL_PORT, SPRING_MAIL_USERNAME, "
                    + "SPRING_MAIL_PASSWORD, PORTAL_MAIL_FROM) to send reminders by e-mail; until then they go to the "
                    + "in-app notification centre only");
        }
    }

    /**
     * Sends the message {@code key} in {@code locale}: the subject is {@code key.subject}, the plain text
     * {@code key.text} and, if the bundle has it, the HTML {@code key.html} (arguments HTML-escaped), all from the
     * message bundles with {@code args}.
     */
    public Mono<Void> send(String to, Locale locale, String key, List<String> args) {
        return Workers.call(() -> compose(to, locale, key, args)).flatMap(this::send);
    }

    /** Sends one message; completes once the SMTP server accepted it, fails with the client's exception if not. */
    public Mono<Void> send(EmailMessage message) {
        JavaMailSender sender = mail;
        if (sender == null) {
            return Mono.error(new IllegalStateException("e-mail is off (no spring.mail.host)"));
        }
        return Workers.run(() -> sender.send(mime(sender, message)));
    }

    EmailMessage compose(String to, Locale locale, String key, List<String> args) {
        Object[] plain = args.toArray();
        Object[] escaped = args.stream().map(HtmlUtils::htmlEscape).toArray();
        String html = messages.getMessage(key + ".html", escaped, null, locale);
        return new EmailMessage(to, messages.getMessage(key + ".subject", plain, locale),
                messages.getMessage(key + ".text", plain, locale), html);
    }

    private MimeMessage mime(JavaMailSender sender, EmailMessage m) {
        MimeMessage mime = sender.createMimeMessage();
        try {
            MimeMessageHelper helper = new MimeMessageHelper(mime, m.html() != null, "UTF-8");
            helper.setFrom(from);
            helper.setTo(m.to());
            helper.setSubject(m.subject());
            helper.setSentDate(Date.from(clock.instant()));
            if (m.html() != null) {
                helper.setText(m.text(), m.html());
            } else {
                helper.setText(m.text());
            }
        } catch (MessagingException e) {
            throw new org.springframework.mail.MailPreparationException("could not prepare the e-mail", e);
        }
        return mime;
    }
}
