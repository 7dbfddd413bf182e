//! What [`super::evaluate`] returns: the figures of every pool and of the network, and the
//! findings. Plain data with a few derived views; no evaluation happens here.

use alloc::vec::Vec;

use ipnet::{IpNet, Ipv4Net};

use super::finding::{At, Finding, Severity};
use crate::plan::NetworkModel;
use crate::rules::catalogue::VmSize;
use crate::rules::network::{PodSpaceKind, Scenarios, Surge};
use crate::rules::os::OsSku;
use crate::rules::reserve::{CustomReservation, MemoryReservation, MemoryRule};
use crate::rules::subnet::Purpose;
use crate::rules::version::K8sVersion;

pub use super::outbound_report::*;

/// The VM a pool runs on, from the catalogue or typed in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Vm {
    pub vcpu: u32,
    pub memory_mib: u64,
    /// `None` for a custom size.
    pub size: Option<&'static VmSize>,
}

/// CPU of one node, millicores.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CpuFigures {
    pub vcpu: u32,
    /// Everything not allocatable: kube-reserved + system-reserved.
    pub reserved_m: u64,
    pub allocatable_m: u64,
    /// The kube-reserved part: §1's table, or the pool's own (`custom_kube`).
    pub kube_reserved_m: u64,
    /// The system-reserved part: 100m with node hardening (§2e), otherwise none.
    pub system_reserved_m: u64,
    /// kube-reserved is the pool's `kubeReserved.cpuMillicores` (§2f).
    pub custom_kube: bool,
}

/// Memory of one node. Capacity and allocatable are in KiB, as `kubectl` prints them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MemoryFigures {
    /// The VM's nominal memory.
    pub vm_mib: u64,
    /// maxPods the reservation was computed with.
    pub max_pods: u32,
    pub capacity_ki: u64,
    /// Typed in by the user (exact) rather than estimated (§2d).
    pub capacity_entered: bool,
    pub reservation: MemoryReservation,
    pub allocatable_ki: u64,
}

impl MemoryFigures {
    /// What the kernel keeps before the kubelet sees any: nominal memory minus capacity.
    pub fn os_ki(&self) -> u64 {
        (self.vm_mib * 1024).saturating_sub(self.capacity_ki)
    }

    /// Allocatable in whole MiB (rounded down).
    pub fn allocatable_mi(&self) -> u64 {
        self.allocatable_ki / 1024
    }

    /// How the VM's memory divides, in tenths of a percent that add up to exactly 1000 (the
    /// allocatable part takes the rounding), for a stacked bar.
    ///
    /// # Examples
    /// ```
    /// let report = aks_calc::evaluate(&aks_calc::plan::Plan::default());
    /// let s = report.pools[0].node.unwrap().memory.unwrap().shares();
    /// assert_eq!(s.os + s.kube_reserved + s.system_reserved + s.eviction + s.allocatable, 1000);
    /// ```
    pub fn shares(&self) -> Shares {
        let r = &self.reservation;
        let os = self.permille(self.os_ki());
        let kube_reserved = self.permille(r.kube_reserved_mib * 1024);
        let system_reserved = self.permille(r.system_reserved_mib * 1024);
        let eviction = self.permille(r.eviction_mib * 1024);
        let taken = os + kube_reserved + system_reserved + eviction;
        Shares {
            os,
            kube_reserved,
            system_reserved,
            eviction,
            allocatable: 1000u64.saturating_sub(taken),
        }
    }

    /// `part_ki` as tenths of a percent of the nominal memory (rounded to nearest).
    ///
    /// # Examples
    /// ```
    /// let plan = aks_calc::plan::Plan::default();
    /// let report = aks_calc::evaluate(&plan);
    /// let mem = report.pools[0].node.unwrap().memory.unwrap();
    /// assert_eq!(mem.permille(mem.vm_mib * 1024), 1000);
    /// ```
    pub fn permille(&self, part_ki: u64) -> u64 {
        permille_of(part_ki, self.vm_mib * 1024)
    }
}

/// Parts of a node's memory in tenths of a percent; see [`MemoryFigures::shares`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Shares {
    pub os: u64,
    pub kube_reserved: u64,
    pub system_reserved: u64,
    pub eviction: u64,
    pub allocatable: u64,
}

impl CpuFigures {
    /// Reserved CPU in tenths of a percent of the node's CPU.
    ///
    /// # Examples
    /// ```
    /// let report = aks_calc::evaluate(&aks_calc::plan::Plan::default());
    /// assert_eq!(report.pools[0].node.unwrap().cpu.reserved_permille(), 35); // 140m of 4000m
    /// ```
    pub fn reserved_permille(&self) -> u64 {
        permille_of(self.reserved_m, self.capacity_m())
    }

    /// The node's CPU in millicores.
    ///
    /// # Examples
    /// ```
    /// let report = aks_calc::evaluate(&aks_calc::plan::Plan::default());
    /// assert_eq!(report.pools[0].node.unwrap().cpu.capacity_m(), 4000);
    /// ```
    pub fn capacity_m(&self) -> u64 {
        u64::from(self.vcpu) * 1000
    }
}

/// `part` of `whole` in tenths of a percent, rounded to nearest; 0 of nothing is 0.
fn permille_of(part: u64, whole: u64) -> u64 {
    let (part, whole) = (u128::from(part), u128::from(whole));
    (part * 1000 + whole / 2)
        .checked_div(whole)
        .map_or(0, |p| p as u64)
}

/// What one node of a pool offers pods.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NodeFigures {
    pub cpu: CpuFigures,
    /// `None` when maxPods could not be read (the memory rule needs it).
    pub memory: Option<MemoryFigures>,
}

/// The limit that decides how many pods fit on a node.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Limit {
    MaxPods,
    Cpu,
    Memory,
}

/// How many workload pods fit on one node, and why no more.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Fit {
    /// Pods left under maxPods once the DaemonSet pods are counted.
    pub by_max_pods: u64,
    /// `None` when the pod asks for no CPU.
    pub by_cpu: Option<u64>,
    /// `None` when the pod asks for no memory (or memory figures are unknown).
    pub by_memory: Option<u64>,
    pub pods_per_node: u64,
    pub binding: Limit,
    /// Nodes needed for the planned replicas.
    pub nodes_needed: Option<u64>,
}

/// Node counts of a pool.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NodeCounts {
    pub count: u64,
    /// The autoscaler's bounds, when it is on.
    pub autoscale: Option<(u64, u64)>,
}

impl NodeCounts {
    /// The most nodes the pool can have (the autoscaler maximum, or the count).
    pub fn max(&self) -> u64 {
        self.autoscale
            .map_or(self.count, |(_, max)| max.max(self.count))
    }

    /// The fewest nodes the pool can have.
    pub fn min(&self) -> u64 {
        self.autoscale
            .map_or(self.count, |(min, _)| min.min(self.count))
    }
}

/// Everything computed for one pool.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PoolReport {
    pub vm: Option<Vm>,
    pub nodes: Option<NodeCounts>,
    pub max_pods: Option<u32>,
    /// maxPods came from the network model's default.
    pub max_pods_defaulted: bool,
    pub version: Option<K8sVersion>,
    /// maxSurge as set, or the AKS default for the version.
    pub surge: Surge,
    /// maxUnavailable as set (`Count(0)` when not set or refused).
    pub unavailable: Surge,
    /// The OS image as set, or AKS's default for the OS and version.
    pub os_sku: OsSku,
    /// The rule the figures follow; with custom reservations, the ≥ 1.29 rule they override.
    pub rule: MemoryRule,
    /// The pool's custom reservations as read (the custom rule on a Linux pool).
    pub custom: Option<CustomReservation>,
    pub node: Option<NodeFigures>,
    pub fit: Option<Fit>,
}

/// Cluster totals of allocatable resources.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Totals {
    pub nodes: u64,
    pub nodes_at_max: u64,
    pub cpu_m: u64,
    pub cpu_m_at_max: u64,
    pub memory_ki: u64,
    pub memory_ki_at_max: u64,
    /// Some pool's figures are missing, so the totals leave it out.
    pub partial: bool,
    /// Virtual Nodes v2 planned; what they take on real nodes is already out of the CPU and
    /// memory totals (both now and at the maximum).
    pub virtual_nodes: u64,
    pub virtual_nodes_cpu_m: u64,
    pub virtual_nodes_memory_ki: u64,
}

/// The result of [`evaluate`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Report {
    pub pools: Vec<PoolReport>,
    pub totals: Totals,
    pub network: NetworkReport,
    /// The VNet design: every subnet, where each pool is, the free space.
    pub design: DesignReport,
    /// Every network model for the same pools, for "what if we used overlay?".
    pub comparison: Vec<ModelSummary>,
    pub findings: Vec<Finding>,
    /// How traffic leaves the cluster: the outbound type and its SNAT capacity (aks-rules §9).
    pub outbound: OutboundReport,
    /// The egress allow-list, the NSG rules in the VNet and the control-plane path (§10).
    pub egress: EgressReport,
    /// The node resource group and what AKS creates in it (§11).
    pub created: CreatedReport,
    /// Fits or not, the problems, and how full each address space is: the page's first answer.
    pub verdict: PlanVerdict,
}

impl Report {
    /// Findings about one field, most severe first.
    pub fn at(&self, at: At) -> impl Iterator<Item = &Finding> {
        self.findings.iter().filter(move |f| f.at == Some(at))
    }

    /// Whether any finding is an error.
    pub fn has_errors(&self) -> bool {
        self.findings.iter().any(|f| f.severity == Severity::Error)
    }
}

/// How an Azure subnet is used by the plan.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SubnetFigures {
    pub net: IpNet,
    pub usable: u128,
    pub needed: Scenarios<u128>,
    /// The smallest IPv4 subnet for the plan at its most (upgrade at the maximum).
    pub smallest: Option<u8>,
}

/// The bounds on the nodes a network holds, each in nodes shaped like the first pool (its
/// maxPods): the node subnet's room over what a node takes there, the pod space (when the model
/// has one), the tier's node limit and kubenet's route-table limit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct HoldsTerms {
    /// Node subnet addresses left for nodes (usable less the other addresses counted in it).
    pub room: u64,
    /// Addresses a node takes in the node subnet.
    pub node_cost: u64,
    pub by_node_subnet: u64,
    pub by_pod_space: Option<u64>,
    pub tier_limit: u64,
    pub kubenet_limit: Option<u64>,
}

impl HoldsTerms {
    /// The smallest bound: the nodes the network holds.
    pub fn nodes(&self) -> u64 {
        let mut n = self.by_node_subnet.min(self.tier_limit);
        if let Some(p) = self.by_pod_space {
            n = n.min(p);
        }
        if let Some(k) = self.kubenet_limit {
            n = n.min(k);
        }
        n
    }
}

/// How the pod address space (pod CIDR or pod subnet) is used, in its kind's unit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PodSpaceFigures {
    pub kind: PodSpaceKind,
    pub net: Option<IpNet>,
    pub capacity: Option<u128>,
    pub needed: Scenarios<u128>,
    pub smallest: Option<u8>,
}

/// A part of the node subnet's address space, for the bar.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    Reserved,
    Nodes,
    Surge,
    Pods,
    Other,
    Free,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Segment {
    pub part: Part,
    pub ips: u128,
    /// Tenths of a percent of the bar (the subnet, or the demand when it overflows).
    pub permille: u64,
}

/// The network figures of a plan for its chosen model.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NetworkReport {
    pub model: NetworkModel,
    pub nodes: Scenarios<u64>,
    /// Pods the nodes can hold (Σ nodes × maxPods).
    pub pods: Scenarios<u64>,
    /// Node-subnet IPs of other consumers (load balancers, endpoints, others).
    pub extras: u64,
    pub node_subnet: Option<SubnetFigures>,
    pub pod_space: Option<PodSpaceFigures>,
    /// Nodes the network holds for pools shaped like the first one (surge nodes included).
    pub capacity_nodes: Option<u64>,
    /// What bounds `capacity_nodes`, for its explanation.
    pub holds: Option<HoldsTerms>,
    pub capacity_pods: Option<u64>,
    /// For each pool, how many more nodes fit beside the plan at its most.
    pub more_nodes: Vec<Option<u64>>,
    pub layout: Vec<Segment>,
    /// The IPv4 pod CIDR whose /24s go to the nodes (kubenet, overlay).
    pub pod_cidr_v4: Option<Ipv4Net>,
    /// Dual-stack: the IPv6 pod CIDR whose /80s go to the nodes (kubenet, overlay).
    pub pod_cidr_v6: Option<ipnet::Ipv6Net>,
    /// The plan is dual-stack (an IPv6 pod or service range), on a model that allows it or not:
    /// what the exports' `--ip-families IPv4,IPv6` should follow.
    pub dual_stack: bool,
    /// Some pool's counts could not be read, so the figures leave it out.
    pub partial: bool,
}

/// What a node slot of the pod CIDR is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NodeUse {
    /// A node that exists now.
    Now,
    /// A node the autoscaler may add.
    ScaleOut,
    /// A surge node during an upgrade.
    Surge,
    /// Not needed by the plan.
    Spare,
}

impl NetworkReport {
    /// What the plan uses node slot `index` for.
    ///
    /// # Examples
    /// ```
    /// use aks_calc::evaluate::NodeUse;
    /// let r = aks_calc::evaluate(&aks_calc::plan::Plan::default());
    /// // 3 nodes, one surge node.
    /// assert_eq!(r.network.node_use(2), NodeUse::Now);
    /// assert_eq!(r.network.node_use(3), NodeUse::Surge);
    /// assert_eq!(r.network.node_use(4), NodeUse::Spare);
    /// ```
    pub fn node_use(&self, index: u64) -> NodeUse {
        if index < self.nodes.now {
            NodeUse::Now
        } else if index < self.nodes.scaled {
            NodeUse::ScaleOut
        } else if index < self.nodes.upgrade {
            NodeUse::Surge
        } else {
            NodeUse::Spare
        }
    }
}

/// Why a model cannot run this plan at all.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Blocker {
    WindowsPools,
    VirtualNodes,
    DualStack,
    Cilium,
    /// Virtual Nodes v2 need Azure CNI in node-subnet mode.
    VirtualNodesV2,
}

/// One line of the side-by-side comparison of the network models.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ModelSummary {
    pub model: NetworkModel,
    /// Node-subnet IPs at the most (upgrade at the maximum).
    pub node_ips: u128,
    /// The first pool's node subnet's usable addresses.
    pub node_usable: Option<u128>,
    /// Every node subnet holds its pools under this model; `None` when one has no prefix.
    pub node_fits: Option<bool>,
    /// Every pod space holds its pods; `None` when one is unknown.
    pub pod_fits: Option<bool>,
    pub smallest_node: Option<u8>,
    pub pod_kind: Option<PodSpaceKind>,
    pub pod_needed: u128,
    pub pod_capacity: Option<u128>,
    pub smallest_pod: Option<u8>,
    pub capacity_nodes: Option<u64>,
    pub blockers: Vec<Blocker>,
}

impl ModelSummary {
    /// Whether the plan fits this model's ranges; `None` when a range is unknown.
    pub fn fits(&self) -> Option<bool> {
        Some(self.node_fits? && self.pod_fits? && self.blockers.is_empty())
    }
}

/// The unit a subnet's need and capacity are counted in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SubnetUnit {
    /// Addresses: usable = 2^n − 5.
    Ips,
    /// Whole /28 blocks of a static-allocation pod subnet (the first and last hold Azure's
    /// reserved addresses).
    Blocks,
}

/// One pool's part of what a subnet holds: its nodes at the most (maximum plus surge), each
/// taking `per_node` (IPs, or /28 blocks in a static pod subnet).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NeedTerm {
    pub pool: usize,
    pub nodes: u64,
    pub per_node: u64,
}

/// One subnet of the design as evaluated (aks-rules §8).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SubnetReport {
    pub purpose: Purpose,
    /// The IPv4 prefix in effect: as typed, or placed by the layout when the subnet is auto.
    pub net: Option<Ipv4Net>,
    /// The IPv6 /64 in effect (dual-stack), typed or placed.
    pub v6: Option<ipnet::Ipv6Net>,
    /// Auto, and the layout found it a place.
    pub placed: bool,
    /// Auto: the prefix length the layout sized it to (need × growth, purpose minimum).
    pub wanted: Option<u8>,
    pub unit: SubnetUnit,
    /// What is planned in it, in `unit`, now / scaled out / upgrading at the maximum. AKS
    /// checks `upgrade`.
    pub need: Scenarios<u128>,
    /// What it holds, in `unit`; `None` without a prefix.
    pub capacity: Option<u128>,
    /// The smallest prefix holding `need.upgrade` (and the purpose's minimum).
    pub smallest: Option<u8>,
    /// Pools whose nodes are in it.
    pub node_pools: Vec<usize>,
    /// Pools whose pods are in it (pod-subnet models).
    pub pod_pools: Vec<usize>,
    /// Addresses of other things counted in it: load-balancer frontends, endpoints, `ips`.
    pub other: u128,
    /// Each pool's part of `need.upgrade`.
    pub terms: Vec<NeedTerm>,
    /// Its address space in parts, for the bar.
    pub parts: Vec<Segment>,
}

impl SubnetReport {
    /// Room left once everything planned is in, in `unit`.
    pub fn headroom(&self) -> Option<u128> {
        self.capacity.map(|c| c.saturating_sub(self.need.upgrade))
    }

    /// Whether everything planned fits (what AKS checks); `None` without a prefix.
    pub fn fits(&self) -> Option<bool> {
        self.capacity.map(|c| self.need.upgrade <= c)
    }
}

/// How many clusters of this plan's shape fit in the VNet.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ClusterFit {
    /// This cluster included.
    pub count: u64,
    /// The count stopped at its cap: at least this many.
    pub at_least: bool,
    /// The shared subnet that caps the count (an index into `DesignReport::subnets`): the API
    /// server subnet, where each cluster reserves at least 9 addresses. `None`: the free space
    /// for the clusters' own subnets (or the VNet's 65,536 addresses in use) is what limits it.
    pub limited_by: Option<usize>,
}

/// What a stretch of the address map is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MapItem {
    /// A subnet of the design (an index into `DesignReport::subnets`).
    Subnet(usize),
    /// Free space, as one aligned block.
    Free(IpNet),
}

/// A stretch of one VNet prefix, in tenths of a percent of it from its start.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MapCell {
    pub item: MapItem,
    pub start_permille: u64,
    pub width_permille: u64,
}

/// One address prefix of the VNet with everything in it, lowest address first.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MapBar {
    pub space: IpNet,
    pub cells: Vec<MapCell>,
}

/// A cluster-wide range set against the VNet and the listed ranges, for the map's legend.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RangeRow {
    pub role: super::finding::Role,
    pub net: IpNet,
    /// The other ranges it overlaps.
    pub overlaps: Vec<(super::finding::Role, IpNet)>,
}

/// The VNet design: every subnet, where each pool is, the free space.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DesignReport {
    pub vnet: Vec<IpNet>,
    pub subnets: Vec<SubnetReport>,
    /// Each pool's node subnet, an index into `subnets`.
    pub node_subnet_of: Vec<Option<usize>>,
    /// Each pool's pod subnet (pod-subnet models).
    pub pod_subnet_of: Vec<Option<usize>>,
    pub apiserver: Option<usize>,
    pub virtual_nodes: Option<usize>,
    /// The free IPv4 space once every subnet is in, as the fewest CIDRs, lowest first.
    pub free: Vec<IpNet>,
    /// The next free block of each size, `/16` to `/29` (as far as the VNet allows).
    pub next_free: Vec<(u8, Option<IpNet>)>,
    /// `None` while the design itself does not fit.
    pub clusters: Option<ClusterFit>,
    /// Addresses in use in the VNet at the plan's most (the 65,536 limit).
    pub ips_in_use: u128,
    /// Each IPv4 prefix of the VNet as a bar of subnets and free space.
    pub map: Vec<MapBar>,
    /// The VNet, pod CIDR, service CIDR and listed ranges, each with what it overlaps.
    pub ranges: Vec<RangeRow>,
    /// The prefixes "Fit into the VNet" gives the auto subnets the layout placed.
    pub placements: Vec<(usize, alloc::string::String)>,
}

impl DesignReport {
    /// The subnet of pool `index`'s nodes.
    pub fn node_subnet(&self, index: usize) -> Option<&SubnetReport> {
        self.subnets
            .get(self.node_subnet_of.get(index).copied().flatten()?)
    }
}

/// Whether the plan fits, and the spaces it uses.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PlanVerdict {
    pub errors: usize,
    pub warnings: usize,
    /// The errors, then the warnings, as indexes into [`Report::findings`].
    pub problems: Vec<usize>,
    /// Every address space pods and nodes take, in the design's order, then the pod CIDR.
    pub spaces: Vec<SpaceUse>,
}

impl PlanVerdict {
    /// The plan fits when nothing is an error (warnings and notes do not block AKS).
    pub fn fits(&self) -> bool {
        self.errors == 0
    }
}

/// Which space a [`SpaceUse`] is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Space {
    /// A node subnet of the design, by its index.
    NodeSubnet(usize),
    /// A pod subnet of the design, by its index.
    PodSubnet(usize),
    /// The pod CIDR (overlay, kubenet): a /24 per node.
    PodCidr,
}

/// What a space's figures count.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SpaceUnit {
    Ips,
    /// /28 blocks of a static-allocation pod subnet.
    Blocks,
    /// Nodes, each with its /24 of the pod CIDR.
    Nodes,
}

/// How full one address space is now, scaled out and upgrading.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SpaceUse {
    pub space: Space,
    pub net: IpNet,
    pub unit: SpaceUnit,
    pub need: Scenarios<u128>,
    pub capacity: u128,
    /// `need` as thousandths of `capacity`, rounded up (so a space is never shown as full
    /// before it is); `None` when the space holds nothing.
    pub permille: Option<Scenarios<u128>>,
}

/// Thousandths of `capacity`, rounded up.
///
/// # Examples
/// ```
/// use aks_calc::evaluate::share_permille;
/// assert_eq!(share_permille(527, 1019), Some(518));
/// assert_eq!(share_permille(1, 3), Some(334));
/// assert_eq!(share_permille(0, 0), None);
/// ```
pub fn share_permille(need: u128, capacity: u128) -> Option<u128> {
    (capacity > 0).then(|| need.saturating_mul(1000).div_ceil(capacity))
}
