-- Transactional outbox: a row commits with the state change that produced it; the relay publishes it.
CREATE TABLE platform_outbox (
    id           bigserial PRIMARY KEY,
    event_id     uuid        NOT NULL UNIQUE,
    topic        text        NOT NULL,
    event_key    text        NOT NULL,
    event_type   text        NOT NULL,
    correlation_id text,          -- copied into a record header without parsing the payload
    payload      text        NOT NULL,   -- the full EventEnvelope JSON, sent as is
    created_at   timestamptz NOT NULL DEFAULT now(),
    published_at timestamptz,
    attempts     integer     NOT NULL DEFAULT 0,
    last_error   text
);

-- The relay only ever reads unpublished rows in id order.
CREATE INDEX platform_outbox_unpublished ON platform_outbox (id) WHERE published_at IS NULL;

-- Idempotent consumers: one row per (consumer, event) processed, written in the handler's transaction.
CREATE TABLE platform_inbox (
    consumer     text        NOT NULL,
    event_id     uuid        NOT NULL,
    processed_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (consumer, event_id)
);
