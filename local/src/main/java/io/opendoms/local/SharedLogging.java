package io.opendoms.local;

import java.lang.reflect.InvocationTargetException;
import java.util.Map;

/**
 * Spring Boot's logging system lives in the shared layer, so there is one Logback context for all
 * applications. Boot guards its initialisation with a marker that two applications starting at
 * the same moment can both miss, leaving a "suppress everything" filter in place for good; so the
 * launcher initialises it once, before any application starts, and the applications then find it
 * initialised. The pattern names no application (the context is shared) and every application
 * gets the same one as an argument, for when a restarted application initialises logging again.
 */
final class SharedLogging {

  static final String CONSOLE_PATTERN = "%clr(%d{HH:mm:ss.SSS}){faint} %clr(%5p) %clr([%15.15t]){faint} "
      + "%clr(%-40.40logger{39}){cyan} %clr(:){faint} %X{correlationId:-} %m%n%wEx";

  private SharedLogging() {}

  static void initialize(ClassLoader shared) {
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    thread.setContextClassLoader(shared);
    try {
      Class<?> environmentType = type("org.springframework.core.env.StandardEnvironment", shared);
      Object environment = environmentType.getConstructor().newInstance();
      Object propertySources = environmentType.getMethod("getPropertySources").invoke(environment);
      Object launcherSource = type("org.springframework.core.env.MapPropertySource", shared)
          .getConstructor(String.class, Map.class)
          .newInstance("opendoms-local", Map.<String, Object>of("logging.pattern.console", CONSOLE_PATTERN));
      propertySources.getClass()
          .getMethod("addFirst", type("org.springframework.core.env.PropertySource", shared))
          .invoke(propertySources, launcherSource);

      Class<?> loggingSystemType = type("org.springframework.boot.logging.LoggingSystem", shared);
      Object loggingSystem = loggingSystemType.getMethod("get", ClassLoader.class).invoke(null, shared);
      loggingSystemType.getMethod("beforeInitialize").invoke(loggingSystem);
      Class<?> contextType = type("org.springframework.boot.logging.LoggingInitializationContext", shared);
      Object context = contextType
          .getConstructor(type("org.springframework.core.env.ConfigurableEnvironment", shared))
          .newInstance(environment);
      loggingSystemType
          .getMethod("initialize", contextType, String.class, type("org.springframework.boot.logging.LogFile", shared))
          .invoke(loggingSystem, context, null, null);
    } catch (InvocationTargetException e) {
      System.err.println("Could not set up shared logging (" + e.getCause() + "); each application will.");
    } catch (ReflectiveOperationException | LinkageError e) {
      System.err.println("Could not set up shared logging (" + e + "); each application will.");
    } finally {
      thread.setContextClassLoader(previous);
    }
  }

  private static Class<?> type(String name, ClassLoader loader) throws ClassNotFoundException {
    return Class.forName(name, true, loader);
  }
}
