// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// Benchmark load only: emits many ERC-20-shaped Transfer logs (3 topics + 1 data word) per transaction without
/// touching storage, so that a local node can hold hundreds of thousands of transfers within seconds. It is not a
/// token: there are no balances.
contract TransferFirehose {
    event Transfer(address indexed from, address indexed to, uint256 value);

    function emitTransfers(uint256 count, uint256 seed) external {
        for (uint256 i = 0; i < count; i++) {
            address from = address(uint160(uint256(keccak256(abi.encode(seed, i)))));
            address to = address(uint160(uint256(keccak256(abi.encode(i, seed)))));
            emit Transfer(from, to, seed * 1_000_000 + i + 1);
        }
    }
}
