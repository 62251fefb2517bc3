// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";

/// Plain OpenZeppelin ERC-20 for the chain-core tests: supply minted to the deployer,
/// `spray` makes many Transfer logs in one transaction (to hit providers' result caps).
contract CoreToken is ERC20 {
    constructor(string memory name_, string memory symbol_, uint256 supply) ERC20(name_, symbol_) {
        _mint(msg.sender, supply);
    }

    function spray(address[] calldata to, uint256[] calldata amounts) external {
        for (uint256 i = 0; i < to.length; i++) _transfer(msg.sender, to[i], amounts[i]);
    }

    function burn(uint256 amount) external {
        _burn(msg.sender, amount);
    }
}

/// A token whose balanceOf disagrees with its Transfer logs (like a rebasing token):
/// the verification step must catch it and take the on-chain value.
contract CoreTokenDrifting is ERC20 {
    mapping(address => uint256) public drift;

    constructor(uint256 supply) ERC20("Drifting", "DRIFT") {
        _mint(msg.sender, supply);
    }

    function setDrift(address who, uint256 amount) external {
        drift[who] = amount;
    }

    function balanceOf(address who) public view override returns (uint256) {
        return super.balanceOf(who) + drift[who];
    }
}

/// Old-style token (MKR, SAI) whose name() and symbol() return bytes32.
contract CoreTokenBytes32 {
    bytes32 public constant name = "Maker";
    bytes32 public constant symbol = "MKR";
    uint8 public constant decimals = 18;
    uint256 public totalSupply = 1000 ether;
    mapping(address => uint256) public balanceOf;

    event Transfer(address indexed from, address indexed to, uint256 value);

    constructor() {
        balanceOf[msg.sender] = totalSupply;
        emit Transfer(address(0), msg.sender, totalSupply);
    }
}

/// A contract that is not a token at all.
contract CoreNotAToken {
    uint256 public value = 1;
}
