package org.exportalliance.portal.order;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.exportalliance.portal.platform.refusal.FieldProblem;
import org.junit.jupiter.api.Test;

/** An order's text is what people type: a control character anywhere in it is refused, the field named (issue 13). */
class OrderTextRulesTest {

    private static OrderDraft order(String buyer, String place, String model) {
        return new OrderDraft(buyer, "BR", "BRL", "CFR", place, "DIRECT", null, null,
                LocalDate.of(2031, 5, 1), LocalDate.of(2031, 6, 1),
                List.of(new OrderLineDraft("WEAVING", model, 6, new BigDecimal("41000.00"))));
    }

    @Test
    void a_control_character_in_the_buyer_the_place_or_a_line_is_refused_by_name() {
        assertThat(OrderRules.check(order("Tecelagem Paulista Ltda.", "Santos", "Water-jet loom"),
                Set.of("WEAVING"), null)).isEmpty();

        assertThat(OrderRules.check(order("Tecelagem\u0000Paulista", "San\ntos", "Water-jet\u0007loom"),
                Set.of("WEAVING"), null))
                .containsExactlyInAnyOrder(new FieldProblem("buyerName", "validation.control-characters"),
                        new FieldProblem("namedPlace", "validation.control-characters"),
                        new FieldProblem("lines[0].model", "validation.control-characters"));
    }
}
