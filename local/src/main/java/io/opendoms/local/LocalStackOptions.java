package io.opendoms.local;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * How to start the local stack. A port of 0 means "pick a free one" (remembered in the data
 * directory, so a restart on the same data keeps its ports).
 */
public record LocalStackOptions(
    Path dataDir,
    boolean fresh,
    int gatewayPort,
    int pgPort,
    int kafkaPort,
    boolean loadDemoData,
    Path servicesDir,
    boolean processes) {

  public static final int DEFAULT_GATEWAY_PORT = 8080;
  public static final int DEFAULT_PG_PORT = 15432;
  public static final int DEFAULT_KAFKA_PORT = 19092;
  public static final String SERVICES_DIR_PROPERTY = "opendoms.services.dir";

  public LocalStackOptions {
    Objects.requireNonNull(dataDir, "dataDir");
    checkPort("gateway", gatewayPort);
    checkPort("pg", pgPort);
    checkPort("kafka", kafkaPort);
  }

  public static LocalStackOptions defaults() {
    return new LocalStackOptions(Path.of(".opendoms"), false, DEFAULT_GATEWAY_PORT, DEFAULT_PG_PORT,
        DEFAULT_KAFKA_PORT, true, null, false);
  }

  /** Free ports everywhere: what tests want. */
  public static LocalStackOptions ephemeral(Path dataDir) {
    return defaults().withDataDir(dataDir).withGatewayPort(0).withPgPort(0).withKafkaPort(0);
  }

  public LocalStackOptions withDataDir(Path dir) {
    return new LocalStackOptions(dir, fresh, gatewayPort, pgPort, kafkaPort, loadDemoData, servicesDir, processes);
  }

  public LocalStackOptions withFresh(boolean value) {
    return new LocalStackOptions(dataDir, value, gatewayPort, pgPort, kafkaPort, loadDemoData, servicesDir, processes);
  }

  public LocalStackOptions withGatewayPort(int port) {
    return new LocalStackOptions(dataDir, fresh, port, pgPort, kafkaPort, loadDemoData, servicesDir, processes);
  }

  public LocalStackOptions withPgPort(int port) {
    return new LocalStackOptions(dataDir, fresh, gatewayPort, port, kafkaPort, loadDemoData, servicesDir, processes);
  }

  public LocalStackOptions withKafkaPort(int port) {
    return new LocalStackOptions(dataDir, fresh, gatewayPort, pgPort, port, loadDemoData, servicesDir, processes);
  }

  public LocalStackOptions withLoadDemoData(boolean value) {
    return new LocalStackOptions(dataDir, fresh, gatewayPort, pgPort, kafkaPort, value, servicesDir, processes);
  }

  public LocalStackOptions withServicesDir(Path dir) {
    return new LocalStackOptions(dataDir, fresh, gatewayPort, pgPort, kafkaPort, loadDemoData, dir, processes);
  }

  /**
   * Each service, the gateway and the Kafka broker in a JVM of its own instead of one JVM, so that
   * each can be killed ({@code kill -9}) and started again: slower to start, for fault tests.
   */
  public LocalStackOptions withProcesses(boolean value) {
    return new LocalStackOptions(dataDir, fresh, gatewayPort, pgPort, kafkaPort, loadDemoData, servicesDir, value);
  }

  /**
   * The directory holding {@code <artifactId>.jar} of every service: the option, else the system
   * property {@value #SERVICES_DIR_PROPERTY}, else {@code local/target/services} found from the
   * working directory or its parent (tests run in a module directory).
   */
  public Path resolveServicesDir() {
    if (servicesDir != null) {
      return servicesDir.toAbsolutePath().normalize();
    }
    String property = System.getProperty(SERVICES_DIR_PROPERTY);
    if (property != null && !property.isBlank()) {
      return Path.of(property).toAbsolutePath().normalize();
    }
    Path cwd = Path.of("").toAbsolutePath();
    for (Path candidate : new Path[] {
        cwd.resolve("local/target/services"), cwd.resolveSibling("local").resolve("target/services")}) {
      if (Files.isDirectory(candidate)) {
        return candidate.normalize();
      }
    }
    return cwd.resolve("local/target/services");
  }

  /** Parses the options of {@code LocalStack up}. */
  public static LocalStackOptions parse(String... args) {
    LocalStackOptions options = defaults();
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      String name = arg;
      String value = null;
      int eq = arg.indexOf('=');
      if (arg.startsWith("--") && eq > 0) {
        name = arg.substring(0, eq);
        value = arg.substring(eq + 1);
      }
      switch (name) {
        case "--fresh" -> options = options.withFresh(true);
        case "--no-demo-data" -> options = options.withLoadDemoData(false);
        case "--processes" -> options = options.withProcesses(true);
        case "--data-dir", "--gateway-port", "--pg-port", "--kafka-port", "--services-dir" -> {
          if (value == null) {
            if (i + 1 >= args.length) {
              throw new IllegalArgumentException(name + " needs a value");
            }
            value = args[++i];
          }
          options = switch (name) {
            case "--data-dir" -> options.withDataDir(Path.of(value));
            case "--services-dir" -> options.withServicesDir(Path.of(value));
            case "--gateway-port" -> options.withGatewayPort(port(name, value));
            case "--pg-port" -> options.withPgPort(port(name, value));
            default -> options.withKafkaPort(port(name, value));
          };
        }
        default -> throw new IllegalArgumentException("unknown option: " + arg);
      }
    }
    return options;
  }

  private static int port(String option, String value) {
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(option + " needs a port number, got '" + value + "'");
    }
  }

  private static void checkPort(String what, int port) {
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("--" + what + "-port must be 0..65535, got " + port);
    }
  }
}
