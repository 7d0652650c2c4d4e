package org.exportalliance.portal.firm.membership.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.exportalliance.portal.firm.membership.importing.MemberLists.ADMIN;
import static org.exportalliance.portal.firm.membership.importing.MemberLists.CODE;
import static org.exportalliance.portal.firm.membership.importing.MemberLists.HEADERS_ZH;
import static org.exportalliance.portal.firm.membership.importing.MemberLists.csv;
import static org.exportalliance.portal.firm.membership.importing.MemberLists.row;
import static org.exportalliance.portal.firm.membership.importing.MemberLists.with;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.exportalliance.portal.support.Actors;
import org.exportalliance.portal.support.WithSmtpServer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The invitations of an import go out by e-mail once it has committed, and never for an import that did not. */
class MemberImportMailTest extends WithSmtpServer {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Autowired MemberImports imports;
    @Autowired Actors actors;

    @Test
    void each_first_admin_is_mailed_in_their_language_after_the_import_commits() {
        List<String> english = row("mail-en", true);
        List<String> chinese = with(row("mail-zh", true), MemberLists.ADMIN + 1, "");
        MemberSheet sheet = imports.read(csv(HEADERS_ZH, List.of(english, chinese))).block(WAIT);

        MemberImportResult result = imports.run(actors.staff(), sheet).block(WAIT);

        assertThat(result.mailed()).isEqualTo(2);
        assertThat(mailsTo(english.get(ADMIN), "invited")).singleElement()
                .satisfies(m -> assertThat(Objects.requireNonNull(content(m, "text/plain")))
                        .contains(english.get(1)).contains(result.firms().getFirst().invitation().link()));
        assertThat(mailsTo(chinese.get(ADMIN), "邀请")).as("an empty admin language is Chinese").hasSize(1);
    }

    @Test
    void a_list_with_a_problem_mails_nobody() {
        List<String> good = row("nomail1", true);
        List<String> twin = with(row("nomail2", true), CODE, good.get(CODE));
        MemberSheet sheet = imports.read(csv(HEADERS_ZH, List.of(good, twin))).block(WAIT);

        assertThatThrownBy(() -> imports.run(actors.staff(), sheet).block(WAIT))
                .isInstanceOf(MemberImportHasProblems.class);

        assertThat(mailsTo(good.get(ADMIN), "")).isEmpty();
        assertThat(mailsTo(twin.get(ADMIN), "")).isEmpty();
    }
}
