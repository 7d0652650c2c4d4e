package org.exportalliance.portal.delegation.ledger;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Splits an amount in CNY among firms by integer weights without losing a fen: every firm gets the floor of its exact
 * share, and the fen left over go one each to the firms with the largest remainders (ties by firm id), so the shares
 * always add up to the amount.
 */
public final class CostSplit {

    private CostSplit() {}

    public static Map<UUID, BigDecimal> split(BigDecimal amountCny, Map<UUID, Long> weights) {
        Map<UUID, BigDecimal> shares = new LinkedHashMap<>();
        long total = weights.values().stream().mapToLong(Long::longValue).sum();
        if (weights.isEmpty() || total <= 0) {
            return shares;
        }
        BigInteger fen = amountCny.movePointRight(2).toBigIntegerExact();
        BigInteger sum = BigInteger.valueOf(total);
        record Part(UUID firm, BigInteger floor, BigInteger remainder) {}
        List<Part> parts = new ArrayList<>();
        BigInteger given = BigInteger.ZERO;
        for (Map.Entry<UUID, Long> w : weights.entrySet()) {
            BigInteger[] division = fen.multiply(BigInteger.valueOf(w.getValue())).divideAndRemainder(sum);
            parts.add(new Part(w.getKey(), division[0], division[1]));
            given = given.add(division[0]);
        }
        int leftover = fen.subtract(given).intValueExact();
        List<Part> byRemainder = parts.stream()
                .sorted(Comparator.comparing(Part::remainder).reversed().thenComparing(Part::firm))
                .toList();
        Map<UUID, BigInteger> extra = new LinkedHashMap<>();
        for (int i = 0; i < leftover; i++) {
            extra.merge(byRemainder.get(i).firm(), BigInteger.ONE, BigInteger::add);
        }
        for (Part p : parts) {
            shares.put(p.firm(), new BigDecimal(p.floor().add(extra.getOrDefault(p.firm(), BigInteger.ZERO)), 2));
        }
        return shares;
    }
}
