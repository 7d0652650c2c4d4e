package org.exportalliance.portal.lead.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.exportalliance.portal.account.Actor;
import org.exportalliance.portal.lead.LeadFilter;
import org.exportalliance.portal.lead.LeadSource;
import org.exportalliance.portal.lead.export.LeadExports;
import org.exportalliance.portal.platform.i18n.PortalLocales;
import org.exportalliance.portal.support.Actors;
import org.exportalliance.portal.support.Leads;
import org.exportalliance.portal.support.PortalTest;
import org.exportalliance.portal.support.ReactiveGuard;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import reactor.test.StepVerifier;

/** Reading, checking and committing an import, and exporting, never block a reactive thread (BlockHound). */
@PortalTest
class LeadTransferNonBlockingTest {

    @Autowired LeadImports imports;
    @Autowired LeadExports exports;
    @Autowired Actors actors;

    @Test
    void an_import_and_an_export_run_without_blocking() {
        ReactiveGuard.install();
        Actor member = actors.member();
        String word = Leads.uniqueName().split(" ")[0];
        byte[] file = ("公司名称,国家,联系人,邮箱,电话,产品类别\n"
                + word + " Uno,德国,Anna,anna@" + word.toLowerCase() + "-uno.de,+49 30 1234567,织造机械\n"
                + word + " Due,Italy,Luca,luca@,,WEAVING\n").getBytes(StandardCharsets.UTF_8);
        ImportSettings settings = ImportSettings.privateFrom(LeadSource.FAIR);

        ReactiveGuard.onReactiveThread(() -> imports.read(file)
                        .flatMap(table -> imports.preview(member, table, imports.suggest(table), settings)
                                .then(imports.run(member, table, imports.suggest(table), settings,
                                        ImportMode.GOOD_ROWS))))
                .as(StepVerifier::create)
                .assertNext(result -> assertThat(result.imported()).isEqualTo(1))
                .verifyComplete();
        ReactiveGuard.onReactiveThread(() -> exports.export(member, new LeadFilter(null, null, null, word, false),
                        PortalLocales.CHINESE))
                .as(StepVerifier::create)
                .assertNext(export -> assertThat(export.rows()).isEqualTo(1))
                .verifyComplete();
    }
}
