package io.opendoms.inventory.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.opendoms.inventory.support.InventoryIntegrationTest;
import io.opendoms.testkit.TestApi;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ItemApiIT extends InventoryIntegrationTest {

    @Test
    void createsAndReadsAnItem() {
        String sku = unique("SKU");

        TestApi.Response created = api.put("/api/v1/items/" + sku, WRITER, """
                {"name": "Kettle", "weightKg": 1.25, "returnable": true, "returnWindowDays": 30, "dcOnly": true,
                 "shipAlone": true}""");

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonNode read = expect(200, api.get("/api/v1/items/" + sku, READER)).json();
        assertThat(read.path("sku").asString()).isEqualTo(sku);
        assertThat(read.path("name").asString()).isEqualTo("Kettle");
        assertThat(read.path("weightKg").decimalValue()).isEqualByComparingTo("1.25");
        assertThat(read.path("returnable").asBoolean()).isTrue();
        assertThat(read.path("returnWindowDays").asInt()).isEqualTo(30);
        assertThat(read.path("dcOnly").asBoolean()).isTrue();
        assertThat(read.path("shipAlone").asBoolean()).isTrue();
    }

    @Test
    void replacesAnItemAndDefaultsShipAloneToFalse() {
        String sku = unique("SKU");
        createItem(sku);

        TestApi.Response replaced = api.put("/api/v1/items/" + sku, WRITER, """
                {"name": "Mug", "weightKg": 0.3, "returnable": false, "returnWindowDays": 0, "dcOnly": false}""");

        assertThat(replaced.status()).isEqualTo(200);
        JsonNode read = expect(200, api.get("/api/v1/items/" + sku, READER)).json();
        assertThat(read.path("name").asString()).isEqualTo("Mug");
        assertThat(read.path("returnable").asBoolean()).isFalse();
        assertThat(read.path("shipAlone").asBoolean()).isFalse();
    }

    @Test
    void namesEveryInvalidFieldAndStoresNothing() {
        String sku = unique("SKU");

        TestApi.Response response = api.put("/api/v1/items/" + sku, WRITER, """
                {"name": "", "weightKg": 0, "returnWindowDays": -1, "dcOnly": false}""");

        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.isProblem()).isTrue();
        assertThat(response.errorFields()).containsExactlyInAnyOrder("name", "weightKg", "returnable",
                "returnWindowDays");
        assertThat(api.get("/api/v1/items/" + sku, READER).status()).isEqualTo(404);
        assertThat(outboxCount("inventory.item-upserted", sku)).isZero();
    }

    @Test
    void rejectsANegativeWeight() {
        TestApi.Response response = api.put("/api/v1/items/" + unique("SKU"), WRITER, item("-2"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorFields()).containsExactly("weightKg");
    }

    @Test
    void rejectsAWrongTypeNamingTheField() {
        TestApi.Response response = api.put("/api/v1/items/" + unique("SKU"), WRITER, """
                {"name": "Mug", "weightKg": "heavy", "returnable": true, "returnWindowDays": 1, "dcOnly": false}""");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorFields()).containsExactly("weightKg");
    }

    @Test
    void rejectsASkuOutsideThePattern() {
        TestApi.Response response = api.put("/api/v1/items/bad%20sku", WRITER, item("1"));

        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.errorFields()).containsExactly("sku");
    }

    @Test
    void answers404ProblemForAnUnknownItem() {
        TestApi.Response response = api.get("/api/v1/items/" + unique("NOPE"), READER);

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.isProblem()).isTrue();
    }

    @Test
    void needsTheWriteScopeToChangeItems() {
        String sku = unique("SKU");

        assertThat(api.put("/api/v1/items/" + sku, READER, item("1")).status()).isEqualTo(403);
        assertThat(api.put("/api/v1/items/" + sku, null, item("1")).status()).isEqualTo(401);
        assertThat(api.get("/api/v1/items/" + sku, WRITER).status()).isEqualTo(404);
    }
}
