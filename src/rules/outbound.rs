//! How a cluster's traffic leaves it (aks-rules §9): the outbound types, which VNet each needs,
//! how a type may be changed later, and the SNAT arithmetic of the load balancer, the NAT gateway
//! and Azure Firewall.
//!
//! Numbers are the ones the docs state, checked in rules-check C13–C14. Counts are `u64`/`u128`
//! with saturating arithmetic: absurd input gives absurd but finite figures, never a panic.

use super::typed::Trimmed;
use serde::{Deserialize, Serialize};

/// `--outbound-type` (`networkProfile.outboundType`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum OutboundType {
    /// The default: an AKS-managed Standard load balancer with outbound rules.
    LoadBalancer,
    /// An AKS-managed NAT gateway (managed VNet only).
    ManagedNatGateway,
    /// The StandardV2 NAT gateway (preview; managed VNet only).
    ManagedNatGatewayV2,
    /// Your own NAT gateway on the node subnet (your own VNet only).
    UserAssignedNatGateway,
    /// Your route table sends 0.0.0.0/0 to a firewall or NVA (your own VNet only).
    UserDefinedRouting,
    /// No outbound path: a network isolated cluster.
    None,
    /// Outbound blocked (preview): a network isolated cluster in a managed VNet.
    Block,
}

/// Where the cluster's VNet comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum VnetKind {
    /// AKS creates it in the node resource group (`az aks create` without `--vnet-subnet-id`).
    Managed,
    /// A VNet of your own (bring your own, BYO).
    Own,
}

impl OutboundType {
    pub const ALL: [OutboundType; 7] = [
        OutboundType::LoadBalancer,
        OutboundType::ManagedNatGateway,
        OutboundType::ManagedNatGatewayV2,
        OutboundType::UserAssignedNatGateway,
        OutboundType::UserDefinedRouting,
        OutboundType::None,
        OutboundType::Block,
    ];

    /// The value of `az aks create --outbound-type`, also the link's value.
    ///
    /// # Examples
    /// ```
    /// use aks_calc::rules::outbound::OutboundType;
    /// assert_eq!(OutboundType::ManagedNatGatewayV2.id(), "managedNATGatewayV2");
    /// assert_eq!(OutboundType::from_id("USERDEFINEDROUTING"), Some(OutboundType::UserDefinedRouting));
    /// ```
    pub fn id(self) -> &'static str {
        match self {
            OutboundType::LoadBalancer => "loadBalancer",
            OutboundType::ManagedNatGateway => "managedNATGateway",
            OutboundType::ManagedNatGatewayV2 => "managedNATGatewayV2",
            OutboundType::UserAssignedNatGateway => "userAssignedNATGateway",
            OutboundType::UserDefinedRouting => "userDefinedRouting",
            OutboundType::None => "none",
            OutboundType::Block => "block",
        }
    }

    /// The type a CLI value names, in any case.
    pub fn from_id(id: &str) -> Option<OutboundType> {
        OutboundType::ALL
            .into_iter()
            .find(|t| t.id().eq_ignore_ascii_case(id.trimmed()))
    }

    /// Whether AKS allows this type in this kind of VNet (`egress-outboundtype.md`,
    /// `nat-gateway.md`): managed NAT gateways and `block` need the managed VNet, your own NAT
    /// gateway and user-defined routing need your own.
    ///
    /// # Examples
    /// ```
    /// use aks_calc::rules::outbound::{OutboundType as O, VnetKind};
    /// assert!(!O::ManagedNatGateway.allowed_in(VnetKind::Own));
    /// assert!(!O::UserDefinedRouting.allowed_in(VnetKind::Managed));
    /// assert!(O::None.allowed_in(VnetKind::Own) && O::None.allowed_in(VnetKind::Managed));
    /// ```
    pub fn allowed_in(self, vnet: VnetKind) -> bool {
        match self {
            OutboundType::LoadBalancer | OutboundType::None => true,
            OutboundType::ManagedNatGateway
            | OutboundType::ManagedNatGatewayV2
            | OutboundType::Block => vnet == VnetKind::Managed,
            OutboundType::UserAssignedNatGateway | OutboundType::UserDefinedRouting => {
                vnet == VnetKind::Own
            }
        }
    }

    /// In preview: the aks-preview CLI extension and, for V2, a feature flag.
    pub fn preview(self) -> bool {
        matches!(
            self,
            OutboundType::ManagedNatGatewayV2 | OutboundType::Block
        )
    }

    /// A network isolated cluster: nothing leaves for the internet.
    pub fn isolated(self) -> bool {
        matches!(self, OutboundType::None | OutboundType::Block)
    }

    /// A NAT gateway carries the traffic.
    pub fn nat_gateway(self) -> bool {
        matches!(
            self,
            OutboundType::ManagedNatGateway
                | OutboundType::ManagedNatGatewayV2
                | OutboundType::UserAssignedNatGateway
        )
    }
}

/// Whether AKS lets a cluster change from one outbound type to another later.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Migration {
    Supported,
    NotSupported,
    /// The docs (2026-08-05) say no; the release notes of 2026-05-29 say yes.
    Disputed,
}

/// The migration matrix of `egress-outboundtype.md` (ms.date 08/05/2026), rules-check C14.
/// Types the VNet does not allow are never a target.
///
/// # Examples
/// ```
/// use aks_calc::rules::outbound::{migration, Migration, OutboundType as O, VnetKind::*};
/// assert_eq!(migration(O::ManagedNatGateway, O::LoadBalancer, Managed), Migration::NotSupported);
/// assert_eq!(migration(O::ManagedNatGatewayV2, O::Block, Managed), Migration::Disputed);
/// assert_eq!(migration(O::LoadBalancer, O::UserDefinedRouting, Own), Migration::Supported);
/// assert_eq!(migration(O::None, O::Block, Own), Migration::NotSupported);
/// ```
pub fn migration(from: OutboundType, to: OutboundType, vnet: VnetKind) -> Migration {
    use OutboundType as O;
    if from == to || !from.allowed_in(vnet) || !to.allowed_in(vnet) {
        return Migration::NotSupported;
    }
    match (vnet, from, to) {
        // Managed VNet: every type but V2 may go to V2, none and block; NAT never back to LB.
        (VnetKind::Managed, O::ManagedNatGatewayV2, O::None | O::Block) => Migration::Disputed,
        (VnetKind::Managed, O::ManagedNatGatewayV2, _) => Migration::NotSupported,
        (VnetKind::Managed, O::ManagedNatGateway, O::LoadBalancer) => Migration::NotSupported,
        // Own VNet: loadBalancer, userAssignedNATGateway, userDefinedRouting and none all
        // change to one another; block is not allowed in it at all (filtered above).
        _ => Migration::Supported,
    }
}

/// SNAT ports each outbound public IP of the load balancer gives (Azure LB outbound docs).
pub const PORTS_PER_IP: u64 = 64_000;
/// `allocatedOutboundPorts` is 0 (AKS's table) or a multiple of 8 up to 64,000.
pub const PORT_STEP: u64 = 8;
pub const MAX_ALLOCATED_PORTS: u64 = 64_000;
/// Managed outbound IPs of the load balancer: 1–100, default 1.
pub const LB_MANAGED_IPS: (u64, u64) = (1, 100);
/// The load balancer's outbound idle timeout in minutes: 4–120, default 30 (API). azurerm and
/// some az CLI versions accept only up to 100.
pub const LB_IDLE: (u64, u64) = (4, 120);
pub const LB_IDLE_DEFAULT: u64 = 30;
pub const LB_IDLE_TOOLS_MAX: u64 = 100;
/// NAT gateway: 64,512 flows per IP per destination, 1–16 IPs, idle 4–120 (default 4).
pub const NAT_FLOWS_PER_IP: u64 = 64_512;
pub const NAT_IPS: (u64, u64) = (1, 16);
pub const NAT_IDLE: (u64, u64) = (4, 120);
pub const NAT_IDLE_DEFAULT: u64 = 4;
/// Azure Firewall: 2,496 SNAT ports per public IP per instance, at least two instances, up to
/// 250 public IPs; the AKS egress guide asks for at least 20 frontend IPs in production.
pub const FIREWALL_PORTS_PER_IP: u64 = 2_496;
pub const FIREWALL_MIN_INSTANCES: u64 = 2;
pub const FIREWALL_MAX_IPS: u64 = 250;
pub const FIREWALL_PRODUCTION_IPS: u64 = 20;

/// AKS's default ports per node by the number of nodes behind the load balancer (the Azure LB
/// table of preallocated ports): up to `nodes` nodes, each gets `ports`.
pub const DEFAULT_PORTS: [(u64, u64); 6] = [
    (50, 1024),
    (100, 512),
    (200, 256),
    (400, 128),
    (800, 64),
    (1000, 32),
];

/// Ports per node AKS gives `nodes` nodes with `allocatedOutboundPorts` 0; `None` past the
/// table's 1,000 nodes.
///
/// # Examples
/// ```
/// use aks_calc::rules::outbound::default_ports;
/// assert_eq!(default_ports(50), Some(1024));
/// assert_eq!(default_ports(51), Some(512));
/// assert_eq!(default_ports(201), Some(128));
/// assert_eq!(default_ports(1000), Some(32));
/// assert_eq!(default_ports(1001), None);
/// ```
pub fn default_ports(nodes: u64) -> Option<u64> {
    DEFAULT_PORTS
        .iter()
        .find(|(most, _)| nodes <= *most)
        .map(|(_, ports)| *ports)
}

/// The next step of the table above `nodes`: past `nodes_up_to` nodes every node drops from
/// `ports` to `ports_after`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Cliff {
    pub nodes_up_to: u64,
    pub ports: u64,
    pub ports_after: u64,
}

/// Where the table halves every node's ports next, for a cluster of `nodes`.
///
/// # Examples
/// ```
/// use aks_calc::rules::outbound::{next_cliff, Cliff};
/// assert_eq!(next_cliff(48), Some(Cliff { nodes_up_to: 50, ports: 1024, ports_after: 512 }));
/// assert_eq!(next_cliff(51), Some(Cliff { nodes_up_to: 100, ports: 512, ports_after: 256 }));
/// assert_eq!(next_cliff(900), None);
/// ```
pub fn next_cliff(nodes: u64) -> Option<Cliff> {
    let step = DEFAULT_PORTS.iter().position(|(most, _)| nodes <= *most)?;
    let (most, ports) = *DEFAULT_PORTS.get(step)?;
    let (_, after) = *DEFAULT_PORTS.get(step + 1)?;
    Some(Cliff {
        nodes_up_to: most,
        ports,
        ports_after: after,
    })
}

/// Why AKS refuses an `allocatedOutboundPorts` value by itself.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PortsError {
    NotMultipleOf8,
    AboveMax,
}

/// Checks an `allocatedOutboundPorts` value: 0, or a multiple of 8 up to 64,000.
///
/// # Examples
/// ```
/// use aks_calc::rules::outbound::{check_ports, PortsError};
/// assert_eq!(check_ports(8000), Ok(()));
/// assert_eq!(check_ports(1001), Err(PortsError::NotMultipleOf8));
/// assert_eq!(check_ports(64_008), Err(PortsError::AboveMax));
/// ```
pub fn check_ports(ports: u64) -> Result<(), PortsError> {
    if ports > MAX_ALLOCATED_PORTS {
        Err(PortsError::AboveMax)
    } else if ports % PORT_STEP != 0 {
        Err(PortsError::NotMultipleOf8)
    } else {
        Ok(())
    }
}

/// Ports the load balancer's outbound IPs hold: 64,000 each.
pub fn lb_ports_available(ips: u64) -> u128 {
    u128::from(PORTS_PER_IP).saturating_mul(u128::from(ips))
}

/// AKS's check of `allocatedOutboundPorts`: `nodes × ports ≤ 64,000 × IPs`, nodes counted at
/// the autoscaler maximum plus surge (`configure-load-balancer-standard.md`; azure-cli#22374).
///
/// # Examples
/// ```
/// use aks_calc::rules::outbound::lb_fits;
/// assert!(lb_fits(8, 8000, 1));
/// assert!(!lb_fits(9, 8000, 1)); // Total node count 9 requires 72000 ports …
/// assert!(!lb_fits(4, 21_000, 1));
/// ```
pub fn lb_fits(nodes: u64, ports: u64, ips: u64) -> bool {
    u128::from(nodes) * u128::from(ports) <= lb_ports_available(ips)
}

/// The outbound IPs `nodes` nodes need for `ports` each: `⌈nodes × ports ÷ 64,000⌉`, at
/// least 1.
///
/// # Examples
/// ```
/// use aks_calc::rules::outbound::lb_ips_needed;
/// assert_eq!(lb_ips_needed(9, 8000), 2);
/// assert_eq!(lb_ips_needed(8, 8000), 1);
/// assert_eq!(lb_ips_needed(0, 8000), 1);
/// ```
pub fn lb_ips_needed(nodes: u64, ports: u64) -> u64 {
    ceil_div(
        u128::from(nodes) * u128::from(ports),
        u128::from(PORTS_PER_IP),
    )
    .max(1)
}

/// The most nodes the outbound IPs serve at `ports` each: `64,000 × IPs ÷ ports` (the docs'
/// formula; the upgrade's surge nodes count among them).
///
/// # Examples
/// ```
/// use aks_calc::rules::outbound::lb_max_nodes;
/// assert_eq!(lb_max_nodes(1, 8000), Some(8));
/// assert_eq!(lb_max_nodes(2, 21_000), Some(6));
/// assert_eq!(lb_max_nodes(1, 0), None);
/// ```
pub fn lb_max_nodes(ips: u64, ports: u64) -> Option<u64> {
    let n = lb_ports_available(ips).checked_div(u128::from(ports))?;
    Some(u64::try_from(n).unwrap_or(u64::MAX))
}

/// The most ports per node the IPs allow for `nodes` nodes: `64,000 × IPs ÷ nodes`, rounded
/// down to a multiple of 8, at most 64,000.
///
/// # Examples
/// ```
/// use aks_calc::rules::outbound::lb_max_ports;
/// assert_eq!(lb_max_ports(9, 1), Some(7104));
/// assert_eq!(lb_max_ports(1, 3), Some(64_000));
/// assert_eq!(lb_max_ports(0, 1), None);
/// ```
pub fn lb_max_ports(nodes: u64, ips: u64) -> Option<u64> {
    let per = lb_ports_available(ips).checked_div(u128::from(nodes))?;
    let per = u64::try_from(per)
        .unwrap_or(u64::MAX)
        .min(MAX_ALLOCATED_PORTS);
    Some(per - per % PORT_STEP)
}

/// `allocatedOutboundPorts` for at least `connections` ports per node: rounded up to a
/// multiple of 8; `None` above 64,000 (no node can have more).
///
/// # Examples
/// ```
/// use aks_calc::rules::outbound::ports_for;
/// assert_eq!(ports_for(1001), Some(1008));
/// assert_eq!(ports_for(64_000), Some(64_000));
/// assert_eq!(ports_for(64_001), None);
/// ```
pub fn ports_for(connections: u64) -> Option<u64> {
    let p = connections.div_ceil(PORT_STEP).saturating_mul(PORT_STEP);
    (p <= MAX_ALLOCATED_PORTS).then_some(p)
}

/// Flows a NAT gateway's IPs hold to one destination: 64,512 each (`nat-gateway.md`).
pub fn nat_flows(ips: u64) -> u128 {
    u128::from(NAT_FLOWS_PER_IP).saturating_mul(u128::from(ips))
}

/// NAT gateway IPs for `nodes × connections` flows to one destination.
///
/// # Examples
/// ```
/// use aks_calc::rules::outbound::nat_ips_needed;
/// assert_eq!(nat_ips_needed(4, 20_000), 2); // 80,000 flows > 64,512
/// assert_eq!(nat_ips_needed(20, 5_000), 2);
/// assert_eq!(nat_ips_needed(10, 6_451), 1);
/// ```
pub fn nat_ips_needed(nodes: u64, connections: u64) -> u64 {
    ceil_div(
        u128::from(nodes) * u128::from(connections),
        u128::from(NAT_FLOWS_PER_IP),
    )
    .max(1)
}

/// SNAT ports of Azure Firewall: 2,496 per public IP per instance
/// (`firewall/integrate-with-nat-gateway.md`).
///
/// # Examples
/// ```
/// use aks_calc::rules::outbound::firewall_ports;
/// assert_eq!(firewall_ports(1, 2), 4992);
/// assert_eq!(firewall_ports(20, 2), 99_840);
/// ```
pub fn firewall_ports(ips: u64, instances: u64) -> u128 {
    u128::from(FIREWALL_PORTS_PER_IP)
        .saturating_mul(u128::from(ips))
        .saturating_mul(u128::from(instances))
}

/// Firewall public IPs for `nodes × connections` at `instances` instances.
///
/// # Examples
/// ```
/// use aks_calc::rules::outbound::firewall_ips_needed;
/// assert_eq!(firewall_ips_needed(4, 2000, 2), 2); // 8,000 ports > 4,992
/// assert_eq!(firewall_ips_needed(4, 1248, 2), 1);
/// ```
pub fn firewall_ips_needed(nodes: u64, connections: u64, instances: u64) -> u64 {
    ceil_div(
        u128::from(nodes) * u128::from(connections),
        firewall_ports(1, instances),
    )
    .max(1)
}

/// `⌈a ÷ b⌉` as a count, the largest count when it does not fit (or `b` is 0: no number of
/// IPs holds anything then).
fn ceil_div(a: u128, b: u128) -> u64 {
    if b == 0 {
        return if a == 0 { 0 } else { u64::MAX };
    }
    u64::try_from(a.div_ceil(b)).unwrap_or(u64::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_default_table_at_every_boundary() {
        let cases = [
            (0, 1024),
            (1, 1024),
            (50, 1024),
            (51, 512),
            (100, 512),
            (101, 256),
            (200, 256),
            (201, 128),
            (400, 128),
            (401, 64),
            (800, 64),
            (801, 32),
            (1000, 32),
        ];
        for (nodes, ports) in cases {
            assert_eq!(default_ports(nodes), Some(ports), "{nodes} nodes");
        }
        assert_eq!(default_ports(u64::MAX), None);
        // Every step of the table halves the ports and fits one IP.
        for w in DEFAULT_PORTS.windows(2) {
            assert_eq!(w[0].1, w[1].1 * 2);
        }
        for (nodes, ports) in DEFAULT_PORTS {
            assert!(lb_fits(nodes, ports, 1));
        }
        assert_eq!(
            next_cliff(800),
            Some(Cliff {
                nodes_up_to: 800,
                ports: 64,
                ports_after: 32
            })
        );
        assert_eq!(next_cliff(801), None);
    }

    #[test]
    fn aks_ports_check() {
        // The docs' example and azure-cli#22374.
        assert!(lb_fits(8, 8000, 1));
        assert_eq!(8 * 8000, PORTS_PER_IP);
        assert!(!lb_fits(9, 8000, 1));
        assert!(!lb_fits(4, 21_000, 1));
        assert!(lb_fits(4, 21_000, 2));
        // jenkins-infra/helpdesk#4046: 56 nodes × 1,280 = 71,680 > 64,000.
        assert!(!lb_fits(56, 1280, 1));
        assert_eq!(lb_ips_needed(56, 1280), 2);
        // Extremes neither wrap nor panic: 2 × (2^64 − 1) ports against at most 2^64 − 1.
        assert!(!lb_fits(u64::MAX, 2, u64::MAX / 64_000));
        assert_eq!(lb_ips_needed(u64::MAX, u64::MAX), u64::MAX);
        assert_eq!(lb_max_ports(9, 2), Some(14_216));
        assert_eq!(lb_max_ports(u64::MAX, 1), Some(0));
        assert_eq!(check_ports(0), Ok(()));
        assert_eq!(check_ports(64_000), Ok(()));
        assert_eq!(check_ports(7), Err(PortsError::NotMultipleOf8));
    }

    #[test]
    fn nat_and_firewall_capacity() {
        assert_eq!(nat_flows(2), 129_024);
        assert_eq!(nat_flows(16), 1_032_192);
        // 20 nodes × 5,000 = 100,000 flows: two IPs (129,024).
        assert_eq!(nat_ips_needed(20, 5_000), 2);
        // 16 IPs hold 1,032,192 flows: 1,032,193 need a 17th, which no NAT gateway has.
        assert_eq!(nat_ips_needed(1, 1_032_193), 17);
        assert_eq!(firewall_ports(250, 2), 1_248_000);
        assert_eq!(firewall_ips_needed(4, 2000, 2), 2);
        assert_eq!(firewall_ips_needed(100, 2000, 3), 27); // 200,000 / 7,488 = 26.7
        assert_eq!(firewall_ips_needed(1, 1, 0), u64::MAX);
    }

    #[test]
    fn types_and_vnets() {
        for t in OutboundType::ALL {
            assert_eq!(OutboundType::from_id(t.id()), Some(t));
            assert!(t.allowed_in(VnetKind::Managed) || t.allowed_in(VnetKind::Own));
        }
        assert_eq!(OutboundType::from_id("nat"), None);
        use OutboundType as O;
        use VnetKind::*;
        // Managed: from V2 nothing but the disputed two; from none and block everything.
        for to in [O::LoadBalancer, O::ManagedNatGateway] {
            assert_eq!(
                migration(O::ManagedNatGatewayV2, to, Managed),
                Migration::NotSupported
            );
        }
        for from in [O::None, O::Block] {
            for to in OutboundType::ALL.into_iter().filter(|t| *t != from) {
                let expected = if to.allowed_in(Managed) {
                    Migration::Supported
                } else {
                    Migration::NotSupported
                };
                assert_eq!(migration(from, to, Managed), expected, "{from:?} → {to:?}");
            }
        }
        assert_eq!(
            migration(O::LoadBalancer, O::ManagedNatGatewayV2, Managed),
            Migration::Supported
        );
        assert_eq!(
            migration(O::UserAssignedNatGateway, O::None, Own),
            Migration::Supported
        );
        assert_eq!(
            migration(O::LoadBalancer, O::ManagedNatGateway, Own),
            Migration::NotSupported
        );
    }
}
