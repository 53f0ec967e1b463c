package io.chainsignal.analytics.status;

import java.util.List;

import org.springframework.data.repository.Repository;

/**
 * Reads ingestion progress per chain.
 */
interface ChainProgressRepository extends Repository<ChainProgressEntity, Long> {

	List<ChainProgressEntity> findAllByOrderByChainIdAsc();

}
