package org.exportalliance.portal.account;

import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * New passwords are stored with Argon2id (Spring Security's 5.8 defaults: 16 MiB, 2 passes), through the delegating
 * encoder, which still checks the bcrypt hashes stored before issue 14. bcrypt reads only the first 72 bytes of a
 * password and Spring refuses longer ones, while passwords may now be 256 characters of any script (ASVS 5.0 6.2).
 */
@Configuration(proxyBeanMethods = false)
class PasswordHashing {

    static final String ARGON2 = "argon2@SpringSecurity_v5_8";

    @Bean
    PasswordEncoder passwordEncoder() {
        return new DelegatingPasswordEncoder(ARGON2, Map.of(
                ARGON2, Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(),
                "bcrypt", new BCryptPasswordEncoder()));
    }
}
