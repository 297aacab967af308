-- The routing configuration document (routing.md § Configuration document), one row per version; the newest is
-- in force. The version is the primary key and each change inserts newest + 1: of two concurrent changes of the
-- same version one commits and the other hits the key and is refused (409), so neither is lost silently.
-- Version 1 is written at the first start from the opendoms.routing.* properties.
create table routing_config (
    version    bigint       primary key check (version > 0),
    document   jsonb        not null,
    updated_at timestamptz  not null,
    updated_by varchar(128) not null
);

-- the configuration version a decision was planned with (null: decided without a plan, or before versions)
alter table routing_decision add column config_version bigint;
