package io.opendoms.routing.adapter.persistence;

import io.opendoms.routing.engine.CandidateEvaluation;
import io.opendoms.routing.engine.Explanation;
import io.opendoms.routing.engine.OrderLine;
import io.opendoms.routing.engine.Plan;
import io.opendoms.routing.domain.RoutingDecision;
import io.opendoms.routing.engine.Shipment;
import io.opendoms.routing.engine.ShipmentCost;
import io.opendoms.routing.domain.Shortage;
import io.opendoms.routing.engine.UnallocatedLine;
import java.util.List;
import java.util.stream.Stream;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import tools.jackson.databind.json.JsonMapper;

@Mapper
public abstract class DecisionJpaMapper {

    // its own mapper, so that the stored format does not follow the web's JSON settings
    private static final JsonMapper JSON = JsonMapper.builder().build();

    // the configuration version is not the decision's own: DecisionJpaAdapter.save sets it
    @Mapping(target = "configVersion", ignore = true)
    public abstract RoutingDecisionJpaEntity toEntity(RoutingDecision decision);

    String scopeToJson(List<OrderLine> scope) {
        return scope.isEmpty() ? null : JSON.writeValueAsString(scope.stream().map(this::toDocument).toList());
    }

    List<OrderLine> scopeFromJson(String json) {
        return json == null ? List.of()
                : Stream.of(JSON.readValue(json, PlanDocument.LineDocument[].class)).map(this::toDomain).toList();
    }

    public abstract RoutingDecision toDomain(RoutingDecisionJpaEntity entity);

    public String toJson(List<Shortage> shortages) {
        return JSON.writeValueAsString(toDocuments(shortages));
    }

    String planToJson(Plan plan) {
        return JSON.writeValueAsString(toDocument(plan));
    }

    Plan planFromJson(String json) {
        return toDomain(JSON.readValue(json, PlanDocument.class));
    }

    List<Shortage> shortagesFromJson(String json) {
        return toShortages(List.of(JSON.readValue(json, PlanDocument.ShortageDocument[].class)));
    }

    abstract PlanDocument toDocument(Plan plan);

    abstract Plan toDomain(PlanDocument document);

    abstract PlanDocument.ShipmentDocument toDocument(Shipment shipment);

    abstract Shipment toDomain(PlanDocument.ShipmentDocument document);

    abstract PlanDocument.LineDocument toDocument(OrderLine line);

    abstract OrderLine toDomain(PlanDocument.LineDocument document);

    abstract PlanDocument.CostDocument toDocument(ShipmentCost cost);

    abstract ShipmentCost toDomain(PlanDocument.CostDocument document);

    abstract PlanDocument.UnallocatedDocument toDocument(UnallocatedLine line);

    abstract UnallocatedLine toDomain(PlanDocument.UnallocatedDocument document);

    PlanDocument.ExplanationDocument toDocument(Explanation explanation) {
        return explanation == null ? null : new PlanDocument.ExplanationDocument(
                explanation.candidates().stream().map(this::toDocument).toList(),
                explanation.complete() ? null : explanation.unpriced());
    }

    Explanation toDomain(PlanDocument.ExplanationDocument document) {
        return document == null ? null : new Explanation(document.candidates() == null ? List.of()
                : document.candidates().stream().map(this::toDomain).toList(), document.unpriced());
    }

    abstract PlanDocument.CandidateDocument toDocument(CandidateEvaluation candidate);

    abstract CandidateEvaluation toDomain(PlanDocument.CandidateDocument document);

    abstract List<PlanDocument.ShortageDocument> toDocuments(List<Shortage> shortages);

    abstract List<Shortage> toShortages(List<PlanDocument.ShortageDocument> documents);
}
