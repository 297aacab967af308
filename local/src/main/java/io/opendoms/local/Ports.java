package io.opendoms.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;

/**
 * Ports of one data directory, kept in {@code ports.properties}. A port asked for as 0 reuses the
 * one used last time when it is still free: KRaft stores its controller endpoint in its log, and a
 * stable port keeps a restarted broker able to reach itself.
 */
final class Ports {

  private final Path file;
  private final Properties used = new Properties();
  private final Set<Integer> taken = new HashSet<>();

  Ports(Path dataDir) {
    this.file = dataDir.resolve("ports.properties");
    if (Files.exists(file)) {
      try (InputStream in = Files.newInputStream(file)) {
        used.load(in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /**
   * The port for {@code key}: the requested one, or for 0 the remembered one if free, else a free
   * one. Fails with a message naming {@code option} when a requested port is busy.
   */
  int choose(String key, int requested, String option) {
    if (requested == 0) {
      return preferring(key, Integer.parseInt(used.getProperty(key, "0")));
    }
    if (!isFree(requested)) {
      throw new LocalStackException("port " + requested + " for " + key + " is in use; pass "
          + option + " <port>, or " + option + " 0 for a free one");
    }
    return remember(key, requested);
  }

  /** The preferred port if free, else any free one. */
  int preferring(String key, int preferred) {
    boolean usable = preferred > 0 && !taken.contains(preferred) && isFree(preferred);
    return remember(key, usable ? preferred : freePort());
  }

  private int remember(String key, int port) {
    taken.add(port);
    used.setProperty(key, Integer.toString(port));
    return port;
  }

  void save() {
    try (OutputStream out = Files.newOutputStream(file)) {
      used.store(out, "ports of the local stack on this data directory");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static boolean isFree(int port) {
    try (ServerSocket socket = new ServerSocket()) {
      // as the servers bind: connections of a previous run in TIME_WAIT do not make a port busy
      socket.setReuseAddress(true);
      socket.bind(new InetSocketAddress(port));
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private int freePort() {
    for (int attempt = 0; attempt < 20; attempt++) {
      try (ServerSocket socket = new ServerSocket(0)) {
        int port = socket.getLocalPort();
        if (!taken.contains(port)) {
          return port;
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    throw new LocalStackException("no free port found");
  }
}
