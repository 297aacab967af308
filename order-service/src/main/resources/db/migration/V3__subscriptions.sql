-- Outbound notifications (api.md § Orders, subscriptions): a channel's webhook subscriptions, and one delivery
-- per subscribed order event, written in the transaction that changes the order (an outbox of its own, so that
-- a slow or dead endpoint never touches the order flow) and sent by the delivery dispatcher.

create table subscription (
    id          uuid         primary key,
    channel     varchar(64)  not null,
    url         varchar(2048) not null,
    event_types text[]       not null,
    secret      varchar(128) not null,
    created_at  timestamptz  not null,
    deleted_at  timestamptz
);

-- the fan-out reads the live subscriptions of one channel (and ops' ones, which see every channel)
create index subscription_channel_idx on subscription (channel) where deleted_at is null;

-- status: PENDING (to be sent at next_attempt_at), DELIVERED (a 2xx answered), FAILED (given up after max age)
create table subscription_delivery (
    id              uuid         primary key,
    subscription_id uuid         not null references subscription (id),
    event_id        uuid         not null,
    event_type      varchar(64)  not null,
    order_id        uuid         not null,
    payload         text         not null,
    status          varchar(16)  not null,
    attempts        integer      not null default 0,
    next_attempt_at timestamptz  not null,
    last_attempt_at timestamptz,
    last_status     integer,
    last_error      varchar(500),
    created_at      timestamptz  not null,
    delivered_at    timestamptz,
    unique (subscription_id, event_id)
);

create index subscription_delivery_due_idx on subscription_delivery (next_attempt_at) where status = 'PENDING';
create index subscription_delivery_subscription_idx on subscription_delivery (subscription_id, created_at desc);

-- every attempt, for the channel and ops to see what the endpoint answered
create table subscription_delivery_attempt (
    delivery_id  uuid        not null references subscription_delivery (id),
    attempt      integer     not null,
    at           timestamptz not null,
    status_code  integer,
    error        varchar(500),
    duration_ms  integer     not null,
    primary key (delivery_id, attempt)
);
