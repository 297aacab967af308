package io.opendoms.systemtests.security;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * HTTP/1.1 over a plain socket, one connection per request: the request line, headers and body
 * go on the wire byte for byte as written. {@code java.net.http} normalises or refuses some of
 * what the security tests must send (encoded slashes, dot segments, backslashes, raw UTF-8 in a
 * path, control characters and duplicates in headers, a Content-Length that lies).
 *
 * <p>A 429 from the gateway's rate limit is waited out (Retry-After) and retried; the number of
 * such waits is counted apart, since rate limiting is not a failure of the request under test.
 */
public final class RawHttp {

  static final JsonMapper JSON = JsonMapper.builder().build();
  private static final int MAX_RATE_LIMIT_RETRIES = 20;

  private final String host;
  private final int port;
  private final AtomicInteger rateLimited = new AtomicInteger();

  public RawHttp(String baseUrl) {
    URI uri = URI.create(baseUrl);
    this.host = uri.getHost();
    this.port = uri.getPort();
  }

  /** A header as sent; a value may hold any bytes (ISO-8859-1 chars map to single bytes). */
  public record Header(String name, String value) {}

  public record Response(String method, String target, int status, Map<String, String> headers, byte[] bodyBytes) {

    public String body() {
      return new String(bodyBytes, StandardCharsets.UTF_8);
    }

    public String header(String name) {
      return headers.get(name.toLowerCase(Locale.ROOT));
    }

    public String contentType() {
      String type = header("content-type");
      return type == null ? "" : type;
    }

    public boolean isProblem() {
      return contentType().toLowerCase(Locale.ROOT).startsWith("application/problem+json");
    }

    public JsonNode json() {
      return JSON.readTree(bodyBytes);
    }

    @Override
    public String toString() {
      String text = body();
      return method + " " + target + " -> " + status + " " + contentType() + " "
          + (text.length() > 600 ? text.substring(0, 600) + "…" : text);
    }
  }

  public int rateLimited() {
    return rateLimited.get();
  }

  public Response send(String method, String target, List<Header> headers, byte[] body) {
    for (int attempt = 0; ; attempt++) {
      Response response = sendOnce(method, target, headers, body);
      if (response.status() != 429 || attempt >= MAX_RATE_LIMIT_RETRIES) {
        return response;
      }
      rateLimited.incrementAndGet();
      waitFor(retryAfter(response));
    }
  }

  public Response send(String method, String target, List<Header> headers, String body) {
    return send(method, target, headers, body == null ? null : body.getBytes(StandardCharsets.UTF_8));
  }

  public Response get(String target, String token) {
    return send("GET", target, bearer(token), (byte[]) null);
  }

  public Response json(String method, String target, String token, Object body, Header... extra) {
    List<Header> headers = new ArrayList<>(bearer(token));
    headers.add(new Header("Content-Type", "application/json"));
    headers.addAll(List.of(extra));
    return send(method, target, headers, JSON.writeValueAsBytes(body));
  }

  public static List<Header> bearer(String token) {
    List<Header> headers = new ArrayList<>();
    if (token != null) {
      headers.add(new Header("Authorization", "Bearer " + token));
    }
    return headers;
  }

  private Response sendOnce(String method, String target, List<Header> headers, byte[] body) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(host, port), 5_000);
      socket.setSoTimeout(60_000);
      ByteArrayOutputStream request = new ByteArrayOutputStream();
      // the target's chars are written as UTF-8 bytes: raw non-ASCII in a path stays raw
      request.writeBytes((method + " ").getBytes(StandardCharsets.UTF_8));
      request.writeBytes(target.getBytes(StandardCharsets.UTF_8));
      request.writeBytes(" HTTP/1.1\r\n".getBytes(StandardCharsets.ISO_8859_1));
      boolean hasLength = false;
      request.writeBytes(("Host: " + host + ":" + port + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
      request.writeBytes("Connection: close\r\n".getBytes(StandardCharsets.ISO_8859_1));
      for (Header header : headers) {
        hasLength |= header.name().equalsIgnoreCase("Content-Length");
        request.writeBytes((header.name() + ": " + header.value() + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
      }
      if (body != null && !hasLength) {
        request.writeBytes(("Content-Length: " + body.length + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
      }
      request.writeBytes("\r\n".getBytes(StandardCharsets.ISO_8859_1));
      if (body != null) {
        request.writeBytes(body);
      }
      OutputStream out = socket.getOutputStream();
      try {
        out.write(request.toByteArray());
        out.flush();
      } catch (IOException refusedMidway) {
        // the server may answer and close before reading a huge request: read what it said
      }
      return read(method, target, socket.getInputStream());
    } catch (SocketTimeoutException e) {
      throw new AssertionError(method + " " + target + ": no answer within 60 s", e);
    } catch (IOException e) {
      throw new UncheckedIOException(method + " " + target + ": " + e, e);
    }
  }

  private static Response read(String method, String target, InputStream in) throws IOException {
    byte[] all = in.readAllBytes();
    int end = indexOf(all, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
    if (end < 0) {
      throw new IOException("no complete HTTP response head (" + all.length + " bytes): "
          + new String(all, StandardCharsets.ISO_8859_1));
    }
    String[] lines = new String(all, 0, end, StandardCharsets.ISO_8859_1).split("\r\n");
    String[] statusLine = lines[0].split(" ", 3);
    int status = Integer.parseInt(statusLine[1]);
    Map<String, String> headers = new LinkedHashMap<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      if (colon > 0) {
        headers.putIfAbsent(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
            lines[i].substring(colon + 1).trim());
      }
    }
    byte[] rest = java.util.Arrays.copyOfRange(all, end + 4, all.length);
    if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
      rest = dechunk(rest);
    } else if (headers.containsKey("content-length")) {
      int length = Integer.parseInt(headers.get("content-length"));
      rest = java.util.Arrays.copyOf(rest, Math.min(length, rest.length));
    }
    return new Response(method, target, status, headers, rest);
  }

  private static byte[] dechunk(byte[] chunked) {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    int at = 0;
    while (at < chunked.length) {
      int lineEnd = indexOf(chunked, "\r\n".getBytes(StandardCharsets.ISO_8859_1), at);
      if (lineEnd < 0) {
        break;
      }
      String sizeText = new String(chunked, at, lineEnd - at, StandardCharsets.ISO_8859_1).split(";")[0].trim();
      int size = Integer.parseInt(sizeText, 16);
      if (size == 0) {
        break;
      }
      body.write(chunked, lineEnd + 2, Math.min(size, chunked.length - lineEnd - 2));
      at = lineEnd + 2 + size + 2;
    }
    return body.toByteArray();
  }

  private static int indexOf(byte[] data, byte[] pattern) {
    return indexOf(data, pattern, 0);
  }

  private static int indexOf(byte[] data, byte[] pattern, int from) {
    outer:
    for (int i = from; i <= data.length - pattern.length; i++) {
      for (int j = 0; j < pattern.length; j++) {
        if (data[i + j] != pattern[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  private static Duration retryAfter(Response response) {
    String value = response.header("retry-after");
    try {
      return Duration.ofSeconds(Math.min(30, Math.max(1, Long.parseLong(value.trim()))));
    } catch (RuntimeException e) {
      return Duration.ofSeconds(1);
    }
  }

  /** Waits out a rate limit (the gateway's Retry-After), the one condition here that is a duration. */
  private static void waitFor(Duration duration) {
    org.awaitility.Awaitility.await("rate limit").pollDelay(duration).atMost(duration.plusSeconds(5))
        .until(() -> true);
  }
}
