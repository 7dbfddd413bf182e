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
