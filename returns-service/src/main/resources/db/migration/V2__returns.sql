-- Returns (RMAs) and the views they are decided on: the item master's return rules and the locations that take
-- returns, both learned from inventory's events.

create table item_view (
    sku                varchar(100) primary key,
    returnable         boolean      not null,
    return_window_days integer      not null,
    updated_at         timestamptz  not null
);

create table location_view (
    location_id  varchar(64) primary key,
    capabilities text[]      not null,
    active       boolean     not null,
    updated_at   timestamptz not null
);

create table return_authorization (
    id                uuid         primary key,
    order_id          uuid         not null,
    channel           varchar(100) not null,
    method            varchar(8)   not null,
    store_location_id varchar(64),
    status            varchar(16)  not null,
    label_carrier     varchar(32),
    label_tracking    varchar(64),
    currency          varchar(3),
    refund_amount     numeric      not null check (refund_amount >= 0),
    created_at        timestamptz  not null,
    updated_at        timestamptz  not null
);

create index return_authorization_order_idx on return_authorization (order_id, created_at);
create unique index return_authorization_label_idx on return_authorization (label_carrier, label_tracking)
    where label_tracking is not null;

-- every requested line, eligible or not (a refused one keeps its refusal, so the answer can be read back)
create table return_line (
    return_id     uuid         not null references return_authorization (id),
    position      integer      not null,
    line_id       varchar(100) not null,
    sku           varchar(100),
    quantity      integer      not null check (quantity > 0),
    reason        varchar(64)  not null,
    eligible      boolean      not null,
    refusal       varchar(40),
    refusal_detail varchar(300),
    refund_amount numeric      not null check (refund_amount >= 0),
    primary key (return_id, position)
);

create index return_line_order_line_idx on return_line (line_id) where eligible;
