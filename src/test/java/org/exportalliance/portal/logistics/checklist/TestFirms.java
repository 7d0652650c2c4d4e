package org.exportalliance.portal.logistics.checklist;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.exportalliance.portal.account.AccountService;
import org.exportalliance.portal.account.Actor;
import org.exportalliance.portal.account.NewUser;
import org.exportalliance.portal.account.Role;
import org.exportalliance.portal.account.UserAccount;
import org.exportalliance.portal.firm.Firm;
import org.exportalliance.portal.firm.FirmKind;
import org.exportalliance.portal.firm.FirmService;

/** Fresh firms with their own users (each with an e-mail address and a language), so reminder counts are exact. */
final class TestFirms {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private TestFirms() {}

    /** A firm and its users, the first one acting for it. */
    record TestFirm(Firm firm, List<UserAccount> users) {
        Actor actor() {
            return users.getFirst().asActor();
        }
    }

    /** One user per locale ("zh-CN" or "en"), named in that language. */
    static TestFirm create(FirmService firms, AccountService accounts, String... locales) {
        String n = (System.nanoTime() % 1_000_000) + "-" + SEQUENCE.incrementAndGet();
        Firm firm = firms.create("测试纺机企业 " + n, "Test Machinery " + n, FirmKind.MEMBER, "STANDARD", "新昌")
                .block(Duration.ofSeconds(10));
        List<UserAccount> users = new ArrayList<>();
        for (int i = 0; i < locales.length; i++) {
            boolean english = locales[i].equals("en");
            String username = "t" + n.replace("-", "x") + "u" + i;
            users.add(accounts.create(new NewUser(firm.id(), username, english ? "Alice Chen " + i : "王芳" + i,
                    username + "@firm.test", "test-password-1234", Set.of(Role.MEMBER), locales[i], false))
                    .block(Duration.ofSeconds(10)));
        }
        return new TestFirm(firm, users);
    }
}
