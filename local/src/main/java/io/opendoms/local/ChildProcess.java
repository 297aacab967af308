package io.opendoms.local;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A process the launcher started (a service's JVM or the Kafka broker in process mode), its output
 * copied line by line into the launcher's, each line prefixed with the process's name.
 */
final class ChildProcess {

  private final String name;
  private final Process process;

  private ChildProcess(String name, Process process) {
    this.name = name;
    this.process = process;
  }

  static ChildProcess start(String name, List<String> command, Path workDir) {
    try {
      Process process = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true).start();
      Thread.ofPlatform().daemon().name("out-" + name).start(() -> copyOutput(name, process));
      return new ChildProcess(name, process);
    } catch (IOException e) {
      throw new LocalStackException("cannot start " + name + ": " + e.getMessage(), e);
    }
  }

  private static void copyOutput(String name, Process process) {
    String prefix = "[" + name + "] ";
    try (BufferedReader lines = process.inputReader()) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        System.out.println(prefix + line);
      }
    } catch (IOException ended) {
      // the process is gone
    }
  }

  String name() {
    return name;
  }

  long pid() {
    return process.pid();
  }

  boolean alive() {
    return process.isAlive();
  }

  /** SIGKILL, as {@code kill -9}: no shutdown hook runs. Returns once the process is gone. */
  void kill() {
    process.destroyForcibly();
    await(30);
  }

  /** SIGTERM (the application's own graceful shutdown), then SIGKILL after {@code seconds}. */
  void stop(int seconds) {
    process.destroy();
    if (!await(seconds)) {
      System.err.println(name + " did not stop within " + seconds + " s; killing it");
      kill();
    }
  }

  private boolean await(int seconds) {
    try {
      process.onExit().get(seconds, TimeUnit.SECONDS);
      return true;
    } catch (TimeoutException e) {
      return false;
    } catch (ExecutionException e) {
      return !process.isAlive();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return !process.isAlive();
    }
  }
}
