//! The pool half of [`super::evaluate`]: each pool's VM, node counts, maxPods, surge, memory rule,
//! per-node figures and workload fit (aks-rules §1–§3, §6), and the checks at each pool field.

use alloc::vec::Vec;

use super::finding::{At, Finding, Issue};
use super::report::*;
use crate::plan::field::PoolField;
use crate::plan::quantity::{
    self, InputError, SurgeError, parse_count, parse_cpu_m, parse_gib_as_mib, parse_memory_ki,
    parse_surge, parse_version,
};
use crate::plan::{CUSTOM_VM, OsType, Plan, Pool, PoolMode, RuleChoice};
use crate::rules::catalogue;
use crate::rules::network::Surge;
use crate::rules::reserve::{
    MemoryRule, cpu_reserved_m, estimated_capacity_ki, memory_reservation,
};
use crate::rules::version::K8sVersion;

/// AKS limits used by the node-sizing checks (aks-rules §3, §6).
pub mod limits {
    pub const MIN_MAX_PODS: u64 = 10;
    pub const MAX_MAX_PODS: u64 = 250;
    /// Every pool must have room for this many pods when maxPods is below it.
    pub const POOL_MIN_PODS: u64 = 30;
    pub const WINDOWS_RECOMMENDED_MAX_PODS: u32 = 110;
    pub const NODES_PER_POOL: u64 = 1000;
    pub const MIN_VCPU: u32 = 2;
    pub const SYSTEM_MIN_VCPU: u32 = 4;
    pub const SYSTEM_MIN_MEMORY_MIB: u64 = 4 * 1024;
    pub const POOL_NAME_MAX: usize = 12;
    pub const WINDOWS_POOL_NAME_MAX: usize = 6;
}

pub(super) fn totals(pools: &[PoolReport]) -> Totals {
    let mut t = Totals::default();
    for p in pools {
        let figures = p.node.and_then(|n| n.memory.map(|m| (n.cpu, m)));
        match (p.nodes, figures) {
            // Saturating: absurd counts typed in must not wrap around (they are reported).
            (Some(nodes), Some((cpu, mem))) => {
                let add = |total: &mut u64, count: u64, each: u64| {
                    *total = total.saturating_add(count.saturating_mul(each));
                };
                add(&mut t.nodes, nodes.count, 1);
                add(&mut t.nodes_at_max, nodes.max(), 1);
                add(&mut t.cpu_m, nodes.count, cpu.allocatable_m);
                add(&mut t.cpu_m_at_max, nodes.max(), cpu.allocatable_m);
                add(&mut t.memory_ki, nodes.count, mem.allocatable_ki);
                add(&mut t.memory_ki_at_max, nodes.max(), mem.allocatable_ki);
            }
            _ => t.partial = true,
        }
    }
    t
}

pub(super) fn check_pool_names(plan: &Plan, findings: &mut Vec<Finding>) {
    for (index, pool) in plan.pools.iter().enumerate() {
        let name = pool.name.as_str();
        let max_len = match pool.os {
            OsType::Windows => limits::WINDOWS_POOL_NAME_MAX,
            OsType::Linux => limits::POOL_NAME_MAX,
        };
        let well_formed = name.len() <= max_len
            && name.bytes().next().is_some_and(|b| b.is_ascii_lowercase())
            && name
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit());
        let at = At::Pool(index, PoolField::Name);
        if !well_formed {
            findings.push(Finding::error(
                at,
                Issue::BadPoolName {
                    name: quantity::shown(name),
                    max_len,
                },
            ));
        } else if plan.pools.iter().take(index).any(|p| p.name == pool.name) {
            findings.push(Finding::error(
                at,
                Issue::DuplicatePoolName {
                    name: pool.name.clone(),
                },
            ));
        }
    }
}

pub(super) struct PoolCtx<'a> {
    pub(super) index: usize,
    pub(super) findings: &'a mut Vec<Finding>,
}

impl PoolCtx<'_> {
    fn at(&self, field: PoolField) -> At {
        At::Pool(self.index, field)
    }

    fn error(&mut self, field: PoolField, issue: Issue) {
        let at = self.at(field);
        self.findings.push(Finding::error(at, issue));
    }

    fn warning(&mut self, field: PoolField, issue: Issue) {
        let at = self.at(field);
        self.findings.push(Finding::warning(at, issue));
    }

    /// Reads a field with `parse`; an unreadable field becomes an error at it.
    fn read<T>(
        &mut self,
        field: PoolField,
        text: &str,
        parse: fn(&str) -> Result<T, InputError>,
    ) -> Option<T> {
        match parse(text) {
            Ok(v) => Some(v),
            Err(e) => {
                self.error(field, Issue::Input(e));
                None
            }
        }
    }

    /// Like [`Self::read`], but an empty field means `None` without a finding.
    fn read_optional<T>(
        &mut self,
        field: PoolField,
        text: &str,
        parse: fn(&str) -> Result<T, InputError>,
    ) -> Option<T> {
        if text.trim().is_empty() {
            None
        } else {
            self.read(field, text, parse)
        }
    }

    pub(super) fn evaluate(
        &mut self,
        plan: &Plan,
        pool: &Pool,
        cluster_version: Option<K8sVersion>,
    ) -> PoolReport {
        let windows = pool.os == OsType::Windows;
        let vm = self.vm(pool);
        let nodes = self.node_counts(pool);
        let version = self.version(pool, cluster_version);
        let rule = self.memory_rule(pool, version);
        let surge = self.surge(pool, version);
        let max_pods_defaulted = pool.max_pods.trim().is_empty();
        let max_pods = self.max_pods(plan, pool, nodes);
        if pool.mode == PoolMode::System {
            self.check_system_pool(pool, vm, nodes);
        }

        let capacity_entered =
            self.read_optional(PoolField::Capacity, &pool.capacity, parse_memory_ki);
        let node = vm.map(|vm| NodeFigures {
            cpu: cpu_figures(vm),
            memory: max_pods
                .map(|max_pods| self.memory(vm, max_pods, rule, windows, capacity_entered, plan)),
        });
        let fit = node.and_then(|node| self.fit(pool, node, max_pods?, nodes));

        PoolReport {
            vm,
            nodes,
            max_pods,
            max_pods_defaulted,
            version,
            surge,
            rule,
            node,
            fit,
        }
    }

    /// The pool's own Kubernetes version, or the cluster's when it has none.
    fn version(&mut self, pool: &Pool, cluster_version: Option<K8sVersion>) -> Option<K8sVersion> {
        if pool.kubernetes_version.trim().is_empty() {
            cluster_version
        } else {
            self.read(
                PoolField::KubernetesVersion,
                &pool.kubernetes_version,
                parse_version,
            )
        }
    }

    /// The memory rule chosen, or the one AKS applies to this OS and version, with a note
    /// where the rule is uncertain.
    fn memory_rule(&mut self, pool: &Pool, version: Option<K8sVersion>) -> MemoryRule {
        let windows = pool.os == OsType::Windows;
        let rule = match pool.memory_rule {
            RuleChoice::Fixed(rule) => rule,
            // An unreadable version is reported at its field; meanwhile assume a current one.
            RuleChoice::Auto => MemoryRule::for_pool(
                windows,
                version.unwrap_or(crate::rules::reserve::CURRENT_RULE_SINCE),
            ),
        };
        if pool.memory_rule == RuleChoice::Auto
            && !windows
            && version == Some(crate::rules::reserve::CURRENT_RULE_SINCE)
        {
            let field = if pool.kubernetes_version.trim().is_empty() {
                PoolField::MemoryRule
            } else {
                PoolField::KubernetesVersion
            };
            let at = self.at(field);
            self.findings
                .push(Finding::info(at, Issue::RuleDependsOnCreationDate));
        }
        if rule.is_unverified() {
            let at = self.at(PoolField::MemoryRule);
            self.findings.push(Finding::info(at, Issue::UnverifiedRule));
        }
        rule
    }

    /// maxSurge as typed, or the version's default when it is empty or unreadable.
    fn surge(&mut self, pool: &Pool, version: Option<K8sVersion>) -> Surge {
        if pool.max_surge.trim().is_empty() {
            return Surge::default_for(version);
        }
        match parse_surge(&pool.max_surge) {
            Ok(surge) => surge,
            Err(e) => {
                let issue = match e {
                    SurgeError::Input(e) => Issue::Input(e),
                    SurgeError::TooLarge(t) => Issue::SurgeTooLarge(t),
                };
                self.error(PoolField::MaxSurge, issue);
                Surge::default_for(version)
            }
        }
    }

    /// maxPods as typed, or the network model's default, checked against the pool's nodes.
    fn max_pods(&mut self, plan: &Plan, pool: &Pool, nodes: Option<NodeCounts>) -> Option<u32> {
        let defaulted = pool.max_pods.trim().is_empty();
        if defaulted && plan.cluster.network == crate::plan::NetworkModel::PodSubnetDynamic {
            let at = self.at(PoolField::MaxPods);
            self.findings
                .push(Finding::info(at, Issue::DynamicDefaultMaxPods));
        }
        let max_pods = if defaulted {
            Some(plan.cluster.network.default_max_pods())
        } else {
            self.read(PoolField::MaxPods, &pool.max_pods, parse_count)
                .and_then(|v| self.check_max_pods(v))
        };
        if let (Some(max_pods), Some(nodes)) = (max_pods, nodes) {
            self.check_pool_pod_room(pool, max_pods, nodes);
        }
        let windows = pool.os == OsType::Windows;
        if let Some(max_pods) =
            max_pods.filter(|&p| windows && p > limits::WINDOWS_RECOMMENDED_MAX_PODS)
        {
            self.warning(PoolField::MaxPods, Issue::WindowsManyPods { max_pods });
        }
        max_pods
    }

    /// Below 30 maxPods, the pool as a whole still needs room for 30 pods.
    fn check_pool_pod_room(&mut self, pool: &Pool, max_pods: u32, nodes: NodeCounts) {
        let pods = u64::from(max_pods);
        // A user pool that can scale to zero is allowed to be empty.
        let may_be_empty = pool.mode == PoolMode::User && nodes.min() == 0;
        if pods < limits::POOL_MIN_PODS
            && pods * nodes.min() < limits::POOL_MIN_PODS
            && !may_be_empty
        {
            self.error(
                PoolField::MaxPods,
                Issue::PoolBelow30Pods {
                    max_pods,
                    nodes: nodes.min(),
                },
            );
        }
    }

    fn vm(&mut self, pool: &Pool) -> Option<Vm> {
        let typed = pool.vm_size.trim();
        if typed.eq_ignore_ascii_case(CUSTOM_VM) {
            let vcpu = self.read(PoolField::CustomVcpu, &pool.custom_vcpu, parse_count);
            let memory = self.read(
                PoolField::CustomMemory,
                &pool.custom_memory_gib,
                parse_gib_as_mib,
            );
            // Above u32::MAX vCPUs nothing is real; the count parser already caps far below.
            let vcpu = vcpu.map(|v| u32::try_from(v).unwrap_or(u32::MAX));
            if let Some(v) = vcpu.filter(|&v| v < limits::MIN_VCPU) {
                self.error(PoolField::CustomVcpu, Issue::VmTooSmall { vcpu: v });
            }
            if memory == Some(0) {
                self.error(PoolField::CustomMemory, Issue::Input(InputError::Empty));
            }
            return Some(Vm {
                vcpu: vcpu?,
                memory_mib: memory.filter(|&m| m > 0)?,
                size: None,
            });
        }
        if typed.is_empty() {
            self.error(PoolField::VmSize, Issue::Input(InputError::Empty));
            return None;
        }
        match catalogue::find(typed) {
            Some(size) => {
                let vm = Vm {
                    vcpu: size.vcpu(),
                    memory_mib: size.memory_mib(),
                    size: Some(size),
                };
                if vm.vcpu < limits::MIN_VCPU {
                    self.error(PoolField::VmSize, Issue::VmTooSmall { vcpu: vm.vcpu });
                }
                Some(vm)
            }
            None => {
                let suggestion = catalogue::closest(typed).map(|vm| vm.name());
                self.error(
                    PoolField::VmSize,
                    Issue::UnknownVmSize {
                        typed: quantity::shown(typed),
                        suggestion,
                    },
                );
                None
            }
        }
    }

    fn node_counts(&mut self, pool: &Pool) -> Option<NodeCounts> {
        let count = self.read(PoolField::NodeCount, &pool.node_count, parse_count);
        if let Some(n) = count.filter(|&n| n > limits::NODES_PER_POOL) {
            self.error(PoolField::NodeCount, Issue::PoolTooLarge { nodes: n });
        }
        if !pool.autoscale {
            return count.map(|count| NodeCounts {
                count,
                autoscale: None,
            });
        }
        let min = self.read(PoolField::MinCount, &pool.min_count, parse_count);
        let max = self.read(PoolField::MaxCount, &pool.max_count, parse_count);
        if let Some(m) = max.filter(|&m| m > limits::NODES_PER_POOL) {
            self.error(PoolField::MaxCount, Issue::PoolTooLarge { nodes: m });
        }
        let (min, max) = (min?, max?);
        if min > max {
            self.error(PoolField::MinCount, Issue::MinAboveMax { min, max });
            return None;
        }
        let count = count?;
        if count < min || count > max {
            self.error(
                PoolField::NodeCount,
                Issue::CountOutsideBounds { count, min, max },
            );
        }
        Some(NodeCounts {
            count,
            autoscale: Some((min, max)),
        })
    }

    fn check_max_pods(&mut self, value: u64) -> Option<u32> {
        if !(limits::MIN_MAX_PODS..=limits::MAX_MAX_PODS).contains(&value) {
            self.error(PoolField::MaxPods, Issue::MaxPodsOutOfRange { value });
        }
        // Out-of-range values are still used for the figures, so the user sees their effect.
        u32::try_from(value).ok()
    }

    fn check_system_pool(&mut self, pool: &Pool, vm: Option<Vm>, nodes: Option<NodeCounts>) {
        if pool.os == OsType::Windows {
            self.error(PoolField::Os, Issue::SystemPoolWindows);
        }
        if nodes.is_some_and(|n| n.min() == 0) {
            let field = if pool.autoscale {
                PoolField::MinCount
            } else {
                PoolField::NodeCount
            };
            self.error(field, Issue::SystemPoolEmpty);
        }
        let Some(vm) = vm else { return };
        let field = if vm.size.is_some() {
            PoolField::VmSize
        } else {
            PoolField::CustomVcpu
        };
        // Under 2 vCPUs is already an error for every pool.
        if vm.vcpu >= limits::MIN_VCPU
            && (vm.vcpu < limits::SYSTEM_MIN_VCPU || vm.memory_mib < limits::SYSTEM_MIN_MEMORY_MIB)
        {
            self.warning(
                field,
                Issue::SystemPoolVmSmall {
                    vcpu: vm.vcpu,
                    memory_mib: vm.memory_mib,
                },
            );
        }
        if let Some(size) = vm.size.filter(|s| s.is_burstable()) {
            self.warning(field, Issue::SystemPoolBurstable { vm: size.name() });
        }
    }

    fn memory(
        &mut self,
        vm: Vm,
        max_pods: u32,
        rule: MemoryRule,
        windows: bool,
        capacity_entered: Option<u64>,
        plan: &Plan,
    ) -> MemoryFigures {
        let reservation = memory_reservation(
            rule,
            vm.memory_mib,
            max_pods,
            plan.cluster.network.is_azure_cni(),
        );
        let capacity_ki =
            capacity_entered.unwrap_or_else(|| estimated_capacity_ki(vm.memory_mib, windows));
        if capacity_ki > vm.memory_mib * 1024 {
            self.warning(
                PoolField::Capacity,
                Issue::CapacityAboveVm {
                    capacity_ki,
                    vm_mib: vm.memory_mib,
                },
            );
        }
        let reserved_ki = reservation.total_mib() * 1024;
        if reserved_ki >= capacity_ki {
            let field = if capacity_entered.is_some() {
                PoolField::Capacity
            } else if vm.size.is_some() {
                PoolField::VmSize
            } else {
                PoolField::CustomMemory
            };
            self.error(
                field,
                Issue::NothingAllocatable {
                    reserved_ki,
                    capacity_ki,
                },
            );
        }
        MemoryFigures {
            vm_mib: vm.memory_mib,
            max_pods,
            capacity_ki,
            capacity_entered: capacity_entered.is_some(),
            reservation,
            allocatable_ki: capacity_ki.saturating_sub(reserved_ki),
        }
    }

    fn fit(
        &mut self,
        pool: &Pool,
        node: NodeFigures,
        max_pods: u32,
        nodes: Option<NodeCounts>,
    ) -> Option<Fit> {
        let requests = self.requests(pool)?;
        let cpu_left = node.cpu.allocatable_m.checked_sub(requests.ds_cpu);
        let mem_left = node
            .memory
            .map(|m| m.allocatable_ki.checked_sub(requests.ds_mem));
        if cpu_left.is_none() || matches!(mem_left, Some(None)) {
            let field = if cpu_left.is_none() {
                PoolField::DaemonsetCpu
            } else {
                PoolField::DaemonsetMemory
            };
            self.error(field, Issue::DaemonsetsDoNotFit);
        }
        let by_max_pods = u64::from(max_pods).saturating_sub(requests.ds_pods);
        let by_cpu = requests
            .pod_cpu
            .filter(|&c| c > 0)
            .map(|c| cpu_left.unwrap_or(0) / c);
        let by_memory = requests
            .pod_mem
            .filter(|&m| m > 0)
            .and_then(|m| Some(mem_left?.unwrap_or(0) / m));
        let (pods_per_node, binding) = self.binding_limit(by_max_pods, by_cpu, by_memory);
        let nodes_needed = self.nodes_needed(requests.replicas, pods_per_node, nodes);
        Some(Fit {
            by_max_pods,
            by_cpu,
            by_memory,
            pods_per_node,
            binding,
            nodes_needed,
        })
    }

    /// Reads the workload's fields; `None` without a pod size, as there is nothing to fit.
    fn requests(&mut self, pool: &Pool) -> Option<Requests> {
        let w = &pool.workload;
        let pod_cpu = self.read_optional(PoolField::PodCpu, &w.pod_cpu, parse_cpu_m);
        let pod_mem = self.read_optional(PoolField::PodMemory, &w.pod_memory, parse_memory_ki);
        let ds_cpu = self.read_optional(PoolField::DaemonsetCpu, &w.daemonset_cpu, parse_cpu_m);
        let ds_mem = self.read_optional(
            PoolField::DaemonsetMemory,
            &w.daemonset_memory,
            parse_memory_ki,
        );
        let ds_pods = self.read_optional(PoolField::DaemonsetPods, &w.daemonset_pods, parse_count);
        let replicas = self.read_optional(PoolField::Replicas, &w.replicas, parse_count);
        if pod_cpu.is_none() && pod_mem.is_none() {
            return None;
        }
        Some(Requests {
            pod_cpu,
            pod_mem,
            ds_cpu: ds_cpu.unwrap_or(0),
            ds_mem: ds_mem.unwrap_or(0),
            ds_pods: ds_pods.unwrap_or(0),
            replicas,
        })
    }

    /// Pods per node: the least of what maxPods, CPU and memory allow, and which one that is.
    fn binding_limit(
        &mut self,
        by_max_pods: u64,
        by_cpu: Option<u64>,
        by_memory: Option<u64>,
    ) -> (u64, Limit) {
        let mut pods_per_node = by_max_pods;
        let mut binding = Limit::MaxPods;
        for (limit, value) in [(Limit::Cpu, by_cpu), (Limit::Memory, by_memory)] {
            if let Some(v) = value.filter(|&v| v < pods_per_node) {
                pods_per_node = v;
                binding = limit;
            }
        }
        if pods_per_node == 0 {
            let field = match binding {
                Limit::Cpu => PoolField::PodCpu,
                Limit::Memory => PoolField::PodMemory,
                Limit::MaxPods => PoolField::DaemonsetPods,
            };
            self.error(field, Issue::PodDoesNotFit);
        }
        (pods_per_node, binding)
    }

    /// The nodes the replicas need, warned about when the pool cannot grow that far.
    fn nodes_needed(
        &mut self,
        replicas: Option<u64>,
        pods_per_node: u64,
        nodes: Option<NodeCounts>,
    ) -> Option<u64> {
        let nodes_needed = match replicas {
            Some(0) => Some(0),
            Some(r) if pods_per_node > 0 => Some(r.div_ceil(pods_per_node)),
            _ => None,
        };
        if let (Some(needed), Some(nodes)) = (nodes_needed, nodes) {
            if needed > nodes.max() {
                self.warning(
                    PoolField::Replicas,
                    Issue::ReplicasNeedMoreNodes {
                        needed,
                        available: nodes.max(),
                    },
                );
            }
        }
        nodes_needed
    }
}

/// A pool's workload requests as read; the DaemonSets' are 0 when empty.
struct Requests {
    pod_cpu: Option<u64>,
    pod_mem: Option<u64>,
    ds_cpu: u64,
    ds_mem: u64,
    ds_pods: u64,
    replicas: Option<u64>,
}

/// The CPU AKS reserves on a node of this VM, and what is left for pods.
fn cpu_figures(vm: Vm) -> CpuFigures {
    let reserved_m = cpu_reserved_m(vm.vcpu);
    CpuFigures {
        vcpu: vm.vcpu,
        reserved_m,
        allocatable_m: (u64::from(vm.vcpu) * 1000).saturating_sub(reserved_m),
    }
}
