package org.exportalliance.portal.account;

import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The portal's own encoder, counting how often a password is compared with a hash. */
final class CountingPasswordEncoder implements PasswordEncoder {

    private final PasswordEncoder real;
    private final AtomicInteger matches = new AtomicInteger();

    CountingPasswordEncoder(PasswordEncoder real) {
        this.real = real;
    }

    int matches() {
        return matches.get();
    }

    @Override
    public String encode(CharSequence rawPassword) {
        return real.encode(rawPassword);
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        matches.incrementAndGet();
        return real.matches(rawPassword, encodedPassword);
    }
}
