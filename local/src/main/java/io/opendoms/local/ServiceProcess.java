package io.opendoms.local;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * One application in its own JVM (process mode): the unpacked classes and jars on a plain class
 * path, the same arguments as in the one-JVM mode, and start-up aids for many JVMs on a small
 * machine (C1 only, small heap and stacks, serial GC).
 */
final class ServiceProcess {

  private static final Duration HEALTH_TIMEOUT = Duration.ofSeconds(240);

  private final String name;
  private final ExtractedApp app;
  private final int port;
  private final List<String> args;
  private ChildProcess process;

  ServiceProcess(String name, ExtractedApp app, int port, List<String> args) {
    this.name = name;
    this.app = app;
    this.port = port;
    this.args = List.copyOf(args);
  }

  String name() {
    return name;
  }

  /** Starts the JVM (unless it runs) and returns once its {@code /actuator/health} is UP. */
  synchronized void start() {
    if (process != null && process.alive()) {
      return;
    }
    process = ChildProcess.start(name, command(), app.dir());
    try {
      new GatewayClient("http://localhost:" + port).awaitHealthy(HEALTH_TIMEOUT);
    } catch (LocalStackException e) {
      process.kill();
      throw new LocalStackException(name + " (pid " + process.pid() + ") did not become healthy on port " + port
          + (process.alive() ? "" : "; its JVM exited") + ": " + e.getMessage(), e);
    }
  }

  /** {@code kill -9}: the JVM dies at once, no shutdown hook, no graceful close. */
  synchronized void kill() {
    if (process != null) {
      process.kill();
      process = null;
    }
  }

  /** SIGTERM: the application closes itself as it would in production. */
  synchronized void stop() {
    if (process != null) {
      process.stop(30);
      process = null;
    }
  }

  /** Resident set size of its JVM in kB, 0 when it is not running. */
  synchronized long rssKb() {
    return running() ? Math.max(0, ProcStatus.rssKb(process.pid())) : 0;
  }

  synchronized boolean running() {
    return process != null && process.alive();
  }

  private List<String> command() {
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse(
        Path.of(System.getProperty("java.home"), "bin", "java").toString()));
    command.addAll(List.of("-Xss512k", "-Xms64m", "-Xmx320m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
        "-XX:ReservedCodeCacheSize=64m", "-XX:MaxMetaspaceSize=256m", "-XX:+ExitOnOutOfMemoryError"));
    StringBuilder classpath = new StringBuilder(app.classesDir().toString());
    for (Path lib : app.libs()) {
      classpath.append(java.io.File.pathSeparatorChar).append(lib);
    }
    command.add("-cp");
    command.add(classpath.toString());
    command.add(app.startClass());
    command.addAll(args);
    return command;
  }
}
