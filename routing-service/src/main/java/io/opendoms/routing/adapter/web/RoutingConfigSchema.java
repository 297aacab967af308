package io.opendoms.routing.adapter.web;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The shape of the routing configuration document, for the OpenAPI document only: the controller reads and writes
 * the JSON itself (RoutingConfigDocument), so that it names every bad key at once.
 */
final class RoutingConfigSchema {

    private RoutingConfigSchema() {
    }

    @Schema(name = "RoutingConfigChange", description = "The whole routing configuration document (routing.md)")
    record Change(
            @Schema(requiredMode = RequiredMode.REQUIRED, description = "Upper bounds in km of zones 1..7 "
                    + "(zone 8 beyond), ascending", example = "[80, 240, 480, 970, 1610, 2250, 2900]")
            List<Double> zonesKm,
            @Schema(requiredMode = RequiredMode.REQUIRED) List<CarrierServiceSchema> services,
            @Schema(requiredMode = RequiredMode.REQUIRED, description = "By location type: DISTRIBUTION_CENTER, "
                    + "STORE, DARK_STORE, THIRD_PARTY_LOGISTICS, each required") Map<String, Handling> handling,
            @Schema(requiredMode = RequiredMode.REQUIRED, description = "Business days by service level: "
                    + "STANDARD, EXPRESS, NEXT_DAY, SAME_DAY, each required (0 to 60)")
            Map<String, Integer> serviceLevelDays,
            @Schema(requiredMode = RequiredMode.REQUIRED, description = "Added per shipment beyond the first")
            BigDecimal splitPenalty,
            @Schema(requiredMode = RequiredMode.REQUIRED, minimum = "1", maximum = "10") Integer maxShipments,
            @Schema(requiredMode = RequiredMode.REQUIRED) Boolean allowLineSplit,
            @Schema(requiredMode = RequiredMode.REQUIRED) BigDecimal latePenaltyPerDay,
            @Schema(requiredMode = RequiredMode.REQUIRED, example = "America/Chicago") String defaultTimeZone,
            @Schema(requiredMode = RequiredMode.REQUIRED, description = "By channel; a channel without a rule may "
                    + "source from any location type") Map<String, ChannelRule> channelRules,
            @Schema(description = "The version this change is made to (as read); when given and no longer the "
                    + "newest: 409") Long version) {
    }

    @Schema(name = "RoutingConfig", description = "The routing configuration document, with its version")
    record Versioned(
            @Schema(requiredMode = RequiredMode.REQUIRED) long version,
            @Schema(requiredMode = RequiredMode.REQUIRED) Instant updatedAt,
            @Schema(requiredMode = RequiredMode.REQUIRED, description = "The client id that made the change")
            String updatedBy,
            List<Double> zonesKm, List<CarrierServiceSchema> services, Map<String, Handling> handling,
            Map<String, Integer> serviceLevelDays, BigDecimal splitPenalty, Integer maxShipments,
            Boolean allowLineSplit, BigDecimal latePenaltyPerDay, String defaultTimeZone,
            Map<String, ChannelRule> channelRules) {
    }

    @Schema(name = "RoutingCarrierService", description = """
            Zone-rated (baseByZone, perKgByZone, transitDaysByZone: 8 values each, zones 1..8) or distance-rated \
            (base, perKm, maxDistanceKm, originTypes, transitDays); not both""")
    record CarrierServiceSchema(
            @Schema(requiredMode = RequiredMode.REQUIRED, example = "PARCEL_A") String carrier,
            @Schema(requiredMode = RequiredMode.REQUIRED, example = "GROUND") String service,
            List<BigDecimal> baseByZone, List<BigDecimal> perKgByZone, List<Integer> transitDaysByZone,
            BigDecimal base, BigDecimal perKm, Double maxDistanceKm, List<String> originTypes,
            Integer transitDays) {
    }

    record Handling(@Schema(requiredMode = RequiredMode.REQUIRED) BigDecimal perShipment,
                    @Schema(requiredMode = RequiredMode.REQUIRED) BigDecimal perUnit) {
    }

    record ChannelRule(@Schema(requiredMode = RequiredMode.REQUIRED) List<String> allowedLocationTypes) {
    }
}
