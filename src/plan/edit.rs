//! Edits: every change the page can make to a plan, as one value, applied by a pure function.

use alloc::string::String;

use alloc::vec::Vec;

use crate::plan::field::{ClusterField, PoolField, SubnetField};
use crate::plan::outbound::OutboundEdit;
use crate::plan::quantity::parse_count;
use crate::plan::{
    Cluster, Dataplane, MAX_POOLS, NetworkModel, OsSku, OsType, Plan, Pool, PoolMode, RuleChoice,
    Tier,
};
use crate::plan::{Subnet, defaults};
use crate::rules::subnet::Purpose;
use crate::rules::typed::Trimmed;

/// A change to one pool.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PoolEdit {
    /// A text field, exactly as typed.
    Text(PoolField, String),
    Mode(PoolMode),
    Os(OsType),
    Autoscale(bool),
    Rule(RuleChoice),
    /// `None`: AKS's default image for the OS and version.
    OsSku(Option<OsSku>),
}

/// A change to one subnet of the design.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SubnetEdit {
    /// A text field, exactly as typed.
    Text(SubnetField, String),
    Purpose(Purpose),
}

/// A change to the plan.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Edit {
    Network(NetworkModel),
    Dataplane(Dataplane),
    Tier(Tier),
    /// A cluster text field, exactly as typed.
    ClusterText(ClusterField, String),
    PrivateCluster(bool),
    VirtualNodes(bool),
    /// kubenet → Azure CNI Overlay with the same pod CIDR and the same pods per node.
    KubenetToOverlay,
    Pool(usize, PoolEdit),
    AddPool,
    DuplicatePool(usize),
    /// Removes a pool; the last pool stays.
    RemovePool(usize),
    ApiServerVnetIntegration(bool),
    Subnet(usize, SubnetEdit),
    /// Adds an auto subnet for a purpose, named as Azure requires or `snet-<purpose>`.
    AddSubnet(Purpose),
    /// Removes a subnet; pools that named it go back to the default subnet.
    RemoveSubnet(usize),
    /// Gives subnets the prefixes the layout placed them at ("Fit into the VNet").
    PlaceSubnets(Vec<(usize, String)>),
    /// The outbound type and the other outbound choices.
    Outbound(OutboundEdit),
    /// WireGuard transit encryption on or off.
    WireGuard(bool),
}

impl Plan {
    /// Applies an edit. Edits naming a pool that does not exist change nothing.
    ///
    /// # Examples
    /// ```
    /// use aks_calc::{plan::edit::Edit, plan::Plan};
    /// let mut plan = Plan::default();
    /// plan.apply(Edit::AddPool);
    /// plan.apply(Edit::DuplicatePool(1));
    /// let names: Vec<_> = plan.pools.iter().map(|p| p.name.as_str()).collect();
    /// assert_eq!(names, ["nodepool1", "userpool", "userpool2"]);
    /// plan.apply(Edit::RemovePool(0));
    /// assert_eq!(plan.pools.len(), 2);
    /// ```
    pub fn apply(&mut self, edit: Edit) {
        match edit {
            Edit::Network(model) => self.set_network(model),
            Edit::Dataplane(d) => self.cluster.dataplane = d,
            Edit::Tier(t) => self.cluster.tier = t,
            Edit::ClusterText(field, value) => {
                if let Some(slot) = self.cluster.text_mut(field) {
                    *slot = value;
                }
            }
            Edit::PrivateCluster(on) => self.cluster.private_cluster = on,
            Edit::VirtualNodes(on) => self.cluster.virtual_nodes = on,
            Edit::KubenetToOverlay => {
                if self.cluster.network == NetworkModel::Kubenet {
                    // Pools on kubenet's default keep its 110 pods rather than overlay's 250.
                    let kubenet_default = NetworkModel::Kubenet.default_max_pods();
                    for pool in &mut self.pools {
                        if pool.max_pods.trimmed().is_empty() {
                            pool.max_pods = alloc::format!("{kubenet_default}");
                        }
                    }
                    self.cluster.network = NetworkModel::Overlay;
                }
            }
            Edit::Pool(index, edit) => {
                if let Some(pool) = self.pools.get_mut(index) {
                    pool.apply(edit);
                }
            }
            Edit::AddPool => {
                if self.pools.len() < MAX_POOLS {
                    let mut pool = Pool::default_user();
                    pool.name = self.unused_pool_name("userpool");
                    self.pools.push(pool);
                }
            }
            Edit::DuplicatePool(index) => {
                if self.pools.len() < MAX_POOLS {
                    if let Some(original) = self.pools.get(index) {
                        let mut copy = original.clone();
                        copy.name = self.unused_pool_name(&original.name);
                        self.pools.insert(index + 1, copy);
                    }
                }
            }
            Edit::RemovePool(index) => {
                if self.pools.len() > 1 && index < self.pools.len() {
                    self.pools.remove(index);
                }
            }
            Edit::ApiServerVnetIntegration(on) => self.cluster.apiserver_vnet_integration = on,
            Edit::Subnet(index, edit) => self.edit_subnet(index, edit),
            Edit::AddSubnet(purpose) => self.add_subnet(purpose),
            Edit::RemoveSubnet(index) => self.remove_subnet(index),
            Edit::PlaceSubnets(placed) => {
                for (index, prefix) in placed {
                    if let Some(s) = self.cluster.subnets.get_mut(index).filter(|s| s.is_auto()) {
                        s.prefix = prefix;
                    }
                }
            }
            Edit::Outbound(edit) => self.cluster.outbound.apply(edit),
            Edit::WireGuard(on) => self.cluster.wireguard = on,
        }
    }

    /// A pod-subnet model needs a pod subnet: one is added when there is none. Leaving the
    /// pod-subnet models takes away the pod subnet that was added that way and is still untouched.
    fn set_network(&mut self, model: crate::plan::NetworkModel) {
        self.cluster.network = model;
        let has_pods = self
            .cluster
            .subnets
            .iter()
            .any(|s| s.purpose == Purpose::Pods);
        let room = self.cluster.subnets.len() < crate::plan::MAX_SUBNETS;
        if model.uses_pod_subnet() && !has_pods && room {
            let pods = self.cluster.default_pod_subnet();
            self.cluster.subnets.push(pods);
        } else if !model.uses_pod_subnet() {
            let default = self.cluster.default_pod_subnet();
            let named = |name: &str| {
                self.pools
                    .iter()
                    .any(|p| p.pod_subnet.eq_ignore_ascii_case(name))
            };
            let keep: Vec<Subnet> = self
                .cluster
                .subnets
                .iter()
                .filter(|s| **s != default || named(&s.name))
                .cloned()
                .collect();
            self.cluster.subnets = keep;
        }
    }

    fn edit_subnet(&mut self, index: usize, edit: SubnetEdit) {
        let Some(subnet) = self.cluster.subnets.get_mut(index) else {
            return;
        };
        match edit {
            SubnetEdit::Purpose(p) => subnet.purpose = p,
            SubnetEdit::Text(SubnetField::Name, name) => {
                // Pools and the API server follow their subnet when it is renamed.
                let old = core::mem::replace(&mut subnet.name, name.clone());
                let same = |n: &str| {
                    !old.trimmed().is_empty() && n.trimmed().eq_ignore_ascii_case(old.trimmed())
                };
                for pool in &mut self.pools {
                    if same(&pool.vnet_subnet) {
                        pool.vnet_subnet = name.clone();
                    }
                    if same(&pool.pod_subnet) {
                        pool.pod_subnet = name.clone();
                    }
                }
                if same(&self.cluster.apiserver_subnet) {
                    self.cluster.apiserver_subnet = name;
                }
            }
            SubnetEdit::Text(SubnetField::Prefix, v) => subnet.prefix = v,
            SubnetEdit::Text(SubnetField::Ips, v) => subnet.ips = v,
            SubnetEdit::Text(SubnetField::Purpose, _) => {}
        }
    }

    fn add_subnet(&mut self, purpose: Purpose) {
        if self.cluster.subnets.len() >= crate::plan::MAX_SUBNETS {
            return;
        }
        let name = match purpose.required_name() {
            Some(required) => alloc::string::String::from(required),
            None => self.unused_subnet_name(&alloc::format!("snet-{}", purpose.id())),
        };
        self.cluster.subnets.push(Subnet::auto(&name, purpose));
    }

    fn remove_subnet(&mut self, index: usize) {
        if index >= self.cluster.subnets.len() {
            return;
        }
        let removed = self.cluster.subnets.remove(index);
        let same = |n: &str| n.trimmed().eq_ignore_ascii_case(removed.name.trimmed());
        for pool in &mut self.pools {
            if same(&pool.vnet_subnet) {
                pool.vnet_subnet.clear();
            }
            if same(&pool.pod_subnet) {
                pool.pod_subnet.clear();
            }
        }
        if same(&self.cluster.apiserver_subnet) {
            self.cluster.apiserver_subnet.clear();
        }
    }

    /// A subnet name not yet used: `base`, `base-2`, `base-3`, …
    pub fn unused_subnet_name(&self, base: &str) -> alloc::string::String {
        let taken = |n: &str| {
            self.cluster
                .subnets
                .iter()
                .any(|s| s.name.eq_ignore_ascii_case(n))
        };
        if !taken(base) {
            return alloc::string::String::from(base);
        }
        (2usize..)
            .map(|n| alloc::format!("{base}-{n}"))
            .find(|n| !taken(n))
            .unwrap_or_default()
    }
}

impl Cluster {
    /// The pod subnet a pod-subnet model starts with: v1's default /16 in the default VNet,
    /// placed by the layout in any other.
    pub fn default_pod_subnet(&self) -> Subnet {
        let mut s = Subnet::auto(defaults::POD_SUBNET_NAME, Purpose::Pods);
        if self.vnet.trimmed() == defaults::VNET {
            s.prefix = alloc::string::String::from(defaults::POD_SUBNET);
        }
        s
    }
}

impl Cluster {
    /// The text behind a cluster field, for fields that are text.
    pub fn text(&self, field: ClusterField) -> Option<&str> {
        use ClusterField as F;
        Some(match field {
            F::KubernetesVersion => &self.kubernetes_version,
            F::Vnet => &self.vnet,
            F::PodCidr => &self.pod_cidr,
            F::ServiceCidr => &self.service_cidr,
            F::DnsServiceIp => &self.dns_service_ip,
            F::ListedRanges => &self.listed_ranges,
            F::InternalLbs => &self.internal_lbs,
            F::PrivateEndpoints => &self.private_endpoints,
            F::OtherIps => &self.other_ips,
            F::ApiServerSubnet => &self.apiserver_subnet,
            F::Growth => &self.growth,
            F::VirtualNodesV2 => &self.virtual_nodes_v2,
            F::Outbound(o) => return self.outbound.text(o),
            F::Names(n) => self.names.text(n),
            F::Network
            | F::Dataplane
            | F::Tier
            | F::PrivateCluster
            | F::VirtualNodes
            | F::ApiServerVnetIntegration
            | F::Subnets
            | F::WireGuard => {
                return None;
            }
        })
    }

    pub(crate) fn text_mut(&mut self, field: ClusterField) -> Option<&mut String> {
        use ClusterField as F;
        Some(match field {
            F::KubernetesVersion => &mut self.kubernetes_version,
            F::Vnet => &mut self.vnet,
            F::PodCidr => &mut self.pod_cidr,
            F::ServiceCidr => &mut self.service_cidr,
            F::DnsServiceIp => &mut self.dns_service_ip,
            F::ListedRanges => &mut self.listed_ranges,
            F::InternalLbs => &mut self.internal_lbs,
            F::PrivateEndpoints => &mut self.private_endpoints,
            F::OtherIps => &mut self.other_ips,
            F::ApiServerSubnet => &mut self.apiserver_subnet,
            F::Growth => &mut self.growth,
            F::VirtualNodesV2 => &mut self.virtual_nodes_v2,
            F::Outbound(o) => return self.outbound.text_mut(o),
            F::Names(n) => self.names.text_mut(n),
            F::Network
            | F::Dataplane
            | F::Tier
            | F::PrivateCluster
            | F::VirtualNodes
            | F::ApiServerVnetIntegration
            | F::Subnets
            | F::WireGuard => {
                return None;
            }
        })
    }
}

impl Pool {
    fn apply(&mut self, edit: PoolEdit) {
        match edit {
            PoolEdit::Text(field, value) => {
                if let Some(slot) = self.text_mut(field) {
                    *slot = value;
                }
            }
            PoolEdit::Mode(mode) => self.mode = mode,
            PoolEdit::Os(os) => self.os = os,
            PoolEdit::Autoscale(on) => {
                self.autoscale = on;
                // Sensible bounds the first time: from 1 to twice today's count.
                if on && self.min_count.is_empty() && self.max_count.is_empty() {
                    let count = parse_count(&self.node_count).unwrap_or(1).max(1);
                    self.min_count = String::from("1");
                    self.max_count = alloc::format!("{}", (count * 2).min(1000));
                }
            }
            PoolEdit::Rule(rule) => self.memory_rule = rule,
            PoolEdit::OsSku(sku) => self.os_sku = sku,
        }
    }

    /// The text behind a field, for fields that are text.
    pub fn text(&self, field: PoolField) -> Option<&str> {
        use PoolField as F;
        let w = &self.workload;
        Some(match field {
            F::Name => &self.name,
            F::VmSize => &self.vm_size,
            F::CustomVcpu => &self.custom_vcpu,
            F::CustomMemory => &self.custom_memory_gib,
            F::NodeCount => &self.node_count,
            F::MinCount => &self.min_count,
            F::MaxCount => &self.max_count,
            F::MaxPods => &self.max_pods,
            F::MaxSurge => &self.max_surge,
            F::KubernetesVersion => &self.kubernetes_version,
            F::Capacity => &self.capacity,
            F::PodCpu => &w.pod_cpu,
            F::PodMemory => &w.pod_memory,
            F::DaemonsetCpu => &w.daemonset_cpu,
            F::DaemonsetMemory => &w.daemonset_memory,
            F::DaemonsetPods => &w.daemonset_pods,
            F::Replicas => &w.replicas,
            F::VnetSubnet => &self.vnet_subnet,
            F::PodSubnet => &self.pod_subnet,
            F::MaxUnavailable => &self.max_unavailable,
            F::KubeReservedCpu => &self.kube_reserved_cpu,
            F::KubeReservedMemory => &self.kube_reserved_memory,
            F::EvictionHard => &self.eviction_hard,
            F::Mode | F::Os | F::MemoryRule | F::OsSku => return None,
        })
    }

    pub(crate) fn text_mut(&mut self, field: PoolField) -> Option<&mut String> {
        use PoolField as F;
        let w = &mut self.workload;
        Some(match field {
            F::Name => &mut self.name,
            F::VmSize => &mut self.vm_size,
            F::CustomVcpu => &mut self.custom_vcpu,
            F::CustomMemory => &mut self.custom_memory_gib,
            F::NodeCount => &mut self.node_count,
            F::MinCount => &mut self.min_count,
            F::MaxCount => &mut self.max_count,
            F::MaxPods => &mut self.max_pods,
            F::MaxSurge => &mut self.max_surge,
            F::KubernetesVersion => &mut self.kubernetes_version,
            F::Capacity => &mut self.capacity,
            F::PodCpu => &mut w.pod_cpu,
            F::PodMemory => &mut w.pod_memory,
            F::DaemonsetCpu => &mut w.daemonset_cpu,
            F::DaemonsetMemory => &mut w.daemonset_memory,
            F::DaemonsetPods => &mut w.daemonset_pods,
            F::Replicas => &mut w.replicas,
            F::VnetSubnet => &mut self.vnet_subnet,
            F::PodSubnet => &mut self.pod_subnet,
            F::MaxUnavailable => &mut self.max_unavailable,
            F::KubeReservedCpu => &mut self.kube_reserved_cpu,
            F::KubeReservedMemory => &mut self.kube_reserved_memory,
            F::EvictionHard => &mut self.eviction_hard,
            F::Mode | F::Os | F::MemoryRule | F::OsSku => return None,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_text_field_round_trips_through_edits() {
        use PoolField as F;
        let choices = [F::Mode, F::Os, F::MemoryRule, F::OsSku];
        let mut plan = Plan::default();
        for (i, field) in PoolField::ALL.into_iter().enumerate() {
            let before = plan.clone();
            let value = alloc::format!("value{i}");
            plan.apply(Edit::Pool(0, PoolEdit::Text(field, value.clone())));
            if choices.contains(&field) {
                // Chosen from a list, not typed: text edits do not reach them.
                assert_eq!(plan.pools[0].text(field), None);
                assert_eq!(plan, before);
            } else {
                assert_eq!(plan.pools[0].text(field), Some(value.as_str()));
            }
        }
    }

    #[test]
    fn os_sku_and_custom_rule_edits() {
        let mut plan = Plan::default();
        plan.apply(Edit::Pool(0, PoolEdit::OsSku(Some(OsSku::AzureLinux))));
        assert_eq!(plan.pools[0].os_sku, Some(OsSku::AzureLinux));
        plan.apply(Edit::Pool(0, PoolEdit::OsSku(None)));
        plan.apply(Edit::Pool(0, PoolEdit::Rule(RuleChoice::Custom)));
        assert_eq!(plan.pools[0].memory_rule, RuleChoice::Custom);
        plan.apply(Edit::ClusterText(ClusterField::VirtualNodesV2, "2".into()));
        assert_eq!(plan.cluster.virtual_nodes_v2, "2");
    }

    #[test]
    fn the_last_pool_cannot_be_removed_and_bad_indexes_change_nothing() {
        let mut plan = Plan::default();
        plan.apply(Edit::RemovePool(0));
        plan.apply(Edit::RemovePool(5));
        plan.apply(Edit::DuplicatePool(9));
        plan.apply(Edit::Pool(3, PoolEdit::Autoscale(true)));
        assert_eq!(plan, Plan::default());
    }

    #[test]
    fn autoscale_gets_bounds_once() {
        let mut plan = Plan::default();
        plan.apply(Edit::Pool(0, PoolEdit::Autoscale(true)));
        assert_eq!(
            (
                plan.pools[0].min_count.as_str(),
                plan.pools[0].max_count.as_str()
            ),
            ("1", "6")
        );
        plan.apply(Edit::Pool(
            0,
            PoolEdit::Text(PoolField::MaxCount, "9".into()),
        ));
        plan.apply(Edit::Pool(0, PoolEdit::Autoscale(false)));
        plan.apply(Edit::Pool(0, PoolEdit::Autoscale(true)));
        assert_eq!(plan.pools[0].max_count, "9");
    }

    #[test]
    fn kubenet_to_overlay_keeps_the_pods_per_node() {
        let mut plan = Plan::default();
        plan.apply(Edit::Network(NetworkModel::Kubenet));
        plan.apply(Edit::AddPool);
        plan.apply(Edit::Pool(
            1,
            PoolEdit::Text(PoolField::MaxPods, "50".into()),
        ));
        plan.apply(Edit::KubenetToOverlay);
        assert_eq!(plan.cluster.network, NetworkModel::Overlay);
        assert_eq!(plan.pools[0].max_pods, "110");
        assert_eq!(plan.pools[1].max_pods, "50");
        // Only from kubenet.
        plan.apply(Edit::Network(NetworkModel::NodeSubnet));
        plan.apply(Edit::KubenetToOverlay);
        assert_eq!(plan.cluster.network, NetworkModel::NodeSubnet);
    }

    #[test]
    fn cluster_text_fields() {
        let mut plan = Plan::default();
        plan.apply(Edit::ClusterText(
            ClusterField::PodCidr,
            "10.100.0.0/14".into(),
        ));
        assert_eq!(
            plan.cluster.text(ClusterField::PodCidr),
            Some("10.100.0.0/14")
        );
        plan.apply(Edit::ClusterText(ClusterField::Tier, "x".into()));
        assert_eq!(plan.cluster.text(ClusterField::Tier), None);
    }

    #[test]
    fn pools_stop_at_the_aks_limit() {
        let mut plan = Plan::default();
        for _ in 0..150 {
            plan.apply(Edit::AddPool);
        }
        plan.apply(Edit::DuplicatePool(0));
        assert_eq!(plan.pools.len(), MAX_POOLS);
    }
}
