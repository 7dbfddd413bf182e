//! Findings about the pools and what was typed in them: VM sizes and names, system pools,
//! maxPods, node counts, node memory, workload fit, memory rules.
//!
//! [`issue`] words every finding: it routes each to its family here or in [`super::network`].

use alloc::format;
use alloc::string::String;

use super::network;
use super::{Lang, gib, int};
use crate::evaluate::finding::Issue;

/// A finding, worded.
///
/// The one exhaustive `match` over [`Issue`]: a new finding does not compile until it is routed
/// here to the family that words it. Each family words only the findings routed to it.
pub fn issue(issue: &Issue, lang: Lang) -> String {
    use Issue as I;
    match issue {
        I::Input(e) => super::input::input(e, lang),
        I::UnknownVmSize { .. }
        | I::BadPoolName { .. }
        | I::DuplicatePoolName { .. }
        | I::VmTooSmall { .. } => vm_and_name(issue, lang),
        I::SystemPoolVmSmall { .. }
        | I::SystemPoolBurstable { .. }
        | I::SystemPoolWindows
        | I::SystemPoolEmpty
        | I::NoSystemPool => system_pool(issue, lang),
        I::MaxPodsOutOfRange { .. } | I::PoolBelow30Pods { .. } | I::WindowsManyPods { .. } => {
            pods_per_node(issue, lang)
        }
        I::PoolTooLarge { .. }
        | I::MinAboveMax { .. }
        | I::CountOutsideBounds { .. }
        | I::SurgeTooLarge(_) => node_counts(issue, lang),
        I::NothingAllocatable { .. } | I::CapacityAboveVm { .. } => node_memory(issue, lang),
        I::DaemonsetsDoNotFit | I::PodDoesNotFit | I::ReplicasNeedMoreNodes { .. } => {
            workload_fit(issue, lang)
        }
        I::RuleDependsOnCreationDate | I::UnverifiedRule => memory_rule(issue, lang),
        I::Address(e) => network::address_error(e, lang),
        I::PodCidrTooSmall { .. } | I::ForbiddenRange { .. } | I::NotPrivate { .. } => {
            network::range(issue, lang)
        }
        I::Overlap { .. } => network::placement(issue, lang),
        I::ServiceCidrTooLarge { .. }
        | I::ServiceCidrAt12
        | I::Ipv6ServiceTooLarge { .. }
        | I::DnsOutsideService { .. }
        | I::DnsReserved { .. } => network::service_range(issue, lang),
        I::DualStackNeedsOverlay | I::DualStackIncomplete | I::TwoRangesOfAFamily => {
            network::dual_stack(issue, lang)
        }
        I::KubenetRouteLimit { .. } | I::ClusterNodeLimit { .. } | I::PoolLimitWithSurge { .. } => {
            network::node_limits(issue, lang)
        }
        I::OverlayPodLimit { .. }
        | I::DynamicPodLimit { .. }
        | I::VnetIpLimit { .. }
        | I::TooManyLoadBalancers { .. } => network::scale_limits(issue, lang),
        I::CiliumNeedsAzureCni
        | I::CiliumNoWindows
        | I::WireGuardNeedsCilium
        | I::WireGuardAcns
        | I::WindowsNeedsAzureCni
        | I::VirtualNodesNeedAzureCni
        | I::DynamicDefaultMaxPods
        | I::KubenetRetiring => network::model_choice(issue, lang),
        I::Subnet(s) => super::design::issue(s, lang),
        I::CustomOutOfRange { .. }
        | I::CustomBelowSdkMinimum { .. }
        | I::CustomValueIgnored
        | I::CustomPreview
        | I::RuleLinuxOnly { .. } => super::reservations::custom(issue, lang),
        I::UnsupportedVersion { .. } | I::HardeningPreview => {
            super::reservations::rule_applies(issue, lang)
        }
        I::UserPoolMemory { .. } | I::LocalDnsSmallVm { .. } => {
            super::reservations::pool_vm(issue, lang)
        }
        I::Upgrade(u) => super::upgrades::upgrade(u, lang),
        I::OsSku(o) => super::upgrades::os_sku(o, lang),
        I::VirtualNodesV2(v) => network::virtual_nodes_v2(v, lang),
        I::VnetForbiddenRange { .. } => network::range(issue, lang),
        I::PodsNotMultiplied { .. } => network::scale_limits(issue, lang),
        I::KubenetDualStack | I::KubenetDualStackLimit { .. } | I::DualStackStaticBlock => {
            network::dual_stack(issue, lang)
        }
        I::Outbound(o) => super::outbound::issue(o, lang),
        I::SystemPoolMemory { .. } => system_pool(issue, lang),
        I::Version(v) => super::versions::version(v, lang),
    }
}

/// A pool's VM size and name.
fn vm_and_name(issue: &Issue, lang: Lang) -> String {
    use Issue as I;
    let en = lang == Lang::En;
    match issue {
        I::UnknownVmSize { typed, suggestion } => match (suggestion, en) {
            (Some(s), true) => format!("“{typed}” is not in the VM catalogue. Did you mean {s}?"),
            (Some(s), false) => format!("「{typed}」は VM カタログにありません。{s} のことですか?"),
            (None, true) => format!(
                "“{typed}” is not in the VM catalogue. Pick a size from the list, or type “custom” to enter vCPUs and memory."
            ),
            (None, false) => format!(
                "「{typed}」は VM カタログにありません。一覧から選ぶか、「custom」と入力して vCPU とメモリを指定してください。"
            ),
        },
        I::BadPoolName { name, max_len } => {
            if en {
                format!(
                    "“{name}” cannot be a pool name: use 1–{max_len} lowercase letters and digits, starting with a letter."
                )
            } else {
                format!(
                    "「{name}」はノードプール名に使えません。英小文字で始まり、英小文字と数字だけからなる 1〜{max_len} 文字にしてください。"
                )
            }
        }
        I::DuplicatePoolName { name } => {
            if en {
                format!("Another pool is already named “{name}”.")
            } else {
                format!("「{name}」という名前のプールが既にあります。")
            }
        }
        I::VmTooSmall { vcpu } => {
            if en {
                format!(
                    "AKS does not allow VM sizes with fewer than 2 vCPUs (this one has {vcpu})."
                )
            } else {
                format!(
                    "AKS では vCPU が 2 未満の VM サイズは使えません(このサイズは {vcpu} vCPU)。"
                )
            }
        }
        // Only the variants routed here by [`super::issue`] arrive.
        _ => String::new(),
    }
}

/// What a system pool needs.
fn system_pool(issue: &Issue, lang: Lang) -> String {
    use Issue as I;
    let en = lang == Lang::En;
    match issue {
        I::SystemPoolVmSmall { vcpu, memory_mib } => {
            let g = gib(*memory_mib);
            if en {
                format!(
                    "System pools need at least 4 vCPUs and 4 GiB of memory (this size: {vcpu} vCPUs, {g} GiB); the API itself accepts 2 vCPUs."
                )
            } else {
                format!(
                    "システムノードプールには 4 vCPU・4 GiB 以上が必要です(このサイズ: {vcpu} vCPU、{g} GiB)。API 自体は 2 vCPU から受け付けます。"
                )
            }
        }
        I::SystemPoolMemory { memory_mib } => {
            let g = gib(*memory_mib);
            if en {
                format!(
                    "System pools need VMs with at least 4 GiB of memory (this size: {g} GiB): AKS refuses smaller sizes for system pools with SystemPoolSkuTooLow, “System node pool must use VM sku with more than 2 cores and 4GB memory.”"
                )
            } else {
                format!(
                    "システムノードプールには 4 GiB 以上のメモリを持つ VM が必要です(このサイズ: {g} GiB)。これより小さいサイズは AKS が SystemPoolSkuTooLow で拒否します:「System node pool must use VM sku with more than 2 cores and 4GB memory.」"
                )
            }
        }
        I::SystemPoolBurstable { vm } => {
            if en {
                format!("B-series sizes such as {vm} are not supported for system pools.")
            } else {
                format!("{vm} などの B シリーズはシステムノードプールではサポートされていません。")
            }
        }
        I::SystemPoolWindows => {
            if en {
                "System pools must run Linux.".into()
            } else {
                "システムノードプールの OS は Linux である必要があります。".into()
            }
        }
        I::SystemPoolEmpty => {
            if en {
                "A system pool needs at least one node.".into()
            } else {
                "システムノードプールには 1 ノード以上が必要です。".into()
            }
        }
        I::NoSystemPool => {
            if en {
                "The cluster needs at least one system pool.".into()
            } else {
                "クラスターには少なくとも 1 つのシステムノードプールが必要です。".into()
            }
        }
        // Only the variants routed here by [`super::issue`] arrive.
        _ => String::new(),
    }
}

/// maxPods and the room a pool has for pods.
fn pods_per_node(issue: &Issue, lang: Lang) -> String {
    use Issue as I;
    let en = lang == Lang::En;
    match issue {
        I::MaxPodsOutOfRange { value } => {
            if en {
                format!("Max pods must be between 10 and 250 (got {}).", int(*value))
            } else {
                format!(
                    "最大ポッド数は 10〜250 の範囲で指定してください(入力値: {})。",
                    int(*value)
                )
            }
        }
        I::PoolBelow30Pods { max_pods, nodes } => {
            let room = u64::from(*max_pods) * nodes;
            let need = 30u64.div_ceil(u64::from((*max_pods).max(1)));
            if en {
                format!(
                    "With max pods {max_pods} and {nodes} node(s) this pool has room for {room} pods, but every pool needs room for 30: raise max pods or use at least {need} nodes."
                )
            } else {
                format!(
                    "最大ポッド数 {max_pods}・{nodes} ノードではこのプールに {room} ポッドしか置けません。各プールには 30 ポッド分が必要です。最大ポッド数を上げるか、{need} ノード以上にしてください。"
                )
            }
        }
        I::WindowsManyPods { max_pods } => {
            if en {
                format!(
                    "Windows nodes: at most 110 pods per node are recommended (set: {max_pods})."
                )
            } else {
                format!(
                    "Windows ノードはノードあたり 110 ポッド以下が推奨です(設定値: {max_pods})。"
                )
            }
        }
        // Only the variants routed here by [`super::issue`] arrive.
        _ => String::new(),
    }
}

/// Node counts, autoscaler bounds and surge.
fn node_counts(issue: &Issue, lang: Lang) -> String {
    use Issue as I;
    let en = lang == Lang::En;
    match issue {
        I::PoolTooLarge { nodes } => {
            if en {
                format!(
                    "A node pool holds at most 1,000 nodes (got {}).",
                    int(*nodes)
                )
            } else {
                format!(
                    "1 つのノードプールは最大 1,000 ノードです(入力値: {})。",
                    int(*nodes)
                )
            }
        }
        I::MinAboveMax { min, max } => {
            if en {
                format!("The minimum ({min}) is above the maximum ({max}).")
            } else {
                format!("最小ノード数 ({min}) が最大ノード数 ({max}) を上回っています。")
            }
        }
        I::CountOutsideBounds { count, min, max } => {
            if en {
                format!("The node count {count} is outside the autoscaler range {min}–{max}.")
            } else {
                format!("ノード数 {count} がオートスケーラーの範囲 {min}〜{max} の外にあります。")
            }
        }
        I::SurgeTooLarge(s) => {
            if en {
                format!("“{s}” is above 100 %; use a percentage up to 100 % or a node count.")
            } else {
                format!(
                    "「{s}」は 100 % を超えています。100 % 以下の割合かノード数で指定してください。"
                )
            }
        }
        // Only the variants routed here by [`super::issue`] arrive.
        _ => String::new(),
    }
}

/// A node's memory: its capacity and what AKS reserves of it.
fn node_memory(issue: &Issue, lang: Lang) -> String {
    use Issue as I;
    let en = lang == Lang::En;
    match issue {
        I::NothingAllocatable {
            reserved_ki,
            capacity_ki,
        } => {
            let (r, c) = (int(reserved_ki / 1024), int(capacity_ki / 1024));
            if en {
                format!("AKS reserves {r} Mi but the node has {c} Mi: nothing is left for pods.")
            } else {
                format!(
                    "AKS の予約 {r} Mi がノードの容量 {c} Mi 以上のため、ポッドに使えるメモリが残りません。"
                )
            }
        }
        I::CapacityAboveVm {
            capacity_ki,
            vm_mib,
        } => {
            let (c, v) = (int(capacity_ki / 1024), int(*vm_mib));
            if en {
                format!(
                    "The capacity entered ({c} Mi) is above the VM's memory ({v} Mi); check the value."
                )
            } else {
                format!(
                    "入力した容量 ({c} Mi) が VM のメモリ ({v} Mi) を上回っています。値を確認してください。"
                )
            }
        }
        // Only the variants routed here by [`super::issue`] arrive.
        _ => String::new(),
    }
}

/// How the workload fits on the nodes.
fn workload_fit(issue: &Issue, lang: Lang) -> String {
    use Issue as I;
    let en = lang == Lang::En;
    match issue {
        I::DaemonsetsDoNotFit => {
            if en {
                "The DaemonSets ask for more than a node can allocate.".into()
            } else {
                "DaemonSet の要求がノードの割り当て可能量を超えています。".into()
            }
        }
        I::PodDoesNotFit => {
            if en {
                "Not a single pod fits on a node with these requests.".into()
            } else {
                "この要求値では 1 ノードに 1 つもポッドが載りません。".into()
            }
        }
        I::ReplicasNeedMoreNodes { needed, available } => {
            if en {
                format!(
                    "These replicas need {} nodes; the pool has at most {}.",
                    int(*needed),
                    int(*available)
                )
            } else {
                format!(
                    "このレプリカ数には {} ノードが必要ですが、プールは最大 {} ノードです。",
                    int(*needed),
                    int(*available)
                )
            }
        }
        // Only the variants routed here by [`super::issue`] arrive.
        _ => String::new(),
    }
}

/// Which memory reservation rule applies, and how sure it is.
fn memory_rule(issue: &Issue, lang: Lang) -> String {
    use Issue as I;
    let en = lang == Lang::En;
    match issue {
        I::RuleDependsOnCreationDate => {
            if en {
                "1.29 pools created before 26 February 2024 keep the pre-1.29 reservation until the pool is updated or recreated; pick that rule if yours is one.".into()
            } else {
                "2024 年 2 月 26 日より前に 1.29 で作成したプールは、更新または再作成するまで 1.29 より前の予約ルールのままです。該当する場合はそのルールを選んでください。".into()
            }
        }
        I::UnverifiedRule => {
            if en {
                "Part of this memory rule is not documented by Microsoft (see the assumptions): the figures may differ."
                    .into()
            } else {
                "このメモリ予約ルールの一部は Microsoft のドキュメントに記載がありません(前提を参照)。数値は実際と異なる場合があります。"
                    .into()
            }
        }
        // Only the variants routed here by [`super::issue`] arrive.
        _ => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_name_the_typed_value_and_the_fix() {
        let e = Issue::Input(crate::plan::quantity::InputError::NotMemory("12Gx".into()));
        assert!(issue(&e, Lang::En).contains("“12Gx” is not a memory quantity"));
        assert!(issue(&e, Lang::Ja).contains("「12Gx」"));
        let e = Issue::UnknownVmSize {
            typed: "D4s_v9".into(),
            suggestion: Some("Standard_D4s_v5"),
        };
        assert_eq!(
            issue(&e, Lang::En),
            "“D4s_v9” is not in the VM catalogue. Did you mean Standard_D4s_v5?"
        );
        let e = Issue::PoolBelow30Pods {
            max_pods: 10,
            nodes: 2,
        };
        assert!(issue(&e, Lang::En).contains("room for 20 pods"));
        assert!(issue(&e, Lang::En).contains("at least 3 nodes"));
    }
}
