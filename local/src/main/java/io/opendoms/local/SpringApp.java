package io.opendoms.local;

import java.io.Closeable;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URLClassLoader;
import java.util.List;
import java.util.function.Supplier;

/**
 * One Spring Boot application in its own class loader, started through {@code SpringApplication}
 * as its {@code main} would. Every setting is a
 * command-line argument: system properties would be seen by every application in the JVM.
 */
final class SpringApp {

  private final String name;
  private final ExtractedApp app;
  private final Supplier<URLClassLoader> loaders;
  private final List<String> args;
  private URLClassLoader loader;
  private Closeable context;

  SpringApp(String name, ExtractedApp app, Supplier<URLClassLoader> loaders, List<String> args) {
    this.name = name;
    this.app = app;
    this.loaders = loaders;
    this.args = List.copyOf(args);
  }

  String name() {
    return name;
  }

  synchronized void start() {
    if (context != null) {
      return;
    }
    URLClassLoader fresh = loaders.get();
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    thread.setContextClassLoader(fresh);
    try {
      Class<?> mainClass = Class.forName(app.startClass(), false, fresh);
      Class<?> springApplication = Class.forName("org.springframework.boot.SpringApplication", false, fresh);
      // SpringApplication.run(mainClass, args), naming the main class itself: Boot would look for a
      // main method up the stack, and find the launcher's (or a test runner's) there
      Object application = springApplication.getConstructor(Class[].class).newInstance((Object) new Class<?>[] {mainClass});
      springApplication.getMethod("setMainApplicationClass", Class.class).invoke(application, mainClass);
      Method run = springApplication.getMethod("run", String[].class);
      // ConfigurableApplicationContext is Closeable, and Closeable comes from the JDK
      context = (Closeable) run.invoke(application, (Object) args.toArray(String[]::new));
      loader = fresh;
    } catch (InvocationTargetException e) {
      closeQuietly(fresh);
      throw new AppStartException(name, e.getCause());
    } catch (ReflectiveOperationException | LinkageError e) {
      closeQuietly(fresh);
      throw new AppStartException(name, e);
    } finally {
      thread.setContextClassLoader(previous);
    }
  }

  synchronized void stop() {
    if (context == null) {
      return;
    }
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    thread.setContextClassLoader(loader);
    try {
      context.close();
    } catch (IOException | RuntimeException e) {
      System.err.println(name + " did not stop cleanly: " + e);
    } finally {
      thread.setContextClassLoader(previous);
      context = null;
      closeQuietly(loader);
      loader = null;
    }
  }

  private static void closeQuietly(URLClassLoader loader) {
    try {
      loader.close();
    } catch (IOException ignored) {
      // only open jar files are released here
    }
  }

  /** An application failed to start; the message names it and the root cause. */
  static final class AppStartException extends LocalStackException {

    AppStartException(String app, Throwable cause) {
      super(app + " failed to start: " + describe(rootCause(cause)), cause);
    }

    private static Throwable rootCause(Throwable t) {
      Throwable root = t;
      while (root.getCause() != null && root.getCause() != root) {
        root = root.getCause();
      }
      return root;
    }

    private static String describe(Throwable t) {
      return t.getClass().getName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
    }
  }
}
