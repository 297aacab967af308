package io.opendoms.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * Class loaders for applications that share one JVM but must not see each other.
 *
 * <pre>
 * platform class loader            (JDK only: never the launcher's class path)
 *   └─ shared           jars present, identical, in every application
 *        ├─ services    jars present, identical, in every service but not in every application
 *        │    └─ leaf per service:  its classes + its other jars
 *        └─ leaf of the gateway:   its classes + its other jars
 * </pre>
 *
 * Sharing loads each common class once: one copy in metaspace, one JIT warm-up. Each leaf sees
 * only its own application's jars, so auto-configuration of another application never appears.
 */
final class ClassLoaderLayers implements AutoCloseable {

  /** Jar file names per layer; a jar counts as the same only with the same name and size. */
  record Partition(List<String> shared, List<String> servicesShared, Map<String, List<String>> own) {}

  private final Partition partition;
  private final SharedClassLoader shared;
  private final SharedClassLoader servicesShared;
  private final Set<String> services;

  private ClassLoaderLayers(Partition partition, SharedClassLoader shared,
      SharedClassLoader servicesShared, Set<String> services) {
    this.partition = partition;
    this.shared = shared;
    this.servicesShared = servicesShared;
    this.services = services;
  }

  /**
   * @param jarsByApp every application's jars in class path order, file name to size
   * @param services the applications that are services (the rest share only the first layer)
   */
  static Partition partition(Map<String, Map<String, Long>> jarsByApp, Set<String> services) {
    List<Map<String, Long>> all = List.copyOf(jarsByApp.values());
    List<Map<String, Long>> serviceJars = jarsByApp.entrySet().stream()
        .filter(e -> services.contains(e.getKey())).map(Map.Entry::getValue).toList();
    Map<String, Long> first = serviceJars.isEmpty() ? all.getFirst() : serviceJars.getFirst();

    List<String> shared = first.keySet().stream().filter(inEvery(all, first)).toList();
    List<String> servicesShared = serviceJars.isEmpty() ? List.of()
        : first.keySet().stream().filter(inEvery(serviceJars, first)).filter(jar -> !shared.contains(jar)).toList();

    Map<String, List<String>> own = new LinkedHashMap<>();
    jarsByApp.forEach((app, jars) -> own.put(app, jars.keySet().stream()
        .filter(jar -> !shared.contains(jar))
        .filter(jar -> !services.contains(app) || !servicesShared.contains(jar))
        .toList()));
    return new Partition(shared, servicesShared, own);
  }

  private static Predicate<String> inEvery(List<Map<String, Long>> apps, Map<String, Long> reference) {
    return jar -> apps.stream().allMatch(jars -> Objects.equals(jars.get(jar), reference.get(jar)));
  }

  static ClassLoaderLayers build(List<ExtractedApp> apps, Set<String> services) {
    Map<String, Map<String, Long>> jarsByApp = new LinkedHashMap<>();
    Map<String, Path> anyCopy = new LinkedHashMap<>();
    for (ExtractedApp app : apps) {
      Map<String, Long> jars = new LinkedHashMap<>();
      for (Path lib : app.libs()) {
        String name = lib.getFileName().toString();
        jars.put(name, size(lib));
        if (services.contains(app.name()) || !anyCopy.containsKey(name)) {
          anyCopy.putIfAbsent(name, lib);
        }
      }
      jarsByApp.put(app.name(), jars);
    }
    Partition partition = partition(jarsByApp, services);
    SharedClassLoader shared = new SharedClassLoader("opendoms-shared",
        urls(partition.shared().stream().map(anyCopy::get).toList()), ClassLoader.getPlatformClassLoader());
    SharedClassLoader servicesShared = new SharedClassLoader("opendoms-services-shared",
        urls(partition.servicesShared().stream().map(anyCopy::get).toList()), shared);
    shared.linkTo(servicesShared);
    return new ClassLoaderLayers(partition, shared, servicesShared, services);
  }

  ClassLoader shared() {
    return shared;
  }

  /** A new class loader for one application: its classes and its own jars over the shared layers. */
  URLClassLoader leaf(ExtractedApp app) {
    List<Path> paths = new ArrayList<>();
    paths.add(app.classesDir());
    List<String> own = partition.own().getOrDefault(app.name(), List.of());
    app.libs().stream().filter(lib -> own.contains(lib.getFileName().toString())).forEach(paths::add);
    ClassLoader parent = services.contains(app.name()) ? servicesShared : shared;
    return new URLClassLoader(app.name(), urls(paths), parent);
  }

  private static URL[] urls(List<Path> paths) {
    return paths.stream().map(path -> {
      try {
        return path.toUri().toURL();
      } catch (MalformedURLException e) {
        throw new IllegalArgumentException(e);
      }
    }).toArray(URL[]::new);
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() throws IOException {
    servicesShared.close();
    shared.close();
  }

  /**
   * A shared layer. Children delegate to it as usual and see only what is defined here or above.
   *
   * <p>When the JVM links a class of this layer, though, a type missing here is looked up below:
   * shared jars have optional dependencies that only some applications have. Spring MVC refers to
   * the WebJars locator only the gateway has; the platform library and Micrometer refer to Kafka
   * and JDBC types only the services have. Such references resolve on that application's code path
   * only, so they are looked up through the application's class loader, the thread's context class
   * loader; on threads without one (the JDK's common pool) through the layer linked below, which
   * is the services layer, the same for every service. A name linked from below once is answered
   * with that class from then on (the JVM links one class per name in a loader).
   */
  static final class SharedClassLoader extends URLClassLoader {

    static {
      registerAsParallelCapable();
    }

    private volatile ClassLoader linked;
    /** Types linked from below, by name: one class per name, whichever application asked first. */
    private final Map<String, Class<?>> linkedFromBelow = new ConcurrentHashMap<>();

    SharedClassLoader(String name, URL[] urls, ClassLoader parent) {
      super(name, urls, parent);
    }

    void linkTo(ClassLoader below) {
      this.linked = below;
    }

    /**
     * The JVM resolves symbolic references through this one-argument method; a child's parent-first
     * delegation uses {@link #loadClass(String, boolean)} and never looks below.
     */
    @Override
    public Class<?> loadClass(String name) throws ClassNotFoundException {
      try {
        return super.loadClass(name);
      } catch (ClassNotFoundException notHere) {
        Class<?> earlier = linkedFromBelow.get(name);
        if (earlier != null) {
          return earlier;
        }
        Class<?> found = fromBelow(name, notHere);
        // the first answer for a name is the answer: the JVM records one class per name for this loader, and a
        // second one, resolved at the same time on another application's thread, would be a LinkageError
        Class<?> first = linkedFromBelow.putIfAbsent(name, found);
        return first != null ? first : found;
      }
    }

    private Class<?> fromBelow(String name, ClassNotFoundException notHere) throws ClassNotFoundException {
      ClassLoader application = Thread.currentThread().getContextClassLoader();
      if (application != null && application != this && isAbove(application)) {
        return application.loadClass(name);
      }
      ClassLoader below = linked;
      if (below == null) {
        throw notHere;
      }
      return below.loadClass(name);
    }

    /**
     * Parent-first delegation from a child. Once a class was linked from below, the JVM records
     * this loader as an initiating loader of it and {@code findLoadedClass} would hand it to every
     * child, the other applications included: such classes are not this layer's to give.
     */
    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
      Class<?> found = super.loadClass(name, resolve);
      if (!definedHereOrAbove(found)) {
        throw new ClassNotFoundException(name);
      }
      return found;
    }

    private boolean isAbove(ClassLoader loader) {
      for (ClassLoader parent = loader.getParent(); parent != null; parent = parent.getParent()) {
        if (parent == this) {
          return true;
        }
      }
      return false;
    }

    private boolean definedHereOrAbove(Class<?> type) {
      ClassLoader definer = type.getClassLoader();
      if (definer == null) {
        return true;
      }
      for (ClassLoader loader = this; loader != null; loader = loader.getParent()) {
        if (loader == definer) {
          return true;
        }
      }
      return false;
    }
  }
}
