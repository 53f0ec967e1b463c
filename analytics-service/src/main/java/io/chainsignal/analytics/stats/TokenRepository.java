package io.chainsignal.analytics.stats;

import org.springframework.data.repository.Repository;

import java.util.Optional;

/**
 * Reads token metadata.
 */
interface TokenRepository extends Repository<TokenEntity, TokenEntity.Key> {

	Optional<TokenEntity> findById(TokenEntity.Key key);

}
