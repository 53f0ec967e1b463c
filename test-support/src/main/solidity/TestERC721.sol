// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {ERC721} from "@openzeppelin/contracts/token/ERC721/ERC721.sol";
import {ERC721Burnable} from "@openzeppelin/contracts/token/ERC721/extensions/ERC721Burnable.sol";

/// A plain OpenZeppelin 5 ERC-721 whose mint is open to anyone, and whose owners can burn: test fixture only.
/// Emits Transfer(address indexed, address indexed, uint256 indexed): 4 topics, no data.
contract TestERC721 is ERC721, ERC721Burnable {
    constructor(string memory name_, string memory symbol_) ERC721(name_, symbol_) {}

    function mint(address to, uint256 tokenId) external {
        _mint(to, tokenId);
    }
}
