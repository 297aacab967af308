package io.opendoms.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.opendoms.platform.support.Http;
import io.opendoms.platform.support.PlatformIT;
import io.opendoms.testkit.TestJwt;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ProblemDetailsIT extends PlatformIT {

    private Http client() {
        return http().bearer(TestJwt.ops()).header("Idempotency-Key", "key-1");
    }

    @Test
    void validationErrorsNameEveryBadField() {
        Http.Response response = client().post("/api/v1/widgets",
                "{\"name\":\" \",\"quantity\":0,\"lines\":[{\"sku\":\"\",\"quantity\":0}]}");

        JsonNode problem = assertProblem(response, 400);
        assertThat(fields(problem)).containsExactly("lines[0].quantity", "lines[0].sku", "name", "quantity");
        assertThat(problem.get("errors").get(0).get("message").asString()).isNotBlank();
    }

    @Test
    void malformedJsonIsA400WithoutInternals() {
        Http.Response response = client().post("/api/v1/widgets", "{\"name\": \"x\", \"quantity\": ");
        JsonNode problem = assertProblem(response, 400);
        assertThat(problem.get("detail").asString()).startsWith("The request body is not valid JSON");
    }

    @Test
    void wrongJsonTypeNamesTheField() {
        Http.Response response = client().post("/api/v1/widgets",
                "{\"name\":\"x\",\"quantity\":1,\"lines\":[{\"sku\":\"a\",\"quantity\":\"many\"}]}");
        JsonNode problem = assertProblem(response, 400);
        assertThat(fields(problem)).containsExactly("lines[0].quantity");
        assertThat(problem.get("errors").get(0).get("message").asString()).isEqualTo("must be an integer");
    }

    @Test
    void unknownEnumValueListsTheAllowedOnes() {
        Http.Response response = client().post("/api/v1/widgets",
                "{\"name\":\"x\",\"quantity\":1,\"colour\":\"BLUE\"}");
        JsonNode problem = assertProblem(response, 400);
        assertThat(fields(problem)).containsExactly("colour");
        assertThat(problem.get("errors").get(0).get("message").asString()).isEqualTo("must be one of [RED, GREEN]");
    }

    @Test
    void missingBodyIsA400() {
        assertProblem(client().send("POST", "/api/v1/widgets", null, "application/json"), 400);
    }

    @Test
    void missingHeaderNamesIt() {
        Http.Response response = http().bearer(TestJwt.ops()).post("/api/v1/widgets",
                "{\"name\":\"x\",\"quantity\":1}");
        JsonNode problem = assertProblem(response, 400);
        assertThat(fields(problem)).containsExactly("Idempotency-Key");
    }

    @Test
    void pathVariableOfTheWrongTypeIsA400() {
        JsonNode problem = assertProblem(client().get("/api/v1/widgets/not-a-uuid"), 400);
        assertThat(fields(problem)).containsExactly("id");
        assertThat(problem.get("errors").get(0).get("message").asString()).isEqualTo("must be a UUID");
    }

    @Test
    void invalidRequestParameterIsA400() {
        JsonNode problem = assertProblem(client().get("/api/v1/widgets?limit=0"), 400);
        assertThat(fields(problem)).containsExactly("limit");
        assertProblem(client().get("/api/v1/widgets"), 400);
    }

    @Test
    void applicationErrorsKeepTheirStatusDetailAndErrors() {
        UUID id = UUID.randomUUID();
        assertThat(assertProblem(client().get("/api/v1/widgets/" + id), 404).get("detail").asString())
                .isEqualTo("Widget " + id + " does not exist.");
        assertProblem(client().post("/api/v1/widgets/" + id + "/conflict", ""), 409);
        JsonNode unprocessable = assertProblem(client().post("/api/v1/widgets/" + id + "/reject", ""), 422);
        assertThat(fields(unprocessable)).containsExactly("lines[0].quantity", "lines[1].lineId");
    }

    @Test
    void dataIntegrityViolationIsAConflict() {
        assertProblem(client().post("/api/v1/widgets/duplicate", ""), 409);
    }

    @Test
    void unknownPathIsA404() {
        JsonNode problem = assertProblem(client().get("/api/v1/nothing-here"), 404);
        assertThat(problem.get("title").asString()).isEqualTo("Not Found");
    }

    @Test
    void wrongMethodIsA405() {
        Http.Response response = client().send("PUT", "/api/v1/widgets", "{}", "application/json");
        assertProblem(response, 405);
        assertThat(response.header("Allow")).contains("POST");
    }

    @Test
    void unsupportedMediaTypeIsA415() {
        assertProblem(client().send("POST", "/api/v1/widgets", "name=x", "text/plain"), 415);
    }

    @Test
    void aWildcardOrUnparseableContentTypeIsA415() {
        assertProblem(client().send("POST", "/api/v1/widgets", "{\"name\":\"x\",\"quantity\":1}", "application/*"), 415);
        assertProblem(client().send("POST", "/api/v1/widgets", "{}", "x/y/z"), 415);
    }

    @Test
    void aMultipartBodyWithoutBoundaryIsA400() {
        assertProblem(client().send("POST", "/api/v1/widgets", "--x--", "multipart/form-data"), 400);
    }

    @Test
    void anAcceptWithoutJsonIsRefusedBeforeAnythingChanges() {
        String name = "accept-" + UUID.randomUUID();
        Http.Response response = client().header("Accept", "application/xml")
                .post("/api/v1/widgets", "{\"name\":\"" + name + "\",\"quantity\":1}");

        assertProblem(response, 406);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM widget WHERE name = ?", Integer.class, name)).isZero();
    }

    @Test
    void whatTomcatRefusesItselfIsAProblemToo() {
        assertProblem(client().get("/api/v1/widgets%2Fx"), 400);
        assertProblem(client().header("X-Big", "x".repeat(20_000)).get("/api/v1/widgets?limit=1"), 400);
    }

    @Test
    void unexpectedErrorIsA500WithoutInternals() {
        Http.Response response = client().get("/api/v1/widgets/boom");
        JsonNode problem = assertProblem(response, 500);
        assertThat(problem.get("detail").asString()).isEqualTo("An unexpected error occurred.");
        assertThat(response.body()).doesNotContain("hunter2").doesNotContain("IllegalStateException");
    }

    @Test
    void errorsRaisedOutsideControllersAreProblemsToo() {
        // the firewall rejects the request before any controller: the container's error page is ours
        Http.Response response = client().get("/api/v1/widgets;jsessionid=x");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    static JsonNode assertProblem(Http.Response response, int status) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        JsonNode problem = response.json();
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("title").asString()).isNotBlank();
        assertThat(problem.get("type").asString()).isNotBlank();
        assertThat(response.body()).doesNotContain("tools.jackson").doesNotContain("java.lang")
                .doesNotContain("io.opendoms").doesNotContain("\tat ").doesNotContain("trace");
        return problem;
    }

    static List<String> fields(JsonNode problem) {
        List<String> fields = new ArrayList<>();
        problem.get("errors").forEach(e -> fields.add(e.get("field").asString()));
        return fields;
    }
}
