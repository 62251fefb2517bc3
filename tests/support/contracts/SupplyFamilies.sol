// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

/// Minimal tokens that reproduce, event for event, how common token families change balances
/// without (only) Transfer logs. Each keeps the family's exact events and getters and nothing else.

/// Base: plain balances; transfer emits Transfer as ERC-20 says.
abstract contract PlainBalances {
    string public name;
    string public constant symbol = "SUP";
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
}

/// Constructor sets balances with no event (many early tokens): the deployer's and a vault's.
/// The vault appears in no log and is no insider: its share must be reported as unseen.
contract SilentMintToken is PlainBalances {
    address public owner;

    constructor(address vault, uint256 deployerAmount, uint256 vaultAmount) {
        name = "Silent";
        owner = msg.sender;
        balanceOf[msg.sender] = deployerAmount;
        balanceOf[vault] = vaultAmount;
        totalSupply = deployerAmount + vaultAmount;
    }
}

/// Tether (TetherToken 0.4.17): initial supply to the owner without an event; issue()/redeem()
/// credit and debit the owner emitting only Issue(amount)/Redeem(amount); Ownable has no events.
contract IssueToken is PlainBalances {
    address public owner;

    event Issue(uint256 amount);
    event Redeem(uint256 amount);

    constructor(uint256 initialSupply) {
        name = "Issued";
        owner = msg.sender;
        totalSupply = initialSupply;
        balanceOf[owner] = initialSupply;
    }

    function transferOwnership(address newOwner) external {
        require(msg.sender == owner);
        if (newOwner != address(0)) owner = newOwner;
    }

    function issue(uint256 amount) external {
        require(msg.sender == owner);
        balanceOf[owner] += amount;
        totalSupply += amount;
        emit Issue(amount);
    }

    function redeem(uint256 amount) external {
        require(msg.sender == owner);
        balanceOf[owner] -= amount;
        totalSupply -= amount;
        emit Redeem(amount);
    }
}

/// DSToken (MKR, 2017): mint(guy, wad) and burn(guy, wad) emit only Mint(guy, wad)/Burn(guy, wad).
contract DSMintToken is PlainBalances {
    address public owner;

    event Mint(address indexed guy, uint256 wad);
    event Burn(address indexed guy, uint256 wad);

    constructor() {
        name = "DSMint";
        owner = msg.sender;
    }

    function mint(address guy, uint256 wad) external {
        require(msg.sender == owner);
        balanceOf[guy] += wad;
        totalSupply += wad;
        emit Mint(guy, wad);
    }

    function burn(address guy, uint256 wad) external {
        require(msg.sender == owner);
        balanceOf[guy] -= wad;
        totalSupply -= wad;
        emit Burn(guy, wad);
    }
}

/// Reflection (reflect.finance / SafeMoon): every transfer reflects a fee to all holders, so
/// balances grow with no Transfer to them. balanceOf = rOwned / (rTotal / tTotal).
contract ReflectionToken {
    string public constant name = "Reflect";
    string public constant symbol = "RFL";
    uint8 public constant decimals = 18;
    uint256 public _taxFee = 2;
    uint256 private constant MAX = type(uint256).max;
    uint256 private immutable _tTotal;
    uint256 private _rTotal;
    mapping(address => uint256) private _rOwned;

    event Transfer(address indexed from, address indexed to, uint256 value);

    constructor(uint256 supply) {
        _tTotal = supply;
        _rTotal = MAX - (MAX % supply);
        _rOwned[msg.sender] = _rTotal;
        emit Transfer(address(0), msg.sender, supply);
    }

    function totalSupply() external view returns (uint256) {
        return _tTotal;
    }

    function _rate() private view returns (uint256) {
        return _rTotal / _tTotal;
    }

    function balanceOf(address who) public view returns (uint256) {
        return tokenFromReflection(_rOwned[who]);
    }

    function tokenFromReflection(uint256 rAmount) public view returns (uint256) {
        return rAmount / _rate();
    }

    function reflectionFromToken(uint256 tAmount, bool deductFee) external view returns (uint256) {
        uint256 t = deductFee ? tAmount - (tAmount * _taxFee) / 100 : tAmount;
        return t * _rate();
    }

    function transfer(address to, uint256 tAmount) external returns (bool) {
        uint256 rate = _rate();
        uint256 tFee = (tAmount * _taxFee) / 100;
        uint256 tTransfer = tAmount - tFee;
        _rOwned[msg.sender] -= tAmount * rate;
        _rOwned[to] += tTransfer * rate;
        _rTotal -= tFee * rate;
        emit Transfer(msg.sender, to, tTransfer);
        return true;
    }
}

/// Share-based rebasing (Lido stETH): balance = shares × pooled / totalShares; rebase() changes
/// every balance with no event per holder; Transfer logs carry token amounts at the time.
contract RebasingToken {
    string public constant name = "Rebasing";
    string public constant symbol = "RBS";
    uint8 public constant decimals = 18;
    uint256 public totalPooled;
    uint256 private _totalShares;
    mapping(address => uint256) private _shares;

    event Transfer(address indexed from, address indexed to, uint256 value);
    event TransferShares(address indexed from, address indexed to, uint256 sharesValue);

    constructor(uint256 supply) {
        totalPooled = supply;
        _totalShares = supply;
        _shares[msg.sender] = supply;
        emit Transfer(address(0), msg.sender, supply);
        emit TransferShares(address(0), msg.sender, supply);
    }

    function totalSupply() external view returns (uint256) {
        return totalPooled;
    }

    function getTotalShares() external view returns (uint256) {
        return _totalShares;
    }

    function sharesOf(address who) external view returns (uint256) {
        return _shares[who];
    }

    function getPooledEthByShares(uint256 sharesAmount) public view returns (uint256) {
        return (sharesAmount * totalPooled) / _totalShares;
    }

    function getSharesByPooledEth(uint256 amount) public view returns (uint256) {
        return (amount * _totalShares) / totalPooled;
    }

    function balanceOf(address who) external view returns (uint256) {
        return getPooledEthByShares(_shares[who]);
    }

    function transfer(address to, uint256 amount) external returns (bool) {
        uint256 s = getSharesByPooledEth(amount);
        _shares[msg.sender] -= s;
        _shares[to] += s;
        emit Transfer(msg.sender, to, amount);
        emit TransferShares(msg.sender, to, s);
        return true;
    }

    /// Oracle report: the pooled amount grows (rewards) or shrinks (slashing).
    function rebase(uint256 newTotalPooled) external {
        totalPooled = newTotalPooled;
    }
}
