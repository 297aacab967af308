-- Routing's own view of the inventory network, fed by inventory events (last writer wins).
CREATE TABLE location_view (
    location_id    varchar(100) PRIMARY KEY,
    type           varchar(40)      NOT NULL,
    latitude       double precision NOT NULL,
    longitude      double precision NOT NULL,
    time_zone      varchar(64)      NOT NULL,
    capabilities   text[]           NOT NULL,
    cutoff_time    time,
    daily_capacity integer,
    active         boolean          NOT NULL,
    updated_at     timestamptz      NOT NULL
);

CREATE TABLE item_view (
    sku        varchar(100) PRIMARY KEY,
    weight_kg  numeric(12, 3) NOT NULL,
    dc_only    boolean        NOT NULL,
    ship_alone boolean        NOT NULL,
    updated_at timestamptz    NOT NULL
);

CREATE TABLE stock_view (
    location_id varchar(100) NOT NULL,
    sku         varchar(100) NOT NULL,
    available   integer      NOT NULL,
    updated_at  timestamptz  NOT NULL,
    PRIMARY KEY (location_id, sku)
);

-- plans read the stock of an order's SKUs at every location
CREATE INDEX stock_view_sku ON stock_view (sku);

-- What each order asked for, kept to re-plan it.
CREATE TABLE sourcing_request (
    order_id            uuid PRIMARY KEY,
    channel             varchar(100),
    delivery_method     varchar(20)  NOT NULL,
    service_level       varchar(20)  NOT NULL,
    pickup_location_id  varchar(100),
    ship_to_postal_code varchar(20),
    ship_to_country     varchar(60),
    ship_to_latitude    double precision,
    ship_to_longitude   double precision,
    received_at         timestamptz,
    created_at          timestamptz  NOT NULL
);

CREATE TABLE sourcing_request_line (
    order_id   uuid         NOT NULL REFERENCES sourcing_request (order_id),
    line_index integer      NOT NULL,
    line_id    varchar(100) NOT NULL,
    sku        varchar(100) NOT NULL,
    quantity   integer      NOT NULL CHECK (quantity > 0),
    PRIMARY KEY (order_id, line_index)
);

-- Every sourcing decision; the plan and the reported shortages are JSON documents.
CREATE TABLE routing_decision (
    decision_id uuid PRIMARY KEY,
    order_id    uuid        NOT NULL REFERENCES sourcing_request (order_id),
    trigger     varchar(40) NOT NULL,
    attempt     integer     NOT NULL CHECK (attempt > 0),
    status      varchar(30) NOT NULL,
    plan        text        NOT NULL,
    shortages   text        NOT NULL,
    decided_at  timestamptz NOT NULL,
    UNIQUE (order_id, attempt)
);
