package org.exportalliance.portal.support;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.exportalliance.portal.account.AccountService;
import org.exportalliance.portal.account.NewUser;
import org.exportalliance.portal.account.Role;
import org.exportalliance.portal.account.UserAccount;
import org.exportalliance.portal.firm.FirmKind;
import org.exportalliance.portal.firm.membership.CreditCode;
import org.exportalliance.portal.firm.membership.MemberDraft;
import org.exportalliance.portal.firm.membership.MemberFirm;
import org.exportalliance.portal.firm.membership.MembershipService;
import org.springframework.stereotype.Component;

/** Member firms enrolled through the register, and people with passwords that sign in, for membership tests. */
@Component
public class Enrolments {

    public static final String PASSWORD = "quiet river under old bridge 27";
    private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime() % 1_000_000L);

    private final MembershipService members;
    private final AccountService accounts;
    private final Actors actors;

    Enrolments(MembershipService members, AccountService accounts, Actors actors) {
        this.members = members;
        this.accounts = accounts;
        this.actors = actors;
    }

    /** A unique valid credit code. */
    public static String code() {
        return CreditCode.withCheckCharacter(String.format("91330624MB%07d", SEQUENCE.incrementAndGet() % 10_000_000L));
    }

    public static MemberDraft draft(String label, FirmKind kind) {
        long n = SEQUENCE.incrementAndGet();
        return new MemberDraft("测试会员" + label + n, "Test Member " + label + " " + n, kind, "STANDARD", "新昌",
                List.of(), code(), "联系人", "0575-8612 0000", "office" + n + "@firm.test", LocalDate.of(2024, 3, 1));
    }

    public MemberFirm firm(String label) {
        return members.enrol(actors.staff(), draft(label, FirmKind.MEMBER)).block(Duration.ofSeconds(10));
    }

    /** A person of the firm who signs in with {@link #PASSWORD}. */
    public UserAccount person(UUID firmId, Role... roles) {
        long n = SEQUENCE.incrementAndGet();
        String username = "p" + n;
        return accounts.create(new NewUser(firmId, username, "Person " + n, username + "@firm.test", PASSWORD,
                Set.of(roles.length == 0 ? new Role[] {Role.MEMBER} : roles), "zh-CN", false))
                .block(Duration.ofSeconds(10));
    }
}
