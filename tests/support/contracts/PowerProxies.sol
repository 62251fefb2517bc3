// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {Initializable} from "@openzeppelin/contracts/proxy/utils/Initializable.sol";
import {UUPSUpgradeable} from "@openzeppelin/contracts/proxy/utils/UUPSUpgradeable.sol";
import {ERC1967Proxy} from "@openzeppelin/contracts/proxy/ERC1967/ERC1967Proxy.sol";
import {TransparentUpgradeableProxy} from "@openzeppelin/contracts/proxy/transparent/TransparentUpgradeableProxy.sol";
import {UpgradeableBeacon} from "@openzeppelin/contracts/proxy/beacon/UpgradeableBeacon.sol";
import {BeaconProxy} from "@openzeppelin/contracts/proxy/beacon/BeaconProxy.sol";

/// Implementation behind a proxy: storage set by initialize (constructors do not run in the proxy).
contract ProxiedToken is ERC20, Initializable {
    address public owner;

    constructor() ERC20("", "") { _disableInitializers(); }

    function initialize(address owner_, uint256 supply) external initializer {
        owner = owner_;
        _mint(owner_, supply);
    }

    function name() public pure override returns (string memory) { return "Proxied Token"; }
    function symbol() public pure override returns (string memory) { return "PRX"; }

    function mint(address to, uint256 amount) external {
        require(msg.sender == owner, "not owner");
        _mint(to, amount);
    }
}

/// The same token upgradeable through itself (UUPS): the owner authorises upgrades.
contract UupsToken is ProxiedToken, UUPSUpgradeable {
    function _authorizeUpgrade(address) internal view override {
        require(msg.sender == owner, "not owner");
    }
}

contract UupsProxy is ERC1967Proxy {
    constructor(address implementation, bytes memory data) ERC1967Proxy(implementation, data) {}
}

/// OZ v5 transparent proxy: deploys its own ProxyAdmin owned by initialOwner.
contract TransparentProxy is TransparentUpgradeableProxy {
    constructor(address logic, address initialOwner, bytes memory data) TransparentUpgradeableProxy(logic, initialOwner, data) {}
}

/// Beacon proxy: the implementation lives in an UpgradeableBeacon whose owner upgrades every proxy at once.
contract TokenBeacon is UpgradeableBeacon {
    constructor(address implementation_, address initialOwner) UpgradeableBeacon(implementation_, initialOwner) {}
}

contract TokenBeaconProxy is BeaconProxy {
    constructor(address beacon, bytes memory data) BeaconProxy(beacon, data) {}
}

