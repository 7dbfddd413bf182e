//! The names of the plan's fields, and the hints under some of them.

use super::{T, t};
use crate::plan::field::{ClusterField, PoolField};

/// The label of a pool field.
pub fn field(f: PoolField) -> T {
    use PoolField as F;
    match f {
        F::Name => t("Name", "名前"),
        F::Mode => t("Mode", "モード"),
        F::Os => t("OS", "OS"),
        F::VmSize => t("VM size", "VM サイズ"),
        F::CustomVcpu => t("vCPUs", "vCPU 数"),
        F::CustomMemory => t("Memory (GiB)", "メモリ (GiB)"),
        F::NodeCount => t("Node count", "ノード数"),
        F::MinCount => t("Min nodes", "最小ノード数"),
        F::MaxCount => t("Max nodes", "最大ノード数"),
        F::MaxPods => t("Max pods per node", "ノードあたりの最大ポッド数"),
        F::MaxSurge => t("Max surge", "最大サージ (maxSurge)"),
        F::KubernetesVersion => t("Kubernetes version", "Kubernetes バージョン"),
        F::MemoryRule => t("Memory reservation rule", "メモリ予約ルール"),
        F::Capacity => t("Node memory capacity", "ノードのメモリ容量"),
        F::PodCpu => t("CPU request per pod", "ポッドあたりの CPU 要求"),
        F::PodMemory => t("Memory request per pod", "ポッドあたりのメモリ要求"),
        F::DaemonsetCpu => t("DaemonSet CPU per node", "ノードあたりの DaemonSet CPU"),
        F::DaemonsetMemory => t(
            "DaemonSet memory per node",
            "ノードあたりの DaemonSet メモリ",
        ),
        F::DaemonsetPods => t(
            "DaemonSet pods per node",
            "ノードあたりの DaemonSet ポッド数",
        ),
        F::Replicas => t("Replicas", "レプリカ数"),
        F::VnetSubnet => t("Node subnet", "ノードサブネット"),
        F::PodSubnet => t("Pod subnet", "ポッドサブネット"),
        F::MaxUnavailable => t("Max unavailable", "最大使用不可 (maxUnavailable)"),
        F::OsSku => t("OS image (OS SKU)", "OS イメージ (OS SKU)"),
        F::KubeReservedCpu => t("kube-reserved CPU (m)", "kube-reserved の CPU (m)"),
        F::KubeReservedMemory => t("kube-reserved memory (Mi)", "kube-reserved のメモリ (Mi)"),
        F::EvictionHard => t(
            "Hard eviction (memory.available)",
            "ハード退避しきい値 (memory.available)",
        ),
    }
}

/// A short hint under a pool field: the format it takes.
pub fn field_hint(f: PoolField) -> Option<T> {
    use PoolField as F;
    Some(match f {
        F::Capacity => t(
            "From kubectl describe node, e.g. 16393524Ki. Empty: estimated.",
            "kubectl describe node の値(例: 16393524Ki)。空欄なら推定値。",
        ),
        F::PodCpu | F::DaemonsetCpu => t("e.g. 250m or 0.5", "例: 250m、0.5"),
        F::PodMemory | F::DaemonsetMemory => t("e.g. 256Mi or 1Gi", "例: 256Mi、1Gi"),
        F::MaxSurge => t(
            "A count (3) or a percentage (33%)",
            "台数 (3) または割合 (33%)",
        ),
        F::MaxUnavailable => t(
            "Nodes drained at once during an upgrade: a count (1) or a percentage (10%). With max surge 0, no surge nodes and no surge IPs. Not on system pools.",
            "アップグレード中に同時にドレインするノード数: 台数 (1) または割合 (10%)。最大サージ (maxSurge) を 0 にすると、サージノードもサージ用の IP も不要です。システムノードプールには設定できません。",
        ),
        F::KubeReservedCpu => t(
            "kubeReserved.cpuMillicores, e.g. 200. Empty: AKS's table.",
            "kubeReserved.cpuMillicores(例: 200)。空欄なら AKS の既定値。",
        ),
        F::KubeReservedMemory => t(
            "kubeReserved.memoryMB in MiB, e.g. 1024. Empty: AKS's formula.",
            "kubeReserved.memoryMB(MiB 単位、例: 1024)。空欄なら AKS の計算式。",
        ),
        F::EvictionHard => t(
            "e.g. 200Mi or 2%. Empty: 100Mi.",
            "例: 200Mi、2%。空欄なら 100Mi。",
        ),
        _ => return None,
    })
}

/// The label of a cluster field.
pub fn cluster_field(f: ClusterField) -> T {
    use ClusterField as F;
    match f {
        F::Network => t("Network model", "ネットワークモデル"),
        F::Dataplane => t("Data plane", "データプレーン"),
        F::Tier => t("Pricing tier", "価格レベル"),
        F::KubernetesVersion => t("Kubernetes version", "Kubernetes バージョン"),
        F::Vnet => t("VNet address space", "VNet のアドレス空間"),
        F::PodCidr => t("Pod CIDR", "ポッド CIDR"),
        F::ServiceCidr => t("Service CIDR", "サービス CIDR"),
        F::DnsServiceIp => t("DNS service IP", "DNS サービス IP"),
        F::ListedRanges => t(
            "Peered and on-premises ranges",
            "ピアリング先・オンプレミスの範囲",
        ),
        F::InternalLbs => t("Internal load-balancer IPs", "内部ロードバランサーの IP 数"),
        F::PrivateEndpoints => t("Private endpoints", "プライベートエンドポイント数"),
        F::OtherIps => t(
            "Other IPs in the node subnet",
            "ノードサブネット内のその他の IP 数",
        ),
        F::PrivateCluster => t(
            "Private cluster (API server endpoint in the node subnet)",
            "プライベートクラスター(API サーバーのエンドポイントをノードサブネットに配置)",
        ),
        F::VirtualNodes => t("Virtual nodes (ACI)", "仮想ノード (ACI)"),
        F::ApiServerVnetIntegration => t("API Server VNet Integration", "API Server VNet 統合"),
        F::ApiServerSubnet => t("API server subnet", "API サーバー用サブネット"),
        F::Growth => t(
            "Size factor for auto subnets",
            "自動配置サブネットのサイズ倍率",
        ),
        F::Subnets => t("Subnets", "サブネット"),
        F::VirtualNodesV2 => t(
            "Virtual Nodes v2 (preview): number of virtual nodes",
            "Virtual Nodes v2(プレビュー): 仮想ノード数",
        ),
        F::Outbound(o) => super::outbound::outbound_field(o),
        F::Names(n) => super::outbound::name_field(n),
        F::WireGuard => t(
            "WireGuard encryption between nodes (Cilium)",
            "ノード間の WireGuard 暗号化(Cilium)",
        ),
    }
}

/// A short hint under a cluster field.
pub fn cluster_hint(f: ClusterField) -> Option<T> {
    use ClusterField as F;
    Some(match f {
        F::Vnet => t(
            "One or more CIDRs, e.g. 10.224.0.0/12",
            "1 つ以上の CIDR(例: 10.224.0.0/12)",
        ),
        F::PodCidr => t(
            "Each node takes a /24 (and a /80 of an IPv6 range). Dual-stack: add an IPv6 range after a comma.",
            "ノードごとに /24(IPv6 範囲からは /80)を使います。デュアルスタックはカンマの後に IPv6 範囲を追加。",
        ),
        F::ServiceCidr => t(
            "Dual-stack: add an IPv6 range (/108 or smaller).",
            "デュアルスタックは IPv6 範囲(/108 またはそれより狭い範囲)を追加。",
        ),
        F::ListedRanges => t(
            "Ranges the cluster must not collide with, e.g. 10.0.0.0/8 routed from on-premises.",
            "重なってはいけない範囲(例: オンプレミスからルーティングされる 10.0.0.0/8)。",
        ),
        F::VirtualNodesV2 => t(
            "Each takes about 3 vCPU and 12 GiB on a real node and holds up to 200 pods.",
            "1 台ごとに実ノード上の約 3 vCPU・12 GiB を使い、最大 200 ポッドを収容します。",
        ),
        F::Outbound(o) => return super::outbound::outbound_hint(o),
        F::Names(n) => return super::outbound::name_hint(n),
        _ => return None,
    })
}
