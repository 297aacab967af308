package io.opendoms.bench;

import io.opendoms.local.RunningStack;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Samples the row counts of the platform's outbox and inbox in every service database while a run goes on, so
 * that a long run shows whether retention keeps them bounded ({@code --row-counts S}; the stack in this JVM
 * only). Prints one line per sample and keeps the largest counts.
 */
final class RowCounts implements AutoCloseable {

  /** Database = role = password of each service in the local stack. */
  static final List<String> DATABASES = List.of("orders", "inventory", "routing", "fulfillment", "returns");

  private final RunningStack stack;
  private final Duration every;
  private final Map<String, Long> largest = new LinkedHashMap<>();
  private final Thread sampler;
  private volatile boolean running = true;

  RowCounts(RunningStack stack, Duration every) {
    this.stack = stack;
    this.every = every;
    this.sampler = Thread.ofPlatform().name("bench-row-counts").daemon().start(this::loop);
  }

  private void loop() {
    while (running) {
      sample();
      try {
        Thread.sleep(every);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  /** One line: outbox rows (unpublished) and inbox rows per database. */
  synchronized String sample() {
    StringBuilder line = new StringBuilder("rows:");
    for (String database : DATABASES) {
      try (Connection connection = DriverManager.getConnection(
              "jdbc:postgresql://localhost:" + stack.postgresPort() + "/" + database, database, database);
           Statement statement = connection.createStatement();
           ResultSet rs = statement.executeQuery("""
               SELECT (SELECT count(*) FROM platform_outbox),
                      (SELECT count(*) FROM platform_outbox WHERE published_at IS NULL),
                      (SELECT count(*) FROM platform_inbox)""")) {
        rs.next();
        long outbox = rs.getLong(1);
        long inbox = rs.getLong(3);
        largest.merge(database + " outbox", outbox, Math::max);
        largest.merge(database + " inbox", inbox, Math::max);
        line.append(" %s outbox %d (%d unpublished) inbox %d;".formatted(database, outbox, rs.getLong(2), inbox));
      } catch (SQLException e) {
        line.append(" %s: %s;".formatted(database, NetworkSetup.abbreviate(e.getMessage())));
      }
    }
    Bench.log(line.toString());
    return line.toString();
  }

  @Override
  public synchronized void close() {
    running = false;
    sampler.interrupt();
    sample();
    StringBuilder most = new StringBuilder("largest row counts during the run:");
    largest.forEach((table, count) -> most.append(' ').append(table).append(' ').append(count).append(';'));
    Bench.log(most.toString());
  }
}
