package io.opendoms.returns.adapter.label;

import io.opendoms.returns.application.LabelProviderPort;
import io.opendoms.returns.domain.ReturnAuthorization;
import java.security.SecureRandom;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The default label provider: a PARCEL_A return label with a made-up tracking number ({@code RT} and 16 digits),
 * unique enough to match the carrier's scans of it. A real carrier's adapter replaces this bean.
 */
@Component
class LocalLabelProvider implements LabelProviderPort {

    static final String CARRIER = "PARCEL_A";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Override
    public ReturnAuthorization.Label labelFor(UUID returnId, UUID orderId) {
        StringBuilder tracking = new StringBuilder("RT");
        for (int i = 0; i < 16; i++) {
            tracking.append(RANDOM.nextInt(10));
        }
        return new ReturnAuthorization.Label(CARRIER, tracking.toString());
    }
}
