-- Shortage releases name the routing decision: a fulfillment order knows the decision that planned it. Shipments
-- of older rows are "<decisionId>-<n>" (routing's naming), which gives theirs.
alter table fulfillment_order add column decision_id uuid;
update fulfillment_order set decision_id = left(shipment_id, 36)::uuid
    where shipment_id ~ '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}-[0-9]+$';
create index ix_fulfillment_order_decision on fulfillment_order (order_id, decision_id, location_id);

-- Units inventory released for a shortage before the allocation created their fulfillment order (different
-- topics: either may come first). Taken, and deleted, when the fulfillment order is created; an advisory lock per
-- order keeps the two from missing each other (see PendingShortageJdbcAdapter).
create table pending_shortage (
    id          bigint generated always as identity primary key,
    order_id    uuid         not null,
    decision_id uuid         not null,
    location_id varchar(100) not null,
    line_id     varchar(100) not null,
    sku         varchar(100) not null,
    quantity    int          not null check (quantity > 0),
    occurred_at timestamptz  not null,
    recorded_at timestamptz  not null
);
create index ix_pending_shortage_decision on pending_shortage (order_id, decision_id, location_id);

-- Every inbound webhook, stored as it arrived before it is acted on, and what became of it (docs/runbook.md).
create table webhook_inbox (
    id            uuid          primary key,
    webhook       varchar(20)   not null,                 -- wms | carriers
    path          varchar(300)  not null,
    partner_id    varchar(100),                           -- verified; for UNAUTHENTICATED the partner tried, if any
    headers       jsonb         not null,                 -- selected headers, never credentials
    body          bytea,                                  -- verbatim; null for UNAUTHENTICATED (never verified)
    signature     varchar(20)   not null,                 -- VALID, or the 401 verdict
    event_ref     varchar(128),                           -- the partner's eventId as sent
    event_id      uuid,                                   -- as de-duplicated (a non-UUID id becomes a name-based UUID)
    status        varchar(20)   not null,
    answer_status int,
    detail        varchar(1000),
    attempts      int           not null default 0,
    received_at   timestamptz   not null,
    completed_at  timestamptz
);

-- The de-duplication of webhooks: a partner's event id is handled by one entry at most. A duplicate's own entry
-- says DUPLICATE; refused and failed ones may be sent again or replayed.
create unique index uq_webhook_inbox_handled on webhook_inbox (webhook, partner_id, event_id)
    where status in ('APPLIED', 'IGNORED');
-- ops list by status, newest first; the purge walks received_at
create index ix_webhook_inbox_status on webhook_inbox (status, received_at desc);
create index ix_webhook_inbox_received on webhook_inbox (received_at);

-- Before this table, handled webhook event ids lived in the platform inbox: they stay de-duplicated.
insert into webhook_inbox (id, webhook, path, partner_id, headers, body, signature, event_id, status, detail,
                           attempts, received_at, completed_at)
select gen_random_uuid(), split_part(substr(consumer, 9), ':', 1),
       '/api/v1/webhooks/' || split_part(substr(consumer, 9), ':', 1), substr(consumer, strpos(consumer, ':') + 1),
       '{}'::jsonb, null, 'VALID', event_id, 'APPLIED', 'carried over from the platform inbox', 1, processed_at,
       processed_at
from platform_inbox
where consumer like 'webhook.wms:%' or consumer like 'webhook.carriers:%';
