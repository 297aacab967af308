package io.opendoms.inventory.adapter.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;

/** The hold's new TTL, counted from now. */
@Schema(example = """
        {"ttlSeconds": 600}""")
public record ExtendHoldRequest(
        @Schema(description = "The hold expires this long from now; within the configured bounds (1 to 86400 by "
                + "default)")
        @NotNull Integer ttlSeconds) {
}
