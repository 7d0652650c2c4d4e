package org.exportalliance.portal.support;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.exportalliance.portal.account.Actor;
import org.exportalliance.portal.delegation.AllocationPolicy;
import org.exportalliance.portal.delegation.ApplicationDraft;
import org.exportalliance.portal.delegation.Delegation;
import org.exportalliance.portal.delegation.DelegationDraft;
import org.exportalliance.portal.delegation.DelegationService;
import org.exportalliance.portal.delegation.DelegationStatus;
import org.exportalliance.portal.delegation.Exhibit;
import org.exportalliance.portal.fair.Fair;
import org.exportalliance.portal.fair.FairService;

/** Builders for delegations and applications in tests. */
public final class Delegations {

    private Delegations() {}

    public static DelegationDraft draft(UUID fairId, int slots, String area, int seats, AllocationPolicy policy) {
        Instant now = Instant.now();
        return new DelegationDraft(fairId, "测试展团", "Test delegation", "新昌县纺织机械行业协会",
                now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(30)), slots, new BigDecimal(area), seats,
                policy, new BigDecimal("8000.00"), new BigDecimal("1200.00"));
    }

    /** An OPEN delegation on a fresh fair. */
    public static Delegation open(FairService fairs, DelegationService delegations, Actor staff, int slots,
            String area, int seats, AllocationPolicy policy) {
        Fair fair = fairs.create(staff, Fairs.draft()).block(Duration.ofSeconds(10));
        Delegation d = delegations.create(staff, draft(fair.id(), slots, area, seats, policy))
                .block(Duration.ofSeconds(10));
        return delegations.moveTo(staff, d.id(), DelegationStatus.OPEN).block(Duration.ofSeconds(10));
    }

    public static ApplicationDraft application(int travellers, String area) {
        return new ApplicationDraft(travellers, new BigDecimal(area),
                List.of(new Exhibit("高速剑杆织机 RF-9000", new BigDecimal("4200.0"), new BigDecimal("18.50"))),
                "需要 380V 电源");
    }
}
