// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

/// Subset of Multicall3 (mds1/multicall) used by viem: aggregate3 and block helpers.
/// Deployed by the tests at its canonical address 0xcA11bde05977b3631167028862bE2a173976CA11 via anvil_setCode.
contract Multicall3 {
    struct Call3 { address target; bool allowFailure; bytes callData; }
    struct Result { bool success; bytes returnData; }

    function aggregate3(Call3[] calldata calls) public payable returns (Result[] memory returnData) {
        uint256 length = calls.length;
        returnData = new Result[](length);
        for (uint256 i = 0; i < length; i++) {
            Result memory result = returnData[i];
            Call3 calldata calli = calls[i];
            (result.success, result.returnData) = calli.target.call(calli.callData);
            if (!calli.allowFailure && !result.success) revert("Multicall3: call failed");
        }
    }

    function getBlockNumber() public view returns (uint256) { return block.number; }
    function getCurrentBlockTimestamp() public view returns (uint256) { return block.timestamp; }
    function getEthBalance(address addr) public view returns (uint256) { return addr.balance; }
}
