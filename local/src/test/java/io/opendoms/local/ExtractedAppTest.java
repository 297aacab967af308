package io.opendoms.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractedAppTest {

  @TempDir
  Path tmp;

  @Test
  void unpacksClassesAndJarsInTheBootClasspathOrder() throws IOException {
    Path jar = bootJar("com.example.DemoApplication");

    ExtractedApp app = ExtractedApp.extract("demo", jar, tmp.resolve("apps/demo"));

    assertThat(app.startClass()).isEqualTo("com.example.DemoApplication");
    assertThat(app.classesDir().resolve("com/example/DemoApplication.class")).hasContent("class bytes");
    assertThat(app.classesDir().resolve("application.yml")).hasContent("server.port: 1");
    assertThat(app.libs()).extracting(lib -> lib.getFileName().toString())
        .containsExactly("spring-core-7.0.0.jar", "alpha-1.0.jar");
    assertThat(app.libs()).allSatisfy(lib -> assertThat(lib).exists());
  }

  @Test
  void keepsAnUnpackedAppWhileTheJarIsUnchanged() throws IOException {
    Path jar = bootJar("com.example.DemoApplication");
    ExtractedApp first = ExtractedApp.extract("demo", jar, tmp.resolve("apps/demo"));
    Path sentinel = Files.writeString(first.dir().resolve("sentinel"), "still here");

    ExtractedApp.extract("demo", jar, tmp.resolve("apps/demo"));

    assertThat(sentinel).exists();
  }

  @Test
  void unpacksAgainWhenTheJarChanged() throws IOException {
    Path jar = bootJar("com.example.DemoApplication");
    ExtractedApp first = ExtractedApp.extract("demo", jar, tmp.resolve("apps/demo"));
    Path sentinel = Files.writeString(first.dir().resolve("sentinel"), "stale");
    bootJar("com.example.OtherApplication");
    Files.setLastModifiedTime(jar, FileTime.from(Instant.now().plusSeconds(5)));

    ExtractedApp second = ExtractedApp.extract("demo", jar, tmp.resolve("apps/demo"));

    assertThat(sentinel).doesNotExist();
    assertThat(second.startClass()).isEqualTo("com.example.OtherApplication");
  }

  @Test
  void refusesAJarWithoutStartClass() throws IOException {
    Path jar = tmp.resolve("plain.jar");
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), new Manifest())) {
      out.putNextEntry(new JarEntry("a/B.class"));
      out.closeEntry();
    }

    assertThatThrownBy(() -> ExtractedApp.extract("plain", jar, tmp.resolve("apps/plain")))
        .isInstanceOf(LocalStackException.class).hasMessageContaining("Start-Class");
  }

  private Path bootJar(String startClass) throws IOException {
    Path jar = tmp.resolve("demo.jar");
    Manifest manifest = new Manifest();
    manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    manifest.getMainAttributes().putValue("Main-Class", "org.springframework.boot.loader.launch.JarLauncher");
    manifest.getMainAttributes().putValue("Start-Class", startClass);
    try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, manifest)) {
      entry(out, "org/springframework/boot/loader/launch/JarLauncher.class", "loader");
      entry(out, "BOOT-INF/classes/com/example/DemoApplication.class", "class bytes");
      entry(out, "BOOT-INF/classes/application.yml", "server.port: 1");
      entry(out, "BOOT-INF/lib/alpha-1.0.jar", "alpha");
      entry(out, "BOOT-INF/lib/spring-core-7.0.0.jar", "core");
      entry(out, "BOOT-INF/classpath.idx", """
          - "BOOT-INF/lib/spring-core-7.0.0.jar"
          - "BOOT-INF/lib/alpha-1.0.jar"
          """);
    }
    return jar;
  }

  private static void entry(JarOutputStream out, String name, String content) throws IOException {
    out.putNextEntry(new JarEntry(name));
    out.write(content.getBytes(StandardCharsets.UTF_8));
    out.closeEntry();
  }
}
