package org.exportalliance.portal.lead;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The normalised buyer identity conflict detection matches on, with the near-duplicates members really type. */
class BuyerIdentityTest {

    @Test
    void the_same_company_written_two_ways_has_one_name() {
        assertThat(BuyerNames.normalise("Tessitura Rossi S.p.A.")).isEqualTo("tessitura rossi");
        assertThat(BuyerNames.normalise("TESSITURA ROSSI SPA")).isEqualTo("tessitura rossi");
        assertThat(BuyerNames.normalise("Tessitura  Rossi, S.P.A")).isEqualTo("tessitura rossi");
    }

    @Test
    void legal_forms_go_in_many_languages_and_the_words_that_name_the_firm_stay() {
        assertThat(BuyerNames.normalise("Müller Textilmaschinen GmbH & Co. KG")).isEqualTo("muller textilmaschinen");
        assertThat(BuyerNames.normalise("Arvind Mills Pvt. Ltd.")).isEqualTo("arvind mills");
        assertThat(BuyerNames.normalise("Hilaturas Ferre, S.A.")).isEqualTo("hilaturas ferre");
        assertThat(BuyerNames.normalise("PT Sinar Jaya Tekstil Tbk")).isEqualTo("sinar jaya tekstil");
        assertThat(BuyerNames.normalise("Dhaka Knit Composite Ltd")).isEqualTo("dhaka knit composite");
        assertThat(BuyerNames.normalise("越南丝绸纺织股份有限公司")).isEqualTo("越南丝绸纺织");
        assertThat(BuyerNames.normalise("Vinatex Co., Ltd.")).isEqualTo("vinatex");
    }

    @Test
    void a_name_that_is_only_a_legal_form_is_not_emptied() {
        assertThat(BuyerNames.normalise("Company")).isEqualTo("company");
        assertThat(BuyerNames.normalise("SA Textiles")).isEqualTo("sa textiles");
    }

    @Test
    void a_shared_company_domain_matches_and_free_mail_does_not() {
        assertThat(WebDomains.ofEmail("Marco.Rossi@Tessitura-Rossi.IT")).contains("tessitura-rossi.it");
        assertThat(WebDomains.ofWebsite("https://www.tessitura-rossi.it/en/contatti")).contains("tessitura-rossi.it");
        assertThat(WebDomains.ofWebsite("tessitura-rossi.it")).contains("tessitura-rossi.it");
        assertThat(WebDomains.ofEmail("rossi.tessitura@gmail.com")).isEmpty();
        assertThat(WebDomains.ofEmail("buyer@163.com")).isEmpty();
        assertThat(WebDomains.ofEmail("not an address")).isEmpty();
        assertThat(WebDomains.ofWebsite("http://纺织.中国")).hasValueSatisfying(d -> assertThat(d).startsWith("xn--"));
    }

    @Test
    void a_reformatted_phone_is_the_same_e164_number_and_nonsense_is_none() {
        assertThat(PhoneNumbers.e164("+39 031 555 0123", "IT")).contains("+390315550123");
        assertThat(PhoneNumbers.e164("0039-031-5550123", "IT")).contains("+390315550123");
        assertThat(PhoneNumbers.e164("031 5550123", "it")).contains("+390315550123");
        assertThat(PhoneNumbers.e164("+91 98765 43210", "IN")).contains("+919876543210");
        assertThat(PhoneNumbers.e164("138 0013 8000", "CN")).contains("+8613800138000");
        assertThat(PhoneNumbers.e164("12345", "IT")).isEmpty();
        assertThat(PhoneNumbers.e164("call me", "DE")).isEmpty();
    }
}
