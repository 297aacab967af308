package io.opendoms.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Every service starts an answer and breaks off in the middle of its body (as one killed or timed out while
 * answering does): the gateway answers a 503/504 problem+json with Retry-After, never 500 (found by the load
 * benchmark under overload).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = "opendoms.gateway.resilience.default.retries=0")
class BrokenAnswerIT {

    static final ServerSocket SERVICE = halfAnswers();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        for (String service : new String[] {"order", "inventory", "routing", "fulfillment", "returns"}) {
            registry.add("opendoms.services." + service, () -> "http://127.0.0.1:" + SERVICE.getLocalPort());
        }
    }

    @AfterAll
    static void stop() throws IOException {
        SERVICE.close();
    }

    @Test
    void aServiceAnswerThatBreaksOffIsA503Or504ProblemNotA500() throws Exception {
        HttpResponse<String> response = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/orders"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
                HttpResponse.BodyHandlers.ofString());

        // 503 when the break is seen while the answer is fetched, 504 when while it is passed on
        // (UpstreamBrokenAdviceTest): never the catch-all's 500
        assertThat(response.statusCode()).as(response.body()).isIn(503, 504);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.headers().firstValue("Retry-After")).isPresent();
    }

    private static ServerSocket halfAnswers() {
        try {
            ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            Thread.ofVirtual().start(() -> {
                while (!server.isClosed()) {
                    try (Socket socket = server.accept()) {
                        readHead(socket.getInputStream());
                        OutputStream out = socket.getOutputStream();
                        out.write(("HTTP/1.1 201 Created\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n"
                                + "{\"id\":\"trunc").getBytes(StandardCharsets.US_ASCII));
                        out.flush();
                    } catch (IOException e) {
                        // closed
                    }
                }
            });
            return server;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void readHead(InputStream in) throws IOException {
        int matched = 0;  // of "\r\n\r\n"
        for (int b; matched < 4 && (b = in.read()) >= 0; ) {
            matched = b == (matched % 2 == 0 ? '\r' : '\n') ? matched + 1 : (b == '\r' ? 1 : 0);
        }
    }
}
