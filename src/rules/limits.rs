//! AKS and Azure limits the network checks use (aks-rules §4–§6, §8).

pub const KUBENET_NODES: u64 = 400;
pub const NODES_PER_POOL: u64 = 1000;
pub const OVERLAY_PODS: u64 = 200_000;
pub const DYNAMIC_PODS: u64 = 50_000;
pub const VNET_IPS: u128 = 65_536;
pub const LOAD_BALANCED_SERVICES: u64 = 300;
/// Service CIDRs larger than this are refused (a /12 is accepted with a warning).
pub const SERVICE_CIDR_MIN_PREFIX: u8 = 12;
pub const IPV6_SERVICE_MIN_PREFIX: u8 = 108;
/// Addresses AKS counts per node in a pod CIDR (kubenet, overlay): a whole /24.
pub const IPS_PER_NODE_BLOCK: u128 = 256;
