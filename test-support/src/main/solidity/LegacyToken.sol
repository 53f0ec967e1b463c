// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// A pre-ERC-721 non-fungible token in the style of CryptoKitties (2017): its Transfer event has the same
/// signature as ERC-20/ERC-721 but NO indexed parameters, so a log carries 1 topic and 3 data words
/// (from, to, tokenId). Test fixture only: anyone may mint.
contract LegacyToken {
    event Transfer(address from, address to, uint256 tokenId);

    mapping(uint256 => address) public ownerOf;
    mapping(address => uint256) public balanceOf;

    function mint(address to, uint256 tokenId) external {
        require(ownerOf[tokenId] == address(0), "token exists");
        _move(address(0), to, tokenId);
    }

    function transfer(address to, uint256 tokenId) external {
        require(ownerOf[tokenId] == msg.sender, "not owner");
        _move(msg.sender, to, tokenId);
    }

    function _move(address from, address to, uint256 tokenId) private {
        require(to != address(0), "zero address");
        if (from != address(0)) {
            balanceOf[from] -= 1;
        }
        balanceOf[to] += 1;
        ownerOf[tokenId] = to;
        emit Transfer(from, to, tokenId);
    }
}
