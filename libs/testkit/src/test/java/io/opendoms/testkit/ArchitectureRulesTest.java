package io.opendoms.testkit;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

class ArchitectureRulesTest {

    private static JavaClasses sample(String pkg) {
        return new ClassFileImporter().importPackages(pkg);
    }

    @Test
    void acceptsPlainDomainAndSpringAdapters() {
        String base = "io.opendoms.order.archsample.good";
        assertThatCode(() -> ArchitectureRules.check(sample(base), base)).doesNotThrowAnyException();
    }

    @Test
    void rejectsDomainThatUsesSpringOrAdapters() {
        String base = "io.opendoms.order.archsample.bad";
        assertThatThrownBy(() -> ArchitectureRules.check(sample(base), base))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("SpringAwareOrder")
                .hasMessageContaining("org.springframework.util.Assert")
                .hasMessageContaining("AdapterAwareOrder")
                .hasMessageContaining("ParcelController");
    }

    @Test
    void rejectsOneServiceUsingAnothersClasses() {
        String base = "io.opendoms.returns.archsample";
        assertThatThrownBy(() -> ArchitectureRules.check(sample(base), base))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("io.opendoms.returns does not depend on another service's code")
                .hasMessageContaining("LeakyReturn");
    }

    @Test
    void rejectsAPackageWithoutClasses() {
        assertThatThrownBy(() -> ArchitectureRules.checkService("io.opendoms.nosuchservice"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("No classes");
    }
}
