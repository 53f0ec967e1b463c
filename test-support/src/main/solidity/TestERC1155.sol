// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {ERC1155} from "@openzeppelin/contracts/token/ERC1155/ERC1155.sol";
import {ERC1155Burnable} from "@openzeppelin/contracts/token/ERC1155/extensions/ERC1155Burnable.sol";

/// A plain OpenZeppelin 5 ERC-1155 whose mints are open to anyone, and whose holders can burn: test fixture only.
/// mint and safeTransferFrom emit TransferSingle; mintBatch and safeBatchTransferFrom emit TransferBatch.
contract TestERC1155 is ERC1155, ERC1155Burnable {
    constructor(string memory uri_) ERC1155(uri_) {}

    function mint(address to, uint256 id, uint256 amount, bytes memory data) external {
        _mint(to, id, amount, data);
    }

    function mintBatch(address to, uint256[] memory ids, uint256[] memory amounts, bytes memory data) external {
        _mintBatch(to, ids, amounts, data);
    }
}
