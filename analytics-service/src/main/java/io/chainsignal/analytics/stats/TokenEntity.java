package io.chainsignal.analytics.stats;

import java.io.Serializable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/**
 * Token metadata as stored by ingestion; read-only here (ingestion writes it in bulk).
 */
@Entity
@Immutable
@Table(schema = "analytics", name = "tokens")
@IdClass(TokenEntity.Key.class)
class TokenEntity {

	@Id
	@Column(name = "chain_id")
	private long chainId;

	@Id
	@Column(name = "token_address")
	private String tokenAddress;

	@Column(name = "token_standard")
	private String tokenStandard;

	private String symbol;

	private String name;

	private Integer decimals;

	protected TokenEntity() {
	}

	long chainId() {
		return this.chainId;
	}

	String tokenAddress() {
		return this.tokenAddress;
	}

	String tokenStandard() {
		return this.tokenStandard;
	}

	String symbol() {
		return this.symbol;
	}

	String name() {
		return this.name;
	}

	Integer decimals() {
		return this.decimals;
	}

	/**
	 * The composite key.
	 *
	 * @param chainId the chain
	 * @param tokenAddress the token contract
	 */
	record Key(long chainId, String tokenAddress) implements Serializable {

		Key() {
			this(0, null);
		}

	}

}
