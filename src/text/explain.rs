//! "Why this number?": each figure's formula with the numbers used, and where the rule comes
//! from, e.g. `kube-reserved = min(20 × 110 + 50, 25 % × 16,384) = 2,250 Mi`.

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use crate::evaluate::{CpuFigures, MemoryFigures, NetworkReport};
use crate::plan::NetworkModel;
use crate::rules::network::{AZURE_RESERVED, PodSpaceKind, node_subnet_cost};
use crate::rules::reserve::{MemoryRule, legacy_brackets_mib};
use crate::text::{Lang, int};

/// A figure's explanation and the public source of its rule.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Why {
    pub text: String,
    pub source: &'static str,
}

pub mod sources {
    pub const RESERVATIONS: &str =
        "https://learn.microsoft.com/azure/aks/node-resource-reservations";
    pub const IP_PLANNING: &str =
        "https://learn.microsoft.com/azure/aks/concepts-network-ip-address-planning";
    pub const OVERLAY: &str =
        "https://learn.microsoft.com/azure/aks/concepts-network-azure-cni-overlay";
    pub const POD_SUBNET: &str =
        "https://learn.microsoft.com/azure/aks/concepts-network-azure-cni-pod-subnet";
    pub const KUBENET: &str = "https://learn.microsoft.com/azure/aks/configure-kubenet";
    pub const HARDENING: &str = "https://learn.microsoft.com/azure/aks/node-hardening";
    /// The hardening eviction ladder, which the docs page does not confirm.
    pub const HARDENING_EVICTION: &str =
        "https://github.com/Azure/karpenter-provider-azure/pull/1818";
    pub const CUSTOM: &str =
        "https://learn.microsoft.com/azure/aks/custom-node-configuration-reference";
}

fn en_ja(lang: Lang, en: String, ja: String) -> String {
    match lang {
        Lang::En => en,
        Lang::Ja => ja,
    }
}

/// Reserved CPU: the brackets that apply to this many cores (or the pool's own kube-reserved),
/// plus node hardening's system-reserved.
///
/// # Examples
/// ```
/// use aks_calc::{evaluate::CpuFigures, text::explain::cpu_reserved, text::Lang};
/// let cpu = CpuFigures {
///     vcpu: 8, reserved_m: 180, allocatable_m: 7820,
///     kube_reserved_m: 180, system_reserved_m: 0, custom_kube: false,
/// };
/// assert!(cpu_reserved(&cpu, Lang::En).text.starts_with("60 + 40 + 2 × 20 + 4 × 10 = 180m"));
/// let hardened = CpuFigures { reserved_m: 280, allocatable_m: 7720, system_reserved_m: 100, ..cpu };
/// assert!(cpu_reserved(&hardened, Lang::En).text.starts_with("60 + 40 + 2 × 20 + 4 × 10 = 180m kube-reserved + 100m system-reserved (node hardening) = 280m"));
/// ```
pub fn cpu_reserved(cpu: &CpuFigures, lang: Lang) -> Why {
    if cpu.custom_kube {
        let m = int(cpu.kube_reserved_m);
        let text = match lang {
            Lang::En => format!("kubeReserved.cpuMillicores = {m}m, as the pool sets it (preview)"),
            Lang::Ja => format!("kubeReserved.cpuMillicores = {m}m(プールの設定値、プレビュー)"),
        };
        return Why {
            text: format!("{text}{}", system_reserved_cpu(cpu, lang)),
            source: sources::CUSTOM,
        };
    }
    let n = u64::from(cpu.vcpu);
    let mut terms: Vec<String> = Vec::new();
    if n >= 1 {
        terms.push(String::from("60"));
    }
    if n >= 2 {
        terms.push(String::from("40"));
    }
    match n.saturating_sub(2).min(2) {
        0 => {}
        1 => terms.push(String::from("20")),
        k => terms.push(format!("{k} × 20")),
    }
    match n.saturating_sub(4) {
        0 => {}
        1 => terms.push(String::from("10")),
        k => terms.push(format!("{} × 10", int(k))),
    }
    if terms.is_empty() {
        terms.push(String::from("0"));
    }
    let sum = format!(
        "{} = {}m{}",
        terms.join(" + "),
        int(cpu.kube_reserved_m),
        system_reserved_cpu(cpu, lang)
    );
    Why {
        text: en_ja(
            lang,
            format!(
                "{sum}: 6 % of the first core, 4 % of the second, 2 % of cores 3–4, 1 % of each core above 4."
            ),
            format!(
                "{sum}(1 コア目の 6 %、2 コア目の 4 %、3〜4 コア目の 2 %、5 コア目以降の各 1 %)。"
            ),
        ),
        source: sources::RESERVATIONS,
    }
}

/// ` kube-reserved + 100m system-reserved = 280m` with node hardening, nothing otherwise.
fn system_reserved_cpu(cpu: &CpuFigures, lang: Lang) -> String {
    if cpu.system_reserved_m == 0 {
        return String::new();
    }
    let (s, total) = (int(cpu.system_reserved_m), int(cpu.reserved_m));
    match lang {
        Lang::En => format!(" kube-reserved + {s}m system-reserved (node hardening) = {total}m"),
        Lang::Ja => format!(" kube-reserved + {s}m system-reserved(ノード強化)= {total}m"),
    }
}

/// Allocatable CPU: all cores minus the reservation.
pub fn cpu_allocatable(cpu: &CpuFigures, _lang: Lang) -> Why {
    Why {
        text: format!(
            "{} × 1,000m − {}m = {}m",
            cpu.vcpu,
            int(cpu.reserved_m),
            int(cpu.allocatable_m)
        ),
        source: sources::RESERVATIONS,
    }
}

/// kube-reserved memory under the node's rule.
///
/// # Examples
/// ```
/// use aks_calc::{text::explain::kube_reserved, plan::Plan, text::Lang};
/// let mut plan = Plan::default();
/// plan.pools[0].max_pods = "110".into();
/// let m = aks_calc::evaluate(&plan).pools[0].node.unwrap().memory.unwrap();
/// assert_eq!(kube_reserved(&m, Lang::En).text, "min(20 × 110 + 50, 25 % × 16,384) = min(2,250, 4,096) = 2,250 Mi");
/// ```
pub fn kube_reserved(m: &MemoryFigures, lang: Lang) -> Why {
    let vm = m.vm_mib;
    let p = u64::from(m.max_pods);
    let r = &m.reservation;
    let brackets = || {
        const G: u64 = 1024;
        let parts = [
            (25, vm.min(4 * G)),
            (20, vm.saturating_sub(4 * G).min(4 * G)),
            (10, vm.saturating_sub(8 * G).min(8 * G)),
            (6, vm.saturating_sub(16 * G).min(112 * G)),
            (2, vm.saturating_sub(128 * G)),
        ];
        parts
            .iter()
            .filter(|(_, mib)| *mib > 0)
            .map(|(pct, mib)| format!("{pct} % × {}", int(*mib)))
            .collect::<Vec<_>>()
            .join(" + ")
    };
    if r.custom_kube {
        let text = match lang {
            Lang::En => format!(
                "kubeReserved.memoryMB = {} Mi, as the pool sets it (preview)",
                int(r.kube_reserved_mib)
            ),
            Lang::Ja => format!(
                "kubeReserved.memoryMB = {} Mi(プールの設定値、プレビュー)",
                int(r.kube_reserved_mib)
            ),
        };
        return Why {
            text,
            source: sources::CUSTOM,
        };
    }
    let (text, source) = match r.rule {
        MemoryRule::Current => (
            format!(
                "min(20 × {p} + 50, 25 % × {}) = min({}, {}) = {} Mi",
                int(vm),
                int(20 * p + 50),
                int(vm / 4),
                int(r.kube_reserved_mib)
            ),
            sources::RESERVATIONS,
        ),
        MemoryRule::Legacy => (
            format!("{} = {} Mi", brackets(), int(r.kube_reserved_mib)),
            sources::RESERVATIONS,
        ),
        MemoryRule::Windows => (
            format!(
                "{} + 2,048 = {} + 2,048 = {} Mi",
                brackets(),
                int(legacy_brackets_mib(vm)),
                int(r.kube_reserved_mib)
            ),
            sources::RESERVATIONS,
        ),
        MemoryRule::Hardening => (
            format!(
                "min(35 × {p} + max(250, 2 % × {}), 25 % × {}) = {} Mi",
                int(vm),
                int(vm),
                int(r.kube_reserved_mib)
            ),
            sources::HARDENING,
        ),
    };
    Why {
        text: en_ja(lang, text.clone(), text),
        source,
    }
}

/// The hard eviction threshold of the rule, or the pool's own.
pub fn eviction(m: &MemoryFigures, lang: Lang) -> Why {
    let e = m.reservation.eviction_mib;
    if m.reservation.custom_eviction {
        let text = match lang {
            Lang::En => format!(
                "hardEvictionThreshold.memoryAvailable as the pool sets it (preview): {} Mi, rounded up to the MiB.",
                int(e)
            ),
            Lang::Ja => format!(
                "プールで設定した hardEvictionThreshold.memoryAvailable(プレビュー): {} Mi(MiB 単位に切り上げ)。",
                int(e)
            ),
        };
        return Why {
            text,
            source: sources::CUSTOM,
        };
    }
    let text = match (m.reservation.rule, lang) {
        (MemoryRule::Windows, Lang::En) => {
            String::from("Windows has no memory eviction threshold: 0 Mi.")
        }
        (MemoryRule::Windows, Lang::Ja) => {
            String::from("Windows にはメモリの退避しきい値がありません: 0 Mi。")
        }
        (MemoryRule::Hardening, Lang::En) => format!(
            "250 Mi up to 8 GiB, 375 Mi up to 32 GiB, 512 Mi from 32 GiB: {} Mi (karpenter#1818; the docs do not confirm these tiers).",
            int(e)
        ),
        (MemoryRule::Hardening, Lang::Ja) => format!(
            "8 GiB 以下は 250 Mi、32 GiB 未満は 375 Mi、32 GiB 以上は 512 Mi: {} Mi(karpenter#1818 による値。ドキュメントでは区切りを確認できていません)。",
            int(e)
        ),
        (_, Lang::En) => format!(
            "The kubelet's hard eviction threshold, memory.available<{} Mi.",
            int(e)
        ),
        (_, Lang::Ja) => format!(
            "kubelet のハード退避しきい値 memory.available<{} Mi。",
            int(e)
        ),
    };
    Why {
        text,
        source: if m.reservation.rule == MemoryRule::Hardening {
            sources::HARDENING_EVICTION
        } else {
            sources::RESERVATIONS
        },
    }
}

/// The capacity the kernel reports: entered, or estimated.
pub fn capacity(m: &MemoryFigures, windows: bool, lang: Lang) -> Why {
    let vm = m.vm_mib;
    let cap = m.capacity_ki / 1024;
    let text = match (m.capacity_entered, windows, lang) {
        (true, _, Lang::En) => format!("As entered from kubectl: {} Ki.", int(m.capacity_ki)),
        (true, _, Lang::Ja) => format!("kubectl の値として入力: {} Ki。", int(m.capacity_ki)),
        (false, true, Lang::En) => {
            format!("Estimated as the VM's memory on Windows: {} Mi.", int(cap))
        }
        (false, true, Lang::Ja) => {
            format!("Windows では VM のメモリと同じと推定: {} Mi。", int(cap))
        }
        (false, false, Lang::En) => format!(
            "{} − {} / 64 − 100 = {} Mi: an estimate (kernel page tables and early reservations; node auto-provisioning assumes 7.5 % instead); enter the real value for exact figures.",
            int(vm),
            int(vm),
            int(cap)
        ),
        (false, false, Lang::Ja) => format!(
            "{} − {} / 64 − 100 = {} Mi(推定値: カーネルのページテーブルと起動時の予約分。ノード自動プロビジョニングは 7.5 % と仮定)。正確な値は実際の容量を入力してください。",
            int(vm),
            int(vm),
            int(cap)
        ),
    };
    Why {
        text,
        source: sources::RESERVATIONS,
    }
}

/// Allocatable memory: capacity minus everything reserved.
pub fn memory_allocatable(m: &MemoryFigures, _lang: Lang) -> Why {
    let r = &m.reservation;
    let mut terms = format!(
        "{} − {}",
        int(m.capacity_ki / 1024),
        int(r.kube_reserved_mib)
    );
    if r.system_reserved_mib > 0 {
        terms.push_str(&format!(" − {}", int(r.system_reserved_mib)));
    }
    terms.push_str(&format!(" − {}", int(r.eviction_mib)));
    Why {
        text: format!(
            "{terms} = {} Mi ({} Ki)",
            int(m.allocatable_mi()),
            int(m.allocatable_ki)
        ),
        source: sources::RESERVATIONS,
    }
}

/// Pods per node: the smallest of what maxPods, CPU and memory allow.
///
/// # Examples
/// ```
/// use aks_calc::{text::explain::fit, plan::Plan, text::Lang};
/// let mut plan = Plan::default();
/// plan.pools[0].workload.pod_cpu = "500m".into();
/// let f = aks_calc::evaluate(&plan).pools[0].fit.unwrap();
/// assert_eq!(fit(&f, Lang::En).text, "min(maxPods − DaemonSet pods = 250, by CPU 7, by memory —) = 7 pods per node");
/// ```
pub fn fit(f: &crate::evaluate::Fit, lang: Lang) -> Why {
    let opt = |v: Option<u64>| v.map_or_else(|| String::from("—"), int);
    let text = match lang {
        Lang::En => format!(
            "min(maxPods − DaemonSet pods = {}, by CPU {}, by memory {}) = {} pods per node",
            int(f.by_max_pods),
            opt(f.by_cpu),
            opt(f.by_memory),
            int(f.pods_per_node)
        ),
        Lang::Ja => format!(
            "min(最大ポッド数 − DaemonSet ポッド = {}, CPU から {}, メモリから {}) = ノードあたり {} ポッド",
            int(f.by_max_pods),
            opt(f.by_cpu),
            opt(f.by_memory),
            int(f.pods_per_node)
        ),
    };
    Why {
        text,
        source: sources::RESERVATIONS,
    }
}

fn big(n: u128) -> String {
    int(u64::try_from(n).unwrap_or(u64::MAX))
}

fn model_source(model: NetworkModel) -> &'static str {
    match model {
        NetworkModel::Overlay => sources::OVERLAY,
        NetworkModel::PodSubnetDynamic | NetworkModel::PodSubnetStatic => sources::POD_SUBNET,
        NetworkModel::Kubenet => sources::KUBENET,
        NetworkModel::NodeSubnet => sources::IP_PLANNING,
    }
}

/// Usable addresses of the node subnet.
pub fn node_subnet_usable(n: &NetworkReport, _lang: Lang) -> Option<Why> {
    let s = n.node_subnet?;
    let bits = s.net.max_prefix_len() - s.net.prefix_len();
    Some(Why {
        text: format!("2^{bits} − {AZURE_RESERVED} = {}", big(s.usable)),
        source: sources::IP_PLANNING,
    })
}

/// What a subnet of the design must hold: each pool in it at its maximum plus surge, times what
/// a node takes, plus the other addresses counted in it.
///
/// # Examples
/// ```
/// use aks_calc::{plan::Plan, text::{Lang, explain::subnet_need}};
/// let plan = Plan::default();
/// let report = aks_calc::evaluate(&plan);
/// let why = subnet_need(&report.design.subnets[0], &["nodepool1".into()], Lang::En);
/// assert!(why.text.starts_with("nodepool1 4 × 1 = 4"), "{}", why.text);
/// ```
pub fn subnet_need(s: &crate::evaluate::SubnetReport, pool_names: &[String], lang: Lang) -> Why {
    let mut terms: Vec<String> = s
        .terms
        .iter()
        .map(|t| {
            let name = pool_names.get(t.pool).map_or("", String::as_str);
            let total = u128::from(t.nodes).saturating_mul(u128::from(t.per_node));
            format!(
                "{name} {} × {} = {}",
                int(t.nodes),
                int(t.per_node),
                big(total)
            )
        })
        .collect();
    if s.other > 0 {
        terms.push(match lang {
            Lang::En => format!("{} other", big(s.other)),
            Lang::Ja => format!("その他 {}", big(s.other)),
        });
    }
    let sum = if terms.is_empty() {
        String::from("0")
    } else {
        terms.join(" + ")
    };
    let unit = match (s.unit, lang) {
        (crate::evaluate::SubnetUnit::Blocks, Lang::En) => " /28 blocks",
        (crate::evaluate::SubnetUnit::Blocks, Lang::Ja) => " 個の /28 ブロック",
        (_, _) => "",
    };
    let text = en_ja(
        lang,
        format!(
            "{sum} → {}{unit}. Each pool counts at its maximum (autoscaler max-count, or count) plus its surge nodes, as AKS counts it when it checks the subnet; each node takes maxPods + 1 IPs with Azure CNI node subnet, 1 IP otherwise, and its pod IPs (or /28 blocks) in a pod subnet.",
            big(s.need.upgrade)
        ),
        format!(
            "{sum} → {}{unit}。AKS のサブネット検証と同じく、各プールは最大ノード数(オートスケーラーの max-count、またはノード数)にサージノードを加えて数えます。Azure CNI(ノードサブネット)ではノードあたり最大ポッド数 + 1 個、それ以外は 1 個の IP を使い、ポッドサブネットではポッドの IP(または /28 ブロック)を使います。",
            big(s.need.upgrade)
        ),
    );
    Why {
        text,
        source: sources::IP_PLANNING,
    }
}

/// Node-subnet IPs at the plan's most.
pub fn node_subnet_needed(n: &NetworkReport, max_pods: &[u64], lang: Lang) -> Option<Why> {
    let s = n.node_subnet?;
    let text = match (n.model, lang) {
        (NetworkModel::NodeSubnet, _) => {
            let per_node: Vec<u64> = max_pods
                .iter()
                .map(|p| node_subnet_cost(n.model, *p))
                .collect();
            let costs = per_node
                .iter()
                .map(|c| int(*c))
                .collect::<Vec<_>>()
                .join(", ");
            match lang {
                Lang::En => format!(
                    "Every node pre-allocates maxPods + 1 IPs ({costs} per node): {} nodes while upgrading + {} other IPs = {}.",
                    int(n.nodes.upgrade),
                    int(n.extras),
                    big(s.needed.upgrade)
                ),
                Lang::Ja => format!(
                    "各ノードは最大ポッド数 + 1 個の IP を事前に確保します(ノードあたり {costs})。アップグレード中の {} ノード + その他 {} 個 = {}。",
                    int(n.nodes.upgrade),
                    int(n.extras),
                    big(s.needed.upgrade)
                ),
            }
        }
        (_, Lang::En) => format!(
            "One IP per node: {} nodes while upgrading + {} other IPs = {}.",
            int(n.nodes.upgrade),
            int(n.extras),
            big(s.needed.upgrade)
        ),
        (_, Lang::Ja) => format!(
            "ノードごとに IP 1 個: アップグレード中の {} ノード + その他 {} 個 = {}。",
            int(n.nodes.upgrade),
            int(n.extras),
            big(s.needed.upgrade)
        ),
    };
    Some(Why {
        text,
        source: model_source(n.model),
    })
}

/// The pod range: what it holds and how the plan uses it.
pub fn pod_space(n: &NetworkReport, lang: Lang) -> Option<Why> {
    let p = n.pod_space?;
    let net = p.net?;
    let prefix = net.prefix_len();
    let capacity = p.capacity.map_or_else(|| String::from("—"), big);
    let text = match (p.kind, lang) {
        (PodSpaceKind::NodeBlocks, Lang::En) => format!(
            "A /{prefix} holds 2^(24 − {prefix}) = {capacity} /24s, one per node (surge nodes included)."
        ),
        (PodSpaceKind::NodeBlocks, Lang::Ja) => format!(
            "/{prefix} には 2^(24 − {prefix}) = {capacity} 個の /24 があり、ノード(サージノードを含む)ごとに 1 つ使います。"
        ),
        (PodSpaceKind::DynamicIps, Lang::En) => format!(
            "2^(32 − {prefix}) − 5 = {capacity} IPs; planned at maxPods per node (IPs come in batches of 16)."
        ),
        (PodSpaceKind::DynamicIps, Lang::Ja) => format!(
            "2^(32 − {prefix}) − 5 = {capacity} 個の IP。ノードあたり最大ポッド数で計画します(IP は 16 個単位で割り当て)。"
        ),
        (PodSpaceKind::StaticBlocks, Lang::En) => format!(
            "2^(28 − {prefix}) − 2 = {capacity} whole /28 blocks; each node takes ceil((maxPods + 1) / 16) blocks."
        ),
        (PodSpaceKind::StaticBlocks, Lang::Ja) => format!(
            "2^(28 − {prefix}) − 2 = {capacity} 個の /28 ブロック。各ノードは ceil((最大ポッド数 + 1) / 16) 個を使います。"
        ),
    };
    Some(Why {
        text,
        source: model_source(n.model),
    })
}

/// The nodes a network holds: the smallest of its bounds, each in nodes like the first pool.
///
/// # Examples
/// ```
/// use aks_calc::{plan::Plan, text::{Lang, explain::holds}};
/// let report = aks_calc::evaluate(&Plan::default());
/// let why = holds(&report.network, Lang::En).unwrap();
/// assert_eq!(why.text, "min(node subnet 65,531 ÷ 1 = 65,531, pod range 256, tier 1,000) = 256 nodes like the first pool, surge nodes included.");
/// ```
pub fn holds(n: &NetworkReport, lang: Lang) -> Option<Why> {
    let t = n.holds?;
    let (subnet, pods, tier, kubenet, tail) = match lang {
        Lang::En => (
            "node subnet",
            "pod range",
            "tier",
            "kubenet",
            "nodes like the first pool, surge nodes included.",
        ),
        Lang::Ja => (
            "ノードサブネット",
            "ポッド範囲",
            "ティア",
            "kubenet",
            "ノード(最初のプールと同じ構成、サージノードを含む)。",
        ),
    };
    let mut terms = alloc::vec![format!(
        "{subnet} {} ÷ {} = {}",
        int(t.room),
        int(t.node_cost),
        int(t.by_node_subnet)
    )];
    if let Some(p) = t.by_pod_space {
        terms.push(format!("{pods} {}", int(p)));
    }
    terms.push(format!("{tier} {}", int(t.tier_limit)));
    if let Some(k) = t.kubenet_limit {
        terms.push(format!("{kubenet} {}", int(k)));
    }
    Some(Why {
        text: format!("min({}) = {} {tail}", terms.join(", "), int(t.nodes())),
        source: model_source(n.model),
    })
}

/// A pool's maxPods: the model's default or the pool's own.
///
/// # Examples
/// ```
/// use aks_calc::{plan::NetworkModel, text::{Lang, explain::max_pods}};
/// assert_eq!(max_pods(250, true, NetworkModel::Overlay, Lang::En).text, "maxPods 250: the default for Azure CNI Overlay (10–250 allowed).");
/// assert_eq!(max_pods(110, false, NetworkModel::Overlay, Lang::En).text, "maxPods 110, set for the pool (10–250 allowed).");
/// ```
pub fn max_pods(max_pods: u32, defaulted: bool, model: NetworkModel, lang: Lang) -> Why {
    let name = super::network_model(model).get(lang);
    let text = match (defaulted, lang) {
        (true, Lang::En) => format!("maxPods {max_pods}: the default for {name} (10–250 allowed)."),
        (true, Lang::Ja) => {
            format!("最大ポッド数 {max_pods}: {name} の既定値(10〜250 を指定可能)。")
        }
        (false, Lang::En) => format!("maxPods {max_pods}, set for the pool (10–250 allowed)."),
        (false, Lang::Ja) => format!("最大ポッド数 {max_pods}(プールで指定、10〜250 を指定可能)。"),
    };
    Why {
        text,
        source: sources::IP_PLANNING,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::Plan;

    #[test]
    fn explanations_carry_the_numbers() {
        let report = crate::evaluate(&Plan::default());
        let node = report.pools[0].node.unwrap();
        assert_eq!(
            cpu_reserved(&node.cpu, Lang::En).text.split(':').next(),
            Some("60 + 40 + 2 × 20 = 140m")
        );
        assert_eq!(
            cpu_allocatable(&node.cpu, Lang::En).text,
            "4 × 1,000m − 140m = 3,860m"
        );
        let m = node.memory.unwrap();
        assert_eq!(
            kube_reserved(&m, Lang::En).text,
            "min(20 × 250 + 50, 25 % × 16,384) = min(5,050, 4,096) = 4,096 Mi"
        );
        assert_eq!(
            memory_allocatable(&m, Lang::En).text,
            "16,028 − 4,096 − 100 = 11,832 Mi (12,115,968 Ki)"
        );
        assert!(
            capacity(&m, false, Lang::En)
                .text
                .starts_with("16,384 − 16,384 / 64 − 100 = 16,028 Mi")
        );
        let n = &report.network;
        assert_eq!(
            node_subnet_usable(n, Lang::En).unwrap().text,
            "2^16 − 5 = 65,531"
        );
        assert_eq!(
            node_subnet_needed(n, &[250], Lang::En).unwrap().text,
            "One IP per node: 4 nodes while upgrading + 0 other IPs = 4."
        );
        assert!(
            pod_space(n, Lang::En)
                .unwrap()
                .text
                .starts_with("A /16 holds 2^(24 − 16) = 256 /24s")
        );
        // Legacy brackets on 7 GiB, and Windows.
        let mut plan = Plan::default();
        plan.pools[0].vm_size = "Standard_DS2_v2".into();
        plan.pools[0].kubernetes_version = "1.28".into();
        let m = crate::evaluate(&plan).pools[0]
            .node
            .unwrap()
            .memory
            .unwrap();
        assert_eq!(
            kube_reserved(&m, Lang::En).text,
            "25 % × 4,096 + 20 % × 3,072 = 1,638 Mi"
        );
        assert_eq!(
            cpu_reserved(&crate::evaluate(&plan).pools[0].node.unwrap().cpu, Lang::Ja)
                .text
                .split('(')
                .next(),
            Some("60 + 40 = 100m")
        );
    }
}
