package org.exportalliance.portal.support;

import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.exportalliance.portal.fair.FairDraft;
import org.exportalliance.portal.fair.Sector;

/** Small builders for fair drafts; each draft gets a unique name so tests never collide. */
public final class Fairs {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private Fairs() {}

    public static FairDraft draft() {
        int n = SEQUENCE.incrementAndGet();
        long unique = System.nanoTime() % 1_000_000;
        return new FairDraft("测试纺机展 " + unique + "-" + n, "Test Textile Machinery Expo " + unique + "-" + n,
                "Dubai", "AE", "Dubai World Trade Centre", LocalDate.of(2027, 5, 10), LocalDate.of(2027, 5, 13),
                Set.of(Sector.WEAVING, Sector.KNITTING), "https://example.org/expo");
    }

    public static FairDraft withDates(FairDraft d, LocalDate start, LocalDate end) {
        return new FairDraft(d.nameZh(), d.nameEn(), d.city(), d.country(), d.venue(), start, end, d.sectors(),
                d.website());
    }

    public static FairDraft inCountry(FairDraft d, String country) {
        return new FairDraft(d.nameZh(), d.nameEn(), d.city(), country, d.venue(), d.startDate(), d.endDate(),
                d.sectors(), d.website());
    }
}
