-- Records dead-lettered per chain (the chain id read from the record key; replays count again).
ALTER TABLE chain_progress ADD COLUMN dead_lettered bigint NOT NULL DEFAULT 0;
