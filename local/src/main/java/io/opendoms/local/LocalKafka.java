package io.opendoms.local;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;

/**
 * The real Kafka broker in this JVM: one KRaft node that is broker and controller, its log in the
 * data directory, formatted once like {@code kafka-storage format --standalone}.
 */
final class LocalKafka implements AutoCloseable {

  private static final Duration PORT_TIMEOUT = Duration.ofSeconds(120);

  private final KafkaRaftServer server;
  private final ChildProcess process;
  private final Path logDir;
  private final Path configFile;
  private final int port;
  private final int controllerPort;

  private LocalKafka(KafkaRaftServer server, ChildProcess process, Path logDir, Path configFile, int port,
      int controllerPort) {
    this.server = server;
    this.process = process;
    this.logDir = logDir;
    this.configFile = configFile;
    this.port = port;
    this.controllerPort = controllerPort;
  }

  static LocalKafka start(Path logDir, Path configFile, int port, int controllerPort) {
    try {
      Properties config = prepare(logDir, configFile, port, controllerPort);
      KafkaRaftServer server = new KafkaRaftServer(KafkaConfig.fromProps(config), Time.SYSTEM);
      server.startup();
      return new LocalKafka(server, null, logDir, configFile, port, controllerPort);
    } catch (IOException | RuntimeException e) {
      throw new LocalStackException("Kafka did not start on port " + port + " (controller "
          + controllerPort + ") with data in " + logDir + ": " + e.getMessage(), e);
    }
  }

  /**
   * The same broker in a JVM of its own ({@code kafka.Kafka server.properties}, on the launcher's
   * class path), so that it can be killed like any process: process mode.
   */
  static LocalKafka startProcess(Path logDir, Path configFile, int port, int controllerPort) {
    try {
      prepare(logDir, configFile, port, controllerPort);
      List<String> command = new ArrayList<>();
      command.add(ProcessHandle.current().info().command().orElse(
          Path.of(System.getProperty("java.home"), "bin", "java").toString()));
      command.addAll(List.of("-Xms64m", "-Xmx384m", "-Xss512k", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
          "-XX:+ExitOnOutOfMemoryError"));
      if (Runtime.version().feature() >= 24) {
        command.addAll(List.of("--sun-misc-unsafe-memory-access=allow", "--enable-native-access=ALL-UNNAMED"));
      }
      command.addAll(List.of("-cp", System.getProperty("java.class.path"), "kafka.Kafka", configFile.toString()));
      ChildProcess process = ChildProcess.start("kafka", command, logDir.getParent());
      if (!awaitPort(port, PORT_TIMEOUT, process)) {
        process.kill();
        throw new LocalStackException("the broker's port did not open within " + PORT_TIMEOUT.toSeconds() + " s");
      }
      return new LocalKafka(null, process, logDir, configFile, port, controllerPort);
    } catch (IOException | RuntimeException e) {
      throw new LocalStackException("Kafka did not start on port " + port + " (controller "
          + controllerPort + ") with data in " + logDir + ": " + e.getMessage(), e);
    }
  }

  /**
   * {@code kill -9} of the broker's JVM, then the broker again on the same ports and log (process
   * mode only: the in-process broker of the one-JVM mode cannot die abruptly).
   */
  LocalKafka killAndRestart() {
    if (process == null) {
      throw new IllegalStateException("restarting Kafka abruptly needs process mode (--processes)");
    }
    process.kill();
    return startProcess(logDir, configFile, port, controllerPort);
  }

  private static Properties prepare(Path logDir, Path configFile, int port, int controllerPort) throws IOException {
    Properties config = config(logDir, port, controllerPort);
    Files.createDirectories(logDir);
    try (OutputStream out = Files.newOutputStream(configFile)) {
      config.store(out, "written by the local stack launcher on every start");
    }
    if (!Files.exists(logDir.resolve("meta.properties"))) {
      format(configFile);
    }
    return config;
  }

  private static boolean awaitPort(int port, Duration timeout, ChildProcess process) {
    Instant deadline = Instant.now().plus(timeout);
    while (Instant.now().isBefore(deadline) && process.alive()) {
      try (Socket socket = new Socket()) {
        socket.connect(new InetSocketAddress("localhost", port), 1000);
        return true;
      } catch (IOException notYet) {
        try {
          Thread.sleep(200);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return false;
        }
      }
    }
    return false;
  }

  /** Resident set size of the broker's own JVM in kB (process mode), else 0: it is in the launcher's. */
  long processRssKb() {
    return process != null && process.alive() ? Math.max(0, ProcStatus.rssKb(process.pid())) : 0;
  }

  String bootstrapServers() {
    return "localhost:" + port;
  }

  static Properties config(Path logDir, int port, int controllerPort) {
    Properties p = new Properties();
    p.setProperty("process.roles", "broker,controller");
    p.setProperty("node.id", "1");
    p.setProperty("controller.quorum.bootstrap.servers", "localhost:" + controllerPort);
    p.setProperty("listeners", "PLAINTEXT://localhost:" + port + ",CONTROLLER://localhost:" + controllerPort);
    p.setProperty("advertised.listeners", "PLAINTEXT://localhost:" + port + ",CONTROLLER://localhost:" + controllerPort);
    p.setProperty("controller.listener.names", "CONTROLLER");
    p.setProperty("inter.broker.listener.name", "PLAINTEXT");
    p.setProperty("listener.security.protocol.map", "CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT");
    p.setProperty("log.dirs", logDir.toAbsolutePath().toString());
    p.setProperty("num.partitions", "6");
    p.setProperty("auto.create.topics.enable", "true");
    p.setProperty("offsets.topic.replication.factor", "1");
    p.setProperty("offsets.topic.num.partitions", "6");
    p.setProperty("transaction.state.log.replication.factor", "1");
    p.setProperty("transaction.state.log.min.isr", "1");
    p.setProperty("transaction.state.log.num.partitions", "6");
    p.setProperty("share.coordinator.state.topic.replication.factor", "1");
    p.setProperty("share.coordinator.state.topic.min.isr", "1");
    // one machine, a handful of clients: consumers join at once, and fewer threads and buffers
    p.setProperty("group.initial.rebalance.delay.ms", "0");
    p.setProperty("num.network.threads", "2");
    p.setProperty("num.io.threads", "4");
    p.setProperty("background.threads", "2");
    p.setProperty("num.recovery.threads.per.data.dir", "1");
    p.setProperty("log.cleaner.threads", "1");
    p.setProperty("log.cleaner.dedupe.buffer.size", Integer.toString(8 * 1024 * 1024));
    return p;
  }

  private static void format(Path configFile) {
    ByteArrayOutputStream output = new ByteArrayOutputStream();
    try (PrintStream out = new PrintStream(output, true, StandardCharsets.UTF_8)) {
      int status = StorageTool.execute(new String[] {
          "format", "--config", configFile.toString(), "--cluster-id", Uuid.randomUuid().toString(),
          "--standalone", "--ignore-formatted"}, out);
      if (status != 0) {
        throw new LocalStackException("formatting the Kafka log failed (" + status + "): "
            + output.toString(StandardCharsets.UTF_8));
      }
    }
  }

  @Override
  public void close() {
    if (process != null) {
      process.stop(30);
      return;
    }
    server.shutdown();
    server.awaitShutdown();
  }
}
