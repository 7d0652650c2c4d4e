package org.exportalliance.portal.notification;

import org.jspecify.annotations.Nullable;

/** One e-mail to one address: a subject, a plain-text body and, optionally, the same body as HTML. */
public record EmailMessage(String to, String subject, String text, @Nullable String html) {

    /** Never prints the address or the body: e-mails carry personal data. */
    @Override
    public String toString() {
        return "EmailMessage[subject length " + subject.length() + "]";
    }
}
