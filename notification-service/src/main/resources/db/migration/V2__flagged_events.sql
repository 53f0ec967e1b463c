-- Transfers that fraud-service flagged as spam-like (address poisoning...): not delivered to subscriptions that
-- suppress suspicious transfers, even when their next lifecycle status arrives later.
create table flagged_event (
    event_id   text primary key,
    reason     text        not null,
    created_at timestamptz not null default now()
);
