//! Findings about what a node reserves and which rule applies (aks-rules §2, §2e–§2g, §6): the
//! version's support, node hardening, custom reservations, and the VM sizes a pool needs.
//!
//! [`super::issue`] routes these findings here.

use alloc::format;
use alloc::string::String;

use super::{Lang, int};
use crate::evaluate::finding::{CustomKind, Issue};

/// A custom value with its unit: `200m`, `1,000 Mi`, `2 %`.
fn with_unit(kind: CustomKind, value: u64) -> String {
    match kind {
        CustomKind::CpuM => format!("{}m", int(value)),
        CustomKind::MemoryMib | CustomKind::EvictionMib => format!("{} Mi", int(value)),
        CustomKind::EvictionPercent => format!("{value} %"),
    }
}

/// The API property a custom value sets.
fn property(kind: CustomKind) -> &'static str {
    match kind {
        CustomKind::CpuM => "kubeReserved.cpuMillicores",
        CustomKind::MemoryMib => "kubeReserved.memoryMB",
        CustomKind::EvictionMib | CustomKind::EvictionPercent => {
            "hardEvictionThreshold.memoryAvailable"
        }
    }
}

/// Custom reservations: out of range, below the SDK's minimum, unused, preview.
pub(super) fn custom(issue: &Issue, lang: Lang) -> String {
    use Issue as I;
    let en = lang == Lang::En;
    match issue {
        I::CustomOutOfRange { kind, value, max } => {
            let (v, m, p) = (with_unit(*kind, *value), with_unit(*kind, *max), property(*kind));
            match (kind, en) {
                (CustomKind::EvictionMib | CustomKind::EvictionPercent, true) => format!(
                    "An eviction threshold of {v} is above the node's capacity ({m}): nothing would be left."
                ),
                (CustomKind::EvictionMib | CustomKind::EvictionPercent, false) => format!(
                    "退避しきい値 {v} がノードの容量({m})を超えているため、割り当て可能なメモリが残りません。"
                ),
                (_, true) => format!(
                    "{p} must be from 1 to the node's capacity, {m} (custom-node-configuration-reference); got {v}."
                ),
                (_, false) => format!(
                    "{p} には 1 からノードの容量 {m} までの値を指定してください(custom-node-configuration-reference)。入力値: {v}。"
                ),
            }
        }
        I::CustomBelowSdkMinimum {
            kind,
            value,
            minimum,
        } => {
            let (v, m, p) = (
                with_unit(*kind, *value),
                with_unit(*kind, *minimum),
                property(*kind),
            );
            if en {
                format!(
                    "{v} is below {m}, the minimum the preview SDK documentation gives for {p}; the AKS docs allow it. AKS may refuse it."
                )
            } else {
                format!(
                    "{v} はプレビュー SDK のドキュメントにある {p} の最小値 {m} を下回っています(AKS のドキュメント上は指定可能)。AKS に拒否される可能性があります。"
                )
            }
        }
        I::CustomValueIgnored => {
            if en {
                "Used only with the custom memory reservation rule; this pool's rule ignores it."
                    .into()
            } else {
                "メモリ予約ルールが「カスタム」の場合にのみ使われます。このプールのルールでは無視されます。"
                    .into()
            }
        }
        I::CustomPreview => {
            if en {
                "Custom kube-reserved and hard eviction are a preview (API 2026-03-02-preview, Linux only): register the CustomNodeConfigPreview feature (custom-node-configuration docs; node-resource-reservations names it AKSNodeCustomizationPreview). Empty fields keep AKS's values.".into()
            } else {
                "kube-reserved とハード退避しきい値のカスタム設定はプレビューです(API 2026-03-02-preview、Linux のみ)。機能フラグ CustomNodeConfigPreview を登録してください(custom-node-configuration のドキュメント。node-resource-reservations では AKSNodeCustomizationPreview と記載)。空欄の項目は AKS の既定値のままです。".into()
            }
        }
        I::RuleLinuxOnly { custom } => match (custom, en) {
            (true, true) => "Windows pools cannot set kube-reserved or eviction thresholds: custom node configuration is for Linux pools only. The figures use the Windows rule.".into(),
            (true, false) => "Windows ノードプールでは kube-reserved や退避しきい値を設定できません(カスタムノード構成は Linux のみ)。数値は Windows のルールで計算しています。".into(),
            (false, true) => "Node hardening is for Linux pools only.".into(),
            (false, false) => "ノード強化は Linux ノードプールのみが対象です。".into(),
        },
        // Only the variants routed here by [`super::issue`] arrive.
        _ => String::new(),
    }
}

/// Which rule applies: the version's support, node hardening.
pub(super) fn rule_applies(issue: &Issue, lang: Lang) -> String {
    use Issue as I;
    let en = lang == Lang::En;
    match issue {
        I::UnsupportedVersion { version } => {
            let v = format!("{}.{}", version.major, version.minor);
            if en {
                format!(
                    "AKS no longer supports Kubernetes {v}: 1.28 to 1.30 were deprecated by 2026-07-17, and 1.31 (long-term support) is the oldest left. The figures follow {v}'s rules, as for an existing old pool."
                )
            } else {
                format!(
                    "AKS は Kubernetes {v} をサポートしていません(1.28〜1.30 は 2026-07-17 までにサポートが終了し、現在最も古いのは LTS の 1.31 です)。数値は既存の古いプールとみなして {v} のルールで計算しています。"
                )
            }
        }
        I::HardeningPreview => {
            if en {
                "Node hardening is a preview: kubelet and containerd run in a kubereserved.slice cgroup (cgroup v2), host services get the system-reserved 100m CPU, the memory shown and 1Gi of ephemeral storage in system.slice, and no PIDs are kube-reserved any more. The eviction ladder (250/375/512 Mi at 8 and 32 GiB) is karpenter#1818's; the docs do not confirm its tiers.".into()
            } else {
                "ノード強化はプレビューです。kubelet と containerd は kubereserved.slice cgroup(cgroup v2)で動作します。ホストのサービスには system.slice として system-reserved(CPU 100m、上に示したメモリ、エフェメラルストレージ 1Gi)が予約され、kube-reserved の PID 予約はなくなります。退避しきい値の段階(8 GiB・32 GiB を境に 250/375/512 Mi)は karpenter#1818 によるもので、ドキュメントでは区切りを確認できていません。".into()
            }
        }
        // Only the variants routed here by [`super::issue`] arrive.
        _ => String::new(),
    }
}

/// What a pool's VM needs: memory for user pools, vCPUs for LocalDNS.
pub(super) fn pool_vm(issue: &Issue, lang: Lang) -> String {
    use Issue as I;
    let en = lang == Lang::En;
    match issue {
        I::UserPoolMemory { memory_mib } => {
            let g = super::gib(*memory_mib);
            if en {
                format!(
                    "AKS requires at least 2 GiB of memory for user pool VMs (this size: {g} GiB)."
                )
            } else {
                format!(
                    "AKS のユーザーノードプールには 2 GiB 以上のメモリを持つ VM が必要です(このサイズ: {g} GiB)。"
                )
            }
        }
        I::LocalDnsSmallVm { vcpu } => {
            if en {
                format!(
                    "LocalDNS is on by default from Kubernetes 1.36 and needs VMs with at least 4 vCPUs (this size: {vcpu}); it runs on Ubuntu 22.04 and later and Azure Linux. Use a larger size, or plan without LocalDNS."
                )
            } else {
                format!(
                    "Kubernetes 1.36 以降では LocalDNS が既定で有効になり、4 vCPU 以上の VM が必要です(このサイズ: {vcpu} vCPU)。対応 OS は Ubuntu 22.04 以降と Azure Linux です。より大きいサイズにするか、LocalDNS なしで計画してください。"
                )
            }
        }
        // Only the variants routed here by [`super::issue`] arrive.
        _ => String::new(),
    }
}
