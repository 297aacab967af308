package io.opendoms.inventory;

import io.opendoms.testkit.ArchitectureRules;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    @Test
    void keepsTheDomainPlainAndOtherServicesOut() {
        ArchitectureRules.checkService("io.opendoms.inventory");
    }
}
