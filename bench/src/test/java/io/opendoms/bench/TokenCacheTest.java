package io.opendoms.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class TokenCacheTest {

  @Test
  void renewsAtHalfLifeOrAMinuteBeforeExpiry() {
    assertThat(TokenCache.renewAfterNanos(Duration.ofHours(1))).isEqualTo(Duration.ofMinutes(30).toNanos());
    assertThat(TokenCache.renewAfterNanos(Duration.ofMinutes(15))).isEqualTo(Duration.ofSeconds(450).toNanos());
    assertThat(TokenCache.renewAfterNanos(Duration.ofSeconds(60))).isEqualTo(Duration.ofSeconds(30).toNanos());
  }

  @Test
  void keepsOneTokenUntilItIsDueThenFetchesAnother() throws Exception {
    AtomicLong now = new AtomicLong();
    AtomicInteger fetched = new AtomicInteger();
    TokenCache cache = new TokenCache(
        () -> new TokenCache.Token("t" + fetched.incrementAndGet(), Duration.ofMinutes(15)), now::get);

    assertThat(cache.get()).isEqualTo("t1");
    now.set(Duration.ofMinutes(7).toNanos());
    assertThat(cache.get()).isEqualTo("t1");
    assertThat(fetched).hasValue(1);

    now.set(Duration.ofMinutes(8).toNanos()); // due: renewed in the background, the valid token still served
    assertThat(cache.get()).isEqualTo("t1");
    for (int i = 0; i < 100 && fetched.get() < 2; i++) {
      Thread.sleep(10);
    }
    assertThat(fetched).hasValue(2);
    for (int i = 0; i < 100 && !cache.get().equals("t2"); i++) {
      Thread.sleep(10);
    }
    assertThat(cache.get()).isEqualTo("t2");

    now.set(Duration.ofHours(2).toNanos()); // expired: callers wait for a new one
    assertThat(cache.get()).isEqualTo("t3");
  }
}
