package org.exportalliance.portal.lead;

import org.jspecify.annotations.Nullable;

/** A buyer's contact, revealed: the phone numbers are in E.164. Personal data; never logged. */
public record Contact(String name, String title, @Nullable String email, @Nullable String phone,
        @Nullable String wechat, @Nullable String whatsapp) {

    @Override
    public String toString() {
        return "Contact[redacted]";
    }
}
