package org.exportalliance.portal.fair.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Month;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.exportalliance.portal.fair.FairDraft;
import org.exportalliance.portal.fair.FairSeeding;
import org.exportalliance.portal.fair.Sector;
import org.exportalliance.portal.platform.db.DemoSeeder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Seeds the catalogue with the fairs the alliance actually travels to, past and upcoming. Dates are placed around
 * today, each fair in its usual month, so the demo never goes stale.
 */
@Component
@Order(20)
class DemoFairs implements DemoSeeder {

    private static final Logger log = LoggerFactory.getLogger(DemoFairs.class);
    private final FairSeeding seeding;
    private final Clock clock;

    DemoFairs(FairSeeding seeding, Clock clock) {
        this.seeding = seeding;
        this.clock = clock;
    }

    @Override
    public void seed() {
        Integer added = seeding.seedIfEmpty(fairs(LocalDate.now(clock))).block(Duration.ofMinutes(1));
        if (added != null && added > 0) {
            log.info("Seeded {} demo fairs", added);
        }
    }

    static List<FairDraft> fairs(LocalDate today) {
        int y = today.getYear();
        return List.of(
                fair("ITMA ASIA + CITME", "中国国际纺织机械展览会暨ITMA亚洲展览会", "Shanghai", "CN",
                        "National Exhibition and Convention Center (Shanghai)", next(today, Month.NOVEMBER, 20),
                        EnumSet.of(Sector.SPINNING, Sector.WEAVING, Sector.KNITTING, Sector.DYEING_FINISHING,
                                Sector.NONWOVENS), "https://www.itmaasia.com/"),
                fair("ITMA", "国际纺织机械展览会", "Barcelona", "ES", "Fira Barcelona Gran Via",
                        LocalDate.of(y + 1, Month.SEPTEMBER, 20), EnumSet.allOf(Sector.class), "https://itma.com/"),
                fair("Techtextil", "法兰克福国际产业用纺织品及非织造布展", "Frankfurt am Main", "DE", "Messe Frankfurt",
                        next(today, Month.APRIL, 21), EnumSet.of(Sector.TECHNICAL_TEXTILES, Sector.NONWOVENS),
                        "https://techtextil.messefrankfurt.com/"),
                fair("India ITME", "印度国际纺织机械展", "Greater Noida", "IN", "India Expo Centre & Mart",
                        next(today, Month.DECEMBER, 8), EnumSet.of(Sector.SPINNING, Sector.WEAVING,
                                Sector.BEARINGS_PARTS), "https://www.india-itme.com/"),
                fair("DTG Dhaka International Textile & Garment Machinery Exhibition", "孟加拉达卡国际纺织服装机械展",
                        "Dhaka", "BD", "International Convention City Bashundhara", next(today, Month.FEBRUARY, 11),
                        EnumSet.of(Sector.WEAVING, Sector.KNITTING, Sector.GARMENT, Sector.DYEING_FINISHING),
                        "https://www.dtgexpo.com/"),
                fair("SaigonTex", "越南西贡国际纺织及制衣工业展", "Ho Chi Minh City", "VN",
                        "Saigon Exhibition and Convention Center", next(today, Month.APRIL, 8),
                        EnumSet.of(Sector.KNITTING, Sector.GARMENT, Sector.DYEING_FINISHING),
                        "https://saigontex.com/"),
                fair("CAITME", "乌兹别克斯坦中亚国际纺织机械展", "Tashkent", "UZ", "Uzexpocentre",
                        next(today, Month.SEPTEMBER, 9), EnumSet.of(Sector.SPINNING, Sector.WEAVING,
                                Sector.BEARINGS_PARTS), "https://caitme.uz/"),
                fair("ITM", "土耳其伊斯坦布尔国际纺织机械展", "Istanbul", "TR", "Tüyap Fair Convention and Congress Center",
                        last(today, Month.JUNE, 10), EnumSet.of(Sector.SPINNING, Sector.WEAVING, Sector.KNITTING,
                                Sector.DYEING_FINISHING), "https://www.itm2026.com/"),
                fair("ITMA ASIA + CITME Singapore", "新加坡ITMA亚洲展", "Singapore", "SG", "Singapore Expo",
                        last(today, Month.OCTOBER, 28), EnumSet.of(Sector.SPINNING, Sector.WEAVING,
                                Sector.NONWOVENS), "https://www.itmaasia-singapore.com/"),
                fair("Egy-Stitch & Tex", "埃及国际纺织服装机械展", "Cairo", "EG", "Egypt International Exhibition Center",
                        last(today, Month.JANUARY, 15), EnumSet.of(Sector.GARMENT, Sector.KNITTING),
                        "https://www.egystitchtex.com/"));
    }

    private static FairDraft fair(String enBase, String zhBase, String city, String country, String venue,
            LocalDate start, Set<Sector> sectors, String website) {
        int days = switch (enBase) {
            case "ITMA" -> 6;
            case "ITMA ASIA + CITME", "India ITME", "ITM" -> 4;
            default -> 3;
        };
        String year = " " + start.getYear();
        return new FairDraft(zhBase + year, enBase + year, city, country, venue, start, start.plusDays(days),
                sectors, website);
    }

    /** The next edition in that month (this year if still ahead, else next year). */
    private static LocalDate next(LocalDate today, Month month, int day) {
        LocalDate candidate = LocalDate.of(today.getYear(), month, day);
        return candidate.isAfter(today) ? candidate : candidate.plusYears(1);
    }

    /** The latest edition that has already ended. */
    private static LocalDate last(LocalDate today, Month month, int day) {
        LocalDate candidate = LocalDate.of(today.getYear(), month, day);
        return candidate.plusDays(10).isBefore(today) ? candidate : candidate.minusYears(1);
    }
}
