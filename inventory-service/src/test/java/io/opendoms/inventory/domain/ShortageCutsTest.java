package io.opendoms.inventory.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ShortageCutsTest {

    private static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");
    private static final UUID OLD_HOLD = UUID.randomUUID();
    private static final UUID NEW_HOLD = UUID.randomUUID();
    private static final UUID OLD_ORDER = UUID.randomUUID();
    private static final UUID NEW_ORDER = UUID.randomUUID();

    private static ShortageCuts.Claim claim(UUID id, int minutes, int quantity) {
        return new ShortageCuts.Claim(id, T0.plusSeconds(60L * minutes), quantity);
    }

    private static final List<ShortageCuts.Claim> HOLDS = List.of(claim(OLD_HOLD, 1, 2), claim(NEW_HOLD, 5, 1));
    private static final List<ShortageCuts.Claim> ORDERS = List.of(claim(OLD_ORDER, 0, 4), claim(NEW_ORDER, 2, 3));

    @Test
    void holdsGiveBackBeforeOrdersNewestFirst() {
        ShortageCuts cuts = ShortageCuts.of(3, HOLDS, ORDERS);

        assertThat(cuts.holds()).containsExactly(new ShortageCuts.Cut(NEW_HOLD, 1), new ShortageCuts.Cut(OLD_HOLD, 2));
        assertThat(cuts.reservations()).isEmpty();
        assertThat(cuts.total()).isEqualTo(3);
    }

    @Test
    void ordersAreCutNewestFirstAndOnlyAsFarAsUncovered() {
        ShortageCuts cuts = ShortageCuts.of(5, HOLDS, ORDERS);

        // the newest order, though older than both holds, gives back 2 of its 3; the oldest keeps everything
        assertThat(cuts.reservations()).containsExactly(new ShortageCuts.Cut(NEW_ORDER, 2));
        assertThat(cuts.uncut()).isZero();
    }

    @Test
    void aPartlyUncoveredHoldIsCutInPart() {
        ShortageCuts cuts = ShortageCuts.of(2, List.of(claim(OLD_HOLD, 1, 5)), ORDERS);

        assertThat(cuts.holds()).containsExactly(new ShortageCuts.Cut(OLD_HOLD, 2));
        assertThat(cuts.reservations()).isEmpty();
    }

    @Test
    void equalTimesCutTheLargerIdFirstAndWhatNoClaimCoversIsReported() {
        UUID small = new UUID(0, 1);
        UUID large = new UUID(0, 2);
        ShortageCuts cuts = ShortageCuts.of(12, List.of(), List.of(claim(small, 0, 4), claim(large, 0, 4)));

        assertThat(cuts.reservations()).containsExactly(new ShortageCuts.Cut(large, 4), new ShortageCuts.Cut(small, 4));
        assertThat(cuts.uncut()).isEqualTo(4);
    }

    @Test
    void nothingUncoveredCutsNothing() {
        assertThat(ShortageCuts.of(0, HOLDS, ORDERS).total()).isZero();
    }
}
