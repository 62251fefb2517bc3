// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

/// What GovernorBravoDelegate._initiate reads from the governor it takes over from: its proposal
/// count. Bravo numbers its proposals on from there and accepts none while that count is zero.
contract PredecessorProposalCount {
    uint256 public proposalCount;

    constructor(uint256 count) {
        proposalCount = count;
    }
}
