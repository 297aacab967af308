package io.opendoms.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class KeepAliveConnectionTest {

  private HttpServer server;
  private URI base;
  private final AtomicInteger requests = new AtomicInteger();
  private final Set<String> peers = ConcurrentHashMap.newKeySet();

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/echo", exchange -> {
      requests.incrementAndGet();
      peers.add(exchange.getRemoteAddress().toString());
      byte[] in = exchange.getRequestBody().readAllBytes();
      byte[] out = ("got " + new String(in, StandardCharsets.UTF_8) + " auth="
          + exchange.getRequestHeaders().getFirst("Authorization")).getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(201, out.length);
      exchange.getResponseBody().write(out);
      exchange.close();
    });
    server.createContext("/chunked", exchange -> {
      requests.incrementAndGet();
      exchange.getRequestBody().readAllBytes();
      exchange.sendResponseHeaders(409, 0);
      for (int i = 0; i < 3; i++) {
        exchange.getResponseBody().write(("part" + i + ";").getBytes(StandardCharsets.UTF_8));
        exchange.getResponseBody().flush();
      }
      exchange.close();
    });
    server.createContext("/close", exchange -> {
      requests.incrementAndGet();
      peers.add(exchange.getRemoteAddress().toString());
      exchange.getRequestBody().readAllBytes();
      exchange.getResponseHeaders().add("Connection", "close");
      byte[] out = "bye".getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(200, out.length);
      exchange.getResponseBody().write(out);
      exchange.close();
    });
    server.createContext("/big", exchange -> {
      requests.incrementAndGet();
      exchange.getRequestBody().readAllBytes();
      int size = Integer.parseInt(exchange.getRequestURI().getQuery().substring(2));
      boolean chunked = exchange.getRequestURI().getPath().endsWith("chunked");
      exchange.sendResponseHeaders(200, chunked ? 0 : size);
      for (int i = 0; i < size; i++) {
        exchange.getResponseBody().write('a' + i % 26);
        if (chunked && i % 5_000 == 0) {
          exchange.getResponseBody().flush();
        }
      }
      exchange.close();
    });
    server.start();
    base = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  @Test
  void sendsTheSameRequestManyTimesOverOneConnection() throws IOException {
    byte[] request = KeepAliveConnection.request("POST", base, "/echo", "{\"a\":1}".getBytes(StandardCharsets.UTF_8),
        "Authorization: Bearer t0k", "Content-Type: application/json");
    try (KeepAliveConnection connection = new KeepAliveConnection(base, 5_000)) {
      for (int i = 0; i < 50; i++) {
        KeepAliveConnection.Answer answer = connection.exchange(request);
        assertThat(answer.status()).isEqualTo(201);
        assertThat(answer.text()).isEqualTo("got {\"a\":1} auth=Bearer t0k");
      }
    }
    assertThat(requests).hasValue(50);
    assertThat(peers).as("one connection for every request").hasSize(1);
  }

  @Test
  void readsAChunkedBodyAndKeepsTheConnection() throws IOException {
    byte[] chunked = KeepAliveConnection.request("POST", base, "/chunked", new byte[0]);
    byte[] echo = KeepAliveConnection.request("POST", base, "/echo", "x".getBytes(StandardCharsets.UTF_8));
    try (KeepAliveConnection connection = new KeepAliveConnection(base, 5_000)) {
      KeepAliveConnection.Answer answer = connection.exchange(chunked);
      assertThat(answer.status()).isEqualTo(409);
      assertThat(answer.text()).isEqualTo("part0;part1;part2;");
      assertThat(connection.exchange(echo).text()).isEqualTo("got x auth=null");
    }
    assertThat(requests).hasValue(2);
  }

  @Test
  void opensANewConnectionAfterTheServerClosedIt() throws IOException {
    byte[] close = KeepAliveConnection.request("POST", base, "/close", new byte[0]);
    try (KeepAliveConnection connection = new KeepAliveConnection(base, 5_000)) {
      for (int i = 0; i < 3; i++) {
        KeepAliveConnection.Answer answer = connection.exchange(close);
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.text()).isEqualTo("bye");
      }
    }
    assertThat(requests).as("each request sent once").hasValue(3);
    assertThat(peers).as("a connection per request").hasSize(3);
  }

  /** A server that drops each connection after one answer, without saying so: the next request goes on a new one. */
  @Test
  void sendsAgainOnANewConnectionWhenTheServerDroppedTheKeptOne() throws Exception {
    try (java.net.ServerSocket dropping = new java.net.ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress())) {
      AtomicInteger served = new AtomicInteger();
      Thread server = Thread.ofVirtual().start(() -> {
        while (served.get() < 3) {
          try (java.net.Socket socket = dropping.accept()) {
            java.io.InputStream in = socket.getInputStream();
            // the request: headers, then its empty body (Content-Length: 0)
            byte[] buffer = new byte[4096];
            int read = 0;
            while (!new String(buffer, 0, read, StandardCharsets.ISO_8859_1).contains("\r\n\r\n")) {
              int n = in.read(buffer, read, buffer.length - read);
              if (n < 0) {
                break;
              }
              read += n;
            }
            socket.getOutputStream().write(("HTTP/1.1 201 Created\r\nContent-Length: 2\r\n\r\nok")
                .getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            served.incrementAndGet();
          } catch (IOException e) {
            return;
          }
        }
      });
      URI dropBase = URI.create("http://127.0.0.1:" + dropping.getLocalPort());
      byte[] request = KeepAliveConnection.request("POST", dropBase, "/x", new byte[0]);
      try (KeepAliveConnection connection = new KeepAliveConnection(dropBase, 5_000)) {
        for (int i = 0; i < 3; i++) {
          KeepAliveConnection.Answer answer = connection.exchange(request);
          assertThat(answer.status()).isEqualTo(201);
          assertThat(answer.text()).isEqualTo("ok");
        }
      }
      server.join(5_000);
      assertThat(served).as("each request answered once, each on a connection of its own").hasValue(3);
    }
  }

  @Test
  void readsAnswersOfAnySizeIntoItsOwnBufferInPlace() throws IOException {
    try (KeepAliveConnection connection = new KeepAliveConnection(base, 5_000)) {
      for (int size : new int[] {10, 200_000, 3, 70_000, 0, 150_000}) {
        for (String path : new String[] {"/big", "/big/chunked"}) {
          KeepAliveConnection.InPlace answer = connection.exchangeInPlace(
              KeepAliveConnection.request("GET", base, path + "?n=" + size, new byte[0]));
          assertThat(answer.status()).isEqualTo(200);
          assertThat(answer.length()).as("%s of %d bytes", path, size).isEqualTo(size);
          for (int i = 0; i < size; i += 997) {
            assertThat(answer.buffer()[i]).isEqualTo((byte) ('a' + i % 26));
          }
          assertThat(connection.exchange(KeepAliveConnection.request("GET", base, path + "?n=" + size, new byte[0]))
              .body()).as("a copy of the same").hasSize(size);
        }
      }
    }
    assertThat(peers).isEmpty();
    assertThat(requests).hasValue(24);
  }
}
