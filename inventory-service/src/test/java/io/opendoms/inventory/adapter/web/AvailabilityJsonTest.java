package io.opendoms.inventory.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.opendoms.inventory.domain.LocationAvailability;
import io.opendoms.inventory.domain.SkuAvailability;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.mapstruct.factory.Mappers;
import tools.jackson.databind.json.JsonMapper;

class AvailabilityJsonTest {

    private final JsonMapper jackson = JsonMapper.builder().build();
    private final AvailabilityWebMapper mapper = Mappers.getMapper(AvailabilityWebMapper.class);
    private final AvailabilityJson json = new AvailabilityJson(jackson, mapper);

    @Test
    void writesTheSameBytesAsTheResponseRecordWrittenWhole() throws IOException {
        Random random = new Random(5);
        for (int round = 0; round < 200; round++) {
            List<SkuAvailability> items = new ArrayList<>();
            for (int i = random.nextInt(6); i > 0; i--) {
                List<LocationAvailability> at = new ArrayList<>();
                for (int j = random.nextInt(4); j > 0; j--) {
                    at.add(new LocationAvailability("L\"é" + j, random.nextInt(9),
                            random.nextBoolean() ? null : random.nextInt(900) / 10.0));
                }
                items.add(new SkuAvailability("SKU-" + random.nextInt(5), random.nextInt(99), at));
            }
            byte[] whole = jackson.writeValueAsBytes(new AvailabilityResponse(mapper.toItems(items)));

            assertThat(written(items, true)).as("fragments kept per SKU").isEqualTo(whole);
            assertThat(written(items, true)).as("kept fragments again").isEqualTo(whole);
            assertThat(written(items, false)).as("written each time").isEqualTo(whole);
        }
    }

    private byte[] written(List<SkuAvailability> items, boolean sharedInstances) throws IOException {
        AvailabilityJson.Answer answer = json.answer(items, sharedInstances);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        answer.writeTo(out);
        assertThat(out.size()).as("the length the answer announces").isEqualTo(answer.length());
        return out.toByteArray();
    }
}
