//! What AKS takes off every node before pods get any: CPU (aks-rules §1) and memory (§2).
//!
//! All memory arithmetic is in whole MiB or KiB with integer maths, rounded down where the rule
//! says "floor", so results match `kubectl describe node` to the unit.

use crate::rules::version::K8sVersion;

/// Kubernetes version from which AKS uses the maxPods-driven memory reservation (§2a).
pub const CURRENT_RULE_SINCE: K8sVersion = K8sVersion::new(1, 29);

/// CPU reserved for the kubelet and system daemons, in millicores (§1).
///
/// A marginal-bracket formula: 6 % of the 1st core, 4 % of the 2nd, 2 % of cores 3–4 and 1 % of
/// every core above 4. Linux and Windows use the same table.
///
/// # Examples
/// ```
/// use aks_calc::rules::reserve::cpu_reserved_m;
/// assert_eq!(cpu_reserved_m(2), 100);
/// assert_eq!(cpu_reserved_m(96), 1060);
/// ```
pub fn cpu_reserved_m(vcpu: u32) -> u64 {
    let n = u64::from(vcpu);
    60 * n.min(1)
        + 40 * n.saturating_sub(1).min(1)
        + 20 * n.saturating_sub(2).min(2)
        + 10 * n.saturating_sub(4)
}

/// Which memory reservation rule applies to a node.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum MemoryRule {
    /// Kubernetes ≥ 1.29 on Linux: `min(20·maxPods + 50, 25 %)` Mi and 100 Mi eviction (§2a).
    Current,
    /// Kubernetes < 1.29 on Linux: regressive brackets and 750 Mi eviction (§2b).
    Legacy,
    /// Windows nodes: legacy brackets + 2048 Mi, no eviction threshold (§2c, unverified).
    Windows,
    /// Node hardening (§2e, a documented preview for Linux pools): a larger kube-reserved,
    /// system-reserved CPU and memory, and an eviction ladder the docs do not confirm.
    Hardening,
}

impl MemoryRule {
    /// The rule AKS applies to a pool of this OS and Kubernetes version. Every version AKS
    /// supports is ≥ 1.29 (§2g), so the legacy rule comes out only for old pools below it.
    ///
    /// # Examples
    /// ```
    /// use aks_calc::{plan::quantity::K8sVersion, rules::reserve::MemoryRule};
    /// assert_eq!(MemoryRule::for_pool(false, K8sVersion::new(1, 29)), MemoryRule::Current);
    /// assert_eq!(MemoryRule::for_pool(false, K8sVersion::new(1, 28)), MemoryRule::Legacy);
    /// assert_eq!(MemoryRule::for_pool(true, K8sVersion::new(1, 33)), MemoryRule::Windows);
    /// ```
    pub fn for_pool(windows: bool, version: K8sVersion) -> MemoryRule {
        if windows {
            MemoryRule::Windows
        } else if version >= CURRENT_RULE_SINCE {
            MemoryRule::Current
        } else {
            MemoryRule::Legacy
        }
    }

    /// Whether the rule rests on observation rather than documentation.
    pub fn is_unverified(self) -> bool {
        matches!(self, MemoryRule::Windows | MemoryRule::Hardening)
    }

    /// CPU AKS sets aside as system-reserved, in millicores: 100m with node hardening (§2e),
    /// none otherwise. It comes on top of the kube-reserved CPU of §1, which hardening keeps.
    ///
    /// # Examples
    /// ```
    /// use aks_calc::rules::reserve::MemoryRule;
    /// assert_eq!(MemoryRule::Hardening.system_reserved_cpu_m(), 100);
    /// assert_eq!(MemoryRule::Current.system_reserved_cpu_m(), 0);
    /// ```
    pub fn system_reserved_cpu_m(self) -> u64 {
        match self {
            MemoryRule::Hardening => HARDENING_SYSTEM_RESERVED_CPU_M,
            MemoryRule::Current | MemoryRule::Legacy | MemoryRule::Windows => 0,
        }
    }
}

/// System-reserved CPU of node hardening (§2e, aks-docs `node-hardening`: "None → 100m").
pub const HARDENING_SYSTEM_RESERVED_CPU_M: u64 = 100;

/// The legacy regressive brackets (§2b) over the VM's memory, in whole MiB (rounded down).
///
/// # Examples
/// ```
/// use aks_calc::rules::reserve::legacy_brackets_mib;
/// assert_eq!(legacy_brackets_mib(7 * 1024), 1638);
/// ```
pub fn legacy_brackets_mib(vm_mib: u64) -> u64 {
    const GIB: u64 = 1024;
    let m = vm_mib;
    // Percent × MiB, divided by 100 once at the end so the floor happens once.
    let hundredths = 25 * m.min(4 * GIB)
        + 20 * m.saturating_sub(4 * GIB).min(4 * GIB)
        + 10 * m.saturating_sub(8 * GIB).min(8 * GIB)
        + 6 * m.saturating_sub(16 * GIB).min(112 * GIB)
        + 2 * m.saturating_sub(128 * GIB);
    hundredths / 100
}

/// Memory AKS reserves on one node, in MiB.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MemoryReservation {
    pub rule: MemoryRule,
    pub kube_reserved_mib: u64,
    /// Only the node-hardening rule sets a system-reserved amount.
    pub system_reserved_mib: u64,
    /// The kubelet's hard eviction threshold (`memory.available<…`).
    pub eviction_mib: u64,
    /// kube-reserved hit the 25 % cap of the maxPods-driven rules.
    pub capped: bool,
    /// kube-reserved is the pool's own `kubeReserved.memoryMB` (§2f), not the rule's.
    pub custom_kube: bool,
    /// The hard eviction threshold is the pool's own `hardEvictionThreshold.memoryAvailable`.
    pub custom_eviction: bool,
}

impl MemoryReservation {
    /// Everything not allocatable to pods, in MiB.
    pub fn total_mib(&self) -> u64 {
        self.kube_reserved_mib + self.system_reserved_mib + self.eviction_mib
    }
}

/// Applies a memory rule to a VM of `vm_mib` nominal memory running at most `max_pods` pods.
/// `azure_cni` only matters to the hardening rule (its system-reserved grows by 100 Mi).
///
/// # Examples
/// ```
/// use aks_calc::rules::reserve::{memory_reservation, MemoryRule};
/// let r = memory_reservation(MemoryRule::Current, 8 * 1024, 30, true);
/// assert_eq!((r.kube_reserved_mib, r.eviction_mib), (650, 100));
/// ```
pub fn memory_reservation(
    rule: MemoryRule,
    vm_mib: u64,
    max_pods: u32,
    azure_cni: bool,
) -> MemoryReservation {
    let pods = u64::from(max_pods);
    let cap = vm_mib / 4;
    let (uncapped, system, eviction) = match rule {
        MemoryRule::Current => (20 * pods + 50, 0, 100),
        MemoryRule::Legacy => (legacy_brackets_mib(vm_mib), 0, 750),
        MemoryRule::Windows => (legacy_brackets_mib(vm_mib) + 2048, 0, 0),
        MemoryRule::Hardening => {
            let gib = vm_mib / 1024;
            let kube = 35 * pods + (vm_mib * 2 / 100).max(250);
            let system = 200 + 100 * (gib / 32) + if azure_cni { 100 } else { 0 };
            let eviction = if vm_mib <= 8 * 1024 {
                250
            } else if vm_mib < 32 * 1024 {
                375
            } else {
                512
            };
            (kube, system, eviction)
        }
    };
    // Only the maxPods-driven rules are capped at 25 % of the VM's memory.
    let capped = matches!(rule, MemoryRule::Current | MemoryRule::Hardening) && uncapped > cap;
    let kube = if capped { cap } else { uncapped };
    MemoryReservation {
        rule,
        kube_reserved_mib: kube,
        system_reserved_mib: system,
        eviction_mib: eviction,
        capped,
        custom_kube: false,
        custom_eviction: false,
    }
}

/// The hard eviction threshold a pool sets for `memory.available` (§2f): a quantity or a
/// percentage of the node's capacity.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EvictionThreshold {
    Ki(u64),
    Percent(u64),
}

impl EvictionThreshold {
    /// The threshold in whole MiB on a node of `capacity_ki`, rounded **up**: the kubelet counts
    /// bytes, and rounding up never shows more allocatable memory than the node has.
    ///
    /// # Examples
    /// ```
    /// use aks_calc::rules::reserve::EvictionThreshold;
    /// assert_eq!(EvictionThreshold::Ki(200 * 1024).mib(8_000 * 1024), 200);
    /// assert_eq!(EvictionThreshold::Ki(1).mib(8_000 * 1024), 1);
    /// assert_eq!(EvictionThreshold::Percent(5).mib(8_000 * 1024), 400);
    /// ```
    pub fn mib(self, capacity_ki: u64) -> u64 {
        let ki = match self {
            EvictionThreshold::Ki(ki) => ki,
            EvictionThreshold::Percent(p) => capacity_ki.saturating_mul(p).div_ceil(100),
        };
        ki.div_ceil(1024)
    }
}

/// What a pool's custom kubelet configuration sets (§2f, preview, Linux only); what it leaves
/// unset keeps AKS's own value (the ≥ 1.29 rule and §1's CPU table).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct CustomReservation {
    /// `kubeReserved.cpuMillicores`.
    pub kube_reserved_cpu_m: Option<u64>,
    /// `kubeReserved.memoryMB` (MiB).
    pub kube_reserved_mib: Option<u64>,
    /// `hardEvictionThreshold.memoryAvailable`.
    pub eviction: Option<EvictionThreshold>,
}

/// Lower bounds of the custom reservations (§2f). The AKS docs allow 1 up to the pool's
/// capacity (`custom-node-configuration-reference.md`); the preview SDK documentation of the
/// same API (`KubeReserved`, `HardEvictionThreshold` of `@azure/arm-containerservice`) asks for
/// more: a calculator warns below these and refuses only what the docs refuse.
pub mod custom_minimum {
    /// "cpuMillicores … Must be greater than or equal to 140."
    pub const SDK_CPU_M: u64 = 140;
    /// "memoryMB … Must be greater than or equal to 750."
    pub const SDK_MEMORY_MIB: u64 = 750;
    /// "Absolute values must be greater than or equal to 100Mi."
    pub const SDK_EVICTION_MIB: u64 = 100;
    /// "Percentage values must be greater than or equal to 2%."
    pub const SDK_EVICTION_PERCENT: u64 = 2;
}

/// The memory a pool reserves with a custom configuration: the ≥ 1.29 rule (§2a) where the
/// pool sets nothing, its own values where it does (§2f). `capacity_ki` is what a percentage
/// eviction threshold is taken of.
///
/// # Examples
/// ```
/// use aks_calc::rules::reserve::{custom_memory_reservation, CustomReservation, EvictionThreshold};
/// let custom = CustomReservation {
///     kube_reserved_mib: Some(1000),
///     eviction: Some(EvictionThreshold::Ki(200 * 1024)),
///     ..CustomReservation::default()
/// };
/// let r = custom_memory_reservation(8192, 30, 7964 * 1024, &custom);
/// assert_eq!((r.kube_reserved_mib, r.eviction_mib, r.total_mib()), (1000, 200, 1200));
/// ```
pub fn custom_memory_reservation(
    vm_mib: u64,
    max_pods: u32,
    capacity_ki: u64,
    custom: &CustomReservation,
) -> MemoryReservation {
    let mut r = memory_reservation(MemoryRule::Current, vm_mib, max_pods, true);
    if let Some(kube) = custom.kube_reserved_mib {
        r.kube_reserved_mib = kube;
        r.capped = false;
        r.custom_kube = true;
    }
    if let Some(eviction) = custom.eviction {
        r.eviction_mib = eviction.mib(capacity_ki);
        r.custom_eviction = true;
    }
    r
}

/// The memory the kernel reports as node capacity, estimated from the VM's nominal memory (§2d):
/// on Linux `vm − vm/64 − 100` MiB (page tables and early reservations), on Windows the nominal
/// memory. Returned in KiB, like `kubectl`.
///
/// # Examples
/// ```
/// use aks_calc::rules::reserve::estimated_capacity_ki;
/// assert_eq!(estimated_capacity_ki(16384, false), (16384 - 256 - 100) * 1024);
/// assert_eq!(estimated_capacity_ki(16384, true), 16384 * 1024);
/// ```
pub fn estimated_capacity_ki(vm_mib: u64, windows: bool) -> u64 {
    if windows {
        vm_mib * 1024
    } else {
        vm_mib.saturating_sub(vm_mib / 64).saturating_sub(100) * 1024
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cpu_table_of_the_docs_and_formula_values() {
        let expected = [
            (1, 60),
            (2, 100),
            (3, 120),
            (4, 140),
            (6, 160),
            (8, 180),
            (12, 220),
            (16, 260),
            (20, 300),
            (32, 420),
            (48, 580),
            (64, 740),
            (96, 1060),
            (128, 1380),
        ];
        for (cores, reserved) in expected {
            assert_eq!(cpu_reserved_m(cores), reserved, "{cores} cores");
        }
        assert_eq!(2 * 1000 - cpu_reserved_m(2), 1900);
        assert_eq!(cpu_reserved_m(0), 0);
        assert_eq!(
            cpu_reserved_m(u32::MAX),
            140 + 10 * (u64::from(u32::MAX) - 4)
        );
    }

    #[test]
    fn current_rule_doc_examples() {
        let r = memory_reservation(MemoryRule::Current, 8192, 30, true);
        assert_eq!(
            (r.kube_reserved_mib, r.eviction_mib, r.total_mib()),
            (650, 100, 750)
        );
        // 4 GiB, 70 pods: 20·70 + 50 = 1450 > 25 % cap of 1024.
        let r = memory_reservation(MemoryRule::Current, 4096, 70, true);
        assert_eq!((r.kube_reserved_mib, r.capped), (1024, true));
        // 32 GiB at 250 pods: 5050 < 8192.
        let r = memory_reservation(MemoryRule::Current, 32 * 1024, 250, true);
        assert_eq!((r.kube_reserved_mib, r.capped), (5050, false));
        // The cap binds exactly at 20·p + 50 = vm/4: 16 GiB → 4096 at p = 202.3 → 202 is below.
        assert_eq!(
            memory_reservation(MemoryRule::Current, 16384, 202, true).kube_reserved_mib,
            4090
        );
        assert_eq!(
            memory_reservation(MemoryRule::Current, 16384, 203, true).kube_reserved_mib,
            4096
        );
        // Issue 6's explain example: min(20 × 110 + 50, 25 % × 16384) = 2250.
        assert_eq!(
            memory_reservation(MemoryRule::Current, 16384, 110, false).kube_reserved_mib,
            2250
        );
    }

    #[test]
    fn legacy_rule_karpenter_examples() {
        assert_eq!(legacy_brackets_mib(4 * 1024), 1024);
        assert_eq!(legacy_brackets_mib(7 * 1024), 1638);
        assert_eq!(legacy_brackets_mib(8 * 1024), 1843);
        assert_eq!(legacy_brackets_mib(64 * 1024), 5611);
        // Seed 002: a 7 GB node loses 0.75 + 1.0 + 0.6 = 2.35 GB.
        let r = memory_reservation(MemoryRule::Legacy, 7 * 1024, 110, false);
        assert_eq!(
            (r.kube_reserved_mib, r.eviction_mib, r.total_mib()),
            (1638, 750, 2388)
        );
        // Above 128 GiB: 2 %. 256 GiB = 1024 + 819.2 + 819.2 + 6881.28 + 2621.44 = 12165.12.
        assert_eq!(legacy_brackets_mib(256 * 1024), 12165);
        assert_eq!(legacy_brackets_mib(0), 0);
    }

    #[test]
    fn windows_rule_adds_2_gib_and_has_no_eviction() {
        let r = memory_reservation(MemoryRule::Windows, 7 * 1024, 30, true);
        assert_eq!((r.kube_reserved_mib, r.eviction_mib), (3686, 0));
    }

    #[test]
    fn hardening_worked_example_of_the_rules() {
        // §2e: 8 GiB, maxPods 30, Azure CNI → min(35 × 30 + max(250, 163), 2048) = 1,300 Mi,
        // system-reserved 200 + 0 × 100 + 100 = 300 Mi, eviction 250 Mi: 1,850 Mi in all,
        // against 650 + 100 = 750 Mi with the default rule.
        let r = memory_reservation(MemoryRule::Hardening, 8192, 30, true);
        assert_eq!(
            (
                r.kube_reserved_mib,
                r.system_reserved_mib,
                r.eviction_mib,
                r.total_mib()
            ),
            (1300, 300, 250, 1850)
        );
        assert_eq!(
            memory_reservation(MemoryRule::Current, 8192, 30, true).total_mib(),
            750
        );
        // Without Azure CNI the system-reserved loses its 100 Mi; a full 32 GiB adds 100 Mi.
        assert_eq!(
            memory_reservation(MemoryRule::Hardening, 8192, 30, false).system_reserved_mib,
            200
        );
        let at_32 = memory_reservation(MemoryRule::Hardening, 32 * 1024, 30, true);
        assert_eq!(at_32.system_reserved_mib, 400);
        let below_32 = memory_reservation(MemoryRule::Hardening, 32 * 1024 - 1, 30, true);
        assert_eq!(below_32.system_reserved_mib, 300);
        assert_eq!(MemoryRule::Hardening.system_reserved_cpu_m(), 100);
        for rule in [MemoryRule::Current, MemoryRule::Legacy, MemoryRule::Windows] {
            assert_eq!(rule.system_reserved_cpu_m(), 0);
        }
    }

    #[test]
    fn custom_reservation_overrides_only_what_it_sets() {
        // 8 GiB at 30 pods, capacity 7,964 Mi: kube-reserved 1,000 Mi and eviction 200Mi give
        // 7,964 − 1,000 − 200 = 6,764 Mi allocatable.
        let capacity_ki = 7964 * 1024;
        let custom = CustomReservation {
            kube_reserved_cpu_m: Some(200),
            kube_reserved_mib: Some(1000),
            eviction: Some(EvictionThreshold::Ki(200 * 1024)),
        };
        let r = custom_memory_reservation(8192, 30, capacity_ki, &custom);
        assert_eq!(
            (r.kube_reserved_mib, r.system_reserved_mib, r.eviction_mib),
            (1000, 0, 200)
        );
        assert!(r.custom_kube && r.custom_eviction && !r.capped);
        assert_eq!(capacity_ki / 1024 - r.total_mib(), 6764);
        // Nothing set: the ≥ 1.29 rule, 650 + 100.
        let r = custom_memory_reservation(8192, 30, capacity_ki, &CustomReservation::default());
        assert_eq!((r.kube_reserved_mib, r.eviction_mib), (650, 100));
        assert!(!r.custom_kube && !r.custom_eviction);
        // Only the eviction: a percentage of the capacity, rounded up to the MiB.
        let only = CustomReservation {
            eviction: Some(EvictionThreshold::Percent(2)),
            ..CustomReservation::default()
        };
        let r = custom_memory_reservation(8192, 30, capacity_ki, &only);
        // 2 % of 8,155,136 Ki = 163,102.72 → 163,103 Ki → 159.28 → 160 Mi.
        assert_eq!((r.kube_reserved_mib, r.eviction_mib), (650, 160));
        assert_eq!(
            EvictionThreshold::Percent(100).mib(u64::MAX),
            u64::MAX / 100 / 1024 + 1
        );
        assert_eq!(EvictionThreshold::Ki(0).mib(capacity_ki), 0);
    }

    #[test]
    fn hardening_rule() {
        // 16 GiB, 110 pods, Azure CNI: kube = min(3850 + max(250, 327), 4096) = 4096 (cap);
        // system = 200 + 0 + 100; eviction 375 (8–32 GiB).
        let r = memory_reservation(MemoryRule::Hardening, 16384, 110, true);
        assert_eq!(
            (r.kube_reserved_mib, r.system_reserved_mib, r.eviction_mib),
            (4096, 300, 375)
        );
        // 64 GiB, 30 pods, kubenet: kube = 1050 + 1310 = 2360; system = 200 + 200; eviction 512.
        let r = memory_reservation(MemoryRule::Hardening, 65536, 30, false);
        assert_eq!(
            (r.kube_reserved_mib, r.system_reserved_mib, r.eviction_mib),
            (2360, 400, 512)
        );
        // Eviction boundaries: exactly 8 GiB → 250, exactly 32 GiB → 512.
        assert_eq!(
            memory_reservation(MemoryRule::Hardening, 8192, 30, false).eviction_mib,
            250
        );
        assert_eq!(
            memory_reservation(MemoryRule::Hardening, 8193, 30, false).eviction_mib,
            375
        );
        assert_eq!(
            memory_reservation(MemoryRule::Hardening, 32768, 30, false).eviction_mib,
            512
        );
    }

    #[test]
    fn rule_follows_os_and_version() {
        assert_eq!(
            MemoryRule::for_pool(false, K8sVersion::new(1, 28)),
            MemoryRule::Legacy
        );
        assert_eq!(
            MemoryRule::for_pool(false, K8sVersion::new(1, 29)),
            MemoryRule::Current
        );
        assert_eq!(
            MemoryRule::for_pool(true, K8sVersion::new(1, 28)),
            MemoryRule::Windows
        );
    }

    #[test]
    fn capacity_estimate() {
        // 8 GiB: 8192 − 128 − 100 = 7964 MiB.
        assert_eq!(estimated_capacity_ki(8192, false), 7964 * 1024);
        assert_eq!(estimated_capacity_ki(50, false), 0);
    }
}
