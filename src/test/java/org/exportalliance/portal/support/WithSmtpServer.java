package org.exportalliance.portal.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * A portal context of its own with e-mail on: a real SMTP server (GreenMail) on a free local port, wired in through
 * {@code spring.mail.host/port}. Tests may stop and restart the server (same port) to make sends fail.
 */
@PortalTest
@TestPropertySource(properties = "portal.mail.from=Export Alliance Portal <portal@alliance.test>")
public abstract class WithSmtpServer {

    protected static final ServerSetup SETUP = new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
    protected static GreenMail smtp = start();

    @DynamicPropertySource
    static void smtpServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", SETUP::getBindAddress);
        registry.add("spring.mail.port", SETUP::getPort);
    }

    static synchronized GreenMail start() {
        GreenMail server = new GreenMail(SETUP);
        server.start();
        return server;
    }

    /** The SMTP server is down until {@link #restartSmtp()}: every send fails to connect. */
    protected static synchronized void stopSmtp() {
        smtp.stop();
    }

    protected static synchronized void restartSmtp() {
        smtp = start();
    }

    /** The e-mails received for {@code address} whose subject contains {@code text}. */
    protected static List<MimeMessage> mailsTo(String address, String text) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getRecipients(Message.RecipientType.TO))
                        .anyMatch(a -> a.toString().equalsIgnoreCase(address))
                        && m.getSubject() != null && m.getSubject().contains(text);
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    /** The decoded content of the first part of {@code type} ("text/plain", "text/html"), or null. */
    protected static @Nullable String content(Part part, String type) {
        return Mails.content(part, type);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
