package io.opendoms.order.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** A fulfillment order of this order, as far as its events have told. */
public class Fulfillment {

    private final UUID fulfillmentId;
    private String locationId;
    private FulfillmentStatus status;
    private List<FulfillmentLine> lines;
    private String carrier;
    private String service;
    private String trackingNumber;
    private LocalDate promisedDeliveryDate;

    public Fulfillment(UUID fulfillmentId, String locationId, FulfillmentStatus status, List<FulfillmentLine> lines,
                       String carrier, String service, String trackingNumber, LocalDate promisedDeliveryDate) {
        this.fulfillmentId = fulfillmentId;
        this.locationId = locationId;
        this.status = status;
        this.lines = List.copyOf(lines);
        this.carrier = carrier;
        this.service = service;
        this.trackingNumber = trackingNumber;
        this.promisedDeliveryDate = promisedDeliveryDate;
    }

    /** Whichever event of a fulfillment arrives first creates it: a shipment may overtake its release. */
    static Fulfillment from(FulfillmentUpdate u) {
        return new Fulfillment(u.fulfillmentId(), u.locationId(), u.status(), u.lines(), u.carrier(), u.service(),
                u.trackingNumber(), u.promisedDeliveryDate());
    }

    /**
     * A later stage replaces what it reports (its lines are what actually moved, e.g. after a short pick);
     * an earlier or repeated stage only fills gaps. Returns whether anything changed.
     */
    boolean apply(FulfillmentUpdate u) {
        boolean later = u.status().isAfter(status);
        Fulfillment before = copy();
        if (later) {
            status = u.status();
            if (!u.lines().isEmpty()) {
                lines = u.lines();
            }
        }
        locationId = pick(locationId, u.locationId(), later);
        carrier = pick(carrier, u.carrier(), later);
        service = pick(service, u.service(), later);
        trackingNumber = pick(trackingNumber, u.trackingNumber(), later);
        promisedDeliveryDate = pick(promisedDeliveryDate, u.promisedDeliveryDate(), later);
        return !sameAs(before);
    }

    private static <T> T pick(T current, T incoming, boolean incomingIsLater) {
        if (incoming == null) {
            return current;
        }
        return incomingIsLater || current == null ? incoming : current;
    }

    /** Units the location will not fulfil after all: off its lines (a line with nothing left goes). */
    boolean takeOff(List<FulfillmentLine> unfilled) {
        List<FulfillmentLine> left = new ArrayList<>();
        for (FulfillmentLine line : lines) {
            int off = unfilled.stream().filter(u -> u.lineId().equals(line.lineId()))
                    .mapToInt(FulfillmentLine::quantity).sum();
            if (line.quantity() > off) {
                left.add(new FulfillmentLine(line.lineId(), line.quantity() - off));
            }
        }
        boolean changed = !left.equals(lines);
        lines = List.copyOf(left);
        return changed;
    }

    int quantityOf(String lineId) {
        return lines.stream().filter(l -> l.lineId().equals(lineId)).mapToInt(FulfillmentLine::quantity).sum();
    }

    private Fulfillment copy() {
        return new Fulfillment(fulfillmentId, locationId, status, lines, carrier, service, trackingNumber,
                promisedDeliveryDate);
    }

    private boolean sameAs(Fulfillment o) {
        return status == o.status && lines.equals(o.lines) && Objects.equals(locationId, o.locationId)
                && Objects.equals(carrier, o.carrier) && Objects.equals(service, o.service)
                && Objects.equals(trackingNumber, o.trackingNumber)
                && Objects.equals(promisedDeliveryDate, o.promisedDeliveryDate);
    }

    public UUID getFulfillmentId() {
        return fulfillmentId;
    }

    public String getLocationId() {
        return locationId;
    }

    public FulfillmentStatus getStatus() {
        return status;
    }

    public List<FulfillmentLine> getLines() {
        return lines;
    }

    public String getCarrier() {
        return carrier;
    }

    public String getService() {
        return service;
    }

    public String getTrackingNumber() {
        return trackingNumber;
    }

    public LocalDate getPromisedDeliveryDate() {
        return promisedDeliveryDate;
    }
}
