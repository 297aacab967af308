-- The webhook partner (WMS or store system) that reports on a location's fulfillments and returns
-- (api.md § Webhooks); null: the default WMS partner.
alter table location add column wms_partner_id varchar(64);
