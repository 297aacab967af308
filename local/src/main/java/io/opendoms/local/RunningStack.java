package io.opendoms.local;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The running local stack. {@link #close()} stops the gateway, the services in reverse order,
 * Kafka and PostgreSQL; it also runs from a shutdown hook, so Ctrl-C and SIGTERM stop everything.
 */
public final class RunningStack implements AutoCloseable {

  private final Path dataDir;
  private final FileChannel lockChannel;
  private final FileLock lock;
  private final Map<String, SpringApp> apps = new LinkedHashMap<>();
  private LocalPostgres postgres;
  private LocalKafka kafka;
  private ClassLoaderLayers layers;
  private String gatewayUrl;
  private Thread shutdownHook;
  private boolean closed;

  RunningStack(Path dataDir, FileChannel lockChannel, FileLock lock) {
    this.dataDir = dataDir;
    this.lockChannel = lockChannel;
    this.lock = lock;
  }

  public String gatewayUrl() {
    return gatewayUrl;
  }

  public Path dataDir() {
    return dataDir;
  }

  /** Closes one application's context, as if its process had died; its data stays. */
  public void stopService(String name) {
    app(name).stop();
  }

  /** Starts a stopped application again, with the same arguments, in a fresh class loader. */
  public void startService(String name) {
    app(name).start();
  }

  /** The process ids of PostgreSQL: the postmaster and its backends. */
  public List<ProcessHandle> postgresProcesses() {
    List<ProcessHandle> processes = new ArrayList<>();
    Optional.ofNullable(postgres).flatMap(LocalPostgres::postmaster).ifPresent(postmaster -> {
      processes.add(postmaster);
      postmaster.descendants().forEach(processes::add);
    });
    return processes;
  }

  private SpringApp app(String name) {
    SpringApp app = apps.get(name);
    if (app == null) {
      throw new IllegalArgumentException("no application " + name + "; known: " + apps.keySet());
    }
    return app;
  }

  int postgresPort() {
    return postgres.port();
  }

  String kafkaBootstrapServers() {
    return kafka.bootstrapServers();
  }

  void postgres(LocalPostgres value) {
    this.postgres = value;
  }

  void kafka(LocalKafka value) {
    this.kafka = value;
  }

  void layers(ClassLoaderLayers value) {
    this.layers = value;
  }

  void add(SpringApp app) {
    apps.put(app.name(), app);
  }

  Map<String, SpringApp> apps() {
    return apps;
  }

  void gatewayUrl(String value) {
    this.gatewayUrl = value;
  }

  void shutdownHook(Thread hook) {
    this.shutdownHook = hook;
  }

  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    boolean started = postgres != null || kafka != null;
    if (started) {
      LocalStack.log("Stopping OpenDOMS");
    }
    if (shutdownHook != null && Thread.currentThread() != shutdownHook) {
      try {
        Runtime.getRuntime().removeShutdownHook(shutdownHook);
      } catch (IllegalStateException shuttingDown) {
        // the hook is running or about to: nothing to remove
      }
    }
    List<SpringApp> reverse = new ArrayList<>(apps.values());
    Collections.reverse(reverse);
    for (SpringApp app : reverse) {
      app.stop();
    }
    if (layers != null) {
      closeQuietly("class loaders", layers);
    }
    if (kafka != null) {
      closeQuietly("Kafka", kafka);
    }
    if (postgres != null) {
      closeQuietly("PostgreSQL", postgres);
    }
    try {
      lock.release();
      lockChannel.close();
    } catch (IOException ignored) {
      // the lock dies with the process anyway
    }
    if (started) {
      LocalStack.log("Stopped");
    }
  }

  private static void closeQuietly(String what, AutoCloseable closeable) {
    try {
      closeable.close();
    } catch (Exception e) {
      System.err.println(what + " did not stop cleanly: " + e);
    }
  }
}
