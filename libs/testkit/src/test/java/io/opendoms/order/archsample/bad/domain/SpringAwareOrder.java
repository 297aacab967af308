package io.opendoms.order.archsample.bad.domain;

import org.springframework.util.Assert;

/** Sample for ArchitectureRulesTest: a domain class that uses Spring (forbidden). */
public class SpringAwareOrder {

    public SpringAwareOrder(String id) {
        Assert.hasText(id, "id");
    }
}
