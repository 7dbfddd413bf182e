//! The names of the choices a plan makes and of what a report shows: tiers, network models,
//! memory rules, the parts of the node subnet, pod spaces, what rules a model out, range roles.

use super::{T, t};
use crate::evaluate::finding::Role;
use crate::evaluate::{Blocker, Part};
use crate::plan::{Dataplane, NetworkModel, OsSku, Tier};
use crate::rules::network::PodSpaceKind;
use crate::rules::reserve::MemoryRule;

pub fn tier(t_: Tier) -> T {
    match t_ {
        Tier::Free => t("Free (up to 1,000 nodes)", "Free(最大 1,000 ノード)"),
        Tier::Standard => t(
            "Standard (up to 5,000 nodes)",
            "Standard(最大 5,000 ノード)",
        ),
        Tier::Premium => t("Premium (up to 5,000 nodes)", "Premium(最大 5,000 ノード)"),
    }
}

pub fn network_model(m: NetworkModel) -> T {
    match m {
        NetworkModel::Overlay => t("Azure CNI Overlay", "Azure CNI オーバーレイ"),
        NetworkModel::NodeSubnet => t("Azure CNI (node subnet)", "Azure CNI(ノードサブネット)"),
        NetworkModel::PodSubnetDynamic => t(
            "Azure CNI pod subnet (dynamic)",
            "Azure CNI ポッドサブネット(動的割り当て)",
        ),
        NetworkModel::PodSubnetStatic => t(
            "Azure CNI pod subnet (static block)",
            "Azure CNI ポッドサブネット(静的ブロック)",
        ),
        NetworkModel::Kubenet => t("kubenet", "kubenet"),
    }
}

/// A note after a model's name in menus.
pub fn network_model_note(m: NetworkModel) -> Option<T> {
    match m {
        NetworkModel::Kubenet => Some(t("retires 31 March 2028", "2028 年 3 月 31 日に廃止")),
        NetworkModel::Overlay => Some(t("AKS default", "AKS の既定")),
        _ => None,
    }
}

/// The name of a memory rule, as the assumptions line states it.
pub fn rule(r: MemoryRule) -> T {
    match r {
        MemoryRule::Current => t(
            "AKS 1.29 and later: kube-reserved = min(20 Mi × maxPods + 50 Mi, 25 % of memory), eviction 100 Mi",
            "AKS 1.29 以降: kube-reserved = min(20 Mi × 最大ポッド数 + 50 Mi, メモリの 25 %)、退避しきい値 100 Mi",
        ),
        MemoryRule::Legacy => t(
            "AKS before 1.29: kube-reserved by regressive brackets (25/20/10/6/2 %), eviction 750 Mi",
            "AKS 1.29 より前: kube-reserved は逓減率(25/20/10/6/2 %)、退避しきい値 750 Mi",
        ),
        MemoryRule::Windows => t(
            "Windows: legacy brackets + 2 GiB (documented), no eviction threshold (observed); whether 1.29 changed it is not documented",
            "Windows: 従来の逓減率 + 2 GiB(文書化済み)、退避しきい値なし(観測値)。1.29 以降の扱いは未文書化",
        ),
        MemoryRule::Hardening => t(
            "Node hardening (preview, Linux): kube-reserved = min(35 Mi × maxPods + max(250 Mi, 2 %), 25 %), system-reserved 100m CPU and 200 Mi + 100 Mi per 32 GiB (+100 Mi with Azure CNI), eviction 250/375/512 Mi (karpenter#1818, tiers not confirmed by the docs)",
            "ノード強化(プレビュー、Linux): kube-reserved = min(35 Mi × 最大ポッド数 + max(250 Mi, 2 %), 25 %)、system-reserved は CPU 100m とメモリ 200 Mi + 32 GiB ごとに 100 Mi(Azure CNI は +100 Mi)、退避しきい値 250/375/512 Mi(karpenter#1818。区切りはドキュメントで未確認)",
        ),
    }
}

/// A short name of a memory rule, for menus.
pub fn rule_short(r: MemoryRule) -> T {
    match r {
        MemoryRule::Current => t("Kubernetes ≥ 1.29", "Kubernetes 1.29 以降"),
        MemoryRule::Legacy => t("Kubernetes < 1.29", "Kubernetes 1.29 より前"),
        MemoryRule::Windows => t("Windows", "Windows"),
        MemoryRule::Hardening => t("Node hardening (preview)", "ノード強化(プレビュー)"),
    }
}

/// Where a memory rule comes from.
pub fn rule_source(r: MemoryRule) -> &'static str {
    match r {
        MemoryRule::Current | MemoryRule::Legacy | MemoryRule::Windows => {
            "https://learn.microsoft.com/azure/aks/node-resource-reservations"
        }
        MemoryRule::Hardening => "https://learn.microsoft.com/azure/aks/node-hardening",
    }
}

/// The name of an OS image, as Azure writes it (the same in both languages).
pub fn os_sku(s: OsSku) -> &'static str {
    match s {
        OsSku::Ubuntu => "Ubuntu",
        OsSku::AzureLinux => "Azure Linux",
        OsSku::Windows2022 => "Windows Server 2022",
        OsSku::Windows2025 => "Windows Server 2025",
    }
}

/// A note after a data plane's name: with the Azure data plane, network policies come from Azure
/// Network Policy Manager, which is retiring (aks-rules §6). The plan has no network-policy input,
/// so the note goes with the data plane.
pub fn dataplane_note(d: Dataplane) -> Option<T> {
    match d {
        Dataplane::Azure => Some(t(
            "Azure Network Policy Manager, if used: ended on Windows nodes on 30 September 2026, ends on Linux on 30 September 2028, supports up to 250 nodes",
            "Azure Network Policy Manager を使う場合: Windows ノードでは 2026 年 9 月 30 日にサポート終了済み、Linux では 2028 年 9 月 30 日にサポート終了、最大 250 ノード",
        )),
        Dataplane::Cilium => None,
    }
}

/// The name of a part of the node subnet's bar.
pub fn part(p: Part) -> T {
    match p {
        Part::Reserved => t("Azure reserved", "Azure 予約"),
        Part::Nodes => t("Nodes", "ノード"),
        Part::Surge => t("Surge nodes", "サージノード"),
        Part::Pods => t("Pods", "ポッド"),
        Part::Other => t(
            "Load balancers, endpoints, other",
            "LB・エンドポイント・その他",
        ),
        Part::Free => t("Free", "空き"),
    }
}

/// The unit a pod space is counted in, for tables.
pub fn pod_space(kind: PodSpaceKind) -> T {
    match kind {
        PodSpaceKind::NodeBlocks => t("Pod CIDR (a /24 per node)", "ポッド CIDR(ノードごとに /24)"),
        PodSpaceKind::DynamicIps => t("Pod subnet IPs", "ポッドサブネットの IP"),
        PodSpaceKind::StaticBlocks => t("Pod subnet /28 blocks", "ポッドサブネットの /28 ブロック"),
    }
}

pub fn blocker(b: Blocker) -> T {
    match b {
        Blocker::WindowsPools => t("no Windows pools", "Windows プール不可"),
        Blocker::VirtualNodes => t("no virtual nodes", "仮想ノード不可"),
        Blocker::DualStack => t("no dual-stack", "デュアルスタック不可"),
        Blocker::Cilium => t("no Cilium", "Cilium 不可"),
        Blocker::VirtualNodesV2 => t(
            "no Virtual Nodes v2 (node subnet only)",
            "Virtual Nodes v2 不可(ノードサブネットのみ)",
        ),
    }
}

/// The name of a range's role, as messages use it.
pub fn role(r: Role) -> T {
    match r {
        Role::Vnet => t("the VNet", "VNet"),
        Role::PodCidr => t("the pod CIDR", "ポッド CIDR"),
        Role::ServiceCidr => t("the service CIDR", "サービス CIDR"),
        Role::Listed => t(
            "a peered or on-premises range",
            "ピアリング先またはオンプレミスの範囲",
        ),
    }
}
