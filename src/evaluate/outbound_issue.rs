//! Findings about outbound traffic, SNAT, the egress rules and the names of what AKS creates
//! (aks-rules §9–§11). Data only; [`crate::text`] words them.

use alloc::string::String;

use crate::rules::egress::Cloud;
use crate::rules::naming::NameError;
use crate::rules::outbound::OutboundType;

/// Which name a naming finding is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum NameOf {
    ResourceGroup,
    Cluster,
    Region,
    NodeResourceGroup,
    Subnet,
}

/// What the outbound checks have to say.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum OutboundIssue {
    /// AKS's own check: `nodes × ports > 64,000 × IPs`
    /// (`InvalidLoadBalancerProfileAllocatedOutboundPorts`). `ips_needed` IPs would hold it;
    /// `max_ports` is the most the IPs give each node.
    PortsRefused {
        ports: u64,
        nodes: u64,
        needed: u128,
        available: u128,
        ips: u64,
        ips_needed: u64,
        max_ports: u64,
    },
    /// allocatedOutboundPorts is 0 or a multiple of 8.
    PortsNotMultipleOf8 { ports: u64 },
    /// allocatedOutboundPorts is at most 64,000.
    PortsAboveMax { ports: u64 },
    /// The API takes 4–120 minutes; azurerm and some az CLI versions only 4–100.
    IdleAboveToolsMax { minutes: u64 },
    /// Your own public IPs replace the managed ones: the managed count is not used.
    OwnIpsReplaceManaged,
    /// The type needs the AKS-managed VNet.
    NeedsManagedVnet { outbound_type: OutboundType },
    /// The type needs a VNet of your own.
    NeedsOwnVnet { outbound_type: OutboundType },
    /// The type is in preview.
    Preview { outbound_type: OutboundType },
    /// `managedNATGatewayV2` in the CLI is `managedNATGateway` with `natGatewayProfile.sku:
    /// standardV2` in the API (2026-06-01).
    NatV2Naming,
    /// From managedNATGatewayV2 to block or none: the docs say no, the release notes yes.
    V2MigrationDisputed,
    /// none and block: a network isolated cluster, nothing leaves for the internet.
    NetworkIsolated { outbound_type: OutboundType },
    /// With the AKS-managed VNet, AKS makes its own VNet and subnet.
    ManagedVnetDefaults,
    /// The AKS-managed VNet's subnet is private (`defaultOutboundAccess = false`): from
    /// September 2025 per the release notes, from 31 March 2026 per the Azure docs (aks-rules §7).
    ManagedVnetPrivateSubnets,
    /// Growing from `from_nodes` to `to_nodes` crosses a step of AKS's table: every node drops
    /// from `ports_before` to `ports_after`.
    Cliff {
        from_nodes: u64,
        to_nodes: u64,
        ports_before: u64,
        ports_after: u64,
    },
    /// AKS's table ends at 1,000 nodes.
    BeyondTable { nodes: u64 },
    /// Fewer ports per node than the connections a node keeps to one destination.
    LbExhaustion {
        ports: u64,
        connections: u64,
        /// allocatedOutboundPorts that would do, and the IPs it needs; `None` above 64,000.
        target: Option<(u64, u64)>,
    },
    /// More flows to one destination than the NAT gateway's IPs hold.
    NatExhaustion {
        flows: u128,
        needed: u128,
        ips: u64,
        ips_needed: u64,
    },
    /// More connections than Azure Firewall's SNAT ports.
    FirewallExhaustion {
        ports: u128,
        needed: u128,
        ips: u64,
        instances: u64,
        ips_needed: u64,
    },
    /// The AKS egress guide asks for at least 20 frontend IPs in production.
    FirewallFewIps { ips: u64 },
    /// Azure Firewall runs at least two instances.
    FirewallInstances { instances: u64 },
    /// A name Azure refuses.
    BadName { what: NameOf, error: NameError },
    /// AKS's own message: the node resource group name is longer than 80 characters.
    NodeResourceGroupTooLong { length: usize },
    /// With overlay or a dynamic pod subnet: longer than 63 characters.
    NameOver63 {
        what: NameOf,
        name: String,
        length: usize,
    },
    /// A region this page does not know in the chosen cloud.
    UnknownRegion { region: String, cloud: Cloud },
    /// API Server VNet Integration is not available in this region.
    NoVnetIntegrationInRegion { region: String },
    /// Azure Linux pools: the egress page lists optional OS-update hosts for Ubuntu only, none
    /// for Azure Linux (rules-check C15). `ubuntu`: Ubuntu pools too, whose hosts are listed.
    NoAzureLinuxUpdateHosts { ubuntu: bool },
    /// A dual-stack plan behind a Standard NAT gateway, which is IPv4 only (aks-rules §9,
    /// rules-check A7). `user_assigned`: your own gateway, which may be StandardV2.
    NatIpv4Only { user_assigned: bool },
    /// The load balancer would need more outbound IPs than the 100 AKS manages at most.
    LbIpsAboveManagedMax { ips_needed: u64, max: u64 },
}
