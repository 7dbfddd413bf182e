//! Findings: what the calculator has to say about a plan, each tied to the field it is about.
//!
//! Findings carry data, not sentences; [`crate::text`] words them in each language.

use alloc::string::String;

use crate::quantity::InputError;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    /// AKS would refuse this, or the figures cannot be computed.
    Error,
    /// AKS accepts it, but the docs advise against it or it will hurt later.
    Warning,
    /// Worth knowing.
    Info,
}

/// A cluster-wide input.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ClusterField {
    Network,
    KubernetesVersion,
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
}

/// The field a finding belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum At {
    Cluster(ClusterField),
    Pool(usize, PoolField),
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
    /// On 1.29 the rule depends on when the pool was created.
    RuleDependsOnCreationDate,
    /// The memory rule rests on observation, not documentation.
    UnverifiedRule,
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
