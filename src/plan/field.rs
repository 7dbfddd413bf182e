//! The names of the plan's inputs: every cluster and pool field, so a finding, an edit, a link key
//! and a label can all point at the same input.

pub use crate::plan::outbound::{NameField, OutboundField};

/// A cluster-wide input.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ClusterField {
    Network,
    Dataplane,
    Tier,
    KubernetesVersion,
    Vnet,
    PodCidr,
    ServiceCidr,
    DnsServiceIp,
    ListedRanges,
    InternalLbs,
    PrivateEndpoints,
    OtherIps,
    PrivateCluster,
    VirtualNodes,
    ApiServerVnetIntegration,
    ApiServerSubnet,
    Growth,
    /// The list of subnets as a whole (none for the nodes, too many).
    Subnets,
    VirtualNodesV2,
    /// An outbound or egress input (aks-rules §9–§10).
    Outbound(OutboundField),
    /// A name of the cluster or of where it lives (aks-rules §11).
    Names(NameField),
    /// WireGuard transit encryption (Cilium, aks-rules §10).
    WireGuard,
}

/// An input of one node pool.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PoolField {
    Name,
    Mode,
    Os,
    VmSize,
    CustomVcpu,
    CustomMemory,
    NodeCount,
    MinCount,
    MaxCount,
    MaxPods,
    MaxSurge,
    KubernetesVersion,
    MemoryRule,
    Capacity,
    PodCpu,
    PodMemory,
    DaemonsetCpu,
    DaemonsetMemory,
    DaemonsetPods,
    Replicas,
    VnetSubnet,
    PodSubnet,
    MaxUnavailable,
    OsSku,
    KubeReservedCpu,
    KubeReservedMemory,
    EvictionHard,
}

/// An input of one subnet of the VNet design.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SubnetField {
    Name,
    Prefix,
    Purpose,
    Ips,
}

impl ClusterField {
    /// Every cluster field, in declaration order.
    pub const ALL: [ClusterField; 40] = {
        use ClusterField as F;
        use NameField as N;
        use OutboundField as O;
        [
            F::Network,
            F::Dataplane,
            F::Tier,
            F::KubernetesVersion,
            F::Vnet,
            F::PodCidr,
            F::ServiceCidr,
            F::DnsServiceIp,
            F::ListedRanges,
            F::InternalLbs,
            F::PrivateEndpoints,
            F::OtherIps,
            F::PrivateCluster,
            F::VirtualNodes,
            F::ApiServerVnetIntegration,
            F::ApiServerSubnet,
            F::Growth,
            F::Subnets,
            F::VirtualNodesV2,
            F::Outbound(O::Type),
            F::Outbound(O::ManagedVnet),
            F::Outbound(O::LbManagedIps),
            F::Outbound(O::LbOwnIps),
            F::Outbound(O::LbPorts),
            F::Outbound(O::LbIdle),
            F::Outbound(O::NatIps),
            F::Outbound(O::NatIdle),
            F::Outbound(O::FirewallIp),
            F::Outbound(O::FirewallIps),
            F::Outbound(O::FirewallInstances),
            F::Outbound(O::Connections),
            F::Outbound(O::Cloud),
            F::Outbound(O::DnsServers),
            F::Outbound(O::LegacyTunnel),
            F::Outbound(O::PublicLbs),
            F::Names(N::ResourceGroup),
            F::Names(N::ClusterName),
            F::Names(N::Region),
            F::Names(N::NodeResourceGroup),
            F::WireGuard,
        ]
    };
}

impl PoolField {
    /// Every pool field, in declaration order.
    pub const ALL: [PoolField; 27] = {
        use PoolField as F;
        [
            F::Name,
            F::Mode,
            F::Os,
            F::VmSize,
            F::CustomVcpu,
            F::CustomMemory,
            F::NodeCount,
            F::MinCount,
            F::MaxCount,
            F::MaxPods,
            F::MaxSurge,
            F::KubernetesVersion,
            F::MemoryRule,
            F::Capacity,
            F::PodCpu,
            F::PodMemory,
            F::DaemonsetCpu,
            F::DaemonsetMemory,
            F::DaemonsetPods,
            F::Replicas,
            F::VnetSubnet,
            F::PodSubnet,
            F::MaxUnavailable,
            F::OsSku,
            F::KubeReservedCpu,
            F::KubeReservedMemory,
            F::EvictionHard,
        ]
    };
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloc::vec::Vec;

    // Exhaustive matches: a new variant stops this compiling, which leads here; give it the next
    // index and add it to `ALL`, where the test checks that each index stands once, in order.
    fn pool_field_index(f: PoolField) -> usize {
        use PoolField as F;
        match f {
            F::Name => 0,
            F::Mode => 1,
            F::Os => 2,
            F::VmSize => 3,
            F::CustomVcpu => 4,
            F::CustomMemory => 5,
            F::NodeCount => 6,
            F::MinCount => 7,
            F::MaxCount => 8,
            F::MaxPods => 9,
            F::MaxSurge => 10,
            F::KubernetesVersion => 11,
            F::MemoryRule => 12,
            F::Capacity => 13,
            F::PodCpu => 14,
            F::PodMemory => 15,
            F::DaemonsetCpu => 16,
            F::DaemonsetMemory => 17,
            F::DaemonsetPods => 18,
            F::Replicas => 19,
            F::VnetSubnet => 20,
            F::PodSubnet => 21,
            F::MaxUnavailable => 22,
            F::OsSku => 23,
            F::KubeReservedCpu => 24,
            F::KubeReservedMemory => 25,
            F::EvictionHard => 26,
        }
    }

    fn cluster_field_index(f: ClusterField) -> usize {
        use ClusterField as F;
        match f {
            F::Network => 0,
            F::Dataplane => 1,
            F::Tier => 2,
            F::KubernetesVersion => 3,
            F::Vnet => 4,
            F::PodCidr => 5,
            F::ServiceCidr => 6,
            F::DnsServiceIp => 7,
            F::ListedRanges => 8,
            F::InternalLbs => 9,
            F::PrivateEndpoints => 10,
            F::OtherIps => 11,
            F::PrivateCluster => 12,
            F::VirtualNodes => 13,
            F::ApiServerVnetIntegration => 14,
            F::ApiServerSubnet => 15,
            F::Growth => 16,
            F::Subnets => 17,
            F::VirtualNodesV2 => 18,
            F::Outbound(o) => {
                19 + OutboundField::ALL
                    .iter()
                    .position(|x| *x == o)
                    .unwrap_or(99)
            }
            F::Names(n) => 35 + NameField::ALL.iter().position(|x| *x == n).unwrap_or(99),
            F::WireGuard => 39,
        }
    }

    #[test]
    fn all_lists_every_field_once() {
        let seen: Vec<usize> = PoolField::ALL
            .iter()
            .map(|f| pool_field_index(*f))
            .collect();
        assert_eq!(seen, (0..PoolField::ALL.len()).collect::<Vec<_>>());
        let seen: Vec<usize> = ClusterField::ALL
            .iter()
            .map(|f| cluster_field_index(*f))
            .collect();
        assert_eq!(seen, (0..ClusterField::ALL.len()).collect::<Vec<_>>());
    }
}
