//! The pool half of [`super::evaluate`]: each pool's VM, node counts, maxPods, surge, memory rule,
//! per-node figures and workload fit (aks-rules §1–§3, §6), and the checks at each pool field.

use alloc::vec::Vec;

use super::finding::{At, CustomKind, Finding, Issue, OsSkuIssue, UpgradeIssue};
use super::report::*;
use crate::plan::field::PoolField;
use crate::plan::quantity::{
    self, InputError, SurgeError, parse_count, parse_cpu_m, parse_eviction, parse_gib_as_mib,
    parse_memory_ki, parse_mib, parse_millicores, parse_surge, parse_version,
};
use crate::plan::{CUSTOM_VM, Dataplane, OsType, Plan, Pool, PoolMode, RuleChoice};
use crate::rules::catalogue;
use crate::rules::limits::{LOCALDNS_DEFAULT_SINCE, LOCALDNS_MIN_VCPU};
use crate::rules::network::{SURGE_FALLBACK_SINCE, Surge};
use crate::rules::os::{OsSku, WINDOWS_2025_DEFAULT_SINCE_DOCS};
use crate::rules::reserve::{
    CustomReservation, EvictionThreshold, MemoryRule, cpu_reserved_m, custom_memory_reservation,
    custom_minimum, estimated_capacity_ki, memory_reservation,
};
use crate::rules::typed::Trimmed;
use crate::rules::version::{K8sVersion, OLDEST_SUPPORTED};

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
    /// "AKS now requires a minimum of 2GBs of memory for the SKU for all user nodepools"
    /// (CHANGELOG 2025-04-27).
    pub const USER_MIN_MEMORY_MIB: u64 = 2 * 1024;
    pub const POOL_NAME_MAX: usize = 12;
    pub const WINDOWS_POOL_NAME_MAX: usize = 6;
}

/// The cluster's allocatable CPU and memory, less what `virtual_nodes` Virtual Nodes v2 take on
/// real nodes (§2g: about 3 vCPU and 12 GiB each).
pub(super) fn totals(pools: &[PoolReport], virtual_nodes: u64) -> Totals {
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
    use crate::rules::limits::virtual_nodes_v2 as vn2;
    t.virtual_nodes = virtual_nodes;
    t.virtual_nodes_cpu_m = virtual_nodes.saturating_mul(vn2::CPU_M);
    t.virtual_nodes_memory_ki = virtual_nodes.saturating_mul(vn2::MEMORY_MIB * 1024);
    for (total, taken) in [
        (&mut t.cpu_m, t.virtual_nodes_cpu_m),
        (&mut t.cpu_m_at_max, t.virtual_nodes_cpu_m),
        (&mut t.memory_ki, t.virtual_nodes_memory_ki),
        (&mut t.memory_ki_at_max, t.virtual_nodes_memory_ki),
    ] {
        *total = total.saturating_sub(taken);
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

    fn info(&mut self, field: PoolField, issue: Issue) {
        let at = self.at(field);
        self.findings.push(Finding::info(at, issue));
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
        if text.trimmed().is_empty() {
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
        let version = self.version(pool, cluster_version, plan.cluster.tier);
        let rule = self.memory_rule(pool, version);
        let custom = self.custom_reservation(pool);
        let surge = self.surge(pool, version);
        let unavailable = self.upgrade(pool, surge, version, nodes);
        let os_sku = self.os_sku(pool, version);
        let max_pods_defaulted = pool.max_pods.trimmed().is_empty();
        let max_pods = self.max_pods(plan, pool, nodes);
        if pool.mode == PoolMode::System {
            self.check_system_pool(pool, vm, nodes);
        }
        if let Some(vm) = vm {
            self.check_localdns(plan, pool, vm, version);
        }

        let capacity_entered =
            self.read_optional(PoolField::Capacity, &pool.capacity, parse_memory_ki);
        let memory = |ctx: &mut Self, vm: Vm, max_pods: u32| {
            let figures = Figures {
                rule,
                windows,
                custom,
                capacity_entered,
            };
            ctx.memory(vm, max_pods, &figures, plan)
        };
        let node = vm.map(|vm| NodeFigures {
            cpu: cpu_figures(vm, rule, custom.as_ref()),
            memory: max_pods.map(|max_pods| memory(self, vm, max_pods)),
        });
        let fit = node.and_then(|node| self.fit(pool, node, max_pods?, nodes));

        PoolReport {
            vm,
            nodes,
            max_pods,
            max_pods_defaulted,
            version,
            surge,
            unavailable,
            os_sku,
            rule,
            custom,
            node,
            fit,
        }
    }

    /// The pool's own Kubernetes version, or the cluster's when it has none.
    fn version(
        &mut self,
        pool: &Pool,
        cluster_version: Option<K8sVersion>,
        tier: crate::plan::Tier,
    ) -> Option<K8sVersion> {
        if pool.kubernetes_version.trimmed().is_empty() {
            return cluster_version;
        }
        let version = self.read(
            PoolField::KubernetesVersion,
            &pool.kubernetes_version,
            parse_version,
        );
        if let Some(v) = version.filter(|v| *v < OLDEST_SUPPORTED) {
            self.warning(
                PoolField::KubernetesVersion,
                Issue::UnsupportedVersion { version: v },
            );
        }
        if let Some(v) = version {
            let at = self.at(PoolField::KubernetesVersion);
            super::version::check(v, tier, at, self.findings);
        }
        version
    }

    /// The memory rule chosen, or the one AKS applies to this OS and version, with a note
    /// where the rule is uncertain.
    fn memory_rule(&mut self, pool: &Pool, version: Option<K8sVersion>) -> MemoryRule {
        let windows = pool.os == OsType::Windows;
        let rule = match pool.memory_rule {
            RuleChoice::Fixed(rule) => rule,
            // Custom values override the ≥ 1.29 rule; Windows pools cannot have them (§2f).
            RuleChoice::Custom if windows => MemoryRule::Windows,
            RuleChoice::Custom => MemoryRule::Current,
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
            let field = if pool.kubernetes_version.trimmed().is_empty() {
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
        let custom = pool.memory_rule == RuleChoice::Custom;
        if windows && (custom || rule == MemoryRule::Hardening) {
            self.error(PoolField::MemoryRule, Issue::RuleLinuxOnly { custom });
        } else if rule == MemoryRule::Hardening {
            self.info(PoolField::MemoryRule, Issue::HardeningPreview);
        }
        rule
    }

    /// The custom reservations of a pool whose rule is custom (§2f); on other pools a value typed
    /// there is noted as unused. Windows pools get none (refused in [`Self::memory_rule`]).
    fn custom_reservation(&mut self, pool: &Pool) -> Option<CustomReservation> {
        use PoolField as F;
        if pool.memory_rule != RuleChoice::Custom {
            for (field, text) in [
                (F::KubeReservedCpu, &pool.kube_reserved_cpu),
                (F::KubeReservedMemory, &pool.kube_reserved_memory),
                (F::EvictionHard, &pool.eviction_hard),
            ] {
                if !text.trimmed().is_empty() {
                    self.info(field, Issue::CustomValueIgnored);
                }
            }
            return None;
        }
        self.info(F::MemoryRule, Issue::CustomPreview);
        if pool.os == OsType::Windows {
            return None;
        }
        Some(CustomReservation {
            kube_reserved_cpu_m: self.read_optional(
                F::KubeReservedCpu,
                &pool.kube_reserved_cpu,
                parse_millicores,
            ),
            kube_reserved_mib: self.read_optional(
                F::KubeReservedMemory,
                &pool.kube_reserved_memory,
                parse_mib,
            ),
            eviction: self.read_optional(F::EvictionHard, &pool.eviction_hard, parse_eviction),
        })
    }

    /// Custom reservations against what the docs allow (1 up to the node's capacity: an error
    /// outside) and what the SDK documentation asks (a warning below its minimums).
    fn check_custom(&mut self, c: &CustomReservation, vm: Vm, capacity_ki: u64) {
        use PoolField as F;
        use custom_minimum as min;
        let capacity_mib = capacity_ki / 1024;
        if let Some(v) = c.kube_reserved_cpu_m {
            let cpu = u64::from(vm.vcpu).saturating_mul(1000);
            self.check_custom_value(F::KubeReservedCpu, CustomKind::CpuM, v, cpu, min::SDK_CPU_M);
        }
        if let Some(v) = c.kube_reserved_mib {
            let kind = CustomKind::MemoryMib;
            self.check_custom_value(
                F::KubeReservedMemory,
                kind,
                v,
                capacity_mib,
                min::SDK_MEMORY_MIB,
            );
        }
        let (kind, value, minimum) = match c.eviction {
            None => return,
            Some(EvictionThreshold::Percent(p)) => {
                (CustomKind::EvictionPercent, p, min::SDK_EVICTION_PERCENT)
            }
            Some(e @ EvictionThreshold::Ki(_)) => {
                let mib = e.mib(capacity_ki);
                if mib > capacity_mib {
                    let issue = Issue::CustomOutOfRange {
                        kind: CustomKind::EvictionMib,
                        value: mib,
                        max: capacity_mib,
                    };
                    self.error(F::EvictionHard, issue);
                    return;
                }
                (CustomKind::EvictionMib, mib, min::SDK_EVICTION_MIB)
            }
        };
        if value < minimum {
            let issue = Issue::CustomBelowSdkMinimum {
                kind,
                value,
                minimum,
            };
            self.warning(F::EvictionHard, issue);
        }
    }

    /// A kube-reserved value: 1 up to `max` (docs), at least `sdk_min` (SDK documentation).
    fn check_custom_value(
        &mut self,
        field: PoolField,
        kind: CustomKind,
        value: u64,
        max: u64,
        sdk_min: u64,
    ) {
        if value == 0 || value > max {
            self.error(field, Issue::CustomOutOfRange { kind, value, max });
        } else if value < sdk_min {
            let issue = Issue::CustomBelowSdkMinimum {
                kind,
                value,
                minimum: sdk_min,
            };
            self.warning(field, issue);
        }
    }

    /// maxSurge as typed, or the version's default when it is empty or unreadable.
    fn surge(&mut self, pool: &Pool, version: Option<K8sVersion>) -> Surge {
        if pool.max_surge.trimmed().is_empty() {
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

    /// maxUnavailable, and what it and maxSurge together mean for an upgrade (§4): with maxSurge
    /// 0 nodes are drained in place and no surge node is made; with both above 0 AKS tries the
    /// full surge first, so the surge stays planned.
    fn upgrade(
        &mut self,
        pool: &Pool,
        surge: Surge,
        version: Option<K8sVersion>,
        nodes: Option<NodeCounts>,
    ) -> Surge {
        use PoolField as F;
        let unavailable = self.max_unavailable(pool);
        let max = nodes.map_or(0, |n| n.max());
        let surge_nodes = surge.nodes(max);
        let zero = |s: Surge| matches!(s, Surge::Count(0) | Surge::Percent(0));
        let issue = if pool.mode == PoolMode::System && !zero(unavailable) {
            Some((F::MaxUnavailable, UpgradeIssue::UnavailableOnSystemPool))
        } else if zero(surge) && zero(unavailable) {
            Some((F::MaxSurge, UpgradeIssue::NothingToUpgradeWith))
        } else if zero(surge) {
            let unavailable = unavailable.nodes(max);
            Some((
                F::MaxUnavailable,
                UpgradeIssue::DrainInPlace { unavailable },
            ))
        } else if !zero(unavailable) {
            let unavailable = unavailable.nodes(max);
            let surge = surge_nodes;
            Some((
                F::MaxUnavailable,
                UpgradeIssue::SurgeFirst { surge, unavailable },
            ))
        } else {
            None
        };
        let fallback = version.is_some_and(|v| v >= SURGE_FALLBACK_SINCE) && surge_nodes > 1;
        let fallback = fallback.then_some((
            F::MaxSurge,
            UpgradeIssue::FallbackToOne { surge: surge_nodes },
        ));
        // The default is stated two ways (10 % or one node); it matters once 10 % is more than one.
        let assumed =
            pool.max_surge.trimmed().is_empty() && surge == Surge::Percent(10) && surge_nodes > 1;
        let assumed = assumed.then_some((
            F::MaxSurge,
            UpgradeIssue::DefaultAssumed { surge: surge_nodes },
        ));
        for (field, issue) in [issue, fallback, assumed].into_iter().flatten() {
            let at = self.at(field);
            self.findings.push(Finding {
                severity: issue.severity(),
                at: Some(at),
                issue: Issue::Upgrade(issue),
            });
        }
        unavailable
    }

    /// maxUnavailable as typed; empty or unreadable: none.
    fn max_unavailable(&mut self, pool: &Pool) -> Surge {
        if pool.max_unavailable.trimmed().is_empty() {
            return Surge::Count(0);
        }
        match parse_surge(&pool.max_unavailable) {
            Ok(unavailable) => unavailable,
            Err(e) => {
                let issue = match e {
                    SurgeError::Input(e) => Issue::Input(e),
                    SurgeError::TooLarge(t) => Issue::SurgeTooLarge(t),
                };
                self.error(PoolField::MaxUnavailable, issue);
                Surge::Count(0)
            }
        }
    }

    /// The OS image, as set or AKS's default, checked against the OS and the version (§6).
    fn os_sku(&mut self, pool: &Pool, version: Option<K8sVersion>) -> OsSku {
        let windows = pool.os == OsType::Windows;
        let sku = pool
            .os_sku
            .unwrap_or_else(|| OsSku::default_for(windows, version));
        let mut issues = Vec::new();
        if sku.is_windows() != windows {
            issues.push(OsSkuIssue::WrongOs { sku });
        } else if let Some(v) = version.filter(|v| !sku.available_on(*v)) {
            issues.push(OsSkuIssue::NotOnVersion { sku, version: v });
        }
        if windows && pool.os_sku.is_none() && version == Some(WINDOWS_2025_DEFAULT_SINCE_DOCS) {
            issues.push(OsSkuIssue::DefaultDisputed);
        }
        match sku {
            OsSku::Windows2025 if windows => issues.push(OsSkuIssue::NeedsFips),
            OsSku::Windows2022 if windows => issues.push(OsSkuIssue::Windows2022Retiring),
            _ => {}
        }
        for issue in issues {
            let at = self.at(PoolField::OsSku);
            self.findings.push(Finding {
                severity: issue.severity(),
                at: Some(at),
                issue: Issue::OsSku(issue),
            });
        }
        sku
    }

    /// LocalDNS is on by default from 1.36 on Linux pools and needs 4 vCPUs; clusters with
    /// Cilium network policies are left out (CHANGELOG 2026-05-29, `localdns-custom.md`).
    fn check_localdns(&mut self, plan: &Plan, pool: &Pool, vm: Vm, version: Option<K8sVersion>) {
        let on = pool.os == OsType::Linux
            && plan.cluster.dataplane != Dataplane::Cilium
            && version.is_some_and(|v| v >= LOCALDNS_DEFAULT_SINCE);
        // Under 2 vCPUs is already an error for every pool.
        if on && (limits::MIN_VCPU..LOCALDNS_MIN_VCPU).contains(&vm.vcpu) {
            let field = if vm.size.is_some() {
                PoolField::VmSize
            } else {
                PoolField::CustomVcpu
            };
            self.warning(field, Issue::LocalDnsSmallVm { vcpu: vm.vcpu });
        }
    }

    /// maxPods as typed, or the network model's default, checked against the pool's nodes.
    fn max_pods(&mut self, plan: &Plan, pool: &Pool, nodes: Option<NodeCounts>) -> Option<u32> {
        let defaulted = pool.max_pods.trimmed().is_empty();
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
        let typed = pool.vm_size.trimmed();
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
            if let Some(m) = memory.filter(|&m| m > 0) {
                self.check_user_memory(pool, PoolField::CustomMemory, m);
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
                self.check_user_memory(pool, PoolField::VmSize, vm.memory_mib);
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

    /// User pools need VMs with at least 2 GiB (system pools are held to 4 GiB elsewhere).
    fn check_user_memory(&mut self, pool: &Pool, field: PoolField, memory_mib: u64) {
        if pool.mode == PoolMode::User && memory_mib < limits::USER_MIN_MEMORY_MIB {
            self.error(field, Issue::UserPoolMemory { memory_mib });
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
        let (field, memory_field) = if vm.size.is_some() {
            (PoolField::VmSize, PoolField::VmSize)
        } else {
            (PoolField::CustomVcpu, PoolField::CustomMemory)
        };
        // Below 4 GiB AKS refuses the size for a system pool (SystemPoolSkuTooLow, rules-check
        // A9b): an error, where 2–3 vCPUs are only advised against.
        if vm.memory_mib < limits::SYSTEM_MIN_MEMORY_MIB {
            let issue = Issue::SystemPoolMemory {
                memory_mib: vm.memory_mib,
            };
            self.error(memory_field, issue);
        }
        // Under 2 vCPUs is already an error for every pool.
        if vm.vcpu >= limits::MIN_VCPU && vm.vcpu < limits::SYSTEM_MIN_VCPU {
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

    fn memory(&mut self, vm: Vm, max_pods: u32, f: &Figures, plan: &Plan) -> MemoryFigures {
        let capacity_entered = f.capacity_entered;
        let capacity_ki =
            capacity_entered.unwrap_or_else(|| estimated_capacity_ki(vm.memory_mib, f.windows));
        let reservation = match &f.custom {
            Some(custom) => {
                self.check_custom(custom, vm, capacity_ki);
                custom_memory_reservation(vm.memory_mib, max_pods, capacity_ki, custom)
            }
            None => memory_reservation(
                f.rule,
                vm.memory_mib,
                max_pods,
                plan.cluster.network.is_azure_cni(),
            ),
        };
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

/// What a pool's memory figures depend on besides its VM and maxPods.
struct Figures {
    rule: MemoryRule,
    windows: bool,
    custom: Option<CustomReservation>,
    capacity_entered: Option<u64>,
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

/// The CPU AKS reserves on a node of this VM, and what is left for pods: kube-reserved from §1
/// (or the pool's own, §2f), plus the rule's system-reserved (100m with node hardening, §2e).
fn cpu_figures(vm: Vm, rule: MemoryRule, custom: Option<&CustomReservation>) -> CpuFigures {
    let custom_m = custom.and_then(|c| c.kube_reserved_cpu_m);
    let kube_reserved_m = custom_m.unwrap_or_else(|| cpu_reserved_m(vm.vcpu));
    let system_reserved_m = rule.system_reserved_cpu_m();
    let reserved_m = kube_reserved_m.saturating_add(system_reserved_m);
    CpuFigures {
        vcpu: vm.vcpu,
        reserved_m,
        allocatable_m: (u64::from(vm.vcpu) * 1000).saturating_sub(reserved_m),
        kube_reserved_m,
        system_reserved_m,
        custom_kube: custom_m.is_some(),
    }
}
