package io.opendoms.routing.adapter.persistence;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "routing_decision")
public class RoutingDecisionJpaEntity {

    @Id
    private UUID decisionId;
    private UUID orderId;
    private String trigger;
    private int attempt;
    private String status;
    /** {@link PlanDocument} as JSON. */
    private String plan;
    /** A JSON array of {@link PlanDocument.ShortageDocument}. */
    private String shortages;
    private Instant decidedAt;
    /** A JSON array of {@link PlanDocument.LineDocument}; null: the whole order. */
    private String scope;
    private int tries;
    /** The version of the routing configuration the plan was made with; null without a plan. */
    private Long configVersion;

    public UUID getDecisionId() {
        return decisionId;
    }

    public void setDecisionId(UUID decisionId) {
        this.decisionId = decisionId;
    }

    public UUID getOrderId() {
        return orderId;
    }

    public void setOrderId(UUID orderId) {
        this.orderId = orderId;
    }

    public String getTrigger() {
        return trigger;
    }

    public void setTrigger(String trigger) {
        this.trigger = trigger;
    }

    public int getAttempt() {
        return attempt;
    }

    public void setAttempt(int attempt) {
        this.attempt = attempt;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getPlan() {
        return plan;
    }

    public void setPlan(String plan) {
        this.plan = plan;
    }

    public String getShortages() {
        return shortages;
    }

    public void setShortages(String shortages) {
        this.shortages = shortages;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public void setDecidedAt(Instant decidedAt) {
        this.decidedAt = decidedAt;
    }

    public String getScope() {
        return scope;
    }

    public void setScope(String scope) {
        this.scope = scope;
    }

    public int getTries() {
        return tries;
    }

    public void setTries(int tries) {
        this.tries = tries;
    }

    public Long getConfigVersion() {
        return configVersion;
    }

    public void setConfigVersion(Long configVersion) {
        this.configVersion = configVersion;
    }
}
