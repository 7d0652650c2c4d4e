package org.exportalliance.portal.logistics.traveller;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.exportalliance.portal.account.Actor;
import org.exportalliance.portal.audit.AuditService;
import org.exportalliance.portal.delegation.AllocationPolicy;
import org.exportalliance.portal.delegation.Delegation;
import org.exportalliance.portal.delegation.DelegationService;
import org.exportalliance.portal.fair.FairService;
import org.exportalliance.portal.platform.i18n.PortalLocales;
import org.exportalliance.portal.support.Actors;
import org.exportalliance.portal.support.Delegations;
import org.exportalliance.portal.support.PortalTest;
import org.exportalliance.portal.support.Travellers;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfArray;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.beans.factory.annotation.Autowired;
import reactor.test.StepVerifier;

/**
 * The letters are read back with a real PDF parser (OpenPDF's text extraction): Chinese and Latin names both come out
 * as text, which needs a font with both scripts and a correct Unicode mapping, and every font is embedded.
 */
@PortalTest
class InvitationLetterTest {

    @Autowired InvitationLetters letters;
    @Autowired TravellerService travellers;
    @Autowired DelegationService delegations;
    @Autowired FairService fairs;
    @Autowired AuditService audit;
    @Autowired Actors actors;

    Delegation approvedFor(Actor firmUser, int seats) {
        Delegation d = Delegations.open(fairs, delegations, actors.staff(), 10, "200", 40, AllocationPolicy.FIFO);
        delegations.apply(firmUser, d.id(), Delegations.application(seats, "9")).block();
        return d;
    }

    /** Keeps the letter under target/invitation-letters for a look (pdftoppm renders it). */
    static void keep(InvitationLetter letter) throws Exception {
        java.nio.file.Path dir = java.nio.file.Path.of("target", "invitation-letters");
        java.nio.file.Files.createDirectories(dir);
        java.nio.file.Files.write(dir.resolve(letter.fileName()), letter.pdf());
    }

    static String text(byte[] pdf) throws Exception {
        PdfReader reader = new PdfReader(pdf);
        StringBuilder all = new StringBuilder();
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            all.append(extractor.getTextFromPage(page)).append('\n');
        }
        return all.toString();
    }

    /** Every font the pages use, with whether its program is embedded in the file. */
    static List<String> fonts(byte[] pdf) throws Exception {
        PdfReader reader = new PdfReader(pdf);
        List<String> fonts = new ArrayList<>();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            PdfDictionary resources = reader.getPageN(page).getAsDict(PdfName.RESOURCES);
            PdfDictionary fontDict = resources.getAsDict(PdfName.FONT);
            for (PdfName key : fontDict.getKeys()) {
                PdfDictionary font = fontDict.getAsDict(key);
                PdfDictionary descriptor = font.getAsDict(PdfName.FONTDESCRIPTOR);
                PdfArray descendants = font.getAsArray(PdfName.DESCENDANTFONTS);
                if (descriptor == null && descendants != null) {
                    descriptor = descendants.getAsDict(0).getAsDict(PdfName.FONTDESCRIPTOR);
                }
                boolean embedded = descriptor != null && (descriptor.get(PdfName.FONTFILE) != null
                        || descriptor.get(PdfName.FONTFILE2) != null || descriptor.get(PdfName.FONTFILE3) != null);
                fonts.add(font.get(PdfName.BASEFONT) + (embedded ? " embedded" : " NOT embedded"));
            }
        }
        return fonts;
    }

    @Test
    void the_chinese_letter_renders_the_chinese_and_the_latin_name_with_an_embedded_font() throws Exception {
        Actor member = actors.member();
        Delegation d = approvedFor(member, 2);
        Traveller zhang = travellers.add(member, d.id(), Travellers.zhangWei()).block();
        InvitationLetter letter = letters.letter(member, zhang.id(), PortalLocales.CHINESE).block();
        assertThat(letter.fileName()).isEqualTo("invitation-letter-ZHANG-WEI-zh-CN.pdf");
        keep(letter);
        assertThat(new PdfReader(letter.pdf()).getNumberOfPages()).as("one page").isEqualTo(1);
        assertThat(new String(letter.pdf(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        String text = text(letter.pdf());
        assertThat(text).contains("邀请函", "张伟", "ZHANG WEI", "E12345678", "新昌县纺织机械行业协会", "销售总监",
                "中国", "阿拉伯联合酋长国", "Dubai World Trade Centre", "天姥");
        assertThat(fonts(letter.pdf())).isNotEmpty().allSatisfy(f -> assertThat(f).endsWith(" embedded"));
    }

    @Test
    void the_english_letter_of_a_latin_only_name_names_the_fair_the_firm_and_the_passport() throws Exception {
        Actor member = actors.member();
        Delegation d = approvedFor(member, 2);
        Traveller jonas = travellers.add(member, d.id(), Travellers.draft("JONAS SCHMIDT", null, "DE", "C01X00T47",
                LocalDate.of(2034, 8, 1))).block();
        InvitationLetter letter = letters.letter(member, jonas.id(), PortalLocales.ENGLISH).block();
        assertThat(letter.fileName()).isEqualTo("invitation-letter-JONAS-SCHMIDT-en.pdf");
        keep(letter);
        assertThat(new PdfReader(letter.pdf()).getNumberOfPages()).as("one page").isEqualTo(1);
        String text = text(letter.pdf());
        assertThat(text).contains("INVITATION LETTER", "JONAS SCHMIDT", "Germany", "C01X00T47",
                "United Arab Emirates", "Dubai", "Test Textile Machinery Expo", "Yours faithfully");
        assertThat(text).doesNotContain("Chinese name");
        // The firm's English name, with its Chinese one beside it.
        assertThat(text).contains("Tianmu", "天姥");
        assertThat(fonts(letter.pdf())).isNotEmpty().allSatisfy(f -> assertThat(f).endsWith(" embedded"));
    }

    @Test
    void only_the_firm_and_staff_get_the_letter_and_each_one_is_audited() {
        Actor member = actors.member();
        Delegation d = approvedFor(member, 1);
        Traveller zhang = travellers.add(member, d.id(), Travellers.zhangWei()).block();
        long before = audit.countFor(TravellerService.SUBJECT, zhang.id()).block();
        letters.letter(actors.member2(), zhang.id(), PortalLocales.ENGLISH).as(StepVerifier::create)
                .expectError(TravellerNotFound.class).verify();
        letters.letter(actors.staff(), zhang.id(), PortalLocales.ENGLISH).as(StepVerifier::create)
                .assertNext(l -> assertThat(l.pdf().length).isGreaterThan(1000)).verifyComplete();
        letters.letter(actors.of("firmadmin"), zhang.id(), PortalLocales.CHINESE).as(StepVerifier::create)
                .assertNext(l -> assertThat(l.pdf().length).isGreaterThan(1000)).verifyComplete();
        assertThat(audit.countFor(TravellerService.SUBJECT, zhang.id()).block()).isEqualTo(before + 2);
    }

    @Test
    void file_names_keep_to_ascii() {
        assertThat(InvitationLetters.fileName("MÜLLER-LÜDENSCHEIDT, ANNA", PortalLocales.ENGLISH))
                .isEqualTo("invitation-letter-MULLER-LUDENSCHEIDT-ANNA-en.pdf");
    }
}
