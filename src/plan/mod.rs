//! The plan: every input of the calculator in one value, the names of its fields, the edits the
//! page makes to it, and the readers of what people type (numbers, quantities, ranges).
//!
//! This layer uses only [`crate::rules`].
//!
//! Free-text fields hold exactly what the user typed (and what the link carries), so a typo never
//! loses anything: [`crate::evaluate`] reads them and reports a message at the field instead.
//! Choices with a fixed set of values are enums.

use alloc::string::String;
use alloc::vec;
use alloc::vec::Vec;
use serde::{Deserialize, Serialize};

pub use crate::rules::network::NetworkModel;
pub use crate::rules::os::OsSku;
use crate::rules::reserve::MemoryRule;
use crate::rules::subnet::Purpose;
use crate::rules::typed::Trimmed;
use outbound::{Names, Outbound};

pub mod edit;
pub mod field;
pub mod outbound;
pub mod quantity;
pub mod ranges;
#[cfg(test)]
pub(crate) mod testing;

/// Every input of a cluster plan.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Plan {
    pub cluster: Cluster,
    /// At least one pool in any plan the page builds; [`crate::evaluate`] copes with none.
    pub pools: Vec<Pool>,
}

/// Cluster-wide settings (`az aks create`) and the address plan around the cluster.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Cluster {
    pub network: NetworkModel,
    pub dataplane: Dataplane,
    pub tier: Tier,
    /// Control-plane Kubernetes version; pools follow it unless they set their own.
    pub kubernetes_version: String,
    /// The VNet's address space: one or more CIDRs.
    pub vnet: String,
    /// The subnets of the VNet design, in the order the user lists them.
    pub subnets: Vec<Subnet>,
    /// API Server VNet Integration: the API server gets addresses in its own delegated subnet.
    pub apiserver_vnet_integration: bool,
    /// The API server subnet's name; empty: the first subnet whose purpose is the API server.
    pub apiserver_subnet: String,
    /// "Fit into the VNet" sizes auto subnets for their need times this (`2`: room to double).
    pub growth: String,
    /// The pod CIDR (kubenet and overlay); an IPv4 and an IPv6 range for dual-stack.
    pub pod_cidr: String,
    /// The service CIDR; an IPv4 and an IPv6 range for dual-stack.
    pub service_cidr: String,
    pub dns_service_ip: String,
    /// Peered VNets and on-premises networks the cluster must not collide with.
    pub listed_ranges: String,
    /// Other consumers of the node subnet: internal load-balancer frontends, private
    /// endpoints, anything else (VMs, gateways).
    pub internal_lbs: String,
    pub private_endpoints: String,
    pub other_ips: String,
    /// A private cluster puts the API server's private endpoint in the node subnet.
    pub private_cluster: bool,
    /// Virtual nodes (ACI) need Azure CNI.
    pub virtual_nodes: bool,
    /// Virtual Nodes v2 (preview): how many virtual nodes; empty or `0`: none. Each takes
    /// about 3 vCPU and 12 GiB on a real node.
    #[serde(default)]
    pub virtual_nodes_v2: String,
    /// How traffic leaves the cluster, and what its egress rules depend on (aks-rules §9–§10).
    pub outbound: Outbound,
    /// Resource group, cluster name, region and node resource group (aks-rules §11).
    pub names: Names,
    /// WireGuard encryption of pod traffic between nodes (Advanced Container Networking
    /// Services, Azure CNI powered by Cilium only): `--enable-acns --acns-transit-encryption-type
    /// wireguard`. Nodes then need UDP 51871 between them (aks-rules §10).
    #[serde(default)]
    pub wireguard: bool,
}

/// One subnet of the VNet design (aks-rules §8).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Subnet {
    pub name: String,
    /// An IPv4 prefix, and an IPv6 /64 for dual-stack; empty (or `auto`): placed by the layout.
    pub prefix: String,
    pub purpose: Purpose,
    /// Addresses the subnet needs besides node pools: private endpoints, ACI pods, other uses.
    pub ips: String,
}

impl Subnet {
    /// The node subnet every plan starts with: AKS's managed-VNet subnet.
    pub fn default_nodes() -> Subnet {
        Subnet {
            name: String::from(defaults::NODE_SUBNET_NAME),
            prefix: String::from(defaults::NODE_SUBNET),
            purpose: Purpose::Nodes,
            ips: String::new(),
        }
    }

    /// A subnet to be placed by the layout.
    pub fn auto(name: &str, purpose: Purpose) -> Subnet {
        Subnet {
            name: String::from(name),
            prefix: String::new(),
            purpose,
            ips: String::new(),
        }
    }

    /// Whether the layout places it: no prefix typed, or `auto`.
    ///
    /// # Examples
    /// ```
    /// use aks_calc::plan::Subnet;
    /// use aks_calc::rules::subnet::Purpose;
    /// let mut s = Subnet::auto("snet-pe", Purpose::PrivateEndpoints);
    /// assert!(s.is_auto());
    /// s.prefix = " Auto ".into();
    /// assert!(s.is_auto());
    /// s.prefix = "10.0.0.0/24".into();
    /// assert!(!s.is_auto());
    /// ```
    pub fn is_auto(&self) -> bool {
        let p = self.prefix.trimmed();
        p.is_empty() || p.eq_ignore_ascii_case("auto")
    }
}

/// The AKS pricing tier, which sets the node limit (aks-rules §6).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Tier {
    Free,
    Standard,
    Premium,
}

impl Tier {
    /// Nodes per cluster: 1,000 on the Free tier, 5,000 otherwise.
    pub fn node_limit(self) -> u64 {
        match self {
            Tier::Free => 1000,
            Tier::Standard | Tier::Premium => 5000,
        }
    }
}

/// The data plane; Cilium rides on the same IP models and changes no arithmetic.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Dataplane {
    Azure,
    Cilium,
}

/// System pools run the cluster's own pods; user pools run workloads.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum PoolMode {
    System,
    User,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum OsType {
    Linux,
    Windows,
}

/// Which memory reservation rule a pool uses.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum RuleChoice {
    /// The rule AKS applies for the pool's OS and Kubernetes version.
    Auto,
    /// A rule the user picked.
    Fixed(MemoryRule),
    /// The pool's own kube-reserved and hard eviction threshold (custom kubelet configuration,
    /// preview, Linux only); what it leaves empty keeps AKS's ≥ 1.29 values.
    Custom,
}

/// The name of a VM size field that asks for a custom size.
pub const CUSTOM_VM: &str = "custom";

/// One node pool (`az aks nodepool add`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Pool {
    pub name: String,
    pub mode: PoolMode,
    pub os: OsType,
    /// A catalogue name (`Standard_D4s_v5`, case-insensitive) or [`CUSTOM_VM`].
    pub vm_size: String,
    /// vCPUs of a custom size.
    pub custom_vcpu: String,
    /// Memory of a custom size, GiB.
    pub custom_memory_gib: String,
    pub node_count: String,
    pub autoscale: bool,
    pub min_count: String,
    pub max_count: String,
    /// Empty: the network model's default.
    pub max_pods: String,
    /// A count (`3`) or a percentage (`33%`); empty: the AKS default for the version.
    pub max_surge: String,
    /// Nodes drained in place during an upgrade: a count or a percentage; empty: 0. With
    /// maxSurge 0 an upgrade needs no surge nodes and no surge IPs.
    #[serde(default)]
    pub max_unavailable: String,
    /// The OS image; `None`: AKS's default for the OS and version.
    #[serde(default)]
    pub os_sku: Option<OsSku>,
    /// Empty: the cluster's version.
    pub kubernetes_version: String,
    /// The node subnet's name (`--vnet-subnet-id`); empty: the first node subnet.
    pub vnet_subnet: String,
    /// The pod subnet's name (`--pod-subnet-id`, pod-subnet models); empty: the first pod subnet.
    pub pod_subnet: String,
    pub memory_rule: RuleChoice,
    /// [`RuleChoice::Custom`]: `kubeReserved.cpuMillicores` (m); empty: AKS's table.
    #[serde(default)]
    pub kube_reserved_cpu: String,
    /// [`RuleChoice::Custom`]: `kubeReserved.memoryMB` (Mi); empty: the ≥ 1.29 rule.
    #[serde(default)]
    pub kube_reserved_memory: String,
    /// [`RuleChoice::Custom`]: `hardEvictionThreshold.memoryAvailable`, a quantity (`200Mi`) or
    /// a percentage (`2%`); empty: 100Mi.
    #[serde(default)]
    pub eviction_hard: String,
    /// Node memory capacity as `kubectl describe node` prints it; empty: estimated.
    pub capacity: String,
    pub workload: Workload,
}

/// What the pool's pods ask for, to see how many fit on a node. Empty fields mean "not planned".
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Workload {
    /// CPU request per pod (`250m`, `0.5`).
    pub pod_cpu: String,
    /// Memory request per pod (`256Mi`).
    pub pod_memory: String,
    /// CPU requested by DaemonSets on every node.
    pub daemonset_cpu: String,
    /// Memory requested by DaemonSets on every node.
    pub daemonset_memory: String,
    /// DaemonSet pods on every node (they count against maxPods).
    pub daemonset_pods: String,
    /// Replicas to place, to find how many nodes they need.
    pub replicas: String,
}

/// Kubernetes version of new plans: what AKS creates when none is named. The CLI and portal
/// default to the N-1 minor version ("the cluster defaults to the _N-1_ minor version",
/// `supported-kubernetes-versions.md`); the newest release notes, of 2026-07-17 (v20260717),
/// have 1.36 as the newest GA version (since 2026-06-19), so the default is 1.35. Derived: no
/// release note names the default (`az aks get-versions` marks it `isDefault`). Links of schema
/// 1, written when the default was 1.33, keep 1.33 (`formats::fragment`).
pub const DEFAULT_KUBERNETES_VERSION: &str = "1.35";
/// The VM size of the default system pool.
pub const DEFAULT_VM_SIZE: &str = "Standard_D4s_v5";

/// Address defaults: AKS's managed VNet (10.224.0.0/12 with a 10.224.0.0/16 node subnet), its
/// default pod CIDR, service CIDR and DNS IP (aks-rules §5). AKS has no default pod subnet: the
/// next /16 of the VNet is used.
pub mod defaults {
    pub const VNET: &str = "10.224.0.0/12";
    pub const NODE_SUBNET: &str = "10.224.0.0/16";
    pub const POD_SUBNET: &str = "10.225.0.0/16";
    pub const POD_CIDR: &str = "10.244.0.0/16";
    pub const SERVICE_CIDR: &str = "10.0.0.0/16";
    pub const DNS_SERVICE_IP: &str = "10.0.0.10";
    /// The names the design gives the node subnet and the pod subnet it starts with.
    pub const NODE_SUBNET_NAME: &str = "snet-aks-nodes";
    pub const POD_SUBNET_NAME: &str = "snet-aks-pods";
    pub const GROWTH: &str = "1";
}

impl Default for Cluster {
    fn default() -> Self {
        Cluster {
            network: NetworkModel::Overlay,
            dataplane: Dataplane::Azure,
            tier: Tier::Free,
            kubernetes_version: String::from(DEFAULT_KUBERNETES_VERSION),
            vnet: String::from(defaults::VNET),
            subnets: vec![Subnet::default_nodes()],
            apiserver_vnet_integration: false,
            apiserver_subnet: String::new(),
            growth: String::from(defaults::GROWTH),
            pod_cidr: String::from(defaults::POD_CIDR),
            service_cidr: String::from(defaults::SERVICE_CIDR),
            dns_service_ip: String::from(defaults::DNS_SERVICE_IP),
            listed_ranges: String::new(),
            internal_lbs: String::new(),
            private_endpoints: String::new(),
            other_ips: String::new(),
            private_cluster: false,
            virtual_nodes: false,
            virtual_nodes_v2: String::new(),
            outbound: Outbound::default(),
            names: Names::default(),
            wireguard: false,
        }
    }
}

impl Cluster {
    /// The resource group the plan names, or the exports' placeholder (`rg-aks`).
    ///
    /// # Examples
    /// ```
    /// let mut plan = aks_calc::plan::Plan::default();
    /// assert_eq!(plan.cluster.resource_group(), "rg-aks");
    /// plan.cluster.names.resource_group = " rg-prod ".into();
    /// assert_eq!(plan.cluster.resource_group(), "rg-prod");
    /// ```
    pub fn resource_group(&self) -> &str {
        self.names.resource_group()
    }

    /// The cluster's name, or the exports' placeholder (`aks-cluster`).
    pub fn cluster_name(&self) -> &str {
        self.names.cluster_name()
    }

    /// The region as typed, or the exports' placeholder (`japaneast`).
    pub fn region(&self) -> &str {
        self.names.region()
    }

    /// `--node-resource-group` when the plan names one.
    pub fn node_resource_group(&self) -> Option<&str> {
        self.names.node_resource_group()
    }
}

impl Cluster {
    /// The prefix typed for the first subnet of a purpose (empty when there is none).
    pub fn first_prefix(&self, purpose: Purpose) -> &str {
        self.subnets
            .iter()
            .find(|s| s.purpose == purpose)
            .map_or("", |s| s.prefix.as_str())
    }

    /// The subnets a plan has when it says nothing about them: the node subnet, and with the
    /// pod-subnet models a pod subnet.
    pub fn default_subnets(&self) -> Vec<Subnet> {
        let mut out = vec![Subnet::default_nodes()];
        if self.network.uses_pod_subnet() {
            out.push(self.default_pod_subnet());
        }
        out
    }

    /// Link schema 1 had one node subnet and one pod subnet, used by every pool: they become the
    /// design's subnets, with v1's defaults (the pod subnet was 10.225.0.0/16 in any VNet).
    pub fn subnets_from_v1(&mut self, node_subnet: Option<String>, pod_subnet: Option<String>) {
        let mut nodes = Subnet::default_nodes();
        if let Some(prefix) = node_subnet {
            nodes.prefix = prefix;
        }
        self.subnets = vec![nodes];
        if self.network.uses_pod_subnet() {
            let mut pods = Subnet::auto(defaults::POD_SUBNET_NAME, Purpose::Pods);
            pods.prefix = pod_subnet.unwrap_or_else(|| String::from(defaults::POD_SUBNET));
            self.subnets.push(pods);
        }
    }
}

impl Pool {
    /// The first pool of a new cluster, as `az aks create` makes it: `nodepool1`, system mode,
    /// three Linux nodes.
    pub fn default_system() -> Pool {
        Pool {
            name: String::from("nodepool1"),
            mode: PoolMode::System,
            os: OsType::Linux,
            vm_size: String::from(DEFAULT_VM_SIZE),
            custom_vcpu: String::new(),
            custom_memory_gib: String::new(),
            node_count: String::from("3"),
            autoscale: false,
            min_count: String::new(),
            max_count: String::new(),
            max_pods: String::new(),
            max_surge: String::new(),
            max_unavailable: String::new(),
            os_sku: None,
            kubernetes_version: String::new(),
            vnet_subnet: String::new(),
            pod_subnet: String::new(),
            memory_rule: RuleChoice::Auto,
            kube_reserved_cpu: String::new(),
            kube_reserved_memory: String::new(),
            eviction_hard: String::new(),
            capacity: String::new(),
            workload: Workload::default(),
        }
    }

    /// A pool added to an existing plan: a user pool, otherwise like the first.
    pub fn default_user() -> Pool {
        Pool {
            name: String::from("userpool"),
            mode: PoolMode::User,
            ..Pool::default_system()
        }
    }

    /// The template a pool at `index` is compared with, to keep links short.
    pub fn template(index: usize) -> Pool {
        if index == 0 {
            Pool::default_system()
        } else {
            Pool::default_user()
        }
    }
}

impl Default for Plan {
    /// The first-visit example: AKS defaults, Azure CNI Overlay and a 3-node system pool of
    /// Standard_D4s_v5.
    fn default() -> Self {
        Plan {
            cluster: Cluster::default(),
            pools: vec![Pool::default_system()],
        }
    }
}

/// AKS's limit on node pools per cluster (aks-rules §6); plans never hold more.
pub const MAX_POOLS: usize = 100;
/// Subnets a plan holds at most: far more than any cluster design, few enough to stay fast.
pub const MAX_SUBNETS: usize = 100;

impl Plan {
    /// A pool name not yet used in the plan, from `base` (`userpool`, `userpool2`, …), at most
    /// 12 characters when it needs a number.
    ///
    /// # Examples
    /// ```
    /// let mut plan = aks_calc::plan::Plan::default();
    /// plan.pools[0].name = "abcdefghijkl".into();
    /// assert_eq!(plan.unused_pool_name("abcdefghijkl"), "abcdefghijk2");
    /// assert_eq!(plan.unused_pool_name("spot"), "spot");
    /// plan.pools[0].name = "nodepool1".into();
    /// assert_eq!(plan.unused_pool_name("nodepool1"), "nodepool2");
    /// ```
    pub fn unused_pool_name(&self, base: &str) -> String {
        let taken = |name: &str| self.pools.iter().any(|p| p.name == name);
        if !taken(base) {
            return String::from(base);
        }
        // "nodepool1" is followed by "nodepool2", not "nodepool12".
        let base = base.trim_end_matches(|c: char| c.is_ascii_digit());
        let base = if base.is_empty() { "pool" } else { base };
        let mut n = 2usize;
        loop {
            // Pool names are at most 12 characters: shorten the base to make room for the number.
            let digits = alloc::format!("{n}");
            let keep = base
                .char_indices()
                .nth(12usize.saturating_sub(digits.len()))
                .map_or(base.len(), |(i, _)| i);
            let candidate = alloc::format!("{}{digits}", base.get(..keep).unwrap_or(base));
            if !taken(&candidate) {
                return candidate;
            }
            n += 1;
        }
    }
}
