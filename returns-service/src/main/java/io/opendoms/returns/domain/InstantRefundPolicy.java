package io.opendoms.returns.domain;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Whether a mail return is refunded on the carrier's first scan of its label instead of on receipt: when enabled,
 * for returns refunding at most {@code maxAmount}, of customers not on the {@code flaggedCustomers} list (emails,
 * any case).
 */
public record InstantRefundPolicy(boolean enabled, BigDecimal maxAmount, Set<String> flaggedCustomers) {

    public InstantRefundPolicy {
        maxAmount = maxAmount == null ? BigDecimal.ZERO : maxAmount;
        flaggedCustomers = flaggedCustomers == null ? Set.of() : flaggedCustomers.stream()
                .map(e -> e.trim().toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    public boolean allows(BigDecimal refundAmount, String customerEmail) {
        return enabled && refundAmount.compareTo(maxAmount) <= 0
                && (customerEmail == null || !flaggedCustomers.contains(customerEmail.trim().toLowerCase(Locale.ROOT)));
    }
}
