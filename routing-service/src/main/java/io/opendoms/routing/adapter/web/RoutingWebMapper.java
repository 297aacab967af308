package io.opendoms.routing.adapter.web;

import io.opendoms.routing.application.PlanSourcingCommand;
import io.opendoms.routing.engine.Plan;
import io.opendoms.routing.domain.RoutingDecision;
import java.util.List;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper
public interface RoutingWebMapper {

    PlanSourcingCommand toCommand(PlanRequest request);

    PlanResponse toResponse(Plan plan);

    @Mapping(target = "shipments", source = "plan.shipments")
    @Mapping(target = "unallocated", source = "plan.unallocated")
    @Mapping(target = "totalCost", source = "plan.totalCost")
    @Mapping(target = "late", source = "plan.late")
    @Mapping(target = "explanation", source = "plan.explanation")
    DecisionsResponse.DecisionResponse toResponse(RoutingDecision decision);

    List<DecisionsResponse.DecisionResponse> toResponses(List<RoutingDecision> decisions);
}
