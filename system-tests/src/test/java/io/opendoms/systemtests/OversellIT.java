package io.opendoms.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * quality.md's oversell target, through the gateway: in each of 1,000 trials (seeded; {@code -Dopendoms.oversell.trials}
 * and {@code -Dopendoms.oversell.seed} change them) N buyers (2–8) race with checkout holds for fewer units than they
 * want in all, released together. No trial may hold more than the stock (oversell), hold less than the stock would
 * allow (a refusal while units a buyer asked for were left), or leave {@code reserved} different from what was held.
 * Four trials run at a time, each on a SKU of its own.
 */
@SystemStack.Test
class OversellIT {

  private static final String LOCATION = "DC-TX-DALLAS";
  private static final int TRIALS = Integer.getInteger("opendoms.oversell.trials", 1000);
  private static final long SEED = Long.getLong("opendoms.oversell.seed", 42L);
  private static final int PARALLEL_TRIALS = 4;

  private final Gateway api;

  OversellIT(Gateway api) {
    this.api = api;
  }

  private record Trial(String sku, int units, List<Integer> wants) {
  }

  private record Outcome(int status, int quantity) {
  }

  @Test
  void buyersRacingForFewerUnitsNeverOversellNorUndersell() throws Exception {
    String ops = api.token("ops");
    String storefront = api.token("storefront");
    String run = Long.toString(System.nanoTime(), 36);
    Random random = new Random(SEED);
    List<Trial> trials = new ArrayList<>();
    for (int t = 0; t < TRIALS; t++) {
      trials.add(trial(random, "SKU-RACE-" + run + "-" + t));
    }
    long began = System.nanoTime();
    // a few trials at a time, each on its own SKU: the races are within a trial, never between them
    ExecutorService runners = Executors.newFixedThreadPool(PARALLEL_TRIALS);
    ExecutorService buyers = Executors.newFixedThreadPool(PARALLEL_TRIALS * 8);
    List<Future<Verdict>> verdicts = new ArrayList<>();
    try {
      for (Trial trial : trials) {
        verdicts.add(runners.submit(() -> run(trial, ops, storefront, buyers)));
      }
      List<Verdict> all = new ArrayList<>();
      for (Future<Verdict> verdict : verdicts) {
        all.add(verdict.get(5, TimeUnit.MINUTES));
      }
      long oversold = all.stream().filter(Verdict::oversold).count();
      long undersold = all.stream().filter(Verdict::undersold).count();
      System.out.printf("[oversell] %d trials (seed %d) in %.1f s, %d holds placed: %d oversold, %d undersold%n",
          TRIALS, SEED, (System.nanoTime() - began) / 1e9, all.stream().mapToInt(Verdict::holds).sum(), oversold,
          undersold);
      assertThat(all).allSatisfy(v -> {
        assertThat(v.oversold()).as("oversold: %s", v.detail()).isFalse();
        assertThat(v.undersold()).as("a buyer refused while what it asked for was left: %s", v.detail())
            .isFalse();
      });
    } finally {
      runners.shutdownNow();
      buyers.shutdownNow();
    }
  }

  private record Verdict(boolean oversold, boolean undersold, int holds, String detail) {
  }

  private Verdict run(Trial trial, String ops, String storefront, ExecutorService buyers) throws Exception {
    setUp(trial, ops);
    List<Outcome> outcomes = race(trial, storefront, buyers);
    int held = outcomes.stream().filter(o -> o.status() == 201).mapToInt(Outcome::quantity).sum();
    int smallestRefused = outcomes.stream().filter(o -> o.status() == 409).mapToInt(Outcome::quantity)
        .min().orElse(Integer.MAX_VALUE);
    JsonNode stock = api.get("/api/v1/stock/" + LOCATION + "/" + trial.sku(), ops).json();
    String detail = trial + " " + outcomes + " stock " + stock;
    assertThat(outcomes).as(detail).allSatisfy(o -> assertThat(o.status()).isIn(201, 409));
    assertThat(stock.path("reserved").asInt()).as("reserved = units held, " + detail).isEqualTo(held);
    assertThat(stock.path("onHand").asInt()).as(detail).isEqualTo(trial.units());
    // a refused buyer was refused when fewer units than it asked for were left, and fewer only go
    return new Verdict(held > trial.units(), trial.units() - held >= smallestRefused,
        (int) outcomes.stream().filter(o -> o.status() == 201).count(), detail);
  }

  /** 2–8 buyers of 1–3 units each (one unit each in half the trials), for fewer units than they want in all. */
  private static Trial trial(Random random, String sku) {
    int buyers = 2 + random.nextInt(7);
    boolean single = random.nextBoolean();
    List<Integer> wants = new ArrayList<>();
    for (int b = 0; b < buyers; b++) {
      wants.add(single ? 1 : 1 + random.nextInt(3));
    }
    int wanted = wants.stream().mapToInt(Integer::intValue).sum();
    int units = 1 + random.nextInt(wanted - 1);
    return new Trial(sku, units, wants);
  }

  private void setUp(Trial trial, String ops) {
    Gateway.Response item = api.put("/api/v1/items/" + trial.sku(), ops, Map.of("name", "Race " + trial.sku(),
        "weightKg", 0.3, "returnable", true, "returnWindowDays", 30, "dcOnly", false));
    assertThat(item.status()).as("%s", item).isIn(200, 201);
    Gateway.Response stock = api.put("/api/v1/stock/" + LOCATION + "/" + trial.sku(), ops,
        Map.of("onHand", trial.units()));
    assertThat(stock.status()).as("%s", stock).isEqualTo(200);
  }

  /** Every buyer's hold at once (released by one latch), each answer with the quantity it asked for. */
  private List<Outcome> race(Trial trial, String storefront, ExecutorService buyers) throws Exception {
    CountDownLatch ready = new CountDownLatch(trial.wants().size());
    CountDownLatch go = new CountDownLatch(1);
    List<Future<Outcome>> answers = new ArrayList<>();
    for (int quantity : trial.wants()) {
      answers.add(buyers.submit(() -> {
        ready.countDown();
        go.await();
        Gateway.Response hold = api.post("/api/v1/reservations", storefront, Map.of("lines",
            List.of(Map.of("sku", trial.sku(), "quantity", quantity)), "ttlSeconds", 900));
        return new Outcome(hold.status(), quantity);
      }));
    }
    assertThat(ready.await(30, TimeUnit.SECONDS)).isTrue();
    go.countDown();
    List<Outcome> outcomes = new ArrayList<>();
    for (Future<Outcome> answer : answers) {
      outcomes.add(answer.get(60, TimeUnit.SECONDS));
    }
    return outcomes;
  }
}
