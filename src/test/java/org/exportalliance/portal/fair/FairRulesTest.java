package org.exportalliance.portal.fair;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.exportalliance.portal.platform.refusal.FieldProblem;
import org.exportalliance.portal.support.Fairs;
import org.junit.jupiter.api.Test;

class FairRulesTest {

    @Test
    void a_complete_draft_has_no_problems() {
        assertThat(FairRules.check(Fairs.draft().normalised())).isEmpty();
    }

    @Test
    void an_empty_draft_names_every_required_field() {
        FairDraft empty = new FairDraft(" ", null, "", null, null, null, null, Set.of(), null).normalised();
        assertThat(FairRules.check(empty)).extracting(FieldProblem::field)
                .containsExactly("nameZh", "nameEn", "city", "venue", "country", "startDate", "endDate", "sectors");
    }

    @Test
    void a_control_character_or_a_line_break_in_a_single_line_field_is_refused_by_name() {
        FairDraft d = Fairs.draft();
        FairDraft broken = new FairDraft(d.nameZh() + "\u0000", d.nameEn(), d.city() + "\n第二行", d.country(),
                d.venue(), d.startDate(), d.endDate(), d.sectors(), d.website()).normalised();
        assertThat(FairRules.check(broken)).containsExactlyInAnyOrder(
                new FieldProblem("nameZh", "validation.control-characters"),
                new FieldProblem("city", "validation.control-characters"));
        assertThat(FairRules.checkCancelReason("展会延期\n详见协会通知")).isEmpty();
        assertThat(FairRules.checkCancelReason("展会\u0007延期")).extracting(FieldProblem::field).containsExactly("reason");
    }

    @Test
    void an_unknown_country_code_is_refused() {
        FairDraft d = Fairs.inCountry(Fairs.draft(), "XX").normalised();
        assertThat(FairRules.check(d)).containsExactly(new FieldProblem("country", "validation.country"));
    }

    @Test
    void a_lower_case_country_code_is_accepted_after_normalising() {
        assertThat(FairRules.check(Fairs.inCountry(Fairs.draft(), " de ").normalised())).isEmpty();
    }

    @Test
    void a_fair_may_not_last_more_than_sixty_days() {
        FairDraft d = Fairs.withDates(Fairs.draft(), LocalDate.of(2027, 1, 1), LocalDate.of(2027, 3, 5));
        assertThat(FairRules.check(d)).containsExactly(new FieldProblem("endDate", "fair.validation.too-long"));
    }

    @Test
    void only_http_and_https_web_addresses_are_accepted() {
        FairDraft base = Fairs.draft();
        for (String bad : new String[] {"ftp://x.org", "javascript:alert(1)", "https://", "http://a b.com"}) {
            FairDraft d = new FairDraft(base.nameZh(), base.nameEn(), base.city(), base.country(), base.venue(),
                    base.startDate(), base.endDate(), base.sectors(), bad);
            assertThat(FairRules.check(d)).as(bad).containsExactly(new FieldProblem("website", "validation.url"));
        }
    }

    @Test
    void overlong_names_are_refused() {
        FairDraft base = Fairs.draft();
        FairDraft d = new FairDraft("展".repeat(201), base.nameEn(), base.city(), base.country(), base.venue(),
                base.startDate(), base.endDate(), base.sectors(), null);
        assertThat(FairRules.check(d)).containsExactly(new FieldProblem("nameZh", "validation.too-long.200"));
    }
}
