package org.exportalliance.portal.logistics.traveller;

import java.io.ByteArrayOutputStream;
import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.UUID;
import org.exportalliance.portal.account.Actor;
import org.exportalliance.portal.audit.AuditService;
import org.exportalliance.portal.delegation.Delegation;
import org.exportalliance.portal.delegation.DelegationService;
import org.exportalliance.portal.fair.Fair;
import org.exportalliance.portal.fair.FairService;
import org.exportalliance.portal.firm.Firm;
import org.exportalliance.portal.firm.FirmService;
import org.exportalliance.portal.platform.i18n.PortalLocales;
import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.FontSelector;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;
import org.openpdf.text.pdf.draw.LineSeparator;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The visa invitation letter for one traveller, in Chinese or English, from the {@code letter.*} templates of the
 * message bundles. The association that runs the alliance is the host: it invites the traveller to the fair with the
 * delegation, names the firm, the traveller's passport data and the purpose, and signs. Only those who may see the
 * traveller (the firm's own users, staff) get it, and every letter is audited, since it carries the passport number.
 * The text is set in an embedded CJK font ({@link LetterFont}), so Chinese and Latin names both render.
 */
@Service
public class InvitationLetters {

    private final TravellerService travellers;
    private final DelegationService delegations;
    private final FairService fairs;
    private final FirmService firms;
    private final AuditService audit;
    private final MessageSource messages;
    private final LetterFont letterFont;
    private final Clock clock;

    InvitationLetters(TravellerService travellers, DelegationService delegations, FairService fairs, FirmService firms,
            AuditService audit, MessageSource messages, LetterFont letterFont, Clock clock) {
        this.travellers = travellers;
        this.delegations = delegations;
        this.fairs = fairs;
        this.firms = firms;
        this.audit = audit;
        this.messages = messages;
        this.letterFont = letterFont;
        this.clock = clock;
    }

    /** The letter in {@code language} (Chinese or English); another firm's traveller is not found. */
    public Mono<InvitationLetter> letter(Actor actor, UUID travellerId, Locale language) {
        Locale locale = PortalLocales.isChinese(language) ? PortalLocales.CHINESE : PortalLocales.ENGLISH;
        return travellers.stored(actor, travellerId)
                .flatMap(s -> delegations.find(s.delegationId())
                        .flatMap(d -> Mono.zip(fairs.find(d.fairId()), firm(s.firmId()), firms.association())
                                .flatMap(t -> audit.record(actor.userId(), "traveller.letter", TravellerService.SUBJECT,
                                                s.id(), PortalLocales.tagOf(locale))
                                        .then(Mono.fromCallable(() -> render(new Facts(s, travellers.open(s), d,
                                                        t.getT1(), t.getT2(), t.getT3(), LocalDate.now(clock)),
                                                        locale))
                                                // Not through Workers: with its hand-over the browser test's letter
                                                // download stalled in 3 of 5 full runs, cause not found (issue 13).
                                                .subscribeOn(Schedulers.boundedElastic())))));
    }

    private Mono<Firm> firm(UUID firmId) {
        return firms.find(firmId);
    }

    /** Everything the letter says. */
    record Facts(TravellerRepository.Stored traveller, String passportNumber, Delegation delegation, Fair fair,
            Firm firm, Firm host, LocalDate date) {}

    InvitationLetter render(Facts f, Locale locale) {
        BaseFont cjk = letterFont.load();
        Font body = new Font(cjk, 11);
        Font small = new Font(cjk, 9);
        Font heading = new Font(cjk, 15);
        Font title = new Font(cjk, 20);
        String host = f.host().name(locale);
        String country = Locale.of("", f.fair().country()).getDisplayCountry(locale);
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 64, 64, 44, 44);
        PdfWriter.getInstance(document, out);
        document.addTitle(text("letter.title", locale) + " · " + f.traveller().fullName());
        document.addCreator("Export Alliance Portal");
        document.open();

        Paragraph letterhead = new Paragraph(host, heading);
        letterhead.setAlignment(Element.ALIGN_CENTER);
        document.add(letterhead);
        Paragraph subtitle = new Paragraph(PortalLocales.isChinese(locale) ? f.host().nameEn() : f.host().nameZh(),
                small);
        subtitle.setAlignment(Element.ALIGN_CENTER);
        document.add(subtitle);
        document.add(new Chunk(new LineSeparator(0.8f, 100, null, Element.ALIGN_CENTER, -4)));

        Paragraph meta = new Paragraph(text("letter.reference", locale, reference(f)) + "\n"
                + text("letter.date", locale, dates.format(f.date())), body);
        meta.setAlignment(Element.ALIGN_RIGHT);
        meta.setSpacingBefore(8);
        document.add(meta);
        document.add(spaced(text("letter.to", locale, country), body, 10));

        Paragraph heading1 = new Paragraph(text("letter.title", locale), title);
        heading1.setAlignment(Element.ALIGN_CENTER);
        heading1.setSpacingBefore(14);
        heading1.setSpacingAfter(10);
        document.add(heading1);

        document.add(spaced(text("letter.salutation", locale), body, 4));
        document.add(spaced(text("letter.body", locale, host, f.fair().name(locale), f.fair().venue(),
                f.fair().city(), country, dates.format(f.fair().startDate()), dates.format(f.fair().endDate()),
                f.delegation().title(locale)), body, 6));

        PdfPTable details = new PdfPTable(new float[] {1.1f, 2.4f});
        details.setWidthPercentage(100);
        details.setSpacingBefore(8);
        details.setSpacingAfter(8);
        TravellerRepository.Stored t = f.traveller();
        row(details, text("letter.field.name", locale), t.fullName(), cjk);
        if (t.chineseName() != null) {
            row(details, text("letter.field.chinese-name", locale), t.chineseName(), cjk);
        }
        row(details, text("letter.field.nationality", locale), Locale.of("", t.nationality()).getDisplayCountry(locale),
                cjk);
        row(details, text("letter.field.birth", locale), dates.format(t.dateOfBirth()), cjk);
        row(details, text("letter.field.passport", locale), f.passportNumber(), cjk);
        row(details, text("letter.field.expiry", locale), dates.format(t.passportExpiry()), cjk);
        row(details, text("letter.field.firm", locale), f.firm().name(locale) + " / "
                + (PortalLocales.isChinese(locale) ? f.firm().nameEn() : f.firm().nameZh()), cjk);
        row(details, text("letter.field.role", locale), t.role(), cjk);
        document.add(details);

        document.add(spaced(text("letter.purpose", locale, f.fair().name(locale), f.firm().name(locale)), body, 6));
        document.add(spaced(text("letter.costs", locale), body, 6));
        document.add(spaced(text("letter.request", locale), body, 6));
        document.add(spaced(text("letter.closing", locale), body, 4));

        Paragraph signature = new Paragraph("\n______________________________\n" + host + "\n"
                + text("letter.signature", locale) + "\n" + dates.format(f.date()), body);
        signature.setAlignment(Element.ALIGN_RIGHT);
        document.add(signature);
        document.close();
        return new InvitationLetter(fileName(t.fullName(), locale), out.toByteArray());
    }

    private static void row(PdfPTable table, String label, String value, BaseFont cjk) {
        table.addCell(cell(label, new Font(cjk, 10, Font.NORMAL, new java.awt.Color(0x55, 0x55, 0x55)), cjk));
        table.addCell(cell(value, new Font(cjk, 11), cjk));
    }

    /** A cell whose text falls back to Helvetica for any glyph the CJK font lacks. */
    private static PdfPCell cell(String text, Font font, BaseFont cjk) {
        FontSelector selector = new FontSelector();
        selector.addFont(font);
        selector.addFont(new Font(Font.HELVETICA, font.getSize()));
        Phrase phrase = selector.process(text);
        PdfPCell cell = new PdfPCell(phrase);
        cell.setBorder(Rectangle.BOTTOM);
        cell.setBorderColor(new java.awt.Color(0xDD, 0xDD, 0xDD));
        cell.setPaddingTop(5);
        cell.setPaddingBottom(6);
        return cell;
    }

    private static Paragraph spaced(String text, Font font, float after) {
        Paragraph p = new Paragraph(text, font);
        p.setSpacingAfter(after);
        p.setLeading(font.getSize() * 1.5f);
        return p;
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    private static String reference(Facts f) {
        return "EAP-" + f.delegation().id().toString().substring(0, 8).toUpperCase(Locale.ROOT) + "-"
                + f.traveller().id().toString().substring(0, 8).toUpperCase(Locale.ROOT);
    }

    /** {@code invitation-letter-ZHANG-WEI-en.pdf}: ASCII from the Latin name, so every browser keeps it. */
    static String fileName(String fullName, Locale locale) {
        String ascii = Normalizer.normalize(fullName, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-|-$", "");
        return "invitation-letter-" + (ascii.isEmpty() ? "traveller" : ascii) + "-" + PortalLocales.tagOf(locale)
                + ".pdf";
    }
}
