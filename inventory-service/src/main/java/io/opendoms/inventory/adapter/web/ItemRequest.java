package io.opendoms.inventory.adapter.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** An item of the item master as created or replaced; {@code shipAlone} defaults to false. */
@Schema(example = """
        {"name": "Trail running shoe", "weightKg": 0.85, "returnable": true, "returnWindowDays": 30,
         "dcOnly": false, "shipAlone": false}""")
public record ItemRequest(
        @NotBlank @Size(max = 200) String name,
        @NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 9, fraction = 3) BigDecimal weightKg,
        @NotNull Boolean returnable,
        @NotNull @Min(0) @Max(3650) Integer returnWindowDays,
        @NotNull Boolean dcOnly,
        Boolean shipAlone) {
}
