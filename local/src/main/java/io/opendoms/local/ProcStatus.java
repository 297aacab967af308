package io.opendoms.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Memory figures from Linux's /proc; -1 where there is no /proc. */
final class ProcStatus {

  private ProcStatus() {}

  /** Resident set size of this JVM, in kB. */
  static long rssKb() {
    return field(Path.of("/proc/self/status"), "VmRSS:");
  }

  /** Resident set size of another process, in kB; -1 if it is gone. */
  static long rssKb(long pid) {
    return field(Path.of("/proc", Long.toString(pid), "status"), "VmRSS:");
  }

  /**
   * Proportional set size of processes, in kB: shared memory (PostgreSQL's shared buffers) is
   * divided among the processes sharing it instead of counted once per backend.
   */
  static long pssKb(List<ProcessHandle> processes) {
    long total = 0;
    for (ProcessHandle process : processes) {
      long pss = field(Path.of("/proc", Long.toString(process.pid()), "smaps_rollup"), "Pss:");
      if (pss < 0) {
        return -1;
      }
      total += pss;
    }
    return total;
  }

  private static long field(Path file, String name) {
    try {
      for (String line : Files.readAllLines(file)) {
        if (line.startsWith(name)) {
          return Long.parseLong(line.substring(name.length()).trim().split("\\s+")[0]);
        }
      }
    } catch (IOException | RuntimeException e) {
      return -1;
    }
    return -1;
  }
}
