//! Findings: what the calculator has to say about a plan, each tied to the field it is about.
//!
//! Findings carry data, not sentences; [`crate::text`] words them in each language.

use alloc::format;
use alloc::string::String;

use ipnet::IpNet;

use crate::plan::field::{ClusterField, PoolField, SubnetField};
use crate::plan::quantity::InputError;
use crate::plan::ranges::AddressError;
use crate::rules::os::OsSku;
use crate::rules::subnet::Purpose;
use crate::rules::version::{K8sVersion, Month};

pub use super::outbound_issue::{NameOf, OutboundIssue};

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    /// AKS would refuse this, or the figures cannot be computed.
    Error,
    /// AKS accepts it, but the docs advise against it or it will hurt later.
    Warning,
    /// Worth knowing.
    Info,
}

/// The role a range plays in a plan, for messages that name both sides of an overlap.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Role {
    Vnet,
    PodCidr,
    ServiceCidr,
    /// A peered VNet or on-premises range the user listed.
    Listed,
}

/// A range with the role it plays, as typed (normalised).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Range {
    pub role: Role,
    pub net: IpNet,
}

impl Range {
    pub fn text(&self) -> String {
        format!("{}", self.net)
    }
}

/// The field a finding belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum At {
    Cluster(ClusterField),
    Pool(usize, PoolField),
    Subnet(usize, SubnetField),
}

/// What is wrong or worth knowing. Numbers are carried so every language can show them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Issue {
    /// A field could not be read.
    Input(InputError),
    /// Not in the catalogue; `suggestion` is the closest name.
    UnknownVmSize {
        typed: String,
        suggestion: Option<&'static str>,
    },
    /// Pool names: lowercase letters and digits, starting with a letter, ≤ 12 (Windows ≤ 6).
    BadPoolName {
        name: String,
        max_len: usize,
    },
    DuplicatePoolName {
        name: String,
    },
    /// AKS refuses VM sizes under 2 vCPUs.
    VmTooSmall {
        vcpu: u32,
    },
    /// System pools need at least 4 vCPUs and 4 GiB.
    SystemPoolVmSmall {
        vcpu: u32,
        memory_mib: u64,
    },
    /// B-series sizes are not supported for system pools.
    SystemPoolBurstable {
        vm: &'static str,
    },
    /// System pools must run Linux.
    SystemPoolWindows,
    /// A system pool needs at least one node.
    SystemPoolEmpty,
    /// Every cluster needs a system pool.
    NoSystemPool,
    /// maxPods must be 10–250.
    MaxPodsOutOfRange {
        value: u64,
    },
    /// maxPods below 30 needs room for 30 pods in the pool.
    PoolBelow30Pods {
        max_pods: u32,
        nodes: u64,
    },
    /// Windows nodes: at most 110 pods recommended.
    WindowsManyPods {
        max_pods: u32,
    },
    /// More than 1,000 nodes in a pool.
    PoolTooLarge {
        nodes: u64,
    },
    /// Autoscaler bounds are inconsistent.
    MinAboveMax {
        min: u64,
        max: u64,
    },
    CountOutsideBounds {
        count: u64,
        min: u64,
        max: u64,
    },
    /// The reservation exceeds the node's capacity: nothing is left for pods.
    NothingAllocatable {
        reserved_ki: u64,
        capacity_ki: u64,
    },
    /// The entered capacity is above the VM's nominal memory.
    CapacityAboveVm {
        capacity_ki: u64,
        vm_mib: u64,
    },
    /// The DaemonSets alone use more than a node has.
    DaemonsetsDoNotFit,
    /// Not a single workload pod fits on a node.
    PodDoesNotFit,
    /// The replicas need more nodes than the pool can have.
    ReplicasNeedMoreNodes {
        needed: u64,
        available: u64,
    },
    /// A range or address could not be read.
    Address(AddressError),
    /// maxSurge above 100 %.
    SurgeTooLarge(String),
    /// The Cilium data plane needs Azure CNI.
    CiliumNeedsAzureCni,
    /// The Cilium data plane does not run Windows nodes.
    CiliumNoWindows,
    /// The AKS docs disagree on the dynamic pod subnet's default maxPods (250 or 110).
    DynamicDefaultMaxPods,
    /// More internal load-balancer frontends than the 300 load-balanced services per cluster.
    TooManyLoadBalancers {
        internal: u64,
        public: u64,
    },
    /// A range AKS refuses because it overlaps one it reserves.
    ForbiddenRange {
        range: String,
        reserved: &'static str,
    },
    /// Not private address space.
    NotPrivate {
        range: String,
        role: Role,
    },
    /// Two ranges that must not overlap do.
    Overlap {
        range: String,
        role: Role,
        other: String,
        other_role: Role,
    },
    /// Service CIDR larger than /12 (error) or exactly /12 (warning).
    ServiceCidrTooLarge {
        prefix: u8,
    },
    ServiceCidrAt12,
    /// The IPv6 service range can be no larger than /108.
    Ipv6ServiceTooLarge {
        prefix: u8,
    },
    /// The DNS service IP is outside the service CIDR.
    DnsOutsideService {
        ip: String,
        cidr: String,
    },
    /// The DNS service IP is an address of the service CIDR that Kubernetes never gives a
    /// Service: its network address, its first address (`kubernetes.default`), its last.
    DnsReserved {
        ip: String,
        slot: DnsSlot,
    },
    /// IPv6 needs Azure CNI Overlay (dual-stack).
    DualStackNeedsOverlay,
    /// IPv6 alone is not supported; dual-stack needs IPv4 too, in both pod and service ranges.
    DualStackIncomplete,
    /// Two ranges of the same family where one is allowed.
    TwoRangesOfAFamily,
    /// A pod CIDR smaller than a /24 holds no node.
    PodCidrTooSmall {
        range: String,
    },
    /// kubenet's route table holds 400 routes: at most 400 nodes.
    KubenetRouteLimit {
        nodes: u64,
    },
    /// Nodes per cluster (1,000 on Free, 5,000 otherwise).
    ClusterNodeLimit {
        nodes: u64,
        limit: u64,
        /// Only the upgrade's surge nodes cross the limit.
        surge: bool,
    },
    /// Nodes per pool with surge above 1,000.
    PoolLimitWithSurge {
        nodes: u64,
        surge: u64,
    },
    /// Overlay: 200,000 pods per cluster.
    OverlayPodLimit {
        pods: u64,
    },
    /// Dynamic pod subnet: about 50,000 pods per cluster.
    DynamicPodLimit {
        pods: u64,
    },
    /// A VNet holds at most 65,536 IPs in use.
    VnetIpLimit {
        ips: u128,
    },
    /// kubenet retires on 31 March 2028.
    KubenetRetiring,
    /// Windows pools need Azure CNI.
    WindowsNeedsAzureCni,
    /// Virtual nodes need Azure CNI.
    VirtualNodesNeedAzureCni,
    /// On 1.29 the rule depends on when the pool was created.
    RuleDependsOnCreationDate,
    /// The memory rule rests on observation, not documentation.
    UnverifiedRule,
    /// About a subnet of the VNet design, or a pool's choice of subnet.
    Subnet(SubnetIssue),
    /// AKS no longer supports this version (below 1.31 since 2026-07-17); its rules still apply,
    /// as to an old pool (aks-rules §2g).
    UnsupportedVersion {
        version: K8sVersion,
    },
    /// Node hardening (preview): what else it reserves, and its eviction ladder, which the docs
    /// do not confirm (§2e).
    HardeningPreview,
    /// Custom reservations (preview, §2f): how to turn them on, the feature flag named two ways.
    CustomPreview,
    /// A custom reservation typed while the pool's rule is not custom: not used.
    CustomValueIgnored,
    /// A memory rule for Linux pools only (custom reservations, node hardening) on Windows.
    RuleLinuxOnly {
        custom: bool,
    },
    /// A custom reservation outside what the docs allow: 1 up to the node's capacity.
    CustomOutOfRange {
        kind: CustomKind,
        value: u64,
        max: u64,
    },
    /// A custom reservation below the preview SDK documentation's minimum (the docs allow it).
    CustomBelowSdkMinimum {
        kind: CustomKind,
        value: u64,
        minimum: u64,
    },
    /// Upgrade settings: maxSurge, maxUnavailable and what AKS does with them (§4).
    Upgrade(UpgradeIssue),
    /// The pool's OS image (§6).
    OsSku(OsSkuIssue),
    /// Virtual Nodes v2 (§2g, §8).
    VirtualNodesV2(VirtualNodesV2Issue),
    /// User pools need VMs with at least 2 GiB of memory (CHANGELOG 2025-04-27).
    UserPoolMemory {
        memory_mib: u64,
    },
    /// LocalDNS, on by default from 1.36, needs at least 4 vCPUs.
    LocalDnsSmallVm {
        vcpu: u32,
    },
    /// A VNet address space Azure refuses (multicast, broadcast, loopback, Azure's DNS).
    VnetForbiddenRange {
        range: String,
        reserved: &'static str,
    },
    /// The node and per-node pod limits are independent: the pods the network holds are capped at
    /// the cluster's pod limit rather than multiplied out.
    PodsNotMultiplied {
        pods: u64,
        limit: u64,
    },
    /// kubenet dual-stack: no longer documented, planned as a what-if.
    KubenetDualStack,
    /// kubenet dual-stack was limited to 200 nodes (two routes per node).
    KubenetDualStackLimit {
        nodes: u64,
    },
    /// Dual-stack with static block allocation (CHANGELOG 2026-06-19; the dual-stack page still
    /// says overlay only).
    DualStackStaticBlock,
    /// About outbound traffic, SNAT, egress or the names of what AKS creates.
    Outbound(OutboundIssue),
    /// System pools need VMs with at least 4 GiB of memory: "System node pools require a VM SKU
    /// of at least 4 vCPUs and 4 GB of memory" (`use-system-pools.md`), and AKS restricts the
    /// sizes below ("fewer than two vCPUs and 4 GB of memory", `quotas-skus-regions.md`).
    SystemPoolMemory {
        memory_mib: u64,
    },
    /// Where the Kubernetes version stands in AKS's support (LTS, the calendar).
    Version(VersionIssue),
    /// WireGuard encryption without the Cilium data plane: not supported.
    WireGuardNeedsCilium,
    /// WireGuard with Cilium: part of Advanced Container Networking Services (paid), how to turn
    /// it on, UDP 51871 between the nodes, what it does not encrypt.
    WireGuardAcns,
}

/// Which custom reservation a finding is about, with its unit.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CustomKind {
    /// `kubeReserved.cpuMillicores`, millicores.
    CpuM,
    /// `kubeReserved.memoryMB`, MiB.
    MemoryMib,
    /// `hardEvictionThreshold.memoryAvailable` as a quantity, MiB.
    EvictionMib,
    /// `hardEvictionThreshold.memoryAvailable` as a percentage.
    EvictionPercent,
}

/// What the upgrade settings have to say (aks-rules §4).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum UpgradeIssue {
    /// maxSurge 0 with maxUnavailable 0: AKS requires maxSurge > 0.
    NothingToUpgradeWith,
    /// System pools cannot set maxUnavailable.
    UnavailableOnSystemPool,
    /// maxSurge 0, maxUnavailable > 0: nodes are drained in place, no surge nodes or IPs.
    DrainInPlace { unavailable: u64 },
    /// Both above 0: AKS tries the full surge first, so the surge is still planned.
    SurgeFirst { surge: u64, unavailable: u64 },
    /// From 1.35 AKS falls back to a surge of 1 when the surge cannot be had.
    FallbackToOne { surge: u64 },
    /// maxSurge not set: the default the page assumes (10 %) and the one some docs give (1).
    DefaultAssumed { surge: u64 },
}

impl UpgradeIssue {
    pub fn severity(&self) -> Severity {
        match self {
            UpgradeIssue::NothingToUpgradeWith | UpgradeIssue::UnavailableOnSystemPool => {
                Severity::Error
            }
            _ => Severity::Info,
        }
    }
}

/// What the OS image has to say (aks-rules §6).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum OsSkuIssue {
    /// A Linux image on a Windows pool or the other way round.
    WrongOs { sku: OsSku },
    /// Not offered on this Kubernetes version.
    NotOnVersion { sku: OsSku, version: K8sVersion },
    /// Windows Server 2025 pools need a FIPS-enabled image.
    NeedsFips,
    /// Windows Server 2022 retires in June 2028 and is not on 1.37+.
    Windows2022Retiring,
    /// On 1.36 the docs and the release notes name different Windows defaults.
    DefaultDisputed,
}

impl OsSkuIssue {
    pub fn severity(&self) -> Severity {
        match self {
            OsSkuIssue::WrongOs { .. } | OsSkuIssue::NotOnVersion { .. } => Severity::Error,
            _ => Severity::Info,
        }
    }
}

/// What Virtual Nodes v2 (preview) have to say (aks-rules §2g, §8).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum VirtualNodesV2Issue {
    /// What the virtual nodes take and hold, and what they do not support.
    Planned { count: u64 },
    /// They need Azure CNI in node-subnet mode (not overlay, not a pod subnet, not kubenet).
    NeedsNodeSubnet,
    /// No IPv6.
    NoIpv6,
    /// Not with Cilium (nor NPM) as the network policy.
    NoCilium,
    /// No pool of VMs with at least 4 vCPUs and 16 GiB to host them.
    NoHostPool,
}

impl VirtualNodesV2Issue {
    pub fn severity(&self) -> Severity {
        match self {
            VirtualNodesV2Issue::Planned { .. } => Severity::Info,
            _ => Severity::Error,
        }
    }
}

/// What the design's subnets have to say (aks-rules §8). Names and ranges are carried as text so
/// every language can show them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SubnetIssue {
    /// AKS's own check of a node subnet: the pools in it do not fit, counted at each pool's
    /// maximum plus surge, without the subnet's other addresses (AKS does not count them).
    /// `needed` is AKS's number; `smallest` holds the other addresses too. `surge_only`: the
    /// pools would fit without the surge nodes.
    Full {
        name: String,
        cidr: String,
        needed: u128,
        usable: u128,
        smallest: Option<u8>,
        surge_only: bool,
    },
    /// The pod CIDR, which AKS checks at 256 addresses per node, none reserved, each pool at its
    /// count or autoscaler max-count without surge (derived, rules-check A9b): overlay says it as
    /// `InsufficientSubnetSize` of `networkProfile.podCIDR`, kubenet as `InsufficientPodCidr`.
    /// `needed` is AKS's number; `smallest` holds the surge nodes too; `surge_only` is false
    /// (when only the surge nodes overflow it is [`SubnetIssue::PodCidrSurge`]).
    PodCidrFull {
        kubenet: bool,
        cidr: String,
        needed: u128,
        available: u128,
        smallest: Option<u8>,
        surge_only: bool,
    },
    /// A static-block pod subnet without enough /28 blocks.
    BlocksFull {
        name: String,
        cidr: String,
        needed: u128,
        capacity: u128,
        smallest: Option<u8>,
    },
    /// Smaller than the purpose allows (`hard`: refused, otherwise advised).
    TooSmallForPurpose {
        cidr: String,
        purpose: Purpose,
        min_prefix: u8,
        hard: bool,
    },
    /// Azure requires this name for the purpose.
    NameRequired {
        purpose: Purpose,
        name: &'static str,
    },
    /// A name Azure reserves for another purpose.
    NameReserved {
        name: String,
        purpose: Purpose,
    },
    DuplicateName {
        name: String,
    },
    EmptyName,
    /// A pool or setting names a subnet the design does not have.
    NoSuchSubnet {
        name: String,
    },
    /// A pool's node subnet is delegated to a service: node pools cannot use it.
    Delegated {
        name: String,
        delegation: &'static str,
    },
    /// A pool's node (or pod) subnet is meant for something else.
    WrongPurpose {
        name: String,
        purpose: Purpose,
        wanted: Purpose,
    },
    /// A pool uses the same subnet for its nodes and its pods.
    PodSubnetIsNodeSubnet {
        name: String,
    },
    /// The design has no subnet for node pools.
    NoNodeSubnet,
    /// A pod-subnet model with no pod subnet for this pool.
    NoPodSubnet,
    /// No pool is placed in this node (or pod) subnet.
    Unused {
        name: String,
    },
    /// A pod subnet, but the network model gives pods no subnet.
    PodSubnetNotUsed {
        name: String,
    },
    /// Outside every address prefix of the VNet.
    OutsideVnet {
        name: String,
        cidr: String,
    },
    /// Two subnets overlap.
    Overlap {
        name: String,
        cidr: String,
        other: String,
        other_cidr: String,
    },
    /// A subnet overlaps the pod CIDR, the service CIDR or a listed range.
    OverlapsRange {
        name: String,
        cidr: String,
        range: String,
        role: Role,
    },
    /// IPv6 subnets are exactly /64.
    Ipv6Not64 {
        cidr: String,
    },
    /// Dual-stack: a node subnet needs an IPv6 /64 too.
    NeedsIpv6 {
        name: String,
    },
    /// Dual-stack: the VNet needs an IPv6 address prefix for the /64s.
    VnetNeedsIpv6,
    /// One IPv4 prefix (and one IPv6) per subnet here.
    TooManyPrefixes,
    /// An IPv6 prefix alone: Azure subnets need IPv4.
    Ipv6Only,
    /// Larger than the largest subnet Azure allows (/2) or smaller than the smallest (/29).
    OutsideAzureSizes {
        cidr: String,
    },
    /// "Fit into the VNet" found no room for this auto subnet of `prefix`.
    NoRoom {
        name: String,
        prefix: u8,
    },
    /// The subnets need more address space than the VNet has. `needed`: what is taken inside
    /// the VNet (subnets, and the ranges they must avoid, counted once) plus the auto subnets
    /// left without a place; `vnet_prefix`: the smallest VNet, the first prefix grown, that holds
    /// the layout again around the same fixed subnets and avoided ranges (`None`: none does).
    Shortfall {
        needed: u128,
        available: u128,
        vnet_prefix: Option<u8>,
    },
    /// API Server VNet Integration without a subnet for it.
    NoApiServerSubnet,
    /// Virtual nodes without a subnet delegated to ACI.
    NoVirtualNodesSubnet,
    /// An API server subnet while the integration is off, or an ACI subnet without virtual
    /// nodes: nothing of the cluster uses it.
    PurposeNotUsed {
        name: String,
        purpose: Purpose,
    },
    /// The private cluster's endpoint, load balancers and endpoints go to the first pool's subnet.
    ExtrasHere {
        name: String,
        ips: u64,
    },
    /// Application Gateway for Containers does not work with kubenet.
    AgcNeedsAzureCni {
        name: String,
    },
    /// kubenet: one cluster per subnet, and AKS's route table on every node subnet.
    KubenetRouteTable {
        name: String,
    },
    /// An IP count that cannot be read.
    BadIps(InputError),
    /// Link, import or growth factor: what was read as the factor.
    BadGrowth(InputError),
    /// More subnets than a plan holds; the rest were dropped.
    TooManySubnets,
    /// Virtual Nodes v2 without a subnet delegated to ACI: their official README runs the pods
    /// in one (rules-check A3); AKS itself does not check it, as a Helm chart installs them.
    NoVirtualNodesV2Subnet,
    /// A node subnet whose pools pass AKS's check (`pools` ≤ `usable`) but which cannot also
    /// hold the `other` addresses planned in it (load-balancer frontends, private endpoints,
    /// other IPs): it runs out once they are added. `smallest` holds both.
    FullWithOthers {
        name: String,
        cidr: String,
        pools: u128,
        other: u128,
        usable: u128,
        smallest: Option<u8>,
    },
    /// A subnet AKS does not check (private endpoints, API server, ACI, AGC, a dynamic pod
    /// subnet, anything else) that cannot hold what is planned in it. `surge_only`: it would
    /// fit without the upgrade's surge nodes (pod subnets).
    Overfull {
        name: String,
        cidr: String,
        needed: u128,
        usable: u128,
        smallest: Option<u8>,
        surge_only: bool,
    },
    /// The pod CIDR passes AKS's check (`checked` ≤ `available`, surge not counted) but not the
    /// upgrade's surge nodes, which take a /24 each too (`needed`): a warning.
    PodCidrSurge {
        kubenet: bool,
        cidr: String,
        checked: u128,
        needed: u128,
        available: u128,
        smallest: Option<u8>,
    },
    /// The shared API server subnet caps how many clusters of this shape the VNet holds: each
    /// reserves at least 9 of its `usable` addresses (derived count, rules-check A1).
    LimitsClusters {
        name: String,
        usable: u128,
        clusters: u64,
    },
    /// A listed peered or on-premises range covers every IPv4 address prefix of the VNet: no
    /// subnet can be placed in it without overlapping the range (said instead of "no room").
    ListedCoversVnet {
        range: String,
        vnet: String,
    },
}

impl SubnetIssue {
    /// The severity the design gives it.
    pub fn severity(&self) -> Severity {
        use SubnetIssue as S;
        match self {
            S::TooSmallForPurpose { hard: false, .. }
            | S::OverlapsRange {
                role: Role::Listed, ..
            }
            | S::PodSubnetNotUsed { .. }
            | S::PurposeNotUsed { .. }
            | S::TooManySubnets
            | S::NoVirtualNodesV2Subnet
            | S::FullWithOthers { .. }
            | S::PodCidrSurge { .. } => Severity::Warning,
            S::Unused { .. }
            | S::ExtrasHere { .. }
            | S::KubenetRouteTable { .. }
            | S::LimitsClusters { .. } => Severity::Info,
            _ => Severity::Error,
        }
    }
}

/// What AKS's support of a Kubernetes version means for the plan (`supported-kubernetes-versions.md`,
/// `long-term-support.md`, the release notes of 2026-07-17).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum VersionIssue {
    /// Available only under long-term support, which needs the Premium tier and the LTS support
    /// plan; `premium`: the plan's tier is Premium (the exports then set the plan).
    LtsOnly {
        version: K8sVersion,
        lts_end: Month,
        premium: bool,
    },
    /// The calendar ends the version's LTS (`lts`) or standard support before the rule set's date.
    EndsBeforeRules {
        version: K8sVersion,
        end: Month,
        lts: bool,
    },
    /// Not generally available in the rule set's sources; the calendar's preview and GA months.
    NotGa {
        version: K8sVersion,
        planned: Option<(Month, Month)>,
    },
}

impl VersionIssue {
    pub fn severity(&self) -> Severity {
        match self {
            VersionIssue::LtsOnly { premium: true, .. }
            | VersionIssue::EndsBeforeRules { lts: false, .. } => Severity::Info,
            _ => Severity::Warning,
        }
    }
}

/// Which reserved address of the service CIDR the DNS service IP is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DnsSlot {
    Network,
    First,
    Broadcast,
}

/// One thing the calculator has to say.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    pub severity: Severity,
    pub at: Option<At>,
    pub issue: Issue,
}

impl Finding {
    pub fn error(at: At, issue: Issue) -> Finding {
        Finding {
            severity: Severity::Error,
            at: Some(at),
            issue,
        }
    }

    pub fn warning(at: At, issue: Issue) -> Finding {
        Finding {
            severity: Severity::Warning,
            at: Some(at),
            issue,
        }
    }

    pub fn info(at: At, issue: Issue) -> Finding {
        Finding {
            severity: Severity::Info,
            at: Some(at),
            issue,
        }
    }
}
