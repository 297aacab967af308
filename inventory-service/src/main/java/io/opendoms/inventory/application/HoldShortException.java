package io.opendoms.inventory.application;

import io.opendoms.inventory.domain.Shortage;
import java.util.List;

/**
 * Lines of a hold that the stock cannot cover; nothing was reserved. {@code raced}: a snapshot said they could be
 * covered, but the conditional reservation found less (a concurrent hold took the units first).
 */
public class HoldShortException extends RuntimeException {

    private final List<ShortLine> lines;
    private final boolean raced;

    public HoldShortException(List<ShortLine> lines, boolean raced) {
        super("Not enough stock for " + lines);
        this.lines = List.copyOf(lines);
        this.raced = raced;
    }

    public List<ShortLine> lines() {
        return lines;
    }

    public boolean raced() {
        return raced;
    }

    /** Line {@code index} (0-based) of the request, and what is available for it. */
    public record ShortLine(int index, Shortage shortage) {
    }
}
