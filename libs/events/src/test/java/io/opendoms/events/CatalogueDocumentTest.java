package io.opendoms.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The human event catalogue in docs/ must name every registered type with its topic and version. */
class CatalogueDocumentTest {

    @Test
    void catalogueDocumentListsEveryRegisteredEvent() throws IOException {
        String doc = Files.readString(Path.of("../../docs/events/catalogue.md"));
        assertThat(EventCatalog.all()).allSatisfy(d -> assertThat(doc).contains(
                "| `%s` | %d | `%s` |".formatted(d.type(), d.version(), d.topic()),
                d.payloadClass().getSimpleName()));
    }
}
