-- A row Kafka refused waits for its next attempt and holds back only the later rows of its own key.
ALTER TABLE platform_outbox ADD COLUMN next_attempt_at timestamptz;

-- Rows that failed and wait (few): the relay's per-key hold check and the ops listing read this.
CREATE INDEX platform_outbox_held ON platform_outbox (topic, event_key, id)
    WHERE published_at IS NULL AND next_attempt_at IS NOT NULL;

-- The retention purge deletes published rows in batches, oldest first.
CREATE INDEX platform_outbox_published ON platform_outbox (published_at) WHERE published_at IS NOT NULL;

-- ... and inbox rows older than the inbox retention (longer than the topics' retention).
CREATE INDEX platform_inbox_processed ON platform_inbox (processed_at);
