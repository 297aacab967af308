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
  private final Map<String, ServiceProcess> processes = new LinkedHashMap<>();
  private LocalPostgres postgres;
  private LocalKafka kafka;
  private ClassLoaderLayers layers;
  private String gatewayUrl;
  private Map<String, Integer> servicePorts = Map.of();
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

  /** The base URL of one service itself, bypassing the gateway (for benchmarks that measure a service alone). */
  public String serviceUrl(String name) {
    Integer port = servicePorts.get(name);
    if (port == null) {
      throw new IllegalArgumentException("no service named " + name + "; known: " + servicePorts.keySet());
    }
    return "http://localhost:" + port;
  }

  public Path dataDir() {
    return dataDir;
  }

  /**
   * Stops one application gracefully; its data stays. One JVM: its context is closed; process
   * mode: its JVM gets SIGTERM.
   */
  public void stopService(String name) {
    if (processes.containsKey(name)) {
      processes.get(name).stop();
    } else {
      app(name).stop();
    }
  }

  /**
   * Starts a stopped application again with the same arguments (one JVM: in a fresh class loader;
   * process mode: a new JVM) and returns once it is up.
   */
  public void startService(String name) {
    if (processes.containsKey(name)) {
      processes.get(name).start();
    } else {
      app(name).start();
    }
  }

  /**
   * {@code kill -9} of one application's JVM: no shutdown hook, no graceful close, in-flight
   * requests and transactions cut. Only in process mode ({@code --processes}).
   */
  public void killService(String name) {
    ServiceProcess process = processes.get(name);
    if (process == null) {
      throw new IllegalStateException(processes.isEmpty()
          ? "killing a service needs process mode (--processes): in one JVM a service cannot die alone"
          : "no application " + name + "; known: " + processes.keySet());
    }
    process.kill();
  }

  /** True when every application runs in a JVM of its own ({@code --processes}). */
  public boolean processMode() {
    return !processes.isEmpty();
  }

  /**
   * {@code kill -9} of the Kafka broker's JVM, then the broker again on the same ports and log
   * directory (log recovery). Only in process mode ({@code --processes}).
   */
  public synchronized void restartKafka() {
    kafka = kafka.killAndRestart();
  }

  /**
   * {@code kill -9} of every PostgreSQL process (the postmaster and its backends), then PostgreSQL
   * again on the same data directory and port: crash recovery, as after a power cut.
   */
  public synchronized void restartPostgres() {
    List<ProcessHandle> running = postgresProcesses();
    running.forEach(ProcessHandle::destroyForcibly);
    for (ProcessHandle process : running) {
      try {
        process.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
      } catch (Exception e) {
        throw new LocalStackException("PostgreSQL process " + process.pid() + " did not die: " + e, e);
      }
    }
    postgres = postgres.restartAfterKill();
  }

  /** Process mode: the resident memory of the applications' JVMs and of Kafka's, for the banner. */
  String processFigures() {
    if (processes.isEmpty()) {
      return "";
    }
    long services = processes.values().stream().mapToLong(ServiceProcess::rssKb).sum();
    return String.format("%n  process mode: the six applications' JVMs RSS %d MB, Kafka's JVM %d MB",
        services / 1024, kafka == null ? 0 : kafka.processRssKb() / 1024);
  }

  /** PostgreSQL's port on localhost (each service's database, role and password: see the ADR). */
  public int postgresPort() {
    return postgres.port();
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

  void add(ServiceProcess process) {
    processes.put(process.name(), process);
  }

  Map<String, ServiceProcess> processes() {
    return processes;
  }

  Map<String, SpringApp> apps() {
    return apps;
  }

  void servicePorts(Map<String, Integer> ports) {
    this.servicePorts = Map.copyOf(ports);
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
    // the gateway first, then the services together (each its own JVM, its own graceful close)
    Optional.ofNullable(processes.get(LocalStack.GATEWAY)).ifPresent(ServiceProcess::stop);
    processes.values().parallelStream().forEach(ServiceProcess::stop);
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
