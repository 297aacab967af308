package io.opendoms.platform.config;

import java.util.List;
import java.util.stream.Collectors;

/** Required settings are missing; the message names each one (never a value). */
public class MissingSettingsException extends IllegalStateException {

    private final List<RequiredSettings.Setting> missing;

    public MissingSettingsException(List<RequiredSettings.Setting> missing) {
        super("Missing required settings: " + missing.stream().map(RequiredSettings.Setting::toString)
                .collect(Collectors.joining("; ")));
        this.missing = List.copyOf(missing);
    }

    public List<RequiredSettings.Setting> missing() {
        return missing;
    }
}
