package org.exportalliance.portal.order;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.exportalliance.portal.platform.i18n.IsoCodes;
import org.exportalliance.portal.platform.refusal.FieldProblem;
import org.exportalliance.portal.platform.refusal.PlainText;
import org.jspecify.annotations.Nullable;

/**
 * The rules of an order draft, each broken rule a field and a message key, all at once. Limits keep absurd values
 * out (the schema repeats them as constraints): at most 100 lines, 10,000 machines a line, a unit price up to one
 * billion with no more decimals than the currency's minor unit. Expected shipping and payment are not before the quote
 * day (the schema repeats it with a trigger, V19) and payment is not before shipping.
 */
public final class OrderRules {

    public static final int MAX_LINES = 100;
    public static final int MAX_QUANTITY = 10_000;
    public static final BigDecimal MAX_UNIT_PRICE = new BigDecimal("1000000000");
    public static final int MAX_TEXT = 200;
    public static final int MAX_MODEL = 100;

    private OrderRules() {}

    /**
     * Every broken rule of the draft. {@code quotedOn} is the order's quote day (a new order's from its draft or
     * today, an edited order's as stored): no expected date may be before it. Null when unknown.
     */
    public static List<FieldProblem> check(OrderDraft d, Set<String> knownCategories, @Nullable LocalDate quotedOn) {
        List<FieldProblem> problems = new ArrayList<>();
        text(problems, "buyerName", d.buyerName(), MAX_TEXT);
        text(problems, "namedPlace", d.namedPlace(), MAX_TEXT);
        if (d.destinationCountry() == null) {
            problems.add(new FieldProblem("destinationCountry", "validation.required"));
        } else if (!IsoCodes.isCountry(d.destinationCountry())) {
            problems.add(new FieldProblem("destinationCountry", "validation.country"));
        }
        String currency = d.currency();
        boolean knownCurrency = currency != null && IsoCodes.isCurrency(currency);
        if (currency == null) {
            problems.add(new FieldProblem("currency", "validation.required"));
        } else if (!knownCurrency) {
            problems.add(new FieldProblem("currency", "validation.currency"));
        }
        if (d.incoterm() == null) {
            problems.add(new FieldProblem("incoterm", "validation.required"));
        } else if (!isOneOf(d.incoterm(), Incoterm.values())) {
            problems.add(new FieldProblem("incoterm", "order.validation.incoterm"));
        }
        attribution(problems, d);
        if (quotedOn != null && d.expectedShipOn() != null && d.expectedShipOn().isBefore(quotedOn)) {
            problems.add(new FieldProblem("expectedShipOn", "order.validation.ship-before-quote"));
        }
        if (quotedOn != null && d.expectedPaidOn() != null && d.expectedPaidOn().isBefore(quotedOn)) {
            problems.add(new FieldProblem("expectedPaidOn", "order.validation.paid-before-quote"));
        } else if (d.expectedShipOn() != null && d.expectedPaidOn() != null
                && d.expectedPaidOn().isBefore(d.expectedShipOn())) {
            problems.add(new FieldProblem("expectedPaidOn", "order.validation.paid-before-shipped"));
        }
        lines(problems, d.lines(), knownCategories, knownCurrency ? Money.minorDigits(currency) : 2);
        PlainText.addTo(problems, d);
        return problems;
    }

    private static void attribution(List<FieldProblem> problems, OrderDraft d) {
        if (d.attribution() == null) {
            problems.add(new FieldProblem("attribution", "order.validation.attribution"));
            return;
        }
        if (!isOneOf(d.attribution(), Attribution.values())) {
            problems.add(new FieldProblem("attribution", "validation.bad-value"));
            return;
        }
        Attribution a = Attribution.valueOf(d.attribution());
        if (a == Attribution.LEAD && d.claimId() == null) {
            problems.add(new FieldProblem("claimId", "order.validation.claim-required"));
        }
        if (a == Attribution.FAIR && d.delegationId() == null) {
            problems.add(new FieldProblem("delegationId", "order.validation.delegation-required"));
        }
        if (a != Attribution.LEAD && d.claimId() != null) {
            problems.add(new FieldProblem("claimId", "order.validation.claim-not-lead"));
        }
        if (a != Attribution.FAIR && d.delegationId() != null) {
            problems.add(new FieldProblem("delegationId", "order.validation.delegation-not-fair"));
        }
    }

    private static void lines(List<FieldProblem> problems, List<OrderLineDraft> lines, Set<String> knownCategories,
            int minorDigits) {
        if (lines.isEmpty()) {
            problems.add(new FieldProblem("lines", "order.validation.no-lines"));
        } else if (lines.size() > MAX_LINES) {
            problems.add(new FieldProblem("lines", "order.validation.too-many-lines"));
        }
        for (int i = 0; i < Math.min(lines.size(), MAX_LINES); i++) {
            OrderLineDraft l = lines.get(i);
            String at = "lines[" + i + "].";
            if (l.category() == null) {
                problems.add(new FieldProblem(at + "category", "validation.required"));
            } else if (!knownCategories.contains(l.category())) {
                problems.add(new FieldProblem(at + "category", "validation.bad-value"));
            }
            text(problems, at + "model", l.model(), MAX_MODEL);
            Integer quantity = l.quantity();
            if (quantity == null) {
                problems.add(new FieldProblem(at + "quantity", "validation.required"));
            } else if (quantity < 1 || quantity > MAX_QUANTITY) {
                problems.add(new FieldProblem(at + "quantity", "order.validation.quantity"));
            }
            BigDecimal price = l.unitPrice();
            if (price == null) {
                problems.add(new FieldProblem(at + "unitPrice", "validation.required"));
            } else if (price.signum() <= 0 || price.compareTo(MAX_UNIT_PRICE) > 0) {
                problems.add(new FieldProblem(at + "unitPrice", "order.validation.unit-price"));
            } else if (price.stripTrailingZeros().scale() > minorDigits) {
                problems.add(new FieldProblem(at + "unitPrice", "order.validation.unit-price-decimals"));
            }
        }
    }

    private static boolean isOneOf(String value, Enum<?>[] values) {
        return Arrays.stream(values).anyMatch(v -> v.name().equals(value));
    }

    private static void text(List<FieldProblem> problems, String field, @Nullable String value, int max) {
        if (value == null) {
            problems.add(new FieldProblem(field, "validation.required"));
        } else if (value.length() > max) {
            problems.add(new FieldProblem(field, "validation.too-long." + max));
        }
    }
}
