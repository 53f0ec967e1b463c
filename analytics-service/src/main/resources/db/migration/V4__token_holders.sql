-- How many holders of a token have a positive net flow, kept by ingestion as balances cross zero, so that a token's
-- totals answer in constant time: counting the positive rows of balances reads every holder of the token, hundreds of
-- thousands for a popular one. Like the other counters, a row that reaches zero is deleted.
CREATE TABLE token_holders (
	chain_id      bigint           NOT NULL,
	token_address text COLLATE "C" NOT NULL,
	holders       bigint           NOT NULL,
	PRIMARY KEY (chain_id, token_address)
);

INSERT INTO token_holders (chain_id, token_address, holders)
SELECT chain_id, token_address, count(*) FROM balances WHERE balance > 0 GROUP BY chain_id, token_address;
