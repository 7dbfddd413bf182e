//! AKS and Azure limits the network checks use (aks-rules §4–§6, §8).

pub const KUBENET_NODES: u64 = 400;
/// kubenet dual-stack took two routes per node: "dual-stack clusters are limited to 200 nodes"
/// (the removed `configure-kubenet-dual-stack.md`, 2023).
pub const KUBENET_DUAL_STACK_NODES: u64 = 200;
pub const NODES_PER_POOL: u64 = 1000;
pub const OVERLAY_PODS: u64 = 200_000;
pub const DYNAMIC_PODS: u64 = 50_000;
pub const VNET_IPS: u128 = 65_536;
/// Inbound load-balancing rules per node NIC: "each node NIC is limited to 300 inbound
/// load-balancing rules and 8 private-link services" (`use-multiple-standard-load-balancer.md`).
/// Every `LoadBalancer` service, public or internal, takes at least one rule (one per port) on
/// every node's NIC in its load balancer's backend pool; multiple Standard load balancers split
/// the nodes between them.
pub const LB_RULES_PER_NIC: u64 = 300;
/// Service CIDRs larger than this are refused (a /12 is accepted with a warning).
pub const SERVICE_CIDR_MIN_PREFIX: u8 = 12;
pub const IPV6_SERVICE_MIN_PREFIX: u8 = 108;
/// Addresses AKS counts per node in a pod CIDR (kubenet, overlay): a whole /24.
pub const IPS_PER_NODE_BLOCK: u128 = 256;

/// LocalDNS is on by default from Kubernetes 1.36 (CHANGELOG 2026-05-29) and needs VMs with at
/// least 4 vCPUs (`localdns-custom.md`).
pub const LOCALDNS_DEFAULT_SINCE: crate::rules::version::K8sVersion =
    crate::rules::version::K8sVersion::new(1, 36);
pub const LOCALDNS_MIN_VCPU: u32 = 4;

/// Virtual Nodes v2 (preview, aks-docs `virtual-nodes-v2`; the vn2 README): each virtual node
/// takes about 3 vCPU and 12 GiB on a real node, holds up to 200 pods, and needs a pool of VMs
/// with at least 4 vCPU and 16 GiB.
pub mod virtual_nodes_v2 {
    pub const CPU_M: u64 = 3000;
    pub const MEMORY_MIB: u64 = 12 * 1024;
    pub const PODS: u64 = 200;
    pub const POOL_MIN_VCPU: u32 = 4;
    pub const POOL_MIN_MEMORY_MIB: u64 = 16 * 1024;
}
