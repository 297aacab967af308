package io.opendoms.fulfillment.adapter.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A store's refusal of a fulfillment order, in its own words. */
public record RejectRequest(@NotBlank @Size(max = 500) String reason) {
}
