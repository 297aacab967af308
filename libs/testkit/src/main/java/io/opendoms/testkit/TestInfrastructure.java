package io.opendoms.testkit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicExistsException;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * One PostgreSQL server and one Kafka broker per JVM, started lazily and stopped by a shutdown hook.
 * {@code -Dopendoms.infra=embedded} (default) uses zonky's embedded PostgreSQL 17 and spring-kafka's KRaft
 * broker; {@code -Dopendoms.infra=testcontainers} uses Docker containers instead.
 */
public final class TestInfrastructure {

    public static final String MODE_PROPERTY = "opendoms.infra";
    /** Partitions of the pre-created contract topics: the platform's default, so its NewTopic beans agree. */
    public static final int PARTITIONS = 6;

    private static final String CONTRACT_TOPICS_CLASS = "io.opendoms.events.Topics";

    private static volatile Postgres postgres;
    private static volatile String kafkaBootstrapServers;
    private static final List<Runnable> KAFKA_STOPS = new ArrayList<>();
    private static final List<Runnable> POSTGRES_STOPS = new ArrayList<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(TestInfrastructure::stopAll, "opendoms-test-infrastructure-stop"));
    }

    /** {@code embedded} or {@code testcontainers}. */
    public static String mode() {
        return System.getProperty(MODE_PROPERTY, "embedded").trim().toLowerCase(Locale.ROOT);
    }

    public static boolean usesTestcontainers() {
        return "testcontainers".equals(mode());
    }

    public static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    /** Creates an empty database on the shared server. */
    public static TestDatabase newDatabase() {
        Postgres server = postgres();
        String name = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        try (Connection c = DriverManager.getConnection(server.adminUrl(), server.username(), server.password());
             Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create test database " + name, e);
        }
        return new TestDatabase(server.urlOf(name), server.username(), server.password());
    }

    /** Bootstrap servers of the shared broker; the contract topics and their dead-letter twins exist. */
    public static String kafkaBootstrapServers() {
        String servers = kafkaBootstrapServers;
        if (servers == null) {
            synchronized (TestInfrastructure.class) {
                servers = kafkaBootstrapServers;
                if (servers == null) {
                    servers = usesTestcontainers() ? startKafkaContainer() : startEmbeddedKafka();
                    createTopics(servers, contractTopics());
                    kafkaBootstrapServers = servers;
                }
            }
        }
        return servers;
    }

    /**
     * Commits, for a consumer group that has never run, the current end offsets of the given topics, so that
     * a new application context consumes what is produced from now on and not what earlier contexts left.
     */
    public static void startGroupAtEnd(String groupId, List<String> topics) {
        if (topics.isEmpty()) {
            return;
        }
        try (Admin admin = admin(kafkaBootstrapServers())) {
            Map<String, TopicDescription> descriptions = admin.describeTopics(topics).allTopicNames()
                    .get(30, TimeUnit.SECONDS);
            Map<TopicPartition, OffsetSpec> request = new HashMap<>();
            descriptions.values().forEach(d -> d.partitions()
                    .forEach(p -> request.put(new TopicPartition(d.name(), p.partition()), OffsetSpec.latest())));
            Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
            admin.listOffsets(request).all().get(30, TimeUnit.SECONDS)
                    .forEach((tp, info) -> offsets.put(tp, new OffsetAndMetadata(info.offset())));
            admin.alterConsumerGroupOffsets(groupId, offsets).all().get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Cannot position consumer group " + groupId, e);
        }
    }

    /** The contract topics ({@code io.opendoms.events.Topics.all()}) and their dead-letter twins, if on the classpath. */
    @SuppressWarnings("unchecked")
    public static List<String> contractTopics() {
        try {
            Class<?> topics = Class.forName(CONTRACT_TOPICS_CLASS);
            List<String> all = (List<String>) topics.getMethod("all").invoke(null);
            List<String> result = new ArrayList<>(all);
            all.forEach(t -> result.add(t + ".DLT"));
            return result;
        } catch (ClassNotFoundException e) {
            return List.of();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Creates topics (if missing) with {@link #PARTITIONS} partitions. */
    public static void createTopics(String bootstrapServers, List<String> topics) {
        if (topics.isEmpty()) {
            return;
        }
        try (Admin admin = admin(bootstrapServers)) {
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            List<NewTopic> missing = topics.stream().filter(t -> !existing.contains(t))
                    .map(t -> new NewTopic(t, PARTITIONS, (short) 1)).toList();
            try {
                admin.createTopics(missing).all().get(30, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw e;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Cannot create test topics", e);
        }
    }

    private static Admin admin(String bootstrapServers) {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 15_000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 30_000));
    }

    private static Postgres postgres() {
        Postgres server = postgres;
        if (server == null) {
            synchronized (TestInfrastructure.class) {
                server = postgres;
                if (server == null) {
                    server = usesTestcontainers() ? startPostgresContainer() : startEmbeddedPostgres();
                    postgres = server;
                }
            }
        }
        return server;
    }

    private static Postgres startEmbeddedPostgres() {
        try {
            // As root, zonky runs postgres as "nobody": the data directory must belong to (be writable by) it.
            Path dataDir = Files.createTempDirectory("opendoms-pg-");
            Files.setPosixFilePermissions(dataDir, PosixFilePermissions.fromString("rwxrwxrwx"));
            EmbeddedPostgres pg = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(true)
                    .setServerConfig("max_connections", "300")
                    .setServerConfig("fsync", "off")
                    .setServerConfig("synchronous_commit", "off")
                    .setServerConfig("full_page_writes", "off")
                    .setRegisterShutdownHook(false)
                    .start();
            POSTGRES_STOPS.add(() -> {
                try {
                    pg.close();
                } catch (IOException ignored) {
                    // the JVM is exiting anyway
                }
            });
            return new Postgres("localhost", pg.getPort(), "postgres", "postgres");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start embedded PostgreSQL", e);
        }
    }

    private static Postgres startPostgresContainer() {
        requireDocker();
        PostgreSQLContainer container = new PostgreSQLContainer("postgres:17")
                .withCommand("postgres", "-c", "max_connections=300", "-c", "fsync=off");
        container.start();
        POSTGRES_STOPS.add(container::stop);
        return new Postgres(container.getHost(), container.getMappedPort(5432), container.getUsername(),
                container.getPassword());
    }

    private static String startEmbeddedKafka() {
        EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, PARTITIONS);
        broker.brokerProperty("auto.create.topics.enable", "true");
        broker.brokerProperty("group.initial.rebalance.delay.ms", "0");
        broker.afterPropertiesSet();
        KAFKA_STOPS.add(broker::destroy);
        return broker.getBrokersAsString();
    }

    private static String startKafkaContainer() {
        requireDocker();
        KafkaContainer container = new KafkaContainer("apache/kafka:4.1.1");
        container.start();
        KAFKA_STOPS.add(container::stop);
        return container.getBootstrapServers();
    }

    /**
     * Application contexts close in their own shutdown hooks, concurrently with this one: give them a moment to
     * release their connections (and stop their relays and listeners) before the servers go away, so the end of
     * a test run is not a burst of connection errors.
     */
    private static void stopAll() {
        Postgres server = postgres;
        if (server != null) {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            try (Connection c = DriverManager.getConnection(server.adminUrl(), server.username(), server.password());
                 Statement s = c.createStatement()) {
                while (System.nanoTime() < deadline) {
                    try (ResultSet rs = s.executeQuery("SELECT count(*) FROM pg_stat_activity "
                            + "WHERE backend_type = 'client backend' AND pid <> pg_backend_pid()")) {
                        rs.next();
                        if (rs.getInt(1) == 0) {
                            break;
                        }
                    }
                    Thread.sleep(100);
                }
            } catch (SQLException e) {
                // stop anyway
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        KAFKA_STOPS.forEach(TestInfrastructure::quietly);
        POSTGRES_STOPS.forEach(TestInfrastructure::quietly);
    }

    private static void quietly(Runnable stop) {
        try {
            stop.run();
        } catch (RuntimeException ignored) {
            // the JVM is exiting anyway
        }
    }

    private static void requireDocker() {
        if (!dockerAvailable()) {
            throw new IllegalStateException("-D" + MODE_PROPERTY + "=testcontainers needs a Docker daemon");
        }
    }

    private record Postgres(String host, int port, String username, String password) {

        String adminUrl() {
            return urlOf("postgres");
        }

        String urlOf(String database) {
            return "jdbc:postgresql://" + host + ":" + port + "/" + database;
        }
    }

    private TestInfrastructure() {
    }
}
