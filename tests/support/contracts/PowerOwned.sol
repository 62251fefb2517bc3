// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {ERC20Pausable} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Pausable.sol";
import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";

/// Control scenario: one owner key can mint, pause and blacklist (the pattern of many "stable" tokens).
contract OwnedToken is ERC20, ERC20Pausable, Ownable {
    mapping(address => bool) public isBlacklisted;

    constructor(uint256 supply) ERC20("Owned Token", "OWN") Ownable(msg.sender) {
        _mint(msg.sender, supply);
    }

    function mint(address to, uint256 amount) external onlyOwner { _mint(to, amount); }
    function pause() external onlyOwner { _pause(); }
    function unpause() external onlyOwner { _unpause(); }
    function blacklist(address account) external onlyOwner { isBlacklisted[account] = true; }
    function unBlacklist(address account) external onlyOwner { isBlacklisted[account] = false; }

    function _update(address from, address to, uint256 value) internal override(ERC20, ERC20Pausable) {
        require(!isBlacklisted[from] && !isBlacklisted[to], "blacklisted");
        super._update(from, to, value);
    }
}

/// Plain fixed-supply token: no owner, no privileges (liquidity scenarios pair it with WETH).
contract PlainToken is ERC20 {
    constructor(string memory name_, string memory symbol_, uint256 supply) ERC20(name_, symbol_) {
        _mint(msg.sender, supply);
    }
}

/// AccessControl token: minting is a role, not an owner.
contract RolesToken is ERC20, AccessControl {
    bytes32 public constant MINTER_ROLE = keccak256("MINTER_ROLE");

    constructor(address minter) ERC20("Roles Token", "ROLE") {
        _grantRole(DEFAULT_ADMIN_ROLE, msg.sender);
        _grantRole(MINTER_ROLE, minter);
        _mint(msg.sender, 1_000_000e18);
    }

    function mint(address to, uint256 amount) external onlyRole(MINTER_ROLE) { _mint(to, amount); }
}

/// A token with the fee/limit knobs of "tax" tokens and an owner burn, owner renounced later by the test.
contract TaxToken is ERC20, Ownable {
    uint256 public fee;
    uint256 public maxTx;

    constructor() ERC20("Tax Token", "TAX") Ownable(msg.sender) { _mint(msg.sender, 1_000_000e18); }

    function setFee(uint256 f) external onlyOwner { fee = f; }
    function setMaxTxAmount(uint256 m) external onlyOwner { maxTx = m; }
    function burn(address from, uint256 amount) external onlyOwner { _burn(from, amount); }
}
