-- The analytics store. Every table except chain_progress is a pure function of the applied placements, so a replay
-- of the topic leaves it identical; rows whose counters reach zero are deleted rather than kept at zero.

-- One row per applied placement of a transfer event: the block_hash the consumer applied for that event_id.
-- confirmed = false is an UNCONFIRMED placement, shown as pending and never counted.
CREATE TABLE transfers (
	event_id          text           NOT NULL PRIMARY KEY,
	chain_id          bigint         NOT NULL,
	block_number      bigint         NOT NULL,
	block_hash        text           NOT NULL,
	block_timestamp   bigint         NOT NULL,
	transaction_hash  text           NOT NULL,
	transaction_index integer        NOT NULL,
	log_index         integer        NOT NULL,
	batch_index       integer        NOT NULL,
	token_address     text           NOT NULL,
	token_standard    text           NOT NULL,
	from_address      text           NOT NULL,
	to_address        text           NOT NULL,
	operator_address  text,
	value             numeric(78, 0) NOT NULL,
	token_id          numeric(78, 0),
	confirmed         boolean        NOT NULL
);

CREATE INDEX transfers_by_transaction ON transfers (chain_id, transaction_hash);
CREATE INDEX transfers_by_sender ON transfers (chain_id, from_address, block_number, log_index, batch_index, event_id);
CREATE INDEX transfers_by_receiver ON transfers (chain_id, to_address, block_number, log_index, batch_index, event_id);

-- Token metadata as last reported by the listener; a part once known is kept when a later event lacks it.
CREATE TABLE tokens (
	chain_id       bigint  NOT NULL,
	token_address  text    NOT NULL,
	token_standard text    NOT NULL,
	symbol         text,
	name           text,
	decimals       integer,
	PRIMARY KEY (chain_id, token_address)
);

-- Net flow of CONFIRMED transfers per chain, token and holder since the first indexed block (not an on-chain
-- balanceOf). The zero address has no row. A row whose net flow is zero is deleted.
CREATE TABLE balances (
	chain_id      bigint         NOT NULL,
	token_address text           NOT NULL,
	holder        text           NOT NULL,
	balance       numeric(78, 0) NOT NULL,
	-- holder before token: the key also serves an address's balances, saving an index on the hot path
	PRIMARY KEY (chain_id, holder, token_address)
);

CREATE INDEX balances_top ON balances (chain_id, token_address, balance DESC, holder);

-- Hourly and daily rollups of CONFIRMED transfers per chain and token.
CREATE TABLE rollups_hourly (
	chain_id           bigint         NOT NULL,
	token_address      text           NOT NULL,
	bucket_start       timestamptz    NOT NULL,
	transfer_count     bigint         NOT NULL,
	volume             numeric(78, 0) NOT NULL,
	distinct_senders   bigint         NOT NULL,
	distinct_receivers bigint         NOT NULL,
	PRIMARY KEY (chain_id, token_address, bucket_start)
);

CREATE INDEX rollups_hourly_by_time ON rollups_hourly (bucket_start);

CREATE TABLE rollups_daily (LIKE rollups_hourly INCLUDING ALL);

-- How many CONFIRMED transfers of a bucket each address sent (role 's') or received (role 'r'); the distinct
-- counts of the rollups move when a row appears or disappears, so undoing a transfer undoes them exactly.
CREATE TABLE parties_hourly (
	chain_id      bigint      NOT NULL,
	token_address text        NOT NULL,
	bucket_start  timestamptz NOT NULL,
	role          char(1)     NOT NULL,
	address       text        NOT NULL,
	transfers     bigint      NOT NULL,
	PRIMARY KEY (chain_id, token_address, bucket_start, role, address)
);

CREATE TABLE parties_daily (LIKE parties_hourly INCLUDING ALL);

-- Operational progress per chain: highest block seen and events consumed (replays count again), plus the net
-- numbers of confirmed and pending rows in transfers.
CREATE TABLE chain_progress (
	chain_id             bigint      NOT NULL PRIMARY KEY,
	last_block           bigint      NOT NULL,
	last_block_timestamp bigint      NOT NULL,
	events_ingested      bigint      NOT NULL,
	confirmed_transfers  bigint      NOT NULL,
	pending_transfers    bigint      NOT NULL,
	updated_at           timestamptz NOT NULL
);
