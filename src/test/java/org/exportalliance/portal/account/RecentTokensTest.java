package org.exportalliance.portal.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.exportalliance.portal.account.ApiTokenRepository.Holder;
import org.junit.jupiter.api.Test;

class RecentTokensTest {

    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-12-07T10:00:00Z"));
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    };
    private final byte[] hash = {1, 2, 3};
    private final Holder holder = holder();

    @Test
    void a_token_checked_is_kept_until_its_recheck_is_due_and_not_a_moment_longer() {
        RecentTokens recent = new RecentTokens(clock, Duration.ofSeconds(1));
        assertThat(recent.get(hash)).isNull();
        recent.keep(hash, holder);
        assertThat(recent.get(hash)).isEqualTo(holder);
        assertThat(recent.get(new byte[] {1, 2, 4})).isNull();
        now.set(now.get().plusMillis(999));
        assertThat(recent.get(hash)).isEqualTo(holder);
        now.set(now.get().plusMillis(1));
        assertThat(recent.get(hash)).isNull();
    }

    @Test
    void a_token_is_never_trusted_past_its_own_expiry() {
        RecentTokens recent = new RecentTokens(clock, Duration.ofMinutes(1));
        Holder expiring = holder(now.get().plusMillis(300).atOffset(ZoneOffset.UTC));
        recent.keep(hash, expiring);
        assertThat(recent.get(hash)).isEqualTo(expiring);
        now.set(now.get().plusMillis(300));
        assertThat(recent.get(hash)).isNull();
    }

    @Test
    void a_drop_forgets_every_token_at_once() {
        RecentTokens recent = new RecentTokens(clock, Duration.ofMinutes(1));
        recent.keep(hash, holder);
        recent.dropAll();
        assertThat(recent.get(hash)).isNull();
    }

    @Test
    void a_recheck_of_zero_keeps_nothing() {
        RecentTokens recent = new RecentTokens(clock, Duration.ZERO);
        recent.keep(hash, holder);
        assertThat(recent.get(hash)).isNull();
    }

    @Test
    void no_more_than_the_most_distinct_tokens_are_kept_however_many_are_tried() {
        RecentTokens recent = new RecentTokens(clock, Duration.ofMinutes(1));
        for (int i = 0; i < RecentTokens.MAX_KEPT + 50; i++) {
            recent.keep(java.nio.ByteBuffer.allocate(4).putInt(i).array(), holder);
        }
        assertThat(recent.get(java.nio.ByteBuffer.allocate(4).putInt(0).array())).isEqualTo(holder);
        assertThat(recent.get(java.nio.ByteBuffer.allocate(4).putInt(RecentTokens.MAX_KEPT + 10).array())).isNull();
    }

    private static Holder holder() {
        return holder(null);
    }

    private static Holder holder(java.time.@org.jspecify.annotations.Nullable OffsetDateTime expiresAt) {
        UUID user = UUID.randomUUID();
        UserAccount account = new UserAccount(user, UUID.randomUUID(), "member", "Member", "m@example.com",
                EnumSet.of(Role.MEMBER), "zh-CN", true, false, Instant.EPOCH, false, false, false);
        return new Holder(new ApiTokenRepository.Use(UUID.randomUUID(), user, null), account, expiresAt);
    }
}
