package io.opendoms.order.domain;

import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/** A cancellation asks for units that have shipped or are already cancelled: nothing is cancelled. */
public class CancelConflictException extends RuntimeException {

    /** What a line could still cancel when it asked for more. */
    public record Cancellable(String lineId, int asked, int cancellable) {
    }

    private final List<Cancellable> lines;

    public CancelConflictException(UUID orderId, List<Cancellable> lines) {
        super("Order " + orderId + " cannot cancel that much (shipped units cannot be cancelled): " + lines.stream()
                .map(l -> "line %s asks %d, %d can still be cancelled".formatted(l.lineId(), l.asked(),
                        l.cancellable()))
                .collect(Collectors.joining("; ")));
        this.lines = List.copyOf(lines);
    }

    public List<Cancellable> lines() {
        return lines;
    }
}
