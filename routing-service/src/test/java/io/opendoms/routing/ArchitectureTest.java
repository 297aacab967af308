package io.opendoms.routing;

import io.opendoms.testkit.ArchitectureRules;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    @Test
    void keepsTheDomainPlainAndStaysOutOfOtherServices() {
        ArchitectureRules.checkService("io.opendoms.routing");
    }
}
