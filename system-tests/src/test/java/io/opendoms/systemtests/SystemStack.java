package io.opendoms.systemtests;

import static org.awaitility.Awaitility.await;

import io.opendoms.local.LocalStack;
import io.opendoms.local.LocalStackOptions;
import io.opendoms.local.RunningStack;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * One OpenDOMS stack for every system test in the JVM (start-up is the expensive part): started
 * by the launcher on free ports and a temporary data directory with the demo data, closed when
 * the test run ends. Tests receive a {@link Gateway} (and, to kill and restart services, the
 * {@link RunningStack}) as constructor parameters.
 */
public final class SystemStack implements ParameterResolver {

  @Target(ElementType.TYPE)
  @Retention(RetentionPolicy.RUNTIME)
  @ExtendWith(SystemStack.class)
  public @interface Test {}

  private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SystemStack.class);

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    return type == Gateway.class || type == RunningStack.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    Started started = context.getRoot().getStore(NAMESPACE)
        .computeIfAbsent(Started.class, key -> Started.start(), Started.class);
    return parameter.getParameter().getType() == Gateway.class ? started.gateway() : started.stack();
  }

  /** Closed by JUnit with the root context, at the end of the run. */
  record Started(RunningStack stack, Gateway gateway, Path dataDir) implements AutoCloseable {

    static Started start() {
      try {
        Path dataDir = Files.createTempDirectory("opendoms-system-tests-");
        RunningStack stack = LocalStack.start(LocalStackOptions.ephemeral(dataDir));
        Gateway gateway = new Gateway(stack.gatewayUrl());
        awaitRoutingSeesTheDemoNetwork(gateway);
        return new Started(stack, gateway, dataDir);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /**
     * The demo data reaches routing as inventory events; a test ordering before routing has them
     * would see its order backordered. Wait until a what-if plan for the demo SKUs finds stock.
     */
    static void awaitRoutingSeesTheDemoNetwork(Gateway gateway) {
      String ops = gateway.token("ops");
      Map<String, Object> plan = Map.of(
          "shipTo", Map.of("postalCode", "10001", "country", "US"),
          "deliveryMethod", "SHIP",
          "serviceLevel", "STANDARD",
          "lines", List.of(
              Map.of("lineId", "1", "sku", Fixtures.HAPPY_SKU_1, "quantity", 1),
              Map.of("lineId", "2", "sku", Fixtures.HAPPY_SKU_2, "quantity", 1),
              Map.of("lineId", "3", "sku", Fixtures.RESILIENCE_SKU, "quantity", 1)));
      await("routing plans the demo SKUs").atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500))
          .until(() -> {
            Gateway.Response response = gateway.post("/api/v1/routing/plans", ops, plan);
            return response.status() == 200 && !response.json().path("shipments").isEmpty()
                && response.json().path("unallocated").isEmpty();
          });
    }

    @Override
    public void close() throws IOException {
      stack.close();
      try (Stream<Path> paths = Files.walk(dataDir)) {
        for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(path);
        }
      }
    }
  }
}
