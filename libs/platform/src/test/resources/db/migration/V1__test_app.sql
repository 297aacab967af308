CREATE TABLE widget (
    id       uuid PRIMARY KEY,
    name     text    NOT NULL,
    quantity integer NOT NULL
);

-- no key on purpose: a duplicate delivery that slipped through would show as a second row
CREATE TABLE handled_event (
    event_id       uuid NOT NULL,
    sku            text NOT NULL,
    correlation_id text,
    handled_at     timestamptz NOT NULL DEFAULT now()
);
