-- Address pages with a token filter (docs/analytics.md, Performance). The page walks the address's index newest first
-- and keeps the token's transfers; with the token only in the heap, every entry cost a heap fetch, so a busy address
-- filtered by a token it rarely moves read its whole history from the heap (3 s for an address with 100,000
-- transfers at 10 million). With token_address carried in the index, the filter is checked on the index entries
-- (an index-only scan for the event ids), and only the page's rows are fetched.
DROP INDEX transfers_by_sender;
CREATE INDEX transfers_by_sender ON transfers (chain_id, from_address, block_number, log_index, batch_index, event_id)
	INCLUDE (token_address);
DROP INDEX transfers_by_receiver;
CREATE INDEX transfers_by_receiver ON transfers (chain_id, to_address, block_number, log_index, batch_index, event_id)
	INCLUDE (token_address);
