package io.opendoms.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

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
    await().atMost(Duration.ofSeconds(5)).until(() -> fetched.get() == 2 && cache.get().equals("t2"));
    assertThat(fetched).hasValue(2);

    now.set(Duration.ofHours(2).toNanos()); // expired: callers wait for a new one
    assertThat(cache.get()).isEqualTo("t3");
  }
}
