package io.opendoms.local;

import java.io.File;
import java.lang.reflect.InvocationTargetException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Entry point of {@code ./opendoms}: {@code Main <class path file> up [options]}. Runs
 * {@link LocalStack} in a class loader of its own, over the JDK only, so that the system class
 * loader holds nothing but the launcher's classes. The launcher's libraries (the Kafka broker
 * with its Jackson 2 modules, zonky) must not be there: Hibernate, for one, searches the system
 * class loader for service providers besides the application's own loader.
 */
public final class Main {

  private Main() {}

  public static void main(String[] args) throws Throwable {
    if (args.length == 0) {
      System.err.println("usage: java -cp <launcher classes> io.opendoms.local.Main <class path file> up [options]");
      System.exit(2);
    }
    List<URL> urls = new ArrayList<>();
    urls.add(Main.class.getProtectionDomain().getCodeSource().getLocation());
    for (String entry : Files.readString(Path.of(args[0])).trim().split(File.pathSeparator)) {
      if (!entry.isBlank()) {
        urls.add(Path.of(entry).toUri().toURL());
      }
    }
    URLClassLoader launcher = new URLClassLoader("opendoms-launcher", urls.toArray(URL[]::new),
        ClassLoader.getPlatformClassLoader());
    Thread.currentThread().setContextClassLoader(launcher);
    try {
      // by name: a static reference would load LocalStack from the system class loader
      Class.forName("io.opendoms.local.LocalStack", true, launcher)
          .getMethod("main", String[].class)
          .invoke(null, (Object) Arrays.copyOfRange(args, 1, args.length));
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
