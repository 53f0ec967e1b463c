-- fraud-service's own schema: the alerts it published, feedback, learned allowlist entries and the sanctions list.

create table fraud.alert (
    alert_id             char(64)    primary key,
    seq                  bigserial   not null unique,
    status               text        not null check (status in ('RAISED', 'RETRACTED')),
    chain_id             bigint      not null,
    subject_address      char(42)    not null,
    counterparty_address char(42),
    token_address        char(42),
    score                integer     not null check (score between 0 and 100),
    severity             text        not null,
    detectors            jsonb       not null,
    detector_ids         text[]      not null,
    evidence_event_ids   text[]      not null,
    transaction_hash     char(66)    not null,
    block_number         bigint      not null,
    raised_at            timestamptz not null,
    updated_at           timestamptz not null
);

create index alert_subject_idx on fraud.alert (chain_id, subject_address, seq);
create index alert_counterparty_idx on fraud.alert (chain_id, counterparty_address, seq);
create index alert_raised_at_idx on fraud.alert (raised_at);

create table fraud.feedback (
    id         bigserial   primary key,
    alert_id   char(64)    not null references fraud.alert (alert_id),
    verdict    text        not null check (verdict in ('FALSE_POSITIVE', 'TRUE_POSITIVE')),
    comment    text,
    tenant     text        not null,
    created_at timestamptz not null default now()
);

create table fraud.allowlist_entry (
    address    char(42)    not null,
    detector   text        not null,
    reason     text        not null,
    created_at timestamptz not null default now(),
    primary key (address, detector)
);

create table fraud.sanctioned_address (
    address char(42) primary key
);

create table fraud.sanctions_load (
    id        bigserial   primary key,
    source    text        not null,
    total     integer     not null,
    added     integer     not null,
    removed   integer     not null,
    loaded_at timestamptz not null
);
