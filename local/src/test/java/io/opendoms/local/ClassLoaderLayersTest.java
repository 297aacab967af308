package io.opendoms.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassLoaderLayersTest {

  private static final Set<String> SERVICES = Set.of("order-service", "inventory-service");

  @Test
  void sharesJarsOfEveryAppFirstThenJarsOfEveryService() {
    Map<String, Map<String, Long>> jars = new LinkedHashMap<>();
    jars.put("order-service", jars("spring-core-7.jar", 10, "kafka-clients-4.jar", 20, "order-only.jar", 30));
    jars.put("inventory-service", jars("spring-core-7.jar", 10, "kafka-clients-4.jar", 20, "geo.jar", 40));
    jars.put("gateway", jars("spring-core-7.jar", 10, "gateway-server.jar", 50));

    ClassLoaderLayers.Partition partition = ClassLoaderLayers.partition(jars, SERVICES);

    assertThat(partition.shared()).containsExactly("spring-core-7.jar");
    assertThat(partition.servicesShared()).containsExactly("kafka-clients-4.jar");
    assertThat(partition.own()).containsEntry("order-service", List.of("order-only.jar"))
        .containsEntry("inventory-service", List.of("geo.jar"))
        .containsEntry("gateway", List.of("gateway-server.jar"));
  }

  @Test
  void aJarOfTheSameNameButAnotherSizeStaysWithEachApp() {
    Map<String, Map<String, Long>> jars = new LinkedHashMap<>();
    jars.put("order-service", jars("opendoms-platform-SNAPSHOT.jar", 10));
    jars.put("inventory-service", jars("opendoms-platform-SNAPSHOT.jar", 11));
    jars.put("gateway", jars("opendoms-platform-SNAPSHOT.jar", 10));

    ClassLoaderLayers.Partition partition = ClassLoaderLayers.partition(jars, SERVICES);

    assertThat(partition.shared()).isEmpty();
    assertThat(partition.servicesShared()).isEmpty();
    assertThat(partition.own().values()).allSatisfy(own -> assertThat(own).containsExactly("opendoms-platform-SNAPSHOT.jar"));
  }

  @Test
  void theGatewayNeverGetsAJarOnlyTheServicesHave() {
    Map<String, Map<String, Long>> jars = new LinkedHashMap<>();
    jars.put("order-service", jars("kafka-clients-4.jar", 20));
    jars.put("inventory-service", jars("kafka-clients-4.jar", 20));
    jars.put("gateway", jars());

    ClassLoaderLayers.Partition partition = ClassLoaderLayers.partition(jars, SERVICES);

    assertThat(partition.servicesShared()).containsExactly("kafka-clients-4.jar");
    assertThat(partition.own().get("gateway")).isEmpty();
  }

  // Real class loaders over compiled classes: a "platform" jar every app has refers to a "kafka" jar
  // only the services have, as the OpenDOMS platform library refers to Kafka and JDBC.

  @TempDir
  static Path tmp;
  private static List<ExtractedApp> apps;
  private ClassLoaderLayers layers;
  private URLClassLoader order;
  private URLClassLoader inventory;
  private URLClassLoader gateway;

  @BeforeAll
  static void compileApps() throws IOException {
    Path kafkaClasses = compile(List.of(),
        source("k/Kafka.java", "package k; public class Kafka { public static String name() { return \"kafka\"; } }"));
    Path webjarsClasses = compile(List.of(),
        source("w/Locator.java", "package w; public class Locator { public static String name() { return \"webjars\"; } }"));
    Path platformClasses = compile(List.of(kafkaClasses, webjarsClasses), source("p/Outbox.java", """
        package p;
        public class Outbox {
          public static String relay() { return k.Kafka.name(); }
          public static String idle() { return "idle"; }
        }"""), source("p/Ui.java", """
        package p;
        public class Ui {
          public static String locate() { return w.Locator.name(); }
        }"""));
    Path appClasses = compile(List.of(),
        source("o/Main.java", "package o; public class Main {}"),
        source("i/Main.java", "package i; public class Main {}"),
        source("g/Main.java", "package g; public class Main {}"));
    Path coroutinesClasses = compile(List.of(),
        source("c/Continuation.java", "package c; public interface Continuation {}"));
    Path kafkaJar = jar("kafka-4.jar", kafkaClasses, "META-INF/opendoms-test.txt");
    // in two applications but not all services: each of them has its own copy (as kotlin-stdlib)
    Path coroutinesJar = jar("coroutines-2.jar", coroutinesClasses, null);
    Path platformJar = jar("platform-1.jar", platformClasses, null);
    Path webjarsJar = jar("webjars-locator-1.jar", webjarsClasses, null);
    apps = List.of(
        app("order-service", appClasses.resolve("o"), platformJar, kafkaJar, coroutinesJar),
        app("inventory-service", appClasses.resolve("i"), platformJar, kafkaJar),
        app("gateway", appClasses.resolve("g"), platformJar, webjarsJar, coroutinesJar));
  }

  @BeforeEach
  void buildLayers() {
    layers = ClassLoaderLayers.build(apps, SERVICES);
    order = layers.leaf(apps.get(0));
    inventory = layers.leaf(apps.get(1));
    gateway = layers.leaf(apps.get(2));
  }

  @AfterEach
  void closeLoaders() throws IOException {
    for (URLClassLoader leaf : List.of(order, inventory, gateway)) {
      leaf.close();
    }
    layers.close();
  }

  @Test
  void sharedClassesAreLoadedOnceForEveryApp() throws Exception {
    Class<?> fromOrder = order.loadClass("p.Outbox");

    assertThat(fromOrder).isSameAs(gateway.loadClass("p.Outbox")).isSameAs(inventory.loadClass("p.Outbox"));
    assertThat(fromOrder.getClassLoader()).isSameAs(layers.shared());
    assertThat(order.loadClass("k.Kafka")).isSameAs(inventory.loadClass("k.Kafka"));
  }

  @Test
  void aSharedClassLinksToATypeOnlyTheServicesHave() throws Exception {
    Object result = order.loadClass("p.Outbox").getMethod("relay").invoke(null);

    assertThat(result).isEqualTo("kafka");
  }

  @Test
  void theGatewayDoesNotSeeServiceJarsEvenAfterASharedClassLinkedToThem() throws Exception {
    order.loadClass("p.Outbox").getMethod("relay").invoke(null);

    assertThatThrownBy(() -> gateway.loadClass("k.Kafka")).isInstanceOf(ClassNotFoundException.class);
    assertThat(Collections.list(gateway.getResources("META-INF/opendoms-test.txt"))).isEmpty();
    assertThat(Collections.list(order.getResources("META-INF/opendoms-test.txt"))).hasSize(1);
    assertThat(gateway.loadClass("p.Outbox").getMethod("idle").invoke(null)).isEqualTo("idle");
  }

  @Test
  void aSharedClassLinksToATypeOfTheApplicationOnWhoseThreadItRuns() throws Exception {
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    thread.setContextClassLoader(gateway);
    try {
      assertThat(gateway.loadClass("p.Ui").getMethod("locate").invoke(null)).isEqualTo("webjars");
    } finally {
      thread.setContextClassLoader(previous);
    }

    assertThat(gateway.loadClass("w.Locator").getClassLoader()).isSameAs(gateway);
    assertThatThrownBy(() -> order.loadClass("w.Locator")).isInstanceOf(ClassNotFoundException.class);
  }

  /**
   * The JVM links a name in the shared layer to one class. Two services starting at once may resolve the same name
   * through the shared layer on their own threads before the JVM recorded either answer: answered with each one's own
   * copy, the JVM takes the first and refuses the second ("loader 'opendoms-shared' attempted duplicate interface
   * definition for kotlin.coroutines.Continuation", seen once at a start). So the layer answers a name it linked from
   * below with the same class from then on, whichever application asks.
   */
  @Test
  void aNameLinkedFromBelowStaysTheSameClassWhicheverApplicationAsksNext() throws Exception {
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    Class<?> first;
    Class<?> second;
    try {
      thread.setContextClassLoader(order);
      first = layers.shared().loadClass("c.Continuation");
      thread.setContextClassLoader(gateway);
      second = layers.shared().loadClass("c.Continuation");
    } finally {
      thread.setContextClassLoader(previous);
    }

    assertThat(first.getClassLoader()).isSameAs(order);
    assertThat(second).isSameAs(first);
    // each application's own code still has its own copy
    assertThat(gateway.loadClass("c.Continuation").getClassLoader()).isSameAs(gateway);
    assertThat(order.loadClass("c.Continuation")).isSameAs(first);
  }

  @Test
  void anAppSeesNeitherAnotherAppsClassesNorTheLaunchersClassPath() {
    assertThatThrownBy(() -> order.loadClass("i.Main")).isInstanceOf(ClassNotFoundException.class);
    assertThatThrownBy(() -> gateway.loadClass("o.Main")).isInstanceOf(ClassNotFoundException.class);
    assertThatThrownBy(() -> order.loadClass(LocalStack.class.getName())).isInstanceOf(ClassNotFoundException.class);
    assertThatThrownBy(() -> order.loadClass("org.junit.jupiter.api.Test")).isInstanceOf(ClassNotFoundException.class);
  }

  private static ExtractedApp app(String name, Path packageDir, Path... libs) throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("apps").resolve(name));
    Path target = Files.createDirectories(dir.resolve("classes").resolve(packageDir.getFileName().toString()));
    try (Stream<Path> classes = Files.list(packageDir)) {
      for (Path file : classes.toList()) {
        Files.copy(file, target.resolve(file.getFileName()));
      }
    }
    List<Path> copies = new ArrayList<>();
    for (Path lib : libs) {
      copies.add(Files.copy(lib, Files.createDirectories(dir.resolve("lib")).resolve(lib.getFileName())));
    }
    return new ExtractedApp(name, dir, "unused.Main", copies);
  }

  private static Path source(String file, String code) throws IOException {
    Path path = tmp.resolve("src").resolve(file);
    Files.createDirectories(path.getParent());
    return Files.writeString(path, code);
  }

  private static Path compile(List<Path> classpath, Path... sources) throws IOException {
    Path out = Files.createDirectories(tmp.resolve("classes-" + System.nanoTime()));
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    List<String> args = new ArrayList<>(List.of("-proc:none", "-d", out.toString()));
    if (!classpath.isEmpty()) {
      args.addAll(List.of("-cp", String.join(File.pathSeparator, classpath.stream().map(Path::toString).toList())));
    }
    Stream.of(sources).map(Path::toString).forEach(args::add);
    assertThat(javac.run(null, null, null, args.toArray(String[]::new))).isZero();
    return out;
  }

  private static Path jar(String name, Path classes, String resource) throws IOException {
    Path jar = tmp.resolve(name);
    try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file);
        Stream<Path> paths = Files.walk(classes)) {
      for (Path path : paths.filter(Files::isRegularFile).toList()) {
        out.putNextEntry(new JarEntry(classes.relativize(path).toString().replace('\\', '/')));
        out.write(Files.readAllBytes(path));
        out.closeEntry();
      }
      if (resource != null) {
        out.putNextEntry(new JarEntry(resource));
        out.write("x".getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
      }
    }
    return jar;
  }

  private static Map<String, Long> jars(Object... nameAndSize) {
    Map<String, Long> jars = new LinkedHashMap<>();
    for (int i = 0; i < nameAndSize.length; i += 2) {
      jars.put((String) nameAndSize[i], ((Integer) nameAndSize[i + 1]).longValue());
    }
    return jars;
  }
}
