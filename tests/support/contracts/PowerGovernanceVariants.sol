// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {ERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Permit.sol";
import {ERC20Votes} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Votes.sol";
import {Nonces} from "@openzeppelin/contracts/utils/Nonces.sol";

/// ERC20Votes on a timestamp clock (EIP-6372 "mode=timestamp"), as many newer governance tokens are.
contract TimestampVotesToken is ERC20, ERC20Permit, ERC20Votes {
    constructor(uint256 supply) ERC20("Time Votes", "TVOTE") ERC20Permit("Time Votes") {
        _mint(msg.sender, supply);
    }

    function clock() public view override returns (uint48) { return uint48(block.timestamp); }

    // solhint-disable-next-line func-name-mixedcase
    function CLOCK_MODE() public pure override returns (string memory) { return "mode=timestamp"; }

    function _update(address from, address to, uint256 value) internal override(ERC20, ERC20Votes) {
        super._update(from, to, value);
    }

    function nonces(address owner) public view override(ERC20Permit, Nonces) returns (uint256) {
        return super.nonces(owner);
    }
}

/// COMP-style token: the same DelegateVotesChanged events, read with getCurrentVotes (uint96).
contract CompLikeToken is ERC20, ERC20Permit, ERC20Votes {
    constructor(uint256 supply) ERC20("Comp Like", "CLIKE") ERC20Permit("Comp Like") {
        _mint(msg.sender, supply);
    }

    function getCurrentVotes(address account) external view returns (uint96) { return uint96(getVotes(account)); }

    function _update(address from, address to, uint256 value) internal override(ERC20, ERC20Votes) {
        super._update(from, to, value);
    }

    function nonces(address owner) public view override(ERC20Permit, Nonces) returns (uint256) {
        return super.nonces(owner);
    }
}
