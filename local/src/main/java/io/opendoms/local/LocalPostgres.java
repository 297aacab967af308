package io.opendoms.local;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * PostgreSQL as separate processes (zonky binaries) on a data directory that outlives the
 * launcher, durable settings on, one database and one login role per service.
 */
final class LocalPostgres implements AutoCloseable {

  /** Database = role = password (locally) of each service. */
  static final List<String> DATABASES = List.of("orders", "inventory", "routing", "fulfillment", "returns");

  private final EmbeddedPostgres postgres;
  private final Path dataDir;

  private LocalPostgres(EmbeddedPostgres postgres, Path dataDir) {
    this.postgres = postgres;
    this.dataDir = dataDir;
  }

  static LocalPostgres start(Path dataDir, int port) {
    try {
      Files.createDirectories(dataDir);
      stopOrphanedPostmaster(dataDir);
      EmbeddedPostgres postgres = EmbeddedPostgres.builder()
          .setDataDirectory(dataDir)
          .setCleanDataDirectory(false)
          .setRegisterShutdownHook(false)
          .setPort(port)
          .setPGStartupWait(Duration.ofSeconds(60))
          .setServerConfig("synchronous_commit", "on")
          .setServerConfig("fsync", "on")
          .setServerConfig("max_connections", "300")
          .start();
      LocalPostgres local = new LocalPostgres(postgres, dataDir);
      local.createDatabases();
      return local;
    } catch (IOException | SQLException e) {
      throw new LocalStackException("PostgreSQL did not start on port " + port + " with data in "
          + dataDir + ": " + e.getMessage(), e);
    }
  }

  /**
   * After its processes were killed ({@code kill -9}): releases this handle (its stop fails, the
   * server is gone) and starts PostgreSQL again on the same data directory and port, which runs
   * crash recovery from the write-ahead log.
   */
  LocalPostgres restartAfterKill() {
    int port = port();
    try {
      postgres.close();
    } catch (IOException | RuntimeException e) {
      // pg_ctl stop finds no server: expected
    }
    return start(dataDir, port);
  }

  int port() {
    return postgres.getPort();
  }

  String jdbcUrl(String database) {
    return "jdbc:postgresql://localhost:" + port() + "/" + database;
  }

  /** The running postmaster (its children are the backends). */
  Optional<ProcessHandle> postmaster() {
    return readPostmasterPid(dataDir).flatMap(ProcessHandle::of);
  }

  private void createDatabases() throws SQLException {
    try (Connection connection = postgres.getPostgresDatabase().getConnection();
        Statement statement = connection.createStatement()) {
      for (String name : DATABASES) {
        // names are constants above, never input
        if (!exists(connection, "SELECT 1 FROM pg_roles WHERE rolname = ?", name)) {
          statement.execute("CREATE ROLE " + name + " LOGIN PASSWORD '" + name + "'");
        }
        if (!exists(connection, "SELECT 1 FROM pg_database WHERE datname = ?", name)) {
          statement.execute("CREATE DATABASE " + name + " OWNER " + name);
        }
      }
    }
  }

  private static boolean exists(Connection connection, String sql, String name) throws SQLException {
    try (PreparedStatement query = connection.prepareStatement(sql)) {
      query.setString(1, name);
      try (ResultSet rows = query.executeQuery()) {
        return rows.next();
      }
    }
  }

  /**
   * A launcher killed with SIGKILL leaves its postmaster running on the data directory. The caller
   * holds the data directory's lock, so a live postmaster there is such an orphan: stop it (SIGTERM
   * is PostgreSQL's "smart" shutdown; its clients died with the launcher).
   */
  static void stopOrphanedPostmaster(Path dataDir) {
    Optional<ProcessHandle> orphan = readPostmasterPid(dataDir).flatMap(ProcessHandle::of)
        .filter(p -> p.info().command().map(c -> c.endsWith("/postgres")).orElse(false));
    if (orphan.isEmpty()) {
      return;
    }
    ProcessHandle process = orphan.get();
    System.out.println("Stopping the PostgreSQL (pid " + process.pid() + ") a previous launcher left running");
    process.destroy();
    try {
      process.onExit().get(30, TimeUnit.SECONDS);
    } catch (Exception e) {
      process.destroyForcibly();
    }
  }

  private static Optional<Long> readPostmasterPid(Path dataDir) {
    Path pidFile = dataDir.resolve("postmaster.pid");
    try {
      List<String> lines = Files.readAllLines(pidFile);
      return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.getFirst().trim()));
    } catch (IOException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** Stops PostgreSQL and returns once its processes are gone. */
  @Override
  public void close() {
    Optional<ProcessHandle> postmaster = postmaster();
    try {
      postgres.close();
      // pg_ctl returns when the pid file is gone, a moment before the postmaster has exited
      if (postmaster.isPresent()) {
        postmaster.get().onExit().get(30, TimeUnit.SECONDS);
      }
    } catch (IOException | ExecutionException | TimeoutException e) {
      throw new LocalStackException("PostgreSQL did not stop cleanly: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
