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

/// The pre-EIP-1967 ZeppelinOS AdminUpgradeabilityProxy layout (USDC's FiatTokenProxy uses it):
/// implementation and admin in keccak256("org.zeppelinos.proxy.implementation"/".admin") slots,
/// admin-only upgrade functions, everyone else delegated.
contract LegacyAdminProxy {
    bytes32 private constant IMPLEMENTATION_SLOT = 0x7050c9e0f4ca769c69bd3a8ef740bc37934f8e2c036e5a723fd8ee048ed3f8c3;
    bytes32 private constant ADMIN_SLOT = 0x10d6a54a4754c8869d6886b5f5d7fbfa5b4522237ea5c60d11bc4e7a1ff9390b;

    constructor(address implementation_, address admin_, bytes memory data) {
        assembly {
            sstore(IMPLEMENTATION_SLOT, implementation_)
            sstore(ADMIN_SLOT, admin_)
        }
        if (data.length > 0) {
            (bool ok, ) = implementation_.delegatecall(data);
            require(ok, "init failed");
        }
    }

    function upgradeTo(address newImplementation) external {
        address admin_;
        assembly { admin_ := sload(ADMIN_SLOT) }
        if (msg.sender != admin_) { _delegate(); }
        assembly { sstore(IMPLEMENTATION_SLOT, newImplementation) }
    }

    fallback() external payable { _delegate(); }

    function _delegate() private {
        assembly {
            let impl := sload(IMPLEMENTATION_SLOT)
            calldatacopy(0, 0, calldatasize())
            let result := delegatecall(gas(), impl, 0, calldatasize(), 0, 0)
            returndatacopy(0, 0, returndatasize())
            switch result
            case 0 { revert(0, returndatasize()) }
            default { return(0, returndatasize()) }
        }
    }
}
