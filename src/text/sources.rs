//! The public sources behind a finding, for a "source" link next to it. Where the sources
//! disagree (aks-rules §7), both are given: the one the page follows first, then the other.
//!
//! Uses [`crate::evaluate`]'s findings; the URLs are the docs pages, release notes and issues the
//! rule set cites.

use crate::evaluate::finding::{
    Issue, OsSkuIssue, OutboundIssue, SubnetIssue, UpgradeIssue, VersionIssue, VirtualNodesV2Issue,
};

/// Addresses of the sources, by what they are.
pub mod url {
    pub const RELEASE_NOTES: &str = "https://github.com/Azure/AKS/blob/master/CHANGELOG.md";
    pub const UPGRADE_ROLLING: &str =
        "https://learn.microsoft.com/azure/aks/upgrade-aks-node-pools-rolling";
    pub const UPGRADE_CLUSTER: &str = "https://learn.microsoft.com/azure/aks/upgrade-cluster";
    pub const SUPPORTED_VERSIONS: &str =
        "https://learn.microsoft.com/azure/aks/supported-kubernetes-versions";
    pub const NODE_HARDENING: &str = "https://learn.microsoft.com/azure/aks/node-hardening";
    pub const KARPENTER_1818: &str = "https://github.com/Azure/karpenter-provider-azure/pull/1818";
    pub const CUSTOM_NODE_CONFIG: &str =
        "https://learn.microsoft.com/azure/aks/custom-node-configuration-reference";
    pub const RESERVATIONS: &str =
        "https://learn.microsoft.com/azure/aks/node-resource-reservations";
    pub const SDK_KUBE_RESERVED: &str = "https://learn.microsoft.com/javascript/api/@azure/arm-containerservice/kubereserved?view=azure-node-preview";
    pub const SDK_HARD_EVICTION: &str = "https://learn.microsoft.com/javascript/api/@azure/arm-containerservice/hardevictionthreshold?view=azure-node-preview";
    pub const OS_VERSIONS: &str = "https://learn.microsoft.com/azure/aks/upgrade-os-version";
    pub const WINDOWS_QUICKSTART: &str =
        "https://learn.microsoft.com/azure/aks/learn/quick-windows-container-deploy-cli";
    pub const LOCALDNS: &str = "https://learn.microsoft.com/azure/aks/localdns-custom";
    pub const VNET_FAQ: &str =
        "https://learn.microsoft.com/azure/virtual-network/virtual-networks-faq";
    pub const CNI_OVERVIEW: &str =
        "https://learn.microsoft.com/azure/aks/concepts-network-cni-overview";
    pub const OVERLAY: &str =
        "https://learn.microsoft.com/azure/aks/concepts-network-azure-cni-overlay";
    pub const DUAL_STACK: &str = "https://learn.microsoft.com/azure/aks/configure-dual-stack";
    /// The commit that removed the kubenet dual-stack page (2025-03-10); its diff holds the page
    /// as it last stood (200 nodes, a /80 per node).
    pub const KUBENET_DUAL_STACK: &str =
        "https://github.com/MicrosoftDocs/azure-aks-docs/commit/e77f49e4";
    pub const MULTIPLE_LBS: &str =
        "https://learn.microsoft.com/azure/aks/use-multiple-standard-load-balancer";
    pub const VIRTUAL_NODES_V2: &str = "https://learn.microsoft.com/azure/aks/virtual-nodes-v2";
    pub const VIRTUAL_NODES_V2_README: &str =
        "https://github.com/microsoft/virtualnodesOnAzureContainerInstances";
    pub const POD_SUBNET: &str =
        "https://learn.microsoft.com/azure/aks/concepts-network-azure-cni-pod-subnet";
    pub const IP_PLANNING: &str =
        "https://learn.microsoft.com/azure/aks/concepts-network-ip-address-planning";
    /// The VM sizes AKS restricts (aka.ms/aks/restrictedSKUs).
    pub const RESTRICTED_SIZES: &str =
        "https://learn.microsoft.com/azure/aks/quotas-skus-regions#restricted-vm-sizes-in-aks";
    pub const SYSTEM_POOLS: &str = "https://learn.microsoft.com/azure/aks/use-system-pools";
    pub const LONG_TERM_SUPPORT: &str = "https://learn.microsoft.com/azure/aks/long-term-support";
    pub const WIREGUARD: &str = "https://learn.microsoft.com/azure/aks/how-to-apply-wireguard";
    pub const WIREGUARD_CONCEPTS: &str = "https://learn.microsoft.com/azure/aks/container-network-security-wireguard-encryption-concepts";
    /// Private subnets by default for new VNets "for the API released after March 31, 2026".
    pub const DEFAULT_OUTBOUND_ACCESS: &str =
        "https://learn.microsoft.com/azure/virtual-network/ip-services/default-outbound-access";
}

/// The sources of a finding's rule; none where the rule is plain input checking or the words
/// already say where it comes from.
///
/// # Examples
/// ```
/// use aks_calc::evaluate::finding::{Issue, UpgradeIssue};
/// let both = aks_calc::text::sources(&Issue::Upgrade(UpgradeIssue::DefaultAssumed { surge: 2 }));
/// assert_eq!(both.len(), 2);
/// ```
pub fn sources(issue: &Issue) -> &'static [&'static str] {
    use Issue as I;
    use url::*;
    match issue {
        I::UnsupportedVersion { .. } => &[SUPPORTED_VERSIONS, RELEASE_NOTES],
        I::HardeningPreview => &[NODE_HARDENING, KARPENTER_1818],
        I::CustomPreview => &[CUSTOM_NODE_CONFIG, RESERVATIONS],
        I::CustomOutOfRange { .. } => &[CUSTOM_NODE_CONFIG],
        I::CustomBelowSdkMinimum { kind, .. } => match kind {
            crate::evaluate::finding::CustomKind::CpuM
            | crate::evaluate::finding::CustomKind::MemoryMib => {
                &[SDK_KUBE_RESERVED, CUSTOM_NODE_CONFIG]
            }
            _ => &[SDK_HARD_EVICTION, CUSTOM_NODE_CONFIG],
        },
        I::RuleLinuxOnly { .. } => &[CUSTOM_NODE_CONFIG, NODE_HARDENING],
        I::Upgrade(u) => upgrade(u),
        I::OsSku(o) => os_sku(o),
        I::VirtualNodesV2(v) => match v {
            VirtualNodesV2Issue::Planned { .. } => &[VIRTUAL_NODES_V2, VIRTUAL_NODES_V2_README],
            _ => &[VIRTUAL_NODES_V2],
        },
        I::UserPoolMemory { .. } => &[RELEASE_NOTES],
        I::SystemPoolMemory { .. } => &[RESTRICTED_SIZES, SYSTEM_POOLS],
        I::Version(v) => match v {
            VersionIssue::LtsOnly { .. } => &[LONG_TERM_SUPPORT, RELEASE_NOTES],
            VersionIssue::EndsBeforeRules { .. } => &[SUPPORTED_VERSIONS],
            VersionIssue::NotGa { .. } => &[SUPPORTED_VERSIONS, RELEASE_NOTES],
        },
        I::LocalDnsSmallVm { .. } => &[LOCALDNS, RELEASE_NOTES],
        I::VnetForbiddenRange { .. } => &[VNET_FAQ],
        I::ForbiddenRange { .. } => &[CNI_OVERVIEW, RELEASE_NOTES],
        I::NotPrivate { .. } => &[OVERLAY],
        I::PodsNotMultiplied { .. } => &[OVERLAY],
        I::KubenetDualStack | I::KubenetDualStackLimit { .. } => &[DUAL_STACK, KUBENET_DUAL_STACK],
        I::DualStackStaticBlock | I::DualStackNeedsOverlay => &[RELEASE_NOTES, DUAL_STACK],
        I::TooManyLoadBalancers { .. } => &[MULTIPLE_LBS],
        I::DynamicDefaultMaxPods | I::DynamicPodLimit { .. } => &[POD_SUBNET, IP_PLANNING],
        I::RuleDependsOnCreationDate | I::UnverifiedRule => &[RESERVATIONS],
        // The README asks for the delegated subnet; Learn lists BYO VNets as unsupported.
        I::Subnet(SubnetIssue::NoVirtualNodesV2Subnet) => {
            &[VIRTUAL_NODES_V2_README, VIRTUAL_NODES_V2]
        }
        I::WireGuardNeedsCilium => &[WIREGUARD],
        I::WireGuardAcns => &[WIREGUARD, WIREGUARD_CONCEPTS],
        // The release notes' September 2025 for AKS, the VNet docs' 31 March 2026 (aks-rules §7).
        I::Outbound(OutboundIssue::ManagedVnetPrivateSubnets) => {
            &[RELEASE_NOTES, DEFAULT_OUTBOUND_ACCESS]
        }
        _ => &[],
    }
}

fn upgrade(u: &UpgradeIssue) -> &'static [&'static str] {
    use url::*;
    match u {
        // 10 % in the API and the release notes; "one extra node" on the docs pages.
        UpgradeIssue::DefaultAssumed { .. } => &[RELEASE_NOTES, UPGRADE_CLUSTER],
        UpgradeIssue::FallbackToOne { .. } => &[UPGRADE_ROLLING, RELEASE_NOTES],
        _ => &[UPGRADE_ROLLING],
    }
}

fn os_sku(o: &OsSkuIssue) -> &'static [&'static str] {
    use url::*;
    match o {
        // The release notes (1.37) first, as the page follows them; the docs (1.36) second.
        OsSkuIssue::DefaultDisputed => &[RELEASE_NOTES, WINDOWS_QUICKSTART],
        OsSkuIssue::NeedsFips => &[WINDOWS_QUICKSTART],
        OsSkuIssue::NotOnVersion { .. } | OsSkuIssue::Windows2022Retiring => {
            &[OS_VERSIONS, RELEASE_NOTES]
        }
        OsSkuIssue::WrongOs { .. } => &[OS_VERSIONS],
    }
}
