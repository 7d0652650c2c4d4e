package org.exportalliance.portal.lead.claim;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.exportalliance.portal.firm.MachineCategory;
import org.exportalliance.portal.lead.ClaimWindow;
import org.exportalliance.portal.lead.Hold;
import org.exportalliance.portal.platform.refusal.Refusal;

/**
 * The buyer is registered by another member for an overlapping category: the blind signal. It names categories and
 * an end date, never the firm or any contact. The message takes the category names in Chinese ({0}) and English
 * ({1}), because the taxonomy's names are data, not bundle entries; {2} is the last end date.
 */
public class ClaimConflict extends Refusal {

    private final transient List<Map<String, Object>> signals;

    private ClaimConflict(String namesZh, String namesEn, LocalDate until, List<Map<String, Object>> signals) {
        super(409, "claim.conflict", namesZh, namesEn, until);
        this.signals = signals;
    }

    public static ClaimConflict of(List<Hold> holds, Map<String, MachineCategory> categories, ZoneId zone) {
        List<Map<String, Object>> signals = holds.stream().map(h -> {
            Map<String, Object> signal = new LinkedHashMap<>();
            signal.put("category", h.category());
            signal.put("until", ClaimWindow.lastDay(h.until(), zone).toString());
            return signal;
        }).toList();
        List<MachineCategory> named = holds.stream().map(Hold::category).distinct()
                .map(code -> categories.getOrDefault(code, new MachineCategory(code, code, code))).toList();
        LocalDate until = holds.stream().map(h -> ClaimWindow.lastDay(h.until(), zone))
                .max(LocalDate::compareTo).orElseThrow();
        return new ClaimConflict(String.join("、", named.stream().map(MachineCategory::nameZh).toList()),
                String.join(", ", named.stream().map(MachineCategory::nameEn).toList()), until, signals);
    }

    /** The blind signal per category: {@code [{category, until}]}. */
    @Override
    public Map<String, Object> extensions() {
        return Map.of("signals", signals);
    }
}
