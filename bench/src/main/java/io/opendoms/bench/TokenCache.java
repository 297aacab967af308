package io.opendoms.bench;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;

/**
 * One client's access token, shared by every request. It is renewed in the background once half
 * its lifetime has passed (or a minute before it expires, whichever is earlier), so no timed
 * request waits for a token; only a token that has really expired makes callers wait.
 */
final class TokenCache {

  record Token(String value, Duration lifetime) {}

  interface Source {
    Token fetch() throws Exception;
  }

  private record Held(String value, long renewAtNanos, long expiresAtNanos) {}

  private final Source source;
  private final LongSupplier nanoClock;
  private final AtomicBoolean renewing = new AtomicBoolean();
  private volatile Held held;

  TokenCache(Source source, LongSupplier nanoClock) {
    this.source = source;
    this.nanoClock = nanoClock;
  }

  TokenCache(Source source) {
    this(source, System::nanoTime);
  }

  String get() {
    Held current = held;
    long now = nanoClock.getAsLong();
    if (current != null && now < current.renewAtNanos()) {
      return current.value();
    }
    if (current != null && now < current.expiresAtNanos()) {
      if (renewing.compareAndSet(false, true)) {
        Thread.ofVirtual().name("token-renewal").start(() -> {
          try {
            renew();
          } catch (RuntimeException e) {
            System.err.println("[bench] token renewal failed (will retry): " + e.getMessage());
          } finally {
            renewing.set(false);
          }
        });
      }
      return current.value();
    }
    synchronized (this) {
      current = held;
      if (current != null && nanoClock.getAsLong() < current.expiresAtNanos()) {
        return current.value();
      }
      return renew();
    }
  }

  private synchronized String renew() {
    long requested = nanoClock.getAsLong();
    Token token;
    try {
      token = source.fetch();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new BenchException("interrupted while fetching a token");
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new BenchException("cannot fetch a token: " + e, e);
    }
    held = schedule(token, requested);
    return token.value();
  }

  /** Renew at half the lifetime, and at least a minute (or a tenth of a short lifetime) before expiry. */
  static long renewAfterNanos(Duration lifetime) {
    long life = lifetime.toNanos();
    long margin = Math.min(Duration.ofMinutes(1).toNanos(), life / 10);
    return Math.min(life / 2, life - margin);
  }

  private static Held schedule(Token token, long requestedAtNanos) {
    // measured from when it was asked for: the server's clock started the lifetime no earlier
    return new Held(token.value(), requestedAtNanos + renewAfterNanos(token.lifetime()),
        requestedAtNanos + token.lifetime().toNanos() - Duration.ofSeconds(1).toNanos());
  }
}
