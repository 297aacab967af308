-- Hold rules (api.md § Orders, hold-rules): one row per version, the newest applies to the next capture.
-- version is an identity, so that two concurrent replacements each get their own version.
create table hold_rules (
    version    bigint generated always as identity primary key,
    document   jsonb        not null,
    updated_at timestamptz  not null,
    updated_by varchar(128) not null
);

-- Why an order is on hold: a JSON array of {"rule", "detail"}, null when it is not. Kept on the order row so that
-- loading an order (on every event about it) costs no extra query.
alter table orders add column hold_reasons text;
