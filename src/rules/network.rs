//! IP arithmetic of the AKS network models (aks-rules §4): what each node takes from the node
//! subnet and from the pod range, surge, reverse sizing and capacity.
//!
//! Counts are `u64` (nodes) and `u128` (addresses) with saturating arithmetic, so absurd input
//! (a /0, a billion nodes) gives absurd but finite figures and findings, never a wrap or a panic.

use ipnet::IpNet;
use serde::{Deserialize, Serialize};

use crate::rules::address::{node_blocks, size};
use crate::rules::version::K8sVersion;

/// How pods get their IP addresses (aks-rules §3–§4).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum NetworkModel {
    /// Azure CNI Overlay: pods from a private pod CIDR, a /24 per node (the AKS default).
    Overlay,
    /// Azure CNI with pods in the node subnet ("flat", legacy).
    NodeSubnet,
    /// Azure CNI with a separate pod subnet, dynamic IP allocation.
    PodSubnetDynamic,
    /// Azure CNI with a separate pod subnet, static /28 block allocation.
    PodSubnetStatic,
    /// kubenet: pods from a pod CIDR behind NAT, a /24 per node (retires 31 March 2028).
    Kubenet,
}

impl NetworkModel {
    pub const ALL: [NetworkModel; 5] = [
        NetworkModel::Overlay,
        NetworkModel::NodeSubnet,
        NetworkModel::PodSubnetDynamic,
        NetworkModel::PodSubnetStatic,
        NetworkModel::Kubenet,
    ];

    /// A short stable name: the JSON export's `model` and the form's option value.
    ///
    /// # Examples
    /// ```
    /// use aks_calc::rules::network::NetworkModel;
    /// assert_eq!(NetworkModel::PodSubnetStatic.id(), "pod-subnet-static");
    /// ```
    pub fn id(self) -> &'static str {
        match self {
            NetworkModel::Overlay => "overlay",
            NetworkModel::NodeSubnet => "node-subnet",
            NetworkModel::PodSubnetDynamic => "pod-subnet-dynamic",
            NetworkModel::PodSubnetStatic => "pod-subnet-static",
            NetworkModel::Kubenet => "kubenet",
        }
    }

    /// maxPods when a pool does not set it (aks-rules §3).
    ///
    /// # Examples
    /// ```
    /// use aks_calc::rules::network::NetworkModel;
    /// assert_eq!(NetworkModel::Overlay.default_max_pods(), 250);
    /// assert_eq!(NetworkModel::NodeSubnet.default_max_pods(), 30);
    /// assert_eq!(NetworkModel::Kubenet.default_max_pods(), 110);
    /// ```
    pub fn default_max_pods(self) -> u32 {
        match self {
            NetworkModel::NodeSubnet => 30,
            NetworkModel::Kubenet => 110,
            NetworkModel::Overlay
            | NetworkModel::PodSubnetDynamic
            | NetworkModel::PodSubnetStatic => 250,
        }
    }

    /// Every model but kubenet is Azure CNI.
    pub fn is_azure_cni(self) -> bool {
        self != NetworkModel::Kubenet
    }

    /// Pods get addresses from a pod CIDR (a /24 per node).
    pub fn uses_pod_cidr(self) -> bool {
        matches!(self, NetworkModel::Overlay | NetworkModel::Kubenet)
    }

    /// Pods get addresses from a separate pod subnet of the VNet.
    pub fn uses_pod_subnet(self) -> bool {
        matches!(
            self,
            NetworkModel::PodSubnetDynamic | NetworkModel::PodSubnetStatic
        )
    }
}

/// Addresses Azure keeps in every subnet: the first four and the last (aks-rules §4).
pub const AZURE_RESERVED: u128 = 5;
/// The smallest subnet Azure allows.
pub const SMALLEST_AZURE_PREFIX: u8 = 29;
/// IPs a node takes in a pod subnet's batches (dynamic allocation, §4d).
pub const DYNAMIC_BATCH: u64 = 16;
/// Addresses in one static allocation block (a /28, §4e).
pub const STATIC_BLOCK: u64 = 16;

/// Usable addresses of an Azure subnet: 2^n − 5, never negative.
///
/// # Examples
/// ```
/// use aks_calc::rules::network::usable_ips;
/// assert_eq!(usable_ips(&"10.0.0.0/24".parse().unwrap()), 251);
/// assert_eq!(usable_ips(&"10.0.0.0/27".parse().unwrap()), 27);
/// assert_eq!(usable_ips(&"10.0.0.0/30".parse().unwrap()), 0);
/// ```
pub fn usable_ips(net: &IpNet) -> u128 {
    size(net).saturating_sub(AZURE_RESERVED)
}

/// The smallest IPv4 Azure subnet (largest prefix, at most /29) with at least `needed` usable
/// addresses; `None` when not even a /0 would do.
///
/// # Examples
/// ```
/// use aks_calc::rules::network::smallest_subnet;
/// assert_eq!(smallest_subnet(251), Some(24));
/// assert_eq!(smallest_subnet(252), Some(23));
/// assert_eq!(smallest_subnet(1581), Some(21));
/// assert_eq!(smallest_subnet(0), Some(29));
/// ```
pub fn smallest_subnet(needed: u128) -> Option<u8> {
    (0..=SMALLEST_AZURE_PREFIX)
        .rev()
        .find(|&p| (1u128 << (32 - u32::from(p))) - AZURE_RESERVED >= needed)
}

/// The smallest IPv4 pod CIDR (kubenet, overlay) with a /24 for each of `nodes` nodes.
///
/// # Examples
/// ```
/// use aks_calc::rules::network::smallest_pod_cidr;
/// assert_eq!(smallest_pod_cidr(256), Some(16));
/// assert_eq!(smallest_pod_cidr(257), Some(15));
/// assert_eq!(smallest_pod_cidr(5000), Some(11));
/// assert_eq!(smallest_pod_cidr(1), Some(24));
/// ```
pub fn smallest_pod_cidr(nodes: u64) -> Option<u8> {
    (0..=24u8)
        .rev()
        .find(|&p| (1u64 << (24 - u32::from(p))) >= nodes)
}

/// Whole /28 blocks a static-allocation pod subnet can hand out. The first and the last block
/// hold addresses Azure reserves, so they are never handed out.
///
/// # Examples
/// ```
/// use aks_calc::rules::network::static_block_capacity;
/// assert_eq!(static_block_capacity(&"10.1.0.0/24".parse().unwrap()), 14);
/// assert_eq!(static_block_capacity(&"10.1.0.0/28".parse().unwrap()), 0);
/// ```
pub fn static_block_capacity(net: &IpNet) -> u128 {
    (size(net) / u128::from(STATIC_BLOCK)).saturating_sub(2)
}

/// The smallest IPv4 pod subnet holding `blocks` whole /28 blocks.
pub fn smallest_static_subnet(blocks: u128) -> Option<u8> {
    (0..=27u8)
        .rev()
        .find(|&p| (1u128 << (28 - u32::from(p))).saturating_sub(2) >= blocks)
}

/// /28 blocks a node takes with static allocation: ceil((maxPods + 1) / 16) (§4e).
///
/// # Examples
/// ```
/// use aks_calc::rules::network::static_blocks;
/// assert_eq!((static_blocks(30), static_blocks(31), static_blocks(32)), (2, 2, 3));
/// ```
pub fn static_blocks(max_pods: u64) -> u64 {
    (max_pods + 1).div_ceil(STATIC_BLOCK)
}

/// Pod-subnet IPs a node holds with dynamic allocation while `running` pods run: batches of
/// 16, another batch when fewer than 8 are free, at most maxPods, at least one batch (§4d).
///
/// # Examples
/// ```
/// use aks_calc::rules::network::dynamic_ips;
/// assert_eq!(dynamic_ips(1, 250), 16);
/// assert_eq!(dynamic_ips(25, 250), 48);
/// assert_eq!(dynamic_ips(250, 250), 250);
/// ```
pub fn dynamic_ips(running: u64, max_pods: u64) -> u64 {
    // 16 · ceil(0.5 + running/16) = 16 · ceil((2·running + 16) / 32)
    let batches = (2 * running + DYNAMIC_BATCH).div_ceil(2 * DYNAMIC_BATCH);
    (DYNAMIC_BATCH * batches).min(max_pods).max(DYNAMIC_BATCH)
}

/// maxSurge: extra nodes during an upgrade.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Surge {
    Count(u64),
    Percent(u64),
}

impl Surge {
    /// Surge nodes for a pool of `nodes`; percentages round up (§4), and a count above the
    /// pool's size is the pool's size: "If the max surge value is higher than the required
    /// number of nodes to be upgraded, the number of nodes to be upgraded is used for the max
    /// surge value" (`upgrade-aks-node-pools-rolling.md`; the same page says it of max
    /// unavailable).
    ///
    /// # Examples
    /// ```
    /// use aks_calc::rules::network::Surge;
    /// assert_eq!(Surge::Percent(10).nodes(25), 3);
    /// assert_eq!(Surge::Percent(33).nodes(3), 1);
    /// assert_eq!(Surge::Count(1).nodes(50), 1);
    /// assert_eq!(Surge::Percent(10).nodes(0), 0);
    /// // maxSurge 50 on 10 nodes surges 10; maxUnavailable 20 on 10 drains 10.
    /// assert_eq!(Surge::Count(50).nodes(10), 10);
    /// assert_eq!(Surge::Count(20).nodes(10), 10);
    /// assert_eq!(Surge::Count(10).nodes(10), 10);
    /// assert_eq!(Surge::Count(1).nodes(0), 0);
    /// ```
    pub fn nodes(self, nodes: u64) -> u64 {
        // maxUnavailable (§4) is the same count or percentage, rounded up the same way.
        match self {
            Surge::Count(n) => n.min(nodes),
            // At most 100 % (a larger percentage is refused where it is read).
            Surge::Percent(p) => nodes.saturating_mul(p).div_ceil(100).min(nodes),
        }
    }

    /// The AKS default: 10 % from Kubernetes 1.28 (all clusters from 1.32), one node before.
    /// Five docs pages still say "one extra node" (aks-rules §7): the page shows that value too.
    pub fn default_for(version: Option<K8sVersion>) -> Surge {
        match version {
            Some(v) if v < K8sVersion::new(1, 28) => Surge::Count(1),
            _ => Surge::Percent(10),
        }
    }
}

/// From 1.35, when the surge cannot be had (quota, capacity), AKS retries with a surge of 1
/// (`upgrade-aks-node-pools-rolling.md`, CHANGELOG 2026-01-04).
pub const SURGE_FALLBACK_SINCE: K8sVersion = K8sVersion::new(1, 35);

/// A value in the three situations a plan must survive.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Scenarios<T> {
    /// Today's node counts.
    pub now: T,
    /// Scaled out to the autoscaler maximum: what AKS checks at create and scale time.
    pub scaled: T,
    /// At the maximum, upgrading with surge nodes: the most a plan ever needs.
    pub upgrade: T,
}

/// One pool's nodes as the network sees them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PoolNodes {
    pub count: u64,
    /// The autoscaler maximum, or the count.
    pub max: u64,
    pub surge: Surge,
    pub max_pods: u64,
}

impl PoolNodes {
    /// Surge nodes at the maximum.
    pub fn surge_nodes(&self) -> u64 {
        self.surge.nodes(self.max)
    }

    pub fn nodes(&self) -> Scenarios<u64> {
        Scenarios {
            now: self.count,
            scaled: self.max,
            upgrade: self.max.saturating_add(self.surge_nodes()),
        }
    }
}

/// What kind of pod address space a model draws from, and in which unit it is counted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PodSpaceKind {
    /// A pod CIDR handing a /24 to each node (kubenet, overlay); counted in nodes.
    NodeBlocks,
    /// A pod subnet with dynamic allocation; counted in IPs.
    DynamicIps,
    /// A pod subnet with static allocation; counted in /28 blocks.
    StaticBlocks,
}

/// IPs a node of this pool takes in the node subnet.
pub fn node_subnet_cost(model: NetworkModel, max_pods: u64) -> u64 {
    match model {
        NetworkModel::NodeSubnet => max_pods + 1,
        _ => 1,
    }
}

/// Units a node of this pool takes in the pod space, if the model has one.
pub fn pod_space_cost(model: NetworkModel, max_pods: u64) -> Option<(PodSpaceKind, u64)> {
    match model {
        NetworkModel::NodeSubnet => None,
        NetworkModel::Overlay | NetworkModel::Kubenet => Some((PodSpaceKind::NodeBlocks, 1)),
        NetworkModel::PodSubnetDynamic => {
            Some((PodSpaceKind::DynamicIps, dynamic_ips(max_pods, max_pods)))
        }
        NetworkModel::PodSubnetStatic => {
            Some((PodSpaceKind::StaticBlocks, static_blocks(max_pods)))
        }
    }
}

/// Capacity of a pod space in its unit; `None` when the range does not suit the kind
/// (an IPv6 range where IPv4 /24s are handed out).
pub fn pod_space_capacity(kind: PodSpaceKind, net: &IpNet) -> Option<u128> {
    match (kind, net) {
        (PodSpaceKind::NodeBlocks, IpNet::V4(v4)) => Some(u128::from(node_blocks(*v4))),
        (PodSpaceKind::NodeBlocks, IpNet::V6(_)) => None,
        (PodSpaceKind::DynamicIps, _) => Some(usable_ips(net)),
        (PodSpaceKind::StaticBlocks, _) => Some(static_block_capacity(net)),
    }
}

/// The smallest IPv4 range of this kind holding `needed` units.
pub fn smallest_pod_space(kind: PodSpaceKind, needed: u128) -> Option<u8> {
    match kind {
        PodSpaceKind::NodeBlocks => smallest_pod_cidr(u64::try_from(needed).unwrap_or(u64::MAX)),
        PodSpaceKind::DynamicIps => smallest_subnet(needed),
        PodSpaceKind::StaticBlocks => smallest_static_subnet(needed),
    }
}

/// Sums a per-pool quantity over every scenario.
pub fn sum<F: Fn(&PoolNodes, u64) -> u128>(pools: &[PoolNodes], per_pool: F) -> Scenarios<u128> {
    let mut total = Scenarios::<u128>::default();
    for p in pools {
        let n = p.nodes();
        total.now = total.now.saturating_add(per_pool(p, n.now));
        total.scaled = total.scaled.saturating_add(per_pool(p, n.scaled));
        total.upgrade = total.upgrade.saturating_add(per_pool(p, n.upgrade));
    }
    total
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// Any IPv4 network, of every prefix length; shrinks towards 0.0.0.0/0.
    fn any_ipv4_net() -> impl Strategy<Value = IpNet> {
        (any::<u32>(), 0u8..=32).prop_map(|(address, prefix)| {
            IpNet::V4(ipnet::Ipv4Net::new(address.into(), prefix).unwrap().trunc())
        })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]

        #[test]
        fn usable_ips_are_never_negative_property(net in any_ipv4_net()) {
            let usable = usable_ips(&net);
            prop_assert_eq!(usable, size(&net).saturating_sub(5));
            prop_assert!(usable <= size(&net));
        }
    }

    #[test]
    fn usable_ips_at_the_extremes() {
        assert_eq!(usable_ips(&"::/0".parse().unwrap()), u128::MAX - 5);
        assert_eq!(usable_ips(&"10.0.0.0/32".parse().unwrap()), 0);
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(5000))]

        #[test]
        fn smallest_subnet_fits_and_the_next_smaller_does_not_property(needed in 0u128..(1 << 24)) {
            let p = smallest_subnet(needed).unwrap();
            prop_assert!((1u128 << (32 - p)) - 5 >= needed, "/{} holds {}", p, needed);
            if p < SMALLEST_AZURE_PREFIX {
                prop_assert!(
                    (1u128 << (32 - (p + 1))) - 5 < needed,
                    "/{} also holds {}",
                    p + 1,
                    needed
                );
            }
        }
    }

    #[test]
    fn smallest_sizes_at_the_edges() {
        assert_eq!(smallest_subnet((1u128 << 32) - 5), Some(0));
        assert_eq!(smallest_subnet((1u128 << 32) - 4), None);
        for nodes in [1u64, 2, 255, 256, 257, 5000, 65_536, 65_537] {
            let p = smallest_pod_cidr(nodes).unwrap();
            assert!(1u64 << (24 - p) >= nodes);
            if p < 24 {
                assert!(1u64 << (24 - (p + 1)) < nodes);
            }
        }
        for blocks in [0u128, 1, 14, 15, 30, 31, 1000] {
            let p = smallest_static_subnet(blocks).unwrap();
            assert!((1u128 << (28 - p)) - 2 >= blocks);
            if p < 27 {
                assert!((1u128 << (28 - (p + 1))).saturating_sub(2) < blocks);
            }
        }
    }

    #[test]
    fn surge() {
        assert_eq!(Surge::Percent(10).nodes(950), 95);
        assert_eq!(Surge::Percent(100).nodes(u64::MAX), u64::MAX.div_ceil(100));
        assert_eq!(
            Surge::default_for(Some(K8sVersion::new(1, 27))),
            Surge::Count(1)
        );
        assert_eq!(
            Surge::default_for(Some(K8sVersion::new(1, 28))),
            Surge::Percent(10)
        );
        assert_eq!(Surge::default_for(None), Surge::Percent(10));
    }

    #[test]
    fn dynamic_allocation_batches() {
        assert_eq!(dynamic_ips(0, 250), 16);
        // 8 running leave 8 free: not "fewer than 8", so one batch; 9 running ask for a second.
        assert_eq!(dynamic_ips(8, 250), 16);
        assert_eq!(dynamic_ips(9, 250), 32);
        assert_eq!(dynamic_ips(7, 250), 16);
        assert_eq!(dynamic_ips(24, 250), 32);
        assert_eq!(dynamic_ips(30, 30), 30);
        assert_eq!(dynamic_ips(10, 10), 16);
    }
}
