-- Top tokens at any store size (docs/analytics.md, Performance). Summing a window's rollup rows of every token reads
-- up to tokens x buckets rows (60,000 for 2,000 tokens over 30 daily buckets) on every request; these sums are kept by
-- ingestion instead, one row per token, so the endpoint ranks one row per token.
--
-- window_starts holds, per window of the top-tokens endpoint, the first bucket that token_windows counts. Invariant:
-- token_windows.transfers_X and volume_X are the sums of the rollups (hourly for 1h and 24h, daily for 7d and 30d) of
-- the buckets starting at or after window_starts(X). Ingestion adds a rollup delta to a window when its bucket is at
-- or after the start, holding the start rows FOR SHARE until its commit; WindowAdvancer moves a start forward under
-- FOR UPDATE and subtracts the rollups of the buckets that left. The endpoint corrects, in the same statement, for a
-- start that has not been moved yet, so answers never depend on when the advancer ran.
CREATE TABLE window_starts (
	label    text COLLATE "C" NOT NULL PRIMARY KEY,
	start_at timestamptz      NOT NULL
);

INSERT INTO window_starts (label, start_at)
SELECT label, to_timestamp(floor((extract(epoch FROM now()) - seconds) / bucket) * bucket)
FROM (VALUES ('1h', 3600, 3600), ('24h', 86400, 3600), ('7d', 604800, 86400), ('30d', 2592000, 86400))
	AS w(label, seconds, bucket);

-- One row per token with any transfer in a window; a row whose four counts are zero is deleted.
CREATE TABLE token_windows (
	chain_id      bigint           NOT NULL,
	token_address text COLLATE "C" NOT NULL,
	transfers_1h  bigint           NOT NULL,
	volume_1h     numeric(78, 0)   NOT NULL,
	transfers_24h bigint           NOT NULL,
	volume_24h    numeric(78, 0)   NOT NULL,
	transfers_7d  bigint           NOT NULL,
	volume_7d     numeric(78, 0)   NOT NULL,
	transfers_30d bigint           NOT NULL,
	volume_30d    numeric(78, 0)   NOT NULL,
	PRIMARY KEY (chain_id, token_address)
);

-- The sums of the data already held, in the migration's transaction: the service's consumers are stopped while it
-- runs (an older version still ingesting would not maintain them).
INSERT INTO token_windows
SELECT chain_id, token_address,
	coalesce(sum(transfer_count) FILTER (WHERE w = '1h'), 0), coalesce(sum(volume) FILTER (WHERE w = '1h'), 0),
	coalesce(sum(transfer_count) FILTER (WHERE w = '24h'), 0), coalesce(sum(volume) FILTER (WHERE w = '24h'), 0),
	coalesce(sum(transfer_count) FILTER (WHERE w = '7d'), 0), coalesce(sum(volume) FILTER (WHERE w = '7d'), 0),
	coalesce(sum(transfer_count) FILTER (WHERE w = '30d'), 0), coalesce(sum(volume) FILTER (WHERE w = '30d'), 0)
FROM (
	SELECT s.label AS w, r.chain_id, r.token_address, r.transfer_count, r.volume
	FROM rollups_hourly r JOIN window_starts s ON s.label IN ('1h', '24h') AND r.bucket_start >= s.start_at
	UNION ALL
	SELECT s.label, r.chain_id, r.token_address, r.transfer_count, r.volume
	FROM rollups_daily r JOIN window_starts s ON s.label IN ('7d', '30d') AND r.bucket_start >= s.start_at
) AS counted
GROUP BY chain_id, token_address;
