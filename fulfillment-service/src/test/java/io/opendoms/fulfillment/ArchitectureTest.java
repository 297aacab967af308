package io.opendoms.fulfillment;

import io.opendoms.testkit.ArchitectureRules;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    @Test
    void keepsTheServiceLayout() {
        ArchitectureRules.checkService("io.opendoms.fulfillment");
    }
}
