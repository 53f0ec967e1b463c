#!/bin/sh
# Demo traffic for docker compose (profile "demo"): an ERC-20 on anvil, then a realistic mix, forever:
# ordinary transfers among 20 addresses, a whale mint and transfer, an address-poisoning attack with its payout,
# a fan-in sweep, and now and then a chain reorganisation. Plain JSON-RPC with curl: anvil unlocks any sender
# (anvil_autoImpersonateAccount), so no keys are involved.
#
# demo-token.hex is test-support's TestERC20 (OpenZeppelin 5, compiled by the build with solc) followed by its
# constructor arguments ("Demo USD", "DUSD", 6). Deployed by anvil's first account at nonce 0, it lands at the
# address below, which docker-compose.yml gives fraud-service a large-transfer threshold for.
set -eu

RPC="${RPC_URL:-http://anvil:8545}"
DEPLOYER=0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266
TOKEN=0x5fbdb2315678afecb367f032d93f642f64180aa3
HERE=$(dirname "$0")
ROUNDS="${ROUNDS:-0}" # 0: forever
id=0

rpc() { # method, params (JSON) -> the response's result, or fail
	id=$((id + 1))
	response=$(curl -sS --fail -H 'Content-Type: application/json' \
		-d "{\"jsonrpc\":\"2.0\",\"id\":$id,\"method\":\"$1\",\"params\":$2}" "$RPC")
	case "$response" in
	*'"error"'*) echo "$1 failed: $response" >&2; return 1 ;;
	esac
	printf '%s' "$response" | sed -e 's/.*"result":\(.*\)}$/\1/' -e 's/^"//' -e 's/"$//'
}

word() { # a hex address or a decimal number -> one 32-byte ABI word
	case "$1" in
	0x*) printf '%064s' "${1#0x}" | tr ' ' 0 ;;
	*) printf '%064x' "$1" ;;
	esac
}

send() { # from, data -> waits for the receipt (anvil mines each transaction at once, or at its block time)
	hash=$(rpc eth_sendTransaction "[{\"from\":\"$1\",\"to\":\"$TOKEN\",\"data\":\"$2\",\"gas\":\"0x30000\"}]")
	while [ "$(rpc eth_getTransactionReceipt "[\"$hash\"]")" = "null" ]; do sleep 0.2; done
}

mint() { send "$DEPLOYER" "0x40c10f19$(word "$1")$(word "$2")"; }        # mint(address,uint256)
transfer() { send "$1" "0xa9059cbb$(word "$2")$(word "$3")"; }          # transfer(address,uint256)
dusd() { echo "$(($1 * 1000000))"; }                                    # whole tokens -> units (6 decimals)
address() { printf '0x%040x' "$((0x10000 + $1))"; }                     # ordinary address number n
fund() { rpc anvil_setBalance "[\"$1\",\"0x56bc75e2d63100000\"]" >/dev/null; } # 100 ETH for gas

until rpc eth_blockNumber '[]' >/dev/null 2>&1; do echo "waiting for $RPC"; sleep 1; done
rpc anvil_autoImpersonateAccount '[true]' >/dev/null

if [ "$(rpc eth_getCode "[\"$TOKEN\",\"latest\"]")" = "0x" ]; then
	hash=$(rpc eth_sendTransaction "[{\"from\":\"$DEPLOYER\",\"data\":\"$(tr -d '\n' <"$HERE/demo-token.hex")\",\"gas\":\"0x300000\"}]")
	while [ "$(rpc eth_getTransactionReceipt "[\"$hash\"]")" = "null" ]; do sleep 0.2; done
	if [ "$(rpc eth_getCode "[\"$TOKEN\",\"latest\"]")" = "0x" ]; then
		echo "The demo token did not land at $TOKEN: anvil's first account had sent transactions before." >&2
		exit 1
	fi
	echo "Deployed Demo USD (DUSD) at $TOKEN"
fi

n=1
while [ $n -le 20 ]; do
	fund "$(address $n)"
	mint "$(address $n)" "$(dusd 10000)"
	n=$((n + 1))
done

# Address poisoning: the victim pays its usual contact, a look-alike (same first and last 4 hex characters) sends
# it dust, and the victim then pays the look-alike, copying the wrong address from its history.
VICTIM=0x00000000000000000000000000000000000a11ce
CONTACT=0xc0ffee000000000000000000000000000000beef
LOOKALIKE=0xc0ff5a1e5a1e5a1e5a1e5a1e5a1e5a1e5a1ebeef
WHALE=0x000000000000000000000000000000000000f1a5
SINK=0x00000000000000000000000000000000005111c0
for funded in $VICTIM $LOOKALIKE $WHALE; do fund $funded; done

round=1
while [ "$ROUNDS" -eq 0 ] || [ $round -le "$ROUNDS" ]; do
	i=0
	while [ $i -lt 10 ]; do # ordinary transfers
		from=$(awk -v s="$round$i" 'BEGIN { srand(s); print int(1 + rand() * 20) }')
		to=$(( (from % 20) + 1 + (i % 3) ))
		[ $to -gt 20 ] && to=$((to - 20))
		amount=$(awk -v s="$i$round" 'BEGIN { srand(s); print int(1 + rand() * 250) }')
		transfer "$(address "$from")" "$(address "$to")" "$(dusd "$amount")"
		i=$((i + 1))
	done
	case $((round % 4)) in
	1) # whale: a mint above large-mint-burn's default, then a transfer above the configured threshold
		mint $WHALE "$(dusd 150000000)"
		transfer $WHALE "$(address 1)" "$(dusd 2000000)"
		echo "round $round: whale mint and transfer" ;;
	2) # poisoning and its payout (CRITICAL)
		mint $VICTIM "$(dusd 5000)"
		mint $LOOKALIKE "$(dusd 1)"
		transfer $VICTIM $CONTACT "$(dusd 100)"
		transfer $LOOKALIKE $VICTIM 1
		transfer $VICTIM $LOOKALIKE "$(dusd 1000)"
		echo "round $round: address poisoning and payout from $VICTIM to $LOOKALIKE" ;;
	3) # fan-in: four fresh addresses sweep what they received into one
		k=1
		while [ $k -le 4 ]; do
			sweeper=$(printf '0x%040x' "$((0x20000 + round * 10 + k))")
			fund "$sweeper"
			mint "$sweeper" "$(dusd 700)"
			transfer "$sweeper" $SINK "$(dusd 700)"
			k=$((k + 1))
		done
		echo "round $round: fan-in sweep into $SINK" ;;
	0) # a reorganisation of the last 3 blocks, which the services retract and replay
		rpc anvil_reorg '[3,[]]' >/dev/null
		echo "round $round: reorganised the last 3 blocks" ;;
	esac
	round=$((round + 1))
	sleep 2
done
