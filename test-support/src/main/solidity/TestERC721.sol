// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {ERC721} from "@openzeppelin/contracts/token/ERC721/ERC721.sol";

/// A plain OpenZeppelin 5 ERC-721 whose mint is open to anyone: test fixture only.
/// Emits Transfer(address indexed, address indexed, uint256 indexed): 4 topics, no data.
contract TestERC721 is ERC721 {
    constructor(string memory name_, string memory symbol_) ERC721(name_, symbol_) {}

    function mint(address to, uint256 tokenId) external {
        _mint(to, tokenId);
    }
}
