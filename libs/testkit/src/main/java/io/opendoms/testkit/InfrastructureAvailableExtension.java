package io.opendoms.testkit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** In Testcontainers mode without Docker, aborts (skips) the test class instead of failing it. */
public final class InfrastructureAvailableExtension implements BeforeAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) {
        if (TestInfrastructure.usesTestcontainers()) {
            Assumptions.assumeTrue(TestInfrastructure.dockerAvailable(),
                    "-Dopendoms.infra=testcontainers but no Docker daemon: skipped");
        }
    }
}
