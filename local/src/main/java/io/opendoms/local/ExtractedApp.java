package io.opendoms.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.Properties;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Stream;

/**
 * A Spring Boot executable jar unpacked into {@code <dir>/classes} and {@code <dir>/lib}: plain
 * directories and jars load faster than nested jars, and jars of the same name can then be
 * shared between applications. Unpacked again only when the jar's size or time changed.
 */
record ExtractedApp(String name, Path dir, String startClass, List<Path> libs) {

  private static final String STAMP = "app.properties";
  private static final String CLASSES = "BOOT-INF/classes/";
  private static final String LIB = "BOOT-INF/lib/";

  Path classesDir() {
    return dir.resolve("classes");
  }

  static ExtractedApp extract(String name, Path jar, Path target) {
    Path dir = target.toAbsolutePath().normalize();
    try {
      Properties stamp = readStamp(dir);
      String size = Long.toString(Files.size(jar));
      String modified = Long.toString(Files.getLastModifiedTime(jar).toMillis());
      if (stamp == null || !size.equals(stamp.getProperty("jar.size"))
          || !modified.equals(stamp.getProperty("jar.modified"))) {
        stamp = unpack(jar, dir);
        stamp.setProperty("jar.size", size);
        stamp.setProperty("jar.modified", modified);
        try (OutputStream out = Files.newOutputStream(dir.resolve(STAMP))) {
          stamp.store(out, "unpacked from " + jar.getFileName());
        }
      }
      String classpath = stamp.getProperty("classpath", "");
      List<Path> libs = classpath.isEmpty() ? List.of()
          : Arrays.stream(classpath.split(",")).map(lib -> dir.resolve("lib").resolve(lib)).toList();
      return new ExtractedApp(name, dir, stamp.getProperty("start-class"), libs);
    } catch (IOException e) {
      throw new LocalStackException("cannot unpack " + jar + " into " + dir + ": " + e, e);
    }
  }

  private static Properties readStamp(Path dir) throws IOException {
    Path file = dir.resolve(STAMP);
    if (!Files.exists(file)) {
      return null;
    }
    Properties stamp = new Properties();
    try (InputStream in = Files.newInputStream(file)) {
      stamp.load(in);
    }
    return stamp;
  }

  private static Properties unpack(Path jar, Path dir) throws IOException {
    deleteRecursively(dir);
    Files.createDirectories(dir.resolve("classes"));
    Files.createDirectories(dir.resolve("lib"));
    List<String> libs = new ArrayList<>();
    List<String> indexed = null;
    Properties stamp = new Properties();
    try (JarFile fatJar = new JarFile(jar.toFile())) {
      Manifest manifest = fatJar.getManifest();
      String startClass = manifest == null ? null : manifest.getMainAttributes().getValue("Start-Class");
      if (startClass == null) {
        throw new LocalStackException(jar + " is not a Spring Boot executable jar (no Start-Class)");
      }
      stamp.setProperty("start-class", startClass);
      for (Enumeration<JarEntry> entries = fatJar.entries(); entries.hasMoreElements(); ) {
        JarEntry entry = entries.nextElement();
        String entryName = entry.getName();
        Path target;
        if (entryName.startsWith(CLASSES) && entryName.length() > CLASSES.length()) {
          target = dir.resolve("classes").resolve(entryName.substring(CLASSES.length()));
        } else if (entryName.startsWith(LIB) && entryName.endsWith(".jar") && !entry.isDirectory()) {
          String lib = entryName.substring(LIB.length());
          libs.add(lib);
          target = dir.resolve("lib").resolve(lib);
        } else {
          if (entryName.equals("BOOT-INF/classpath.idx")) {
            try (InputStream in = fatJar.getInputStream(entry)) {
              indexed = parseClasspathIndex(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
          }
          continue;
        }
        if (!target.normalize().startsWith(dir)) {
          throw new LocalStackException("refusing to unpack " + entryName + " outside " + dir);
        }
        if (entry.isDirectory()) {
          Files.createDirectories(target);
        } else {
          Files.createDirectories(target.getParent());
          try (InputStream in = fatJar.getInputStream(entry)) {
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
          }
        }
      }
    }
    // the index keeps Boot's class path order; fall back to the jar's own order
    List<String> ordered = indexed != null && indexed.containsAll(libs) ? indexed : libs;
    stamp.setProperty("classpath", String.join(",", ordered));
    return stamp;
  }

  /** Lines like {@code - "BOOT-INF/lib/spring-core-7.0.1.jar"}. */
  static List<String> parseClasspathIndex(String index) {
    List<String> libs = new ArrayList<>();
    for (String line : index.split("\n")) {
      String trimmed = line.trim();
      int start = trimmed.indexOf('"');
      int end = trimmed.lastIndexOf('"');
      if (start >= 0 && end > start) {
        String path = trimmed.substring(start + 1, end);
        libs.add(path.substring(path.lastIndexOf('/') + 1));
      }
    }
    return libs;
  }

  static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
