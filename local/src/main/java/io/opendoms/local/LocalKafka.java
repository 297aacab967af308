package io.opendoms.local;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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

  private final KafkaRaftServer server;
  private final int port;

  private LocalKafka(KafkaRaftServer server, int port) {
    this.server = server;
    this.port = port;
  }

  static LocalKafka start(Path logDir, Path configFile, int port, int controllerPort) {
    Properties config = config(logDir, port, controllerPort);
    try {
      Files.createDirectories(logDir);
      try (OutputStream out = Files.newOutputStream(configFile)) {
        config.store(out, "written by the local stack launcher on every start");
      }
      if (!Files.exists(logDir.resolve("meta.properties"))) {
        format(configFile);
      }
      KafkaRaftServer server = new KafkaRaftServer(KafkaConfig.fromProps(config), Time.SYSTEM);
      server.startup();
      return new LocalKafka(server, port);
    } catch (IOException | RuntimeException e) {
      throw new LocalStackException("Kafka did not start on port " + port + " (controller "
          + controllerPort + ") with data in " + logDir + ": " + e.getMessage(), e);
    }
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
    server.shutdown();
    server.awaitShutdown();
  }
}
