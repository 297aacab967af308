package io.opendoms.platform.config;

import java.util.stream.Collectors;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Prints the missing settings as Spring Boot's "APPLICATION FAILED TO START" report. */
public class MissingSettingsFailureAnalyzer extends AbstractFailureAnalyzer<MissingSettingsException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, MissingSettingsException cause) {
        String description = "The service cannot start without these settings, and has no default for them:"
                + cause.missing().stream().map(s -> "\n    - " + s).collect(Collectors.joining());
        String action = "Set each of them as a property (e.g. --" + cause.missing().getFirst().property()
                + "=...) or environment variable (" + cause.missing().getFirst().environmentVariable()
                + "). The local stack (./opendoms up) and the test kit supply demo values; "
                + "docs/security.md lists every required setting.";
        return new FailureAnalysis(description, action, cause);
    }
}
