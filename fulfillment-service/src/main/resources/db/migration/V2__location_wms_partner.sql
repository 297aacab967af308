-- Fulfillment's own view of the locations it releases to, from inventory.location-upserted: which webhook
-- partner (WMS or store system) reports on each one's fulfillment orders (api.md § Webhooks). A WMS
-- partner may act only on fulfillment orders of locations that name it; null = the default WMS partner;
-- a location not (yet) known here belongs to no partner at all (fail closed: 404, the partner retries).
create table known_location (
    location_id    varchar(100) primary key,
    wms_partner_id varchar(100),
    updated_at     timestamptz  not null
);
