package io.opendoms.routing.adapter.web;

import io.opendoms.platform.web.BadRequestException;
import io.opendoms.platform.web.FieldError;
import io.opendoms.platform.web.NotFoundException;
import io.opendoms.routing.application.ReplayDecisionsUseCase;
import io.opendoms.routing.application.RoutingConfigService;
import io.opendoms.routing.config.RoutingConfigDocument;
import io.opendoms.routing.domain.RoutingConfig;
import io.opendoms.routing.domain.Backtest;
import io.opendoms.routing.domain.BacktestReport;
import io.opendoms.routing.engine.RoutingPolicy;
import jakarta.validation.Validator;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Replays of stored decisions, and back-tests of a period under other rules. Neither changes anything. */
@RestController
@RequestMapping("/api/v1/routing")
class ReplayController {

    private static final int DEFAULT_LIMIT = 1000;
    private static final JsonMapper READER = JsonMapper.builder().build();

    private final ReplayDecisionsUseCase replays;
    private final RoutingWebMapper mapper;
    private final Validator validator;
    private final RoutingConfigService configs;

    ReplayController(ReplayDecisionsUseCase replays, RoutingWebMapper mapper, Validator validator,
                     RoutingConfigService configs) {
        this.replays = replays;
        this.mapper = mapper;
        this.validator = validator;
        this.configs = configs;
    }

    /** The rules to back-test under: a document sent along, a stored version, or the configuration in force. */
    private RoutingPolicy rulesOf(BacktestRequest request, List<FieldError> errors) {
        if (request.config() != null) {
            RoutingConfigDocument.Reading reading = RoutingConfigDocument.read(request.config());
            if (!reading.valid()) {
                reading.problems().forEach(p -> errors.add(new FieldError("config." + p.field(), p.message())));
                return configs.current().policy();
            }
            return reading.policy();
        }
        if (request.configVersion() != null && request.configVersion() > 0) {
            return configs.version(request.configVersion()).map(RoutingConfig::policy).orElseGet(() -> {
                errors.add(new FieldError("configVersion", "no such version"));
                return configs.current().policy();
            });
        }
        return configs.current().policy();
    }

    /** The decision planned again from the inputs it was taken with. */
    @GetMapping("/decisions/{decisionId}/replay")
    @PreAuthorize("hasAuthority('SCOPE_routing:read')")
    ReplayResponse replay(@PathVariable UUID decisionId) {
        ReplayDecisionsUseCase.Replay replay = replays.replay(decisionId).orElseThrow(() -> new NotFoundException(
                "No decision " + decisionId + " with stored inputs (decisions that gave up planned nothing)"));
        return new ReplayResponse(decisionId, replay.decision().orderId(), replay.decision().trigger().name(),
                replay.decision().decidedAt(), replay.identical(), mapper.toResponse(replay.decision().plan()),
                mapper.toResponse(replay.replayed()));
    }

    /**
     * The first decisions of the orders of a period, planned again under another configuration, with locations
     * closed or carriers removed.
     */
    @PostMapping("/backtests")
    @PreAuthorize("hasAuthority('SCOPE_routing:read')")
    BacktestResponse backtest(@RequestBody JsonNode body) {
        // read here, after the scope check: a request that may not back-test learns nothing of the body's rules
        BacktestRequest request;
        try {
            request = READER.treeToValue(body, BacktestRequest.class);
        } catch (JacksonException e) {
            throw new BadRequestException("The back-test request cannot be read: " + e.getOriginalMessage());
        }
        if (request == null) {
            throw new BadRequestException("The back-test request must be a JSON object.");
        }
        List<FieldError> errors = new ArrayList<>();
        validator.validate(request).forEach(v -> errors.add(new FieldError(v.getPropertyPath().toString(),
                v.getMessage())));
        errors.addAll(request.crossFieldErrors());
        Set<String> removed = new HashSet<>();
        if (request.removeServices() != null) {
            request.removeServices().stream().filter(s -> s != null && s.carrier() != null)
                    .forEach(s -> removed.add(s.key()));
        }
        Backtest backtest = new Backtest(request.from() == null ? Instant.EPOCH : request.from(),
                request.to() == null ? Instant.EPOCH : request.to(), rulesOf(request, errors),
                request.closeLocations() == null ? Set.of() : new HashSet<>(request.closeLocations()), removed,
                request.limit() == null ? DEFAULT_LIMIT : request.limit());
        if (!removed.isEmpty() && backtest.effectivePolicy().services().isEmpty()) {
            errors.add(new FieldError("removeServices", "would remove every carrier service"));
        }
        if (!errors.isEmpty()) {
            throw new BadRequestException("The back-test request has invalid fields", errors);
        }
        return toResponse(replays.backtest(backtest));
    }

    private static BacktestResponse toResponse(BacktestReport r) {
        BacktestResponse.Figures before = figures(r.decided());
        BacktestResponse.Figures after = figures(r.backtested());
        return new BacktestResponse(r.decisions(), r.changed(), before, after, new BacktestResponse.Figures(
                after.totalCost().subtract(before.totalCost()),
                round(after.shipmentsPerOrder() - before.shipmentsPerOrder()),
                round(after.meanDistanceKm() - before.meanDistanceKm()),
                after.lateShipments() - before.lateShipments(),
                after.unallocatedUnits() - before.unallocatedUnits()),
                r.biggest().stream().map(c -> new BacktestResponse.Change(c.orderId(), c.decisionId(),
                        c.costBefore(), c.costAfter(), c.shipmentsBefore(), c.shipmentsAfter(), c.locationsBefore(),
                        c.locationsAfter())).toList());
    }

    private static BacktestResponse.Figures figures(BacktestReport.Figures f) {
        return new BacktestResponse.Figures(f.totalCost(), f.shipmentsPerOrder(), f.meanDistanceKm(),
                f.lateShipments(), f.unallocatedUnits());
    }

    private static double round(double value) {
        return BigDecimal.valueOf(value).setScale(3, RoundingMode.HALF_UP).doubleValue();
    }
}
