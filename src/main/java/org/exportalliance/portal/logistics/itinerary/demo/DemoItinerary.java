package org.exportalliance.portal.logistics.itinerary.demo;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.exportalliance.portal.delegation.demo.DemoLogisticsDelegation;
import org.exportalliance.portal.fair.Fair;
import org.exportalliance.portal.logistics.itinerary.ItineraryDraft;
import org.exportalliance.portal.logistics.itinerary.ItineraryKind;
import org.exportalliance.portal.logistics.itinerary.ItineraryService;
import org.exportalliance.portal.platform.db.DemoSeeder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Seeds the itinerary of the demo logistics delegation (to India ITME): the flights Shanghai PVG → Delhi DEL and back
 * (departure and arrival in their own zones), the transfer, the hotel near the venue in Greater Noida, the welcome
 * dinner and the fair days, all delegation-wide; and a buyer meeting of firm A's own, which only firm A and staff see.
 */
@Component
@Order(35)
class DemoItinerary implements DemoSeeder {

    private static final Logger log = LoggerFactory.getLogger(DemoItinerary.class);
    private static final String SHANGHAI = "Asia/Shanghai";
    private static final String INDIA = "Asia/Kolkata";

    private final DemoLogisticsDelegation demo;
    private final ItineraryService itinerary;

    DemoItinerary(DemoLogisticsDelegation demo, ItineraryService itinerary) {
        this.demo = demo;
        this.itinerary = itinerary;
    }

    @Override
    public void seed() {
        demo.seedOnce("itinerary_item", this::seed);
    }

    private Mono<Void> seed(UUID delegationId) {
        return Mono.zip(demo.actor("staff"), demo.actor("member"), demo.fair(delegationId))
                .flatMap(t -> Flux.fromIterable(shared(t.getT3()))
                        .concatMap(item -> itinerary.add(t.getT1(), delegationId, item))
                        .then(itinerary.add(t.getT2(), delegationId, buyerMeeting(t.getT3())))
                        .doOnNext(x -> log.info("Seeded the demo itinerary for {}", t.getT3().nameEn())))
                .then();
    }

    static List<ItineraryDraft> shared(Fair fair) {
        LocalDate open = fair.startDate();
        LocalDate close = fair.endDate();
        List<ItineraryDraft> items = new ArrayList<>();
        // 10:15 in Shanghai is 02:15 UTC; 7 h 25 min later it is 15:10 in Delhi.
        items.add(new ItineraryDraft(ItineraryKind.FLIGHT, "MU563 上海浦东 PVG → 新德里 DEL",
                open.minusDays(2).atTime(10, 15), SHANGHAI, open.minusDays(2).atTime(15, 10), INDIA,
                "上海浦东国际机场 T1（PVG）",
                "东方航空 MU563 · 团体订座编号 HK7Q2M\n经济舱，每人托运行李 2 件（每件 23 kg）；请于 07:45 在 T1 出发层 D 岛集合"));
        items.add(new ItineraryDraft(ItineraryKind.TRANSFER, "机场 → 酒店（大巴接机）",
                open.minusDays(2).atTime(16, 30), INDIA, open.minusDays(2).atTime(18, 0), null,
                "Indira Gandhi International Airport, Terminal 3, Gate 4, New Delhi",
                "地接导游举“新昌纺机 Xinchang Textile Machinery”牌接机；车程约 1.5 小时"));
        items.add(new ItineraryDraft(ItineraryKind.HOTEL, "入住展馆附近酒店（大诺伊达）",
                open.minusDays(2).atTime(18, 0), INDIA, close.plusDays(1).atTime(11, 0), null,
                "Knowledge Park III, Greater Noida, Uttar Pradesh, India",
                "酒店确认号 GN-58213；含早餐；双人间，每间 2 人；距展馆约 3 公里，退房时间 11:00"));
        items.add(new ItineraryDraft(ItineraryKind.MEETING, "欢迎晚宴", open.minusDays(1).atTime(19, 0), INDIA,
                open.minusDays(1).atTime(21, 30), null, "酒店宴会厅, Greater Noida",
                "协会主持，介绍展期安排、布展分工和安全注意事项；请着正装"));
        int day = 1;
        for (LocalDate d = open; !d.isAfter(close); d = d.plusDays(1), day++) {
            items.add(new ItineraryDraft(ItineraryKind.OTHER, fair.nameZh() + " 第 " + day + " 天",
                    d.atTime(10, 0), INDIA, d.atTime(18, 0), null, fair.venue() + ", " + fair.city(),
                    day == 1 ? "08:30 酒店大堂集合，乘大巴前往展馆；请佩戴参展证" : "08:45 酒店大堂集合"));
        }
        // 20:05 in Delhi is 14:35 UTC; 5 h 55 min later it is 04:30 the next morning in Shanghai.
        LocalDate home = close.plusDays(1);
        items.add(new ItineraryDraft(ItineraryKind.FLIGHT, "MU564 新德里 DEL → 上海浦东 PVG",
                home.atTime(20, 5), INDIA, home.plusDays(1).atTime(4, 30), SHANGHAI,
                "Indira Gandhi International Airport, Terminal 3（DEL）",
                "东方航空 MU564 · 团体订座编号 HK7Q2M；16:30 酒店大堂集合乘大巴去机场"));
        return items;
    }

    /** Firm A's own appointment with a buyer on the second fair day. */
    static ItineraryDraft buyerMeeting(Fair fair) {
        LocalDateTime at = fair.startDate().plusDays(1).atTime(LocalTime.of(14, 0));
        return new ItineraryDraft(ItineraryKind.MEETING, "与苏拉特采购商 Patel Fabrics 洽谈", at, INDIA,
                at.plusHours(1), null, "天姥纺机展位洽谈区, " + fair.venue(),
                "带 TM-760 剑杆织机报价单和样布；随行翻译：王晓雯");
    }
}
