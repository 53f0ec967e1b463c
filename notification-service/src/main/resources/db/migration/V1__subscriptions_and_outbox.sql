-- Subscriptions of every tenant. Rows are never deleted by the API (status 'deleted'), so that every instance's
-- matching index sees the change when it reloads rows by updated_at.
create table subscription (
    id                    uuid primary key,
    tenant                text        not null,
    name                  text        not null,
    chain_id              bigint      not null,
    channel               text        not null check (channel in ('webhook', 'email')),
    target                text        not null,
    filter                jsonb       not null,
    digest                text        not null default 'none' check (digest in ('none', 'hourly', 'daily')),
    status                text        not null
        check (status in ('active', 'paused', 'unverified', 'disabled', 'unsubscribed', 'deleted')),
    status_reason         text,
    secret                text,
    previous_secret       text,
    previous_secret_until timestamptz,
    verify_token          text unique,
    unsubscribe_token     text unique,
    failing_since         timestamptz,
    digest_sent_at        timestamptz,
    created_at            timestamptz not null default now(),
    updated_at            timestamptz not null default now()
);

create index subscription_by_tenant on subscription (tenant, created_at);
create index subscription_by_update on subscription (updated_at);

-- The outbox: one row per (subscription, webhook-id), written in the transaction that consumes the event.
-- The unique constraint is what makes a replayed topic harmless.
create table delivery (
    id               uuid primary key,
    subscription_id  uuid        not null references subscription (id),
    webhook_id       text        not null,
    event_type       text        not null,
    event_id         text,
    block_hash       text,
    payload          text        not null,
    status           text        not null
        check (status in ('pending', 'digest', 'succeeded', 'failed', 'cancelled')),
    attempts         integer     not null default 0,
    next_attempt_at  timestamptz not null,
    claim_token      uuid,
    last_status_code integer,
    last_error       text,
    created_at       timestamptz not null default now(),
    updated_at       timestamptz not null default now(),
    completed_at     timestamptz,
    constraint delivery_once unique (subscription_id, webhook_id)
);

create index delivery_due on delivery (next_attempt_at) where status = 'pending';
create index delivery_digest on delivery (subscription_id) where status = 'digest';
create index delivery_by_placement on delivery (event_id, block_hash) where event_id is not null;
create index delivery_by_subscription on delivery (subscription_id, created_at desc);
