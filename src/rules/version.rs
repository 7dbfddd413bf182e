//! Kubernetes versions, which decide several AKS rules (the memory rule, the surge default).

/// A Kubernetes minor version, e.g. 1.29.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct K8sVersion {
    pub major: u32,
    pub minor: u32,
}

impl K8sVersion {
    pub const fn new(major: u32, minor: u32) -> Self {
        K8sVersion { major, minor }
    }
}

/// The oldest minor version AKS still supports after the release of 2026-07-17 (1.31, as
/// long-term support): 1.28, 1.29 and 1.30 were deprecated on 2026-03-05, 2026-04-02 and
/// 2026-07-17 (aks-rules §2g). Older versions are planned with their own rules, as old pools.
pub const OLDEST_SUPPORTED: K8sVersion = K8sVersion::new(1, 31);
