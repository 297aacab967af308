package io.opendoms.order.adapter.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** {@code POST /api/v1/orders/{orderId}/cancel}: why, and which line quantities (absent: the whole order). */
@Schema(example = """
        {"reason": "customer changed their mind", "lines": [{"lineId": "1", "quantity": 1}]}""")
public record CancelOrderRequest(
        @NotBlank @Size(max = 500) String reason,
        @Size(min = 1, max = 200) List<@NotNull @Valid Line> lines) {

    public record Line(@NotBlank @Size(max = 64) String lineId, @NotNull @Min(1) @Max(1_000_000) Integer quantity) {
    }
}
