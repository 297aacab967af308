package io.opendoms.order;

import io.opendoms.testkit.ArchitectureRules;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    @Test
    void keepsTheDomainPlainAndTheServiceIndependent() {
        ArchitectureRules.checkService("io.opendoms.order");
    }
}
