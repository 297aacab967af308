package io.opendoms.routing.config;

import io.opendoms.routing.engine.CarrierService;
import io.opendoms.routing.engine.DistanceRatedService;
import io.opendoms.routing.engine.LocationType;
import io.opendoms.routing.engine.RoutingPolicy;
import io.opendoms.routing.engine.ServiceLevel;
import io.opendoms.routing.engine.ZoneRatedService;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The routing configuration document of routing.md (§ Configuration document) as JSON, both ways: what the API
 * answers and takes, and what the database keeps. Reading is strict and names every bad key by its JSON path at
 * once — unknown and missing keys, values of the wrong JSON type, names that are not a location type or service
 * level — and then the rules of {@link RoutingPolicy#validate()} on the rest.
 */
public final class RoutingConfigDocument {

    /** Every key of the document, in the order they are written. */
    public static final List<String> KEYS = List.of("zonesKm", "services", "handling", "serviceLevelDays",
            "splitPenalty", "maxShipments", "allowLineSplit", "latePenaltyPerDay", "defaultTimeZone", "channelRules");

    /** Beyond these a document is a mistake, and they bound the work of every plan. */
    static final int MAX_SERVICES = 50;
    static final int MAX_CHANNEL_RULES = 500;
    static final int MAX_NAME_LENGTH = 100;
    /** Problems named in one answer: a megabyte of nonsense must not become a megabyte of errors. */
    static final int MAX_PROBLEMS = 100;

    private static final List<String> ZONE_RATED = List.of("carrier", "service", "baseByZone", "perKgByZone",
            "transitDaysByZone");
    private static final List<String> DISTANCE_RATED = List.of("carrier", "service", "base", "perKm",
            "maxDistanceKm", "originTypes", "transitDays");
    private static final List<String> HANDLING = List.of("perShipment", "perUnit");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /**
     * Reads documents exactly: decimals as written (never through a double), a repeated key refused. Its own mapper,
     * so that the application's JSON settings change neither the API's nor the stored form.
     */
    public static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(JsonNodeFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    /**
     * A bad key. {@code wrongType}: the JSON value is not of the type the key takes (a string for a number, an
     * object for a list): the document cannot be read as intended (400), rather than breaking a rule (422).
     */
    public record Problem(String field, String message, boolean wrongType) {
    }

    /** The policy of a document, or (policy null) every problem of it. */
    public record Reading(RoutingPolicy policy, List<Problem> problems) {

        public boolean valid() {
            return problems.isEmpty();
        }

        public boolean hasWrongTypes() {
            return problems.stream().anyMatch(Problem::wrongType);
        }
    }

    private final List<Problem> problems = new ArrayList<>();

    private RoutingConfigDocument() {
    }

    /** Reads a document; the policy only when it has no problem at all. */
    public static Reading read(JsonNode document) {
        if (document == null || !document.isObject()) {
            return new Reading(null, List.of(new Problem("", "must be a JSON object", true)));
        }
        RoutingConfigDocument r = new RoutingConfigDocument();
        for (String key : document.propertyNames()) {
            if (!KEYS.contains(key)) {
                r.error(key, "is not a key of the routing configuration (" + String.join(", ", KEYS) + ")");
            }
        }
        RoutingPolicy defaults = RoutingPolicy.defaults();
        List<Double> zones = r.zones(document.get("zonesKm"));
        List<CarrierService> services = r.services(document.get("services"));
        Map<LocationType, RoutingPolicy.Handling> handling = r.handling(document.get("handling"));
        Map<ServiceLevel, Integer> days = r.serviceLevelDays(document.get("serviceLevelDays"));
        BigDecimal splitPenalty = r.money(document.get("splitPenalty"), "splitPenalty");
        Integer maxShipments = r.integer(document.get("maxShipments"), "maxShipments");
        Boolean allowLineSplit = r.bool(document.get("allowLineSplit"), "allowLineSplit");
        BigDecimal latePenalty = r.money(document.get("latePenaltyPerDay"), "latePenaltyPerDay");
        ZoneId zone = r.zone(document.get("defaultTimeZone"));
        Map<String, RoutingPolicy.ChannelRule> rules = r.channelRules(document.get("channelRules"));
        // what could not be read stands in with a value the rules accept, so that they check everything else too
        RoutingPolicy policy = new RoutingPolicy(
                zones == null ? defaults.zonesKm() : zones,
                services == null ? defaults.services() : services,
                handling == null ? defaults.handling() : handling,
                days == null ? defaults.serviceLevelDays() : days,
                splitPenalty == null ? BigDecimal.ZERO : splitPenalty,
                maxShipments == null ? defaults.maxShipments() : maxShipments,
                allowLineSplit == null || allowLineSplit,
                latePenalty == null ? BigDecimal.ZERO : latePenalty,
                zone == null ? defaults.defaultTimeZone() : zone,
                rules == null ? defaults.channelRules() : rules);
        for (RoutingPolicy.ConfigError e : policy.validate()) {
            if (!r.covered(e.key())) {
                r.error(e.key(), e.message());
            }
        }
        return r.problems.isEmpty() ? new Reading(policy, List.of()) : new Reading(null, List.copyOf(r.problems));
    }

    /** Reads a document from its JSON text; malformed JSON is one problem without a field. */
    public static Reading read(String json) {
        JsonNode node;
        try {
            node = JSON.readTree(json);
        } catch (tools.jackson.core.JacksonException e) {
            return new Reading(null, List.of(new Problem("", "is not valid JSON", true)));
        }
        return read(node);
    }

    /** The document of a policy, keys in the documented order. */
    public static ObjectNode write(RoutingPolicy policy) {
        ObjectNode doc = NODES.objectNode();
        ArrayNode zones = doc.putArray("zonesKm");
        policy.zonesKm().forEach(zones::add);
        ArrayNode services = doc.putArray("services");
        for (CarrierService s : policy.services()) {
            ObjectNode node = services.addObject().put("carrier", s.carrier()).put("service", s.service());
            switch (s) {
                case ZoneRatedService z -> {
                    z.baseByZone().forEach(node.putArray("baseByZone")::add);
                    z.perKgByZone().forEach(node.putArray("perKgByZone")::add);
                    z.transitDaysByZone().forEach(node.putArray("transitDaysByZone")::add);
                }
                case DistanceRatedService d -> {
                    node.put("base", d.base()).put("perKm", d.perKm()).put("maxDistanceKm", d.maxDistanceKm());
                    ArrayNode types = node.putArray("originTypes");
                    new TreeSet<>(d.originTypes()).forEach(t -> types.add(t.name()));
                    node.put("transitDays", d.transitDays());
                }
            }
        }
        ObjectNode handling = doc.putObject("handling");
        new TreeMap<>(policy.handling()).forEach((type, h) -> handling.putObject(type.name())
                .put("perShipment", h.perShipment()).put("perUnit", h.perUnit()));
        ObjectNode days = doc.putObject("serviceLevelDays");
        new TreeMap<>(policy.serviceLevelDays()).forEach((level, d) -> days.put(level.name(), d));
        doc.put("splitPenalty", policy.splitPenalty());
        doc.put("maxShipments", policy.maxShipments());
        doc.put("allowLineSplit", policy.allowLineSplit());
        doc.put("latePenaltyPerDay", policy.latePenaltyPerDay());
        doc.put("defaultTimeZone", policy.defaultTimeZone().getId());
        ObjectNode rules = doc.putObject("channelRules");
        new TreeMap<>(policy.channelRules()).forEach((channel, rule) -> {
            ArrayNode types = rules.putObject(channel).putArray("allowedLocationTypes");
            new TreeSet<>(rule.allowedLocationTypes()).forEach(t -> types.add(t.name()));
        });
        return doc;
    }

    // ---- the keys

    private List<Double> zones(JsonNode node) {
        if (!isArray(node, "zonesKm")) {
            return null;
        }
        if (node.size() != RoutingPolicy.ZONES - 1) {
            return List.of(); // the rules name the list
        }
        List<Double> zones = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            Double km = number(node.get(i), "zonesKm[" + i + "]");
            zones.add(km == null ? Double.NaN : km);
        }
        return zones;
    }

    private List<CarrierService> services(JsonNode node) {
        if (!isArray(node, "services")) {
            return null;
        }
        if (node.size() > MAX_SERVICES) {
            error("services", "at most " + MAX_SERVICES + " carrier services");
            return null;
        }
        List<CarrierService> services = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            services.add(service(node.get(i), "services[" + i + "]", i));
        }
        return services;
    }

    private CarrierService service(JsonNode node, String key, int index) {
        // stands in for what cannot be read: valid, and named so that it repeats no other service
        CarrierService placeholder = new ZoneRatedService("?", "?" + index, zeros(), zeros(),
                Collections.nCopies(RoutingPolicy.ZONES, 0));
        if (!isObject(node, key)) {
            return placeholder;
        }
        boolean zoneRated = ZONE_RATED.stream().skip(2).anyMatch(node::has);
        boolean distanceRated = DISTANCE_RATED.stream().skip(2).anyMatch(node::has);
        if (!zoneRated && !distanceRated) {
            error(key, "must be zone-rated (" + String.join(", ", ZONE_RATED) + ") or distance-rated ("
                    + String.join(", ", DISTANCE_RATED) + ")");
            return placeholder;
        }
        List<String> keys = zoneRated ? ZONE_RATED : DISTANCE_RATED;
        for (String name : node.propertyNames()) {
            if (!keys.contains(name)) {
                error(key + "." + name, "is not a key of a " + (zoneRated ? "zone" : "distance")
                        + "-rated service (" + String.join(", ", keys) + ")");
            }
        }
        String carrier = name(node.get("carrier"), key + ".carrier");
        String service = name(node.get("service"), key + ".service");
        carrier = carrier == null ? "?" : carrier;
        service = service == null ? "?" + index : service;
        if (zoneRated) {
            List<BigDecimal> base = zoneMoney(node.get("baseByZone"), key + ".baseByZone");
            List<BigDecimal> perKg = zoneMoney(node.get("perKgByZone"), key + ".perKgByZone");
            List<Integer> transit = zoneDays(node.get("transitDaysByZone"), key + ".transitDaysByZone");
            return new ZoneRatedService(carrier, service, base, perKg, transit);
        }
        BigDecimal base = money(node.get("base"), key + ".base");
        BigDecimal perKm = money(node.get("perKm"), key + ".perKm");
        Double maxKm = number(node.get("maxDistanceKm"), key + ".maxDistanceKm");
        Set<LocationType> origins = locationTypes(node.get("originTypes"), key + ".originTypes");
        Integer transit = integer(node.get("transitDays"), key + ".transitDays");
        return new DistanceRatedService(carrier, service, base == null ? BigDecimal.ZERO : base,
                perKm == null ? BigDecimal.ZERO : perKm, maxKm == null ? 1 : maxKm,
                origins == null ? Set.of(LocationType.STORE) : origins, transit == null ? 0 : transit);
    }

    private List<BigDecimal> zoneMoney(JsonNode node, String key) {
        if (!isArray(node, key)) {
            return zeros();
        }
        if (node.size() != RoutingPolicy.ZONES) {
            return List.of(); // the rules name the list
        }
        List<BigDecimal> values = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            BigDecimal value = money(node.get(i), key + "[" + i + "]");
            values.add(value == null ? BigDecimal.ZERO : value);
        }
        return values;
    }

    private List<Integer> zoneDays(JsonNode node, String key) {
        if (!isArray(node, key)) {
            return Collections.nCopies(RoutingPolicy.ZONES, 0);
        }
        if (node.size() != RoutingPolicy.ZONES) {
            return List.of(); // the rules name the list
        }
        List<Integer> values = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            Integer value = integer(node.get(i), key + "[" + i + "]");
            values.add(value == null ? 0 : value);
        }
        return values;
    }

    private Map<LocationType, RoutingPolicy.Handling> handling(JsonNode node) {
        if (!isObject(node, "handling")) {
            return null;
        }
        Map<LocationType, RoutingPolicy.Handling> handling = new EnumMap<>(LocationType.class);
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            String key = "handling." + entry.getKey();
            LocationType type = enumName(LocationType.class, entry.getKey());
            if (type == null) {
                error(key, "is not a location type (" + Arrays.toString(LocationType.values()) + ")");
                continue;
            }
            JsonNode h = entry.getValue();
            if (!isObject(h, key)) {
                handling.put(type, new RoutingPolicy.Handling(BigDecimal.ZERO, BigDecimal.ZERO));
                continue;
            }
            unknownKeys(h, key, HANDLING);
            BigDecimal perShipment = money(h.get("perShipment"), key + ".perShipment");
            BigDecimal perUnit = money(h.get("perUnit"), key + ".perUnit");
            handling.put(type, new RoutingPolicy.Handling(perShipment == null ? BigDecimal.ZERO : perShipment,
                    perUnit == null ? BigDecimal.ZERO : perUnit));
        }
        for (LocationType type : LocationType.values()) {
            if (!handling.containsKey(type) && !node.has(type.name())) {
                error("handling." + type, "is required");
                handling.put(type, new RoutingPolicy.Handling(BigDecimal.ZERO, BigDecimal.ZERO));
            }
        }
        return handling;
    }

    private Map<ServiceLevel, Integer> serviceLevelDays(JsonNode node) {
        if (!isObject(node, "serviceLevelDays")) {
            return null;
        }
        Map<ServiceLevel, Integer> days = new EnumMap<>(ServiceLevel.class);
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            String key = "serviceLevelDays." + entry.getKey();
            ServiceLevel level = enumName(ServiceLevel.class, entry.getKey());
            if (level == null) {
                error(key, "is not a service level (" + Arrays.toString(ServiceLevel.values()) + ")");
                continue;
            }
            Integer value = integer(entry.getValue(), key);
            days.put(level, value == null ? 0 : value);
        }
        for (ServiceLevel level : ServiceLevel.values()) {
            if (!node.has(level.name())) {
                error("serviceLevelDays." + level, "is required");
                days.put(level, 0);
            }
        }
        return days;
    }

    private ZoneId zone(JsonNode node) {
        String id = string(node, "defaultTimeZone");
        if (id == null) {
            return null;
        }
        try {
            return ZoneId.of(id);
        } catch (DateTimeException e) {
            error("defaultTimeZone", "is not a time zone (an IANA name such as America/Chicago)");
            return null;
        }
    }

    private Map<String, RoutingPolicy.ChannelRule> channelRules(JsonNode node) {
        if (!isObject(node, "channelRules")) {
            return null;
        }
        if (node.size() > MAX_CHANNEL_RULES) {
            error("channelRules", "at most " + MAX_CHANNEL_RULES + " channels");
            return null;
        }
        Map<String, RoutingPolicy.ChannelRule> rules = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            String key = "channelRules." + entry.getKey();
            if (entry.getKey().isBlank() || entry.getKey().length() > MAX_NAME_LENGTH) {
                error(key, "a channel is named by 1 to " + MAX_NAME_LENGTH + " characters, not blank");
                continue;
            }
            if (!isObject(entry.getValue(), key)) {
                continue;
            }
            unknownKeys(entry.getValue(), key, List.of("allowedLocationTypes"));
            Set<LocationType> types = locationTypes(entry.getValue().get("allowedLocationTypes"),
                    key + ".allowedLocationTypes");
            if (types != null) {
                rules.put(entry.getKey(), new RoutingPolicy.ChannelRule(types));
            }
        }
        return rules;
    }

    private Set<LocationType> locationTypes(JsonNode node, String key) {
        if (!isArray(node, key)) {
            return null;
        }
        if (node.size() > 4 * LocationType.values().length) {
            error(key, "names at most the " + LocationType.values().length + " location types");
            return EnumSet.of(LocationType.STORE);
        }
        Set<LocationType> types = EnumSet.noneOf(LocationType.class);
        boolean ok = true;
        for (int i = 0; i < node.size(); i++) {
            String name = string(node.get(i), key + "[" + i + "]");
            LocationType type = name == null ? null : enumName(LocationType.class, name);
            if (name != null && type == null) {
                error(key + "[" + i + "]", "is not a location type (" + Arrays.toString(LocationType.values()) + ")");
            }
            if (type == null) {
                ok = false;
            } else {
                types.add(type);
            }
        }
        // a list with a bad entry stands in as valid, so that the rules do not call it empty as well
        return ok || !types.isEmpty() ? types : EnumSet.of(LocationType.STORE);
    }

    // ---- values

    private BigDecimal money(JsonNode node, String key) {
        if (missing(node, key)) {
            return null;
        }
        if (!node.isNumber()) {
            wrongType(key, "must be a number");
            return null;
        }
        return node.decimalValue();
    }

    private Double number(JsonNode node, String key) {
        if (missing(node, key)) {
            return null;
        }
        if (!node.isNumber()) {
            wrongType(key, "must be a number");
            return null;
        }
        double value = node.decimalValue().doubleValue(); // Infinity beyond double range, where doubleValue() throws
        if (!Double.isFinite(value)) {
            error(key, "must be a finite number");
            return null;
        }
        return value;
    }

    private Integer integer(JsonNode node, String key) {
        if (missing(node, key)) {
            return null;
        }
        if (!node.isNumber() || !isWhole(node.decimalValue())) {
            wrongType(key, "must be a whole number");
            return null;
        }
        BigDecimal value = node.decimalValue();
        if (value.abs().compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
            error(key, "is out of range");
            return null;
        }
        return value.intValueExact();
    }

    private static boolean isWhole(BigDecimal value) {
        return value.signum() == 0 || value.stripTrailingZeros().scale() <= 0;
    }

    private Boolean bool(JsonNode node, String key) {
        if (missing(node, key)) {
            return null;
        }
        if (!node.isBoolean()) {
            wrongType(key, "must be true or false");
            return null;
        }
        return node.booleanValue();
    }

    private String string(JsonNode node, String key) {
        if (missing(node, key)) {
            return null;
        }
        if (!node.isString()) {
            wrongType(key, "must be a string");
            return null;
        }
        return node.asString();
    }

    private String name(JsonNode node, String key) {
        String value = string(node, key);
        if (value != null && (value.isBlank() || value.length() > MAX_NAME_LENGTH)) {
            error(key, "must be 1 to " + MAX_NAME_LENGTH + " characters, not blank");
            return null;
        }
        return value;
    }

    private boolean isArray(JsonNode node, String key) {
        if (missing(node, key)) {
            return false;
        }
        if (!node.isArray()) {
            wrongType(key, "must be a list");
            return false;
        }
        return true;
    }

    private boolean isObject(JsonNode node, String key) {
        if (missing(node, key)) {
            return false;
        }
        if (!node.isObject()) {
            wrongType(key, "must be an object");
            return false;
        }
        return true;
    }

    private boolean missing(JsonNode node, String key) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            error(key, "is required");
            return true;
        }
        return false;
    }

    private void unknownKeys(JsonNode node, String key, List<String> known) {
        for (String name : node.propertyNames()) {
            if (!known.contains(name)) {
                error(key + "." + name, "is not a key here (" + String.join(", ", known) + ")");
            }
        }
    }

    private static <E extends Enum<E>> E enumName(Class<E> type, String name) {
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(name)) {
                return e;
            }
        }
        return null;
    }

    private static List<BigDecimal> zeros() {
        return Collections.nCopies(RoutingPolicy.ZONES, BigDecimal.ZERO);
    }

    /** Whether a rule's finding is about a key already named (or a key inside one). */
    private boolean covered(String key) {
        return problems.stream().anyMatch(p -> key.equals(p.field()) || key.startsWith(p.field() + ".")
                || key.startsWith(p.field() + "["));
    }

    private void error(String key, String message) {
        if (problems.size() < MAX_PROBLEMS) {
            problems.add(new Problem(key, message, false));
        }
    }

    private void wrongType(String key, String message) {
        if (problems.size() < MAX_PROBLEMS) {
            problems.add(new Problem(key, message, true));
        }
    }
}
