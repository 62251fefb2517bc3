// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {ERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Permit.sol";
import {ERC20Votes} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Votes.sol";
import {Nonces} from "@openzeppelin/contracts/utils/Nonces.sol";
import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";

/// An ERC20Votes token whose owner (who can mint) is handed to the DAO's timelock: the governor is
/// reachable only through owner() → TimelockController → PROPOSER_ROLE.
contract OwnedVotesToken is ERC20, ERC20Permit, ERC20Votes, Ownable {
    constructor(uint256 supply) ERC20("Owned Votes", "OVOTE") ERC20Permit("Owned Votes") Ownable(msg.sender) {
        _mint(msg.sender, supply);
    }

    function mint(address to, uint256 amount) external onlyOwner {
        _mint(to, amount);
    }

    function _update(address from, address to, uint256 value) internal override(ERC20, ERC20Votes) {
        super._update(from, to, value);
    }

    function nonces(address owner) public view override(ERC20Permit, Nonces) returns (uint256) {
        return super.nonces(owner);
    }
}

/// UNI-style: a minter() (a Compound Timelock) and mintingAllowedAfter; the governor is the timelock's admin().
contract MinterVotesToken is ERC20, ERC20Permit, ERC20Votes {
    address public minter;
    uint256 public mintingAllowedAfter;

    constructor(uint256 supply, address minter_, uint256 mintingAllowedAfter_) ERC20("Minter Votes", "MVOTE") ERC20Permit("Minter Votes") {
        _mint(msg.sender, supply);
        minter = minter_;
        mintingAllowedAfter = mintingAllowedAfter_;
    }

    function getCurrentVotes(address account) external view returns (uint96) {
        return uint96(getVotes(account));
    }

    function _update(address from, address to, uint256 value) internal override(ERC20, ERC20Votes) {
        super._update(from, to, value);
    }

    function nonces(address owner) public view override(ERC20Permit, Nonces) returns (uint256) {
        return super.nonces(owner);
    }
}

/// An AccessControl ERC20Votes token with no owner(): the DAO's timelock holds DEFAULT_ADMIN_ROLE
/// (and MINTER_ROLE), so the governor is reachable only through the role's holders.
contract RoleVotesToken is ERC20, ERC20Permit, ERC20Votes, AccessControl {
    bytes32 public constant MINTER_ROLE = keccak256("MINTER_ROLE");

    constructor(uint256 supply) ERC20("Role Votes", "RVOTE") ERC20Permit("Role Votes") {
        _grantRole(DEFAULT_ADMIN_ROLE, msg.sender);
        _mint(msg.sender, supply);
    }

    function mint(address to, uint256 amount) external onlyRole(MINTER_ROLE) {
        _mint(to, amount);
    }

    function _update(address from, address to, uint256 value) internal override(ERC20, ERC20Votes) {
        super._update(from, to, value);
    }

    function nonces(address owner) public view override(ERC20Permit, Nonces) returns (uint256) {
        return super.nonces(owner);
    }
}
