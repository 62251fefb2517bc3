// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

/// Minimal tokens reproducing how common families expose who holds which power: the same
/// getters, events and function signatures as the originals, nothing else.

abstract contract Balances {
    string public constant name = "Control";
    string public constant symbol = "CTL";
    uint8 public constant decimals = 18;
    uint256 public totalSupply;
    mapping(address => uint256) public balanceOf;

    event Transfer(address indexed from, address indexed to, uint256 value);

    function transfer(address to, uint256 value) external returns (bool) {
        balanceOf[msg.sender] -= value;
        balanceOf[to] += value;
        emit Transfer(msg.sender, to, value);
        return true;
    }

    function _mint(address to, uint256 amount) internal {
        totalSupply += amount;
        balanceOf[to] += amount;
        emit Transfer(address(0), to, amount);
    }
}

/// Circle FiatToken's roles: owner, pauser, blacklister, masterMinter, rescuer; minters with
/// allowances configured by the masterMinter (MinterConfigured/MinterRemoved).
contract FiatRolesToken is Balances {
    address public owner;
    address public pauser;
    address public blacklister;
    address public masterMinter;
    address public rescuer;
    bool public paused;
    mapping(address => bool) internal minters;
    mapping(address => uint256) internal minterAllowed;
    mapping(address => bool) internal blacklisted;

    event MinterConfigured(address indexed minter, uint256 minterAllowedAmount);
    event MinterRemoved(address indexed oldMinter);

    constructor(address pauser_, address blacklister_, address masterMinter_, address rescuer_) {
        owner = msg.sender;
        pauser = pauser_;
        blacklister = blacklister_;
        masterMinter = masterMinter_;
        rescuer = rescuer_;
    }

    function isMinter(address account) external view returns (bool) { return minters[account]; }
    function minterAllowance(address minter) external view returns (uint256) { return minterAllowed[minter]; }

    function configureMinter(address minter, uint256 allowance) external returns (bool) {
        require(msg.sender == masterMinter);
        minters[minter] = true;
        minterAllowed[minter] = allowance;
        emit MinterConfigured(minter, allowance);
        return true;
    }

    function removeMinter(address minter) external returns (bool) {
        require(msg.sender == masterMinter);
        minters[minter] = false;
        minterAllowed[minter] = 0;
        emit MinterRemoved(minter);
        return true;
    }

    function mint(address to, uint256 amount) external returns (bool) {
        require(minters[msg.sender] && amount <= minterAllowed[msg.sender]);
        minterAllowed[msg.sender] -= amount;
        _mint(to, amount);
        return true;
    }

    function pause() external { require(msg.sender == pauser); paused = true; }
    function blacklist(address account) external { require(msg.sender == blacklister); blacklisted[account] = true; }
}

/// The lock/unlock owner of many reflection tokens: lock() "renounces" (OwnershipTransferred to
/// zero) and unlock() after the unlock time gives ownership back to the previous owner.
contract LockUnlockToken is Balances {
    address private _owner;
    address private _previousOwner;
    uint256 private _lockTime;
    uint256 public _taxFee = 5;

    event OwnershipTransferred(address indexed previousOwner, address indexed newOwner);

    constructor(uint256 supply) {
        _owner = msg.sender;
        emit OwnershipTransferred(address(0), msg.sender);
        _mint(msg.sender, supply);
    }

    function owner() public view returns (address) { return _owner; }
    function getUnlockTime() public view returns (uint256) { return _lockTime; }

    function lock(uint256 time) public {
        require(_owner == msg.sender);
        _previousOwner = _owner;
        _owner = address(0);
        _lockTime = block.timestamp + time;
        emit OwnershipTransferred(_owner == address(0) ? _previousOwner : _owner, address(0));
    }

    function unlock() public {
        require(_previousOwner == msg.sender && block.timestamp > _lockTime);
        emit OwnershipTransferred(_owner, _previousOwner);
        _owner = _previousOwner;
    }

    function mint(address to, uint256 amount) external {
        require(msg.sender == _owner);
        _mint(to, amount);
    }

    function setTaxFeePercent(uint256 fee) external {
        require(msg.sender == _owner);
        _taxFee = fee;
    }
}

/// DSAuth/DSToken: owner and authority (LogSetOwner/LogSetAuthority); an authority can allow
/// anyone to call auth functions; DSStop stop()/start().
contract DSAuthToken is Balances {
    address public owner;
    address public authority;
    bool public stopped;

    event LogSetAuthority(address indexed authority);
    event LogSetOwner(address indexed owner);

    constructor() {
        owner = msg.sender;
        emit LogSetOwner(msg.sender);
    }

    function setOwner(address owner_) external { require(msg.sender == owner); owner = owner_; emit LogSetOwner(owner_); }
    function setAuthority(address authority_) external { require(msg.sender == owner); authority = authority_; emit LogSetAuthority(authority_); }
    function mint(address guy, uint256 wad) external { require(msg.sender == owner || msg.sender == authority); _mint(guy, wad); }
    function stop() external { require(msg.sender == owner || msg.sender == authority); stopped = true; }
    function start() external { require(msg.sender == owner || msg.sender == authority); stopped = false; }
}

/// Tether: owner, fee in basis points with a cap (setParams), and deprecate(address) which makes
/// every call forward to upgradedAddress.
contract DeprecatableToken is Balances {
    address public owner;
    bool public deprecated;
    address public upgradedAddress;
    uint256 public basisPointsRate;
    uint256 public maximumFee;

    event Deprecate(address newAddress);
    event Params(uint256 feeBasisPoints, uint256 maxFee);

    constructor(uint256 supply) {
        owner = msg.sender;
        _mint(msg.sender, supply);
    }

    function deprecate(address upgraded) external {
        require(msg.sender == owner);
        deprecated = true;
        upgradedAddress = upgraded;
        emit Deprecate(upgraded);
    }

    function setParams(uint256 newBasisPoints, uint256 newMaxFee) external {
        require(msg.sender == owner && newBasisPoints < 20 && newMaxFee < 50);
        basisPointsRate = newBasisPoints;
        maximumFee = newMaxFee * 10 ** decimals;
        emit Params(basisPointsRate, maximumFee);
    }
}

/// DSS-style wards (Maker's Dai): rely/deny add and remove accounts that can call every auth
/// function, with Rely/Deny events; no owner().
contract WardsToken is Balances {
    mapping(address => uint256) public wards;

    event Rely(address indexed usr);
    event Deny(address indexed usr);

    constructor(uint256 supply) {
        wards[msg.sender] = 1;
        emit Rely(msg.sender);
        _mint(msg.sender, supply);
    }

    modifier auth() { require(wards[msg.sender] == 1, "not-authorized"); _; }

    function rely(address usr) external auth { wards[usr] = 1; emit Rely(usr); }
    function deny(address usr) external auth { wards[usr] = 0; emit Deny(usr); }
    function mint(address to, uint256 amount) external auth { _mint(to, amount); }
}
