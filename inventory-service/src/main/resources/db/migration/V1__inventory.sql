-- Locations, item master, stock and order reservations of inventory-service.

create table location (
    location_id    varchar(64)      primary key,
    name           varchar(200)     not null,
    type           varchar(32)      not null,
    postal_code    varchar(16)      not null,
    country        varchar(2)       not null,
    latitude       double precision not null check (latitude between -90 and 90),
    longitude      double precision not null check (longitude between -180 and 180),
    time_zone      varchar(64)      not null,
    capabilities   text[]           not null,
    cutoff_time    time             not null,
    daily_capacity integer          check (daily_capacity >= 0),
    active         boolean          not null,
    created_at     timestamptz      not null,
    updated_at     timestamptz      not null
);

create table item (
    sku                varchar(64)    primary key,
    name               varchar(200)   not null,
    weight_kg          numeric(12, 3) not null check (weight_kg > 0),
    returnable         boolean        not null,
    return_window_days integer        not null check (return_window_days >= 0),
    dc_only            boolean        not null,
    ship_alone         boolean        not null,
    created_at         timestamptz    not null,
    updated_at         timestamptz    not null
);

-- available = on_hand - reserved - safety_stock; reserved may exceed on_hand after a lower WMS snapshot
create table stock (
    location_id  varchar(64) not null references location (location_id),
    sku          varchar(64) not null references item (sku),
    on_hand      integer     not null check (on_hand >= 0),
    reserved     integer     not null check (reserved >= 0),
    safety_stock integer     not null check (safety_stock >= 0),
    updated_at   timestamptz not null,
    primary key (location_id, sku)
);

create index stock_sku_idx on stock (sku);

create table reservation (
    id                uuid        primary key,
    order_id          uuid        not null,
    decision_id       uuid        not null,
    location_id       varchar(64) not null,
    sku               varchar(64) not null,
    line_id           varchar(64) not null,
    quantity          integer     not null check (quantity > 0),
    consumed_quantity integer     not null check (consumed_quantity between 0 and quantity),
    status            varchar(16) not null,
    created_at        timestamptz not null,
    updated_at        timestamptz not null,
    constraint reservation_decision_location_line_uq unique (decision_id, location_id, line_id),
    foreign key (location_id, sku) references stock (location_id, sku)
);

create index reservation_order_idx on reservation (order_id, location_id, line_id) where status = 'ACTIVE';
