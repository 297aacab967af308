package io.opendoms.returns.application;

import io.opendoms.returns.domain.ReturnAuthorization;
import java.util.UUID;

/** Prepaid return labels; the local default makes them up, a carrier adapter can replace it. */
public interface LabelProviderPort {

    ReturnAuthorization.Label labelFor(UUID returnId, UUID orderId);
}
