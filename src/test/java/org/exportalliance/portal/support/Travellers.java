package org.exportalliance.portal.support;

import java.time.LocalDate;
import org.exportalliance.portal.logistics.traveller.TravellerDraft;
import org.jspecify.annotations.Nullable;

/** Builders for traveller drafts in tests. */
public final class Travellers {

    private Travellers() {}

    /** 张伟 / ZHANG WEI, Chinese, passport E12345678 valid until 2031. */
    public static TravellerDraft zhangWei() {
        return draft("ZHANG WEI", "张伟", "CN", "E12345678", LocalDate.of(2031, 5, 1));
    }

    public static TravellerDraft draft(String fullName, @Nullable String chineseName, String nationality,
            String passportNumber, LocalDate passportExpiry) {
        return new TravellerDraft(fullName, chineseName, nationality, LocalDate.of(1985, 3, 12), passportNumber,
                passportExpiry, "销售总监");
    }

    public static TravellerDraft withPassport(TravellerDraft d, @Nullable String passportNumber) {
        return new TravellerDraft(d.fullName(), d.chineseName(), d.nationality(), d.dateOfBirth(), passportNumber,
                d.passportExpiry(), d.role());
    }
}
