package uk.supportbudget.domain.returns;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import uk.supportbudget.domain.money.Money;

/**
 * Shares an amount out in proportion to weights to the penny, so that the parts always add up
 * to the whole: each part is rounded down, then the pennies left over go to the parts with the
 * largest remainders (ties to the earlier key).
 */
public final class Apportion {

    private Apportion() {
    }

    public static <K> Map<K, Money> byWeight(Money total, Map<K, Long> weights) {
        long weightSum = weights.values().stream().mapToLong(Long::longValue).sum();
        Map<K, Money> parts = new LinkedHashMap<>();
        if (weightSum <= 0) {
            weights.keySet().forEach(k -> parts.put(k, Money.ZERO));
            return parts;
        }
        long whole = Math.abs(total.pence());
        int sign = total.isNegative() ? -1 : 1;
        List<K> keys = new ArrayList<>(weights.keySet());
        long[] floor = new long[keys.size()];
        long[] remainder = new long[keys.size()];
        long given = 0;
        for (int i = 0; i < keys.size(); i++) {
            java.math.BigInteger product = java.math.BigInteger.valueOf(whole)
                    .multiply(java.math.BigInteger.valueOf(weights.get(keys.get(i))));
            java.math.BigInteger[] division = product.divideAndRemainder(java.math.BigInteger.valueOf(weightSum));
            floor[i] = division[0].longValueExact();
            remainder[i] = division[1].longValueExact();
            given += floor[i];
        }
        long left = whole - given;
        while (left > 0) {
            int best = 0;
            for (int i = 1; i < keys.size(); i++) {
                if (remainder[i] > remainder[best]) {
                    best = i;
                }
            }
            floor[best]++;
            remainder[best] = -1;
            left--;
        }
        for (int i = 0; i < keys.size(); i++) {
            parts.put(keys.get(i), Money.ofPence(sign * floor[i]));
        }
        return parts;
    }
}
