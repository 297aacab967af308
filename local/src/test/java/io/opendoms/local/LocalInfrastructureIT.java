package io.opendoms.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** PostgreSQL and Kafka as the launcher runs them: free ports, a data directory, and a restart. */
class LocalInfrastructureIT {

  @TempDir
  Path dataDir;

  @Test
  void postgresAndKafkaKeepTheirDataAcrossARestartAndStopCleanly() throws Exception {
    Ports ports = new Ports(dataDir);
    int pgPort = ports.choose("postgres", 0, "--pg-port");
    int kafkaPort = ports.choose("kafka", 0, "--kafka-port");
    int controllerPort = ports.choose("kafka.controller", 0, "--kafka-port");
    ports.save();

    List<ProcessHandle> firstPostgres;
    try (LocalPostgres postgres = LocalPostgres.start(dataDir.resolve("postgres"), pgPort);
        LocalKafka kafka = start(kafkaPort, controllerPort)) {
      firstPostgres = processes(postgres);
      assertThat(firstPostgres).isNotEmpty();
      try (Connection connection = connect(postgres, "orders"); Statement sql = connection.createStatement()) {
        assertThat(setting(sql, "fsync")).isEqualTo("on");
        assertThat(setting(sql, "synchronous_commit")).isEqualTo("on");
      }
      for (String database : LocalPostgres.DATABASES) {
        try (Connection connection = connect(postgres, database)) {
          assertThat(connection.getMetaData().getUserName()).isEqualTo(database);
        }
      }
      try (Connection connection = connect(postgres, "orders"); Statement sql = connection.createStatement()) {
        sql.execute("CREATE TABLE survivor (id int PRIMARY KEY, name text)");
        sql.execute("INSERT INTO survivor VALUES (1, 'kept')");
      }
      try (Admin admin = Admin.create(Map.of("bootstrap.servers", kafka.bootstrapServers()))) {
        admin.createTopics(List.of(new NewTopic("opendoms.test.v1", 6, (short) 1))).all().get();
      }
      try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerConfig(kafka))) {
        producer.send(new ProducerRecord<>("opendoms.test.v1", "key-1", "kept")).get();
      }
    }
    assertThat(firstPostgres).noneMatch(ProcessHandle::isAlive);

    Ports again = new Ports(dataDir);
    assertThat(again.choose("kafka", 0, "--kafka-port")).isEqualTo(kafkaPort);
    List<ProcessHandle> secondPostgres;
    try (LocalPostgres postgres = LocalPostgres.start(dataDir.resolve("postgres"), again.choose("postgres", 0, "--pg-port"));
        LocalKafka kafka = start(kafkaPort, again.choose("kafka.controller", 0, "--kafka-port"))) {
      secondPostgres = processes(postgres);
      try (Connection connection = connect(postgres, "orders"); Statement sql = connection.createStatement();
          ResultSet rows = sql.executeQuery("SELECT name FROM survivor WHERE id = 1")) {
        assertThat(rows.next()).isTrue();
        assertThat(rows.getString(1)).isEqualTo("kept");
      }
      assertThat(readAll(kafka, "opendoms.test.v1")).containsExactly("kept");
    }
    assertThat(secondPostgres).isNotEmpty().noneMatch(ProcessHandle::isAlive);
  }

  @Test
  void aPostgresLeftRunningByAKilledLauncherIsStoppedAndItsDataKept() throws Exception {
    int port = new Ports(dataDir).choose("postgres", 0, "--pg-port");
    Path postgresDir = dataDir.resolve("postgres");
    Process launcher = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), KilledLauncher.class.getName(), postgresDir.toString(),
        Integer.toString(port)).redirectErrorStream(true).start();
    try (BufferedReader out = new BufferedReader(new InputStreamReader(launcher.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = out.readLine()) != null && !line.equals(KilledLauncher.READY)) {
        System.out.println("[killed launcher] " + line);
      }
      assertThat(line).as("the launcher's output ended before it was ready").isEqualTo(KilledLauncher.READY);
    }
    launcher.destroyForcibly().waitFor();
    long pid = Long.parseLong(Files.readAllLines(postgresDir.resolve("postmaster.pid")).getFirst().trim());
    ProcessHandle orphan = ProcessHandle.of(pid).orElseThrow();

    try (LocalPostgres postgres = LocalPostgres.start(postgresDir, port)) {
      assertThat(orphan.isAlive()).isFalse();
      try (Connection connection = connect(postgres, "inventory"); Statement sql = connection.createStatement();
          ResultSet rows = sql.executeQuery("SELECT name FROM survivor")) {
        assertThat(rows.next()).isTrue();
        assertThat(rows.getString(1)).isEqualTo("kept");
      }
    }
  }

  /** Starts PostgreSQL as the launcher does, writes a row, and waits to be killed. */
  static final class KilledLauncher {
    static final String READY = "ready to be killed";

    public static void main(String[] args) throws Exception {
      LocalPostgres postgres = LocalPostgres.start(Path.of(args[0]), Integer.parseInt(args[1]));
      try (Connection connection = connect(postgres, "inventory"); Statement sql = connection.createStatement()) {
        sql.execute("CREATE TABLE survivor (name text)");
        sql.execute("INSERT INTO survivor VALUES ('kept')");
      }
      System.out.println(READY);
      new CountDownLatch(1).await();
    }
  }

  private LocalKafka start(int port, int controllerPort) {
    return LocalKafka.start(dataDir.resolve("kafka"), dataDir.resolve("kafka.properties"), port, controllerPort);
  }

  private static List<ProcessHandle> processes(LocalPostgres postgres) {
    List<ProcessHandle> all = new ArrayList<>();
    postgres.postmaster().ifPresent(p -> {
      all.add(p);
      p.descendants().forEach(all::add);
    });
    return all;
  }

  private static String setting(Statement sql, String name) throws SQLException {
    try (ResultSet rows = sql.executeQuery("SHOW " + name)) {
      rows.next();
      return rows.getString(1);
    }
  }

  private static Connection connect(LocalPostgres postgres, String database) throws SQLException {
    return DriverManager.getConnection(postgres.jdbcUrl(database), database, database);
  }

  private static Properties producerConfig(LocalKafka kafka) {
    Properties config = new Properties();
    config.put("bootstrap.servers", kafka.bootstrapServers());
    config.put("acks", "all");
    config.put("enable.idempotence", "true");
    config.put("key.serializer", StringSerializer.class.getName());
    config.put("value.serializer", StringSerializer.class.getName());
    return config;
  }

  private static List<String> readAll(LocalKafka kafka, String topic) {
    Properties config = new Properties();
    config.put("bootstrap.servers", kafka.bootstrapServers());
    config.put("group.id", "it-" + System.nanoTime());
    config.put("auto.offset.reset", "earliest");
    config.put("key.deserializer", StringDeserializer.class.getName());
    config.put("value.deserializer", StringDeserializer.class.getName());
    List<String> values = new ArrayList<>();
    try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
      consumer.subscribe(Set.of(topic));
      await().atMost(Duration.ofSeconds(60)).until(() -> {
        for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
          values.add(record.value());
        }
        return !values.isEmpty();
      });
    }
    return values;
  }
}
