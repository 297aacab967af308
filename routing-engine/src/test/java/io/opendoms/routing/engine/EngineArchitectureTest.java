package io.opendoms.routing.engine;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The engine stays plain Java: the service and the benchmark call it in-process, and it does no I/O. */
@AnalyzeClasses(packages = "io.opendoms.routing.engine", importOptions = ImportOption.DoNotIncludeTests.class)
class EngineArchitectureTest {

    @ArchTest
    static final ArchRule noFrameworks = noClasses().should().dependOnClassesThat().resideInAnyPackage(
            "org.springframework..", "jakarta..", "javax.persistence..", "org.hibernate..", "org.apache.kafka..",
            "tools.jackson..", "com.fasterxml..");

    @ArchTest
    static final ArchRule noIo = noClasses().should().dependOnClassesThat().resideInAnyPackage(
            "java.io..", "java.nio..", "java.net..", "java.sql..");
}
