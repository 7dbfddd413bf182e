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
    /// The optional node-hardening mode (§2e, not GA).
    Hardening,
}

impl MemoryRule {
    /// The rule AKS applies to a pool of this OS and Kubernetes version.
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
}

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
    }
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
