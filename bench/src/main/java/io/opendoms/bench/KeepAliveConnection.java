package io.opendoms.bench;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * One client's HTTP/1.1 connection with keep-alive, for the contention benchmark: it writes a prepared request and
 * reads the answer on a plain blocking socket (a virtual thread per client), reconnecting when the server closes.
 * The JDK's HttpClient spent about a sixth of the benchmark JVM's CPU on its selector, timers and filters — CPU that
 * the two shared cores then lacked for the service being measured; a load generator such as wrk costs far less, and
 * so does this. Not a general client: no TLS, no redirects, no 1xx other than 100 skipped, no trailers kept.
 */
final class KeepAliveConnection implements AutoCloseable {

  /** What came back: the status and the body's bytes. */
  record Answer(int status, byte[] body) {
    String text() {
      return new String(body, StandardCharsets.UTF_8);
    }
  }

  /**
   * What came back, in the connection's own buffer: valid until its next exchange. Eight clients reading ~370 KB
   * answers into new arrays made the benchmark JVM collect its young generation twice a second (docs/performance.md).
   */
  record InPlace(int status, byte[] buffer, int length) {
  }

  private final String host;
  private final int port;
  private final int timeoutMillis;
  private Socket socket;
  private InputStream in;
  private OutputStream out;
  private byte[] buffer = new byte[64 * 1024];
  private int length;

  KeepAliveConnection(URI base, int timeoutMillis) {
    this.host = base.getHost();
    this.port = base.getPort() == -1 ? 80 : base.getPort();
    this.timeoutMillis = timeoutMillis;
  }

  /**
   * The bytes of a request with a body, ready to send again and again.
   *
   * @param headers further header lines, each "Name: value"
   */
  static byte[] request(String method, URI base, String path, byte[] body, String... headers) {
    StringBuilder head = new StringBuilder(256).append(method).append(' ').append(path).append(" HTTP/1.1\r\n")
        .append("Host: ").append(base.getHost()).append(':').append(base.getPort() == -1 ? 80 : base.getPort())
        .append("\r\n");
    for (String header : headers) {
      head.append(header).append("\r\n");
    }
    head.append("Content-Length: ").append(body.length).append("\r\n\r\n");
    byte[] headBytes = head.toString().getBytes(StandardCharsets.ISO_8859_1);
    byte[] all = new byte[headBytes.length + body.length];
    System.arraycopy(headBytes, 0, all, 0, headBytes.length);
    System.arraycopy(body, 0, all, headBytes.length, body.length);
    return all;
  }

  /**
   * Sends the request and reads its answer. A connection the server had closed while idle is opened again and the
   * request sent once more (nothing of it was read); any other failure is thrown, with the connection closed.
   */
  Answer exchange(byte[] request) throws IOException {
    InPlace answer = exchangeInPlace(request);
    return new Answer(answer.status(), Arrays.copyOf(answer.buffer(), answer.length()));
  }

  /** As {@link #exchange}, the body left in this connection's buffer until its next exchange. */
  InPlace exchangeInPlace(byte[] request) throws IOException {
    boolean fresh = socket == null;
    if (fresh) {
      open();
    }
    try {
      out.write(request);
      out.flush();
      int status = read();
      return new InPlace(status, buffer, length);
    } catch (EOFException | java.net.SocketException e) {
      close();
      if (fresh) {
        throw e;
      }
      // the server closed the kept-alive connection before this request reached it: once more, on a new one
      return exchangeInPlace(request);
    } catch (IOException | RuntimeException e) {
      close();
      throw e;
    }
  }

  private void open() throws IOException {
    Socket s = new Socket();
    s.setTcpNoDelay(true);
    s.connect(new InetSocketAddress(host, port), timeoutMillis);
    s.setSoTimeout(timeoutMillis);
    socket = s;
    in = new BufferedInputStream(s.getInputStream(), 16 * 1024);
    out = new BufferedOutputStream(s.getOutputStream(), 16 * 1024);
  }

  /** Reads one answer: its status returned, its body into {@code buffer[0, length)}. */
  private int read() throws IOException {
    while (true) {
      String statusLine = line();
      if (statusLine.isEmpty()) {
        throw new EOFException("connection closed before the status line");
      }
      String[] parts = statusLine.split(" ", 3);
      if (parts.length < 2 || !parts[0].startsWith("HTTP/1.")) {
        throw new IOException("not an HTTP/1.x status line: " + statusLine);
      }
      int status = Integer.parseInt(parts[1]);
      long contentLength = -1;
      boolean chunked = false;
      boolean closeAfter = parts[0].equals("HTTP/1.0");
      String header;
      while (!(header = line()).isEmpty()) {
        int colon = header.indexOf(':');
        if (colon <= 0) {
          continue;
        }
        String name = header.substring(0, colon).trim().toLowerCase(Locale.ROOT);
        String value = header.substring(colon + 1).trim();
        switch (name) {
          case "content-length" -> contentLength = Long.parseLong(value);
          case "transfer-encoding" -> chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
          case "connection" -> closeAfter = value.equalsIgnoreCase("close");
          default -> { }
        }
      }
      if (status == 100) {
        continue;
      }
      length = 0;
      if (chunked) {
        chunkedBody();
      } else if (contentLength >= 0) {
        readExactly((int) contentLength, "body cut short");
      } else if (status != 204 && status != 304) {
        int n;
        while ((n = in.readNBytes(room(8192), length, 8192)) > 0) {
          length += n;
        }
        closeAfter = true;
      }
      if (closeAfter) {
        close();
      }
      return status;
    }
  }

  private void chunkedBody() throws IOException {
    while (true) {
      String sizeLine = line();
      int semicolon = sizeLine.indexOf(';');
      int size = Integer.parseInt((semicolon < 0 ? sizeLine : sizeLine.substring(0, semicolon)).trim(), 16);
      if (size == 0) {
        while (!line().isEmpty()) {
          // trailers, not kept
        }
        return;
      }
      readExactly(size, "chunk cut short");
      line();
    }
  }

  /** Appends the next {@code size} bytes of the stream to the buffer. */
  private void readExactly(int size, String cutShort) throws IOException {
    int n = in.readNBytes(room(size), length, size);
    if (n != size) {
      throw new EOFException(cutShort);
    }
    length += size;
  }

  /** The buffer, grown to hold {@code more} bytes after its {@code length}. */
  private byte[] room(int more) {
    if (buffer.length - length < more) {
      buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, length + more));
    }
    return buffer;
  }

  /** One line without its CRLF; empty at the end of the stream. */
  private String line() throws IOException {
    StringBuilder line = new StringBuilder(64);
    int b;
    while ((b = in.read()) != -1) {
      if (b == '\n') {
        int end = line.length();
        if (end > 0 && line.charAt(end - 1) == '\r') {
          line.setLength(end - 1);
        }
        return line.toString();
      }
      line.append((char) b);
    }
    return line.toString();
  }

  @Override
  public void close() {
    if (socket != null) {
      try {
        socket.close();
      } catch (IOException ignored) {
        // closing anyway
      }
    }
    socket = null;
    in = null;
    out = null;
  }
}
