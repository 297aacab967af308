package io.opendoms.testkit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import java.util.ArrayList;
import java.util.List;

/** The layout rules every service keeps (see docs/adr/0001-modules-and-boundaries.md). */
public final class ArchitectureRules {

    /** The deployable components; none may depend on another's code. */
    public static final List<String> SERVICES = List.of("order", "inventory", "routing", "fulfillment", "returns",
            "gateway");

    private static final String ROOT = "io.opendoms.";

    /** Checks the production classes of {@code basePackage} (e.g. {@code io.opendoms.order}); throws on violations. */
    public static void checkService(String basePackage) {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(basePackage);
        check(classes, basePackage);
    }

    /** Checks already imported classes of {@code basePackage}; throws {@link AssertionError} on violations. */
    public static void check(JavaClasses classes, String basePackage) {
        if (classes.isEmpty()) {
            throw new AssertionError("No classes found in " + basePackage);
        }
        rules(basePackage).check(classes);
    }

    /** The rules, for callers that want to compose them with their own. */
    public static ArchRule rules(String basePackage) {
        List<ArchRule> rules = new ArrayList<>();
        rules.add(noClasses().that().resideInAPackage(basePackage + ".domain..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework..", "jakarta.persistence..", "org.apache.kafka..", "tools.jackson..",
                        "com.fasterxml..", "..adapter..")
                .as("the domain of " + basePackage + " is plain Java: no Spring, JPA, Kafka, Jackson or adapters")
                .allowEmptyShould(true));
        for (String service : SERVICES) {
            String[] others = SERVICES.stream().filter(s -> !s.equals(service)).map(s -> ROOT + s + "..")
                    .toArray(String[]::new);
            rules.add(noClasses().that().resideInAPackage(ROOT + service + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(others)
                    .as(ROOT + service + " does not depend on another service's code")
                    .allowEmptyShould(true));
        }
        CompositeArchRule composite = CompositeArchRule.of(rules.getFirst());
        for (ArchRule rule : rules.subList(1, rules.size())) {
            composite = composite.and(rule);
        }
        return composite;
    }

    private ArchitectureRules() {
    }
}
