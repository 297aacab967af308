package io.opendoms.routing.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The plans and explanations of {@link ExplanationCases}' 600 seeded orders are what the engine gave before
 * explanations were priced on demand (digests in {@code explanations-before-on-demand.txt}).
 */
class ExplanationEquivalenceTest {

    @Test
    void plansAndExplanationsAreThoseOfBefore() throws IOException {
        Map<Long, String> expected = expectations();
        assertThat(expected).hasSize(ExplanationExpectations.CASES);
        expected.forEach((seed, digest) -> {
            ExplanationCases.Case c = ExplanationCases.random(seed);
            String text = ExplanationCases.canonical(c.planner().plan(c.problem(), c.network(), c.policy()));
            assertThat(ExplanationCases.digest(text)).as("seed %d:%n%s", seed, text).isEqualTo(digest);
        });
    }

    static Map<Long, String> expectations() throws IOException {
        Map<Long, String> expected = new LinkedHashMap<>();
        try (InputStream in = ExplanationEquivalenceTest.class.getResourceAsStream(
                "explanations-before-on-demand.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank()) {
                    String[] parts = line.trim().split(" ");
                    expected.put(Long.parseLong(parts[0]), parts[1]);
                }
            }
        }
        return expected;
    }
}
