package io.opendoms.routing.adapter.web;

import io.opendoms.platform.web.BadRequestException;
import io.opendoms.platform.web.FieldError;
import io.opendoms.routing.application.ListDecisionsUseCase;
import io.opendoms.routing.application.PlanSourcingUseCase;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/routing")
class RoutingController {

    private final ListDecisionsUseCase listDecisions;
    private final PlanSourcingUseCase planSourcing;
    private final RoutingWebMapper mapper;
    private final Validator validator;

    RoutingController(ListDecisionsUseCase listDecisions, PlanSourcingUseCase planSourcing, RoutingWebMapper mapper,
                      Validator validator) {
        this.listDecisions = listDecisions;
        this.planSourcing = planSourcing;
        this.mapper = mapper;
        this.validator = validator;
    }

    @GetMapping("/decisions")
    @PreAuthorize("hasAuthority('SCOPE_routing:read')")
    DecisionsResponse decisions(@RequestParam UUID orderId) {
        return new DecisionsResponse(mapper.toResponses(listDecisions.list(orderId)));
    }

    /** What-if: the plan such an order would get, from the same planner and views; stores nothing. */
    @PostMapping("/plans")
    @PreAuthorize("hasAuthority('SCOPE_routing:read')")
    PlanResponse plan(@RequestBody PlanRequest request) {
        // field and cross-field rules checked together, so that one answer names every bad field
        List<FieldError> errors = new ArrayList<>();
        validator.validate(request).forEach(v -> errors.add(new FieldError(v.getPropertyPath().toString(),
                v.getMessage())));
        errors.addAll(request.crossFieldErrors());
        if (!errors.isEmpty()) {
            throw new BadRequestException("The plan request has invalid fields", errors);
        }
        return mapper.toResponse(planSourcing.plan(mapper.toCommand(request)));
    }
}
