package io.opendoms.inventory.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * What a shortage takes back when on hand falls below reserved on one stock row: the uncovered units, from the
 * checkout holds first (no order is waiting on them yet), then from order reservations, newest first within each
 * (the oldest promise is kept longest), a claim cut only in part when only part is uncovered.
 *
 * @param holds        units cut per hold
 * @param reservations units cut per order reservation
 * @param uncut        what the claims could not cover (reserved held units no hold or reservation accounts for)
 */
public record ShortageCuts(List<Cut> holds, List<Cut> reservations, int uncut) {

    /** Units a hold or reservation reserves on the row, and since when. */
    public record Claim(UUID id, Instant createdAt, int quantity) {

        public Claim {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(createdAt, "createdAt");
        }
    }

    /** Units taken from one claim. */
    public record Cut(UUID id, int quantity) {
    }

    private static final Comparator<Claim> NEWEST_FIRST =
            Comparator.comparing(Claim::createdAt).thenComparing(Claim::id).reversed();

    public ShortageCuts {
        holds = List.copyOf(holds);
        reservations = List.copyOf(reservations);
    }

    public static ShortageCuts of(int uncovered, List<Claim> holds, List<Claim> reservations) {
        int[] left = {Math.max(0, uncovered)};
        List<Cut> holdCuts = cut(left, holds);
        List<Cut> reservationCuts = cut(left, reservations);
        return new ShortageCuts(holdCuts, reservationCuts, left[0]);
    }

    public int total() {
        return holds.stream().mapToInt(Cut::quantity).sum() + reservations.stream().mapToInt(Cut::quantity).sum();
    }

    private static List<Cut> cut(int[] left, List<Claim> claims) {
        List<Cut> cuts = new ArrayList<>();
        for (Claim claim : claims.stream().sorted(NEWEST_FIRST).toList()) {
            if (left[0] == 0) {
                break;
            }
            int taken = Math.min(left[0], claim.quantity());
            if (taken > 0) {
                cuts.add(new Cut(claim.id(), taken));
                left[0] -= taken;
            }
        }
        return cuts;
    }
}
