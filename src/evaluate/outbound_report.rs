//! What the outbound part of [`super::evaluate`] returns: SNAT capacity of the outbound type
//! (§9), the egress rules and the control-plane path (§10), and what AKS creates (§11). Plain
//! data; the page shows it as it is.

use alloc::string::String;
use alloc::vec::Vec;
use core::net::IpAddr;

use crate::rules::egress::{Cloud, EgressRule, NsgRule};
use crate::rules::network::Scenarios;
use crate::rules::outbound::{Cliff, Migration, OutboundType, VnetKind};

/// The load balancer's SNAT ports (`loadBalancer`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct LbSnat {
    /// Outbound public IPs; `None` when the count cannot be read.
    pub ips: Option<u64>,
    /// Your own IPs rather than AKS-managed ones.
    pub own_ips: bool,
    /// allocatedOutboundPorts when set (> 0) and valid; `None`: AKS's table.
    pub allocated: Option<u64>,
    /// Ports per node today.
    pub ports_now: Option<u64>,
    /// Ports per node at the most (autoscaler maximum plus surge): the figure to plan with.
    pub ports: Option<u64>,
    /// 64,000 × IPs.
    pub available: Option<u128>,
    /// Nodes at the most × allocatedOutboundPorts (AKS checks it against `available`).
    pub needed: Option<u128>,
    /// allocatedOutboundPorts: the most nodes the IPs serve.
    pub max_nodes: Option<u64>,
    /// AKS's table: where every node's ports halve next.
    pub cliff: Option<Cliff>,
    /// For the connections per node: allocatedOutboundPorts and the IPs it needs.
    pub target: Option<(u64, u64)>,
    pub idle_minutes: Option<u64>,
}

/// A NAT gateway's flows (the NAT gateway types).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct NatSnat {
    pub managed: bool,
    pub ips: Option<u64>,
    /// 64,512 × IPs, to one destination.
    pub flows: Option<u128>,
    /// Flows to one destination each node has at the most.
    pub per_node: Option<u64>,
    /// Nodes × connections per node.
    pub needed: Option<u128>,
    pub ips_needed: Option<u64>,
    pub idle_minutes: Option<u64>,
}

/// Azure Firewall's SNAT ports (`userDefinedRouting`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct FirewallSnat {
    /// The route's next hop.
    pub next_hop: Option<IpAddr>,
    /// `None` when not given: the firewall is not planned here.
    pub ips: Option<u64>,
    pub instances: Option<u64>,
    /// 2,496 × IPs × instances.
    pub ports: Option<u128>,
    pub per_node: Option<u64>,
    pub needed: Option<u128>,
    pub ips_needed: Option<u64>,
}

/// The SNAT figures of the outbound type.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Snat {
    LoadBalancer(LbSnat),
    NatGateway(NatSnat),
    Firewall(FirewallSnat),
    /// `none` and `block`: nothing leaves.
    Isolated,
}

/// The answer the page shows first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Verdict {
    /// Enough SNAT for the plan at its most.
    Fits,
    /// AKS refuses the plan (allocatedOutboundPorts × nodes above the IPs' ports).
    Refused,
    /// AKS accepts it, but the connections per node exhaust SNAT.
    Exhaustion,
    /// The outbound type is not allowed in this VNet.
    NotAllowed,
    /// Nothing leaves the cluster.
    Isolated,
    /// A figure is missing (a field cannot be read, the firewall is not planned).
    Unknown,
}

/// How the cluster's traffic leaves it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OutboundReport {
    pub outbound_type: OutboundType,
    pub vnet: VnetKind,
    /// Nodes of every pool now / at the autoscaler maximum / plus surge, as the network counts
    /// them.
    pub nodes: Scenarios<u64>,
    /// Some pool's counts could not be read, so the figures leave it out.
    pub partial: bool,
    pub connections: Option<u64>,
    pub snat: Snat,
    pub verdict: Verdict,
    /// What the type can be changed to later, in this VNet.
    pub migrations: Vec<(OutboundType, Migration)>,
}

/// How nodes and the control plane talk (seed 003).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Tunnel {
    /// konnectivity-agent to `*.hcp.<region>…` over TCP 443.
    Konnectivity,
    /// konnectivity through the private endpoint in the node subnet.
    PrivateEndpoint,
    /// No tunnel: the API server's internal load balancer in its subnet.
    VnetIntegration,
    /// tunnelfront (SSH) or aks-link (OpenVPN).
    Legacy,
}

/// The rules a firewall or NSG must allow.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EgressReport {
    pub cloud: Cloud,
    /// The region the host names carry.
    pub region: String,
    /// A network isolated cluster: no outbound rules.
    pub isolated: bool,
    pub rules: Vec<EgressRule>,
    /// The addresses traffic leaves from: the node subnets (and pod subnets); empty: unknown.
    pub sources: Vec<String>,
    /// NSG rules inside the VNet.
    pub nsg: Vec<NsgRule>,
    pub tunnel: Tunnel,
}

/// How a resource of the node resource group is named.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ResourceName {
    /// Documented.
    Documented(String),
    /// Seen on real clusters; `<id>` is a number AKS chooses.
    Observed(String),
    ChosenByAks,
}

/// A kind of resource AKS creates in the node resource group.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Resource {
    /// One per node pool (the pool's index).
    ScaleSet(usize),
    KubeletIdentity,
    /// On the subnet with the managed VNet, on the nodes' NICs in your own.
    Nsg,
    RouteTable,
    Vnet,
    PublicLoadBalancer,
    OutboundIps,
    ServiceIps,
    InternalLoadBalancer,
    NatGateway,
    NatGatewayIps,
    PrivateEndpoint,
    PrivateEndpointNic,
    PrivateDnsZone,
    ApiServerLoadBalancer,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Created {
    pub resource: Resource,
    pub name: ResourceName,
    pub count: u64,
}

/// The node resource group and what AKS puts in it for this plan.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CreatedReport {
    pub resource_group: String,
    pub cluster_name: String,
    /// As `az` names it (`japaneast`).
    pub region: String,
    pub node_resource_group: String,
    /// Named with `--node-resource-group` rather than by AKS.
    pub node_resource_group_named: bool,
    /// In characters, as Azure counts them.
    pub node_resource_group_length: usize,
    pub resources: Vec<Created>,
}
