//! Every word the calculator shows, in English and Japanese.
//!
//! Uses the types whose words it holds ([`crate::evaluate`], [`crate::plan`], [`crate::rules`]),
//! never a format or the page: formats word their own notices through the tables here.
//!
//! A fixed text is a [`T`], whose two fields are both required: a missing translation does not
//! compile. Messages with numbers are functions that match on the language.

use alloc::format;
use alloc::string::String;

use crate::evaluate::finding::Role;
use crate::evaluate::finding::{DnsSlot, Issue};
use crate::evaluate::{Blocker, Part};
use crate::plan::NetworkModel;
use crate::plan::Tier;
use crate::plan::field::{ClusterField, PoolField};
use crate::plan::quantity::InputError;
use crate::plan::ranges::AddressError;
use crate::rules::network::PodSpaceKind;
use crate::rules::reserve::MemoryRule;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    #[default]
    En,
    Ja,
}

/// A fixed text in every language.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct T {
    pub en: &'static str,
    pub ja: &'static str,
}

impl T {
    pub const fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => self.en,
            Lang::Ja => self.ja,
        }
    }
}

pub(crate) const fn t(en: &'static str, ja: &'static str) -> T {
    T { en, ja }
}

/// Formats a whole number with thousands separators, as both languages write it: `1,581`.
///
/// # Examples
/// ```
/// assert_eq!(aks_calc::text::int(1581), "1,581");
/// assert_eq!(aks_calc::text::int(999), "999");
/// assert_eq!(aks_calc::text::int(65536), "65,536");
/// ```
pub fn int(n: u64) -> String {
    let digits = format!("{n}");
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// Tenths of a percent as `12.3 %`.
pub fn permille(p: u64) -> String {
    format!("{}.{} %", p / 10, p % 10)
}

/// MiB as GiB with up to two decimals, without trailing zeros: `16`, `3.5`, `7.25`.
pub fn gib(mib: u64) -> String {
    let hundredths = mib * 100 / 1024;
    let (whole, frac) = (hundredths / 100, hundredths % 100);
    match frac {
        0 => format!("{whole}"),
        f if f % 10 == 0 => format!("{whole}.{}", f / 10),
        f => format!("{whole}.{f:02}"),
    }
}

/// Labels of the page.
pub mod label {
    use super::T;

    /// Defines each label and [`ALL`], the list the translation test walks.
    macro_rules! labels {
        ($($(#[$doc:meta])* $name:ident = ($en:expr, $ja:expr);)*) => {
            $($(#[$doc])* pub const $name: T = T { en: $en, ja: $ja };)*
            /// Every label with its name.
            pub const ALL: &[(&str, T)] = &[$((stringify!($name), $name)),*];
        };
    }

    labels! {
        TITLE = ("AKS capacity & IP calculator", "AKS キャパシティ & IP 計算ツール");
        TAGLINE = ("What each node really has for pods once AKS has taken its reservations.", "AKS の予約分を差し引いた後、各ノードでポッドが実際に使える CPU とメモリ。");
        CLUSTER = ("Cluster", "クラスター");
        NETWORK = ("Network model", "ネットワークモデル");
        DATAPLANE = ("Data plane", "データプレーン");
        CLUSTER_VERSION = ("Kubernetes version", "Kubernetes バージョン");
        POOLS = ("Node pools", "ノードプール");
        ADD_POOL = ("Add node pool", "ノードプールを追加");
        DUPLICATE = ("Duplicate", "複製");
        REMOVE = ("Remove", "削除");
        SYSTEM = ("System", "システム");
        USER = ("User", "ユーザー");
        LINUX = ("Linux", "Linux");
        WINDOWS = ("Windows", "Windows");
        AUTOSCALE = ("Cluster autoscaler", "クラスターオートスケーラー");
        CUSTOM_SIZE = ("Custom size", "カスタムサイズ");
        RULE_AUTO = ("Automatic", "自動");
        WORKLOAD = ("Workload fit", "ワークロードの収容数");
        WORKLOAD_HINT = ("Enter a pod's requests to see how many pods fit on a node.", "ポッドの requests を入力すると、1 ノードに何個載るかを表示します。");
        NODE = ("Per node", "ノードあたり");
        CPU = ("CPU", "CPU");
        MEMORY = ("Memory", "メモリ");
        ALLOCATABLE = ("Allocatable", "割り当て可能");
        RESERVED = ("Reserved", "予約");
        KUBE_RESERVED = ("kube-reserved", "kube-reserved");
        CAPPED = ("capped at 25 %", "上限 25 % を適用");
        SYSTEM_RESERVED = ("system-reserved", "system-reserved");
        EVICTION = ("Eviction threshold", "退避しきい値");
        OS_KERNEL = ("OS and kernel", "OS・カーネル");
        CAPACITY = ("Capacity", "容量");
        ESTIMATED = ("estimated", "推定");
        ENTERED = ("as entered", "入力値");
        VM_MEMORY = ("VM memory", "VM のメモリ");
        PODS_PER_NODE = ("Pods per node", "ノードあたりのポッド数");
        LIMITED_BY = ("limited by", "制約要因");
        NODES_NEEDED = ("Nodes needed", "必要なノード数");
        TOTALS = ("Cluster totals", "クラスター合計");
        NODES = ("Nodes", "ノード数");
        NOW = ("now", "現在");
        AT_MAX = ("at autoscaler maximum", "オートスケーラー最大時");
        PARTIAL = ("Pools with missing figures are left out.", "数値を計算できないプールは合計に含めていません。");
        FINDINGS = ("Findings", "指摘事項");
        NO_FINDINGS = ("Nothing to report: AKS would accept this plan.", "指摘事項はありません。");
        NOTICES = ("About this link", "このリンクについて");
        ASSUMPTIONS = ("Assumptions", "前提");
        SOURCE = ("source", "出典");
        ERROR = ("Error", "エラー");
        WARNING = ("Warning", "警告");
        INFO = ("Note", "注記");
        NO_RESULTS = ("No matching VM size", "一致する VM サイズがありません");
        NETWORK_H = ("Network and addresses", "ネットワークとアドレス");
        IP_PLAN = ("IP address plan", "IP アドレス計画");
        SCENARIO_NOW = ("Now", "現在");
        SCENARIO_SCALED = ("Scaled out", "スケールアウト時");
        SCENARIO_UPGRADE = ("Upgrading (surge)", "アップグレード中(サージ)");
        SCENARIO_HINT = ("Scaled out: every pool at its autoscaler maximum (what AKS checks). Upgrading: that plus each pool's surge nodes.", "スケールアウト時: 各プールがオートスケーラーの最大(AKS が検査する値)。アップグレード中: さらに各プールのサージノードを加えた値。");
        NODE_SUBNET_IPS = ("Node subnet IPs", "ノードサブネットの IP");
        NEEDED = ("needed", "必要数");
        AVAILABLE = ("available", "使用可能数");
        SMALLEST = ("Smallest that fits", "収まる最小サイズ");
        HOLDS = ("This network holds", "このネットワークの収容量");
        HOLDS_HINT = ("nodes shaped like the first pool, surge nodes included", "最初のプールと同じ構成のノード数(サージノードを含む)");
        MORE_NODES = ("More nodes that fit", "追加できるノード数");
        PODS = ("Pods", "ポッド");
        COMPARE = ("All network models for these pools", "このノードプールでの全ネットワークモデル比較");
        MODEL = ("Model", "モデル");
        FITS = ("Fits", "収まるか");
        YES = ("yes", "はい");
        NO = ("no", "いいえ");
        UNKNOWN = ("unknown", "不明");
        USE_MODEL = ("Use", "このモデルにする");
        CURRENT = ("current", "選択中");
        ALLOCATION = ("Pod CIDR per node", "ノードごとのポッド CIDR");
        ALLOCATION_HINT = ("Node i gets the i-th /24 of the pod CIDR.", "ノード i にはポッド CIDR の i 番目の /24 が割り当てられます。");
        NODE_INDEX = ("Node", "ノード");
        POD_RANGE = ("Pod range", "ポッド範囲");
        FIRST_LAST = ("Pod IPs", "ポッド IP");
        STATE = ("Use", "用途");
        IN_USE = ("in use now", "使用中");
        FOR_SCALE = ("for scale-out", "スケールアウト用");
        FOR_SURGE = ("for surge", "サージ用");
        SPARE = ("spare", "予備");
        PREVIOUS = ("Previous", "前へ");
        NEXT = ("Next", "次へ");
        GO_TO_NODE = ("Go to node", "ノード番号へ移動");
        OF_TOTAL = ("of", "/");
        SWITCH_TO_OVERLAY = ("Switch to Azure CNI Overlay (same pod CIDR, same pods per node)", "Azure CNI オーバーレイに切り替える(同じポッド CIDR・同じノードあたりポッド数)");
        NO_POD_SPACE = ("none (pods use the node subnet)", "なし(ポッドはノードサブネットを使用)");
        OVER_BY = ("over by", "超過");
        RULES = ("rule set", "ルールセット");
        /// Between items of a list in a sentence, and at its end.
    LIST_SEP = (", ", "、");
        STOP = (".", "。");
        SHARE = ("Share", "共有");
        WHY = ("Why this number", "この数値の根拠");
        STATIC_BLOCKS_NOTE = ("Static allocation hands out whole /28 blocks; the first and last /28 of the pod subnet hold Azure's reserved addresses and are never handed out.", "静的割り当ては /28 ブロック単位です。ポッドサブネットの最初と最後の /28 には Azure の予約アドレスが含まれるため割り当てられません。");
        THEME = ("Colour theme", "配色");
        THEME_SYSTEM = ("System theme", "システム設定");
        THEME_LIGHT = ("Light", "ライト");
        THEME_DARK = ("Dark", "ダーク");
        COPY_LINK = ("Copy link", "リンクをコピー");
        COPY_EMBED = ("Copy embed code", "埋め込みコードをコピー");
        COPIED = ("Copied.", "コピーしました。");
        COPY_FAILED = ("Could not copy; select the text and copy it by hand.", "コピーできませんでした。テキストを選択して手動でコピーしてください。");
        PRINT = ("Print", "印刷");
        EXPORT = ("Export", "エクスポート");
        FORMAT = ("Format", "形式");
        COPY = ("Copy", "コピー");
        DOWNLOAD = ("Download", "ダウンロード");
        IMPORT = ("Import", "インポート");
        IMPORT_HINT = ("Paste the JSON of az aks show, az aks nodepool list, az network vnet show, or an export of this page. It is read here, in your browser.", "az aks show、az aks nodepool list、az network vnet show の JSON、またはこのページのエクスポートを貼り付けてください。ブラウザー内で読み込みます。");
        IMPORT_TEXT = ("JSON to import", "インポートする JSON");
        IMPORT_NOT_JSON = ("This is not JSON", "JSON として読めません");
        AT_CHARACTER = ("at character", "位置");
        WORKING = ("Working…", "処理中…");
        WORKER_FAILED = ("Exports and imports need the page served over http or https.", "エクスポートとインポートには http または https で配信されたページが必要です。");
        IMPORT_UNRECOGNISED = ("This JSON is none of: az aks show, az aks nodepool list, az network vnet show, an export of this page.", "この JSON は az aks show、az aks nodepool list、az network vnet show、このページのエクスポートのいずれでもありません。");
        OPEN_FULL = ("Open in the full calculator", "計算ツールで開く");
        LINK_FOR_PRINT = ("This plan online", "この計画のリンク");
        FOOTER = ("Runs entirely in your browser: nothing you enter leaves this page.", "すべてブラウザー内で計算します。入力内容がこのページの外に送信されることはありません。");
    }
}

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
        F::MaxSurge => t("Max surge", "最大サージ"),
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
    }
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
            "Each node takes a /24. Dual-stack: add an IPv6 range after a comma.",
            "ノードごとに /24 を使います。デュアルスタックはカンマの後に IPv6 範囲を追加。",
        ),
        F::ServiceCidr => t(
            "Dual-stack: add an IPv6 range (/108 or smaller).",
            "デュアルスタックは IPv6 範囲(/108 またはそれより狭い範囲)を追加。",
        ),
        F::ListedRanges => t(
            "Ranges the cluster must not collide with, e.g. 10.0.0.0/8 routed from on-premises.",
            "重なってはいけない範囲(例: オンプレミスからルーティングされる 10.0.0.0/8)。",
        ),
        _ => return None,
    })
}

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
        _ => return None,
    })
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
            "Node hardening (not GA): min(35 Mi × maxPods + max(250 Mi, 2 %), 25 %) + system-reserved, eviction 250–512 Mi",
            "ノード強化モード(GA 前): min(35 Mi × 最大ポッド数 + max(250 Mi, 2 %), 25 %) + system-reserved、退避しきい値 250〜512 Mi",
        ),
    }
}

/// A short name of a memory rule, for menus.
pub fn rule_short(r: MemoryRule) -> T {
    match r {
        MemoryRule::Current => t("Kubernetes ≥ 1.29", "Kubernetes 1.29 以降"),
        MemoryRule::Legacy => t("Kubernetes < 1.29", "Kubernetes 1.29 より前"),
        MemoryRule::Windows => t("Windows", "Windows"),
        MemoryRule::Hardening => t("Node hardening (not GA)", "ノード強化(GA 前)"),
    }
}

/// Where a memory rule comes from.
pub fn rule_source(r: MemoryRule) -> &'static str {
    match r {
        MemoryRule::Current | MemoryRule::Legacy | MemoryRule::Windows => {
            "https://learn.microsoft.com/azure/aks/node-resource-reservations"
        }
        MemoryRule::Hardening => "https://github.com/Azure/karpenter-provider-azure/pull/1818",
    }
}

pub(crate) fn input(e: &InputError, lang: Lang) -> String {
    use InputError as E;
    match (e, lang) {
        (E::Empty, Lang::En) => "Required.".into(),
        (E::Empty, Lang::Ja) => "入力してください。".into(),
        (E::NotANumber(s), Lang::En) => format!("“{s}” is not a number."),
        (E::NotANumber(s), Lang::Ja) => format!("「{s}」は数値ではありません。"),
        (E::Negative(s), Lang::En) => format!("“{s}” is negative; enter 0 or more."),
        (E::Negative(s), Lang::Ja) => format!("「{s}」は負の値です。0 以上を入力してください。"),
        (E::NotWhole(s), Lang::En) => format!("“{s}” is not a whole number."),
        (E::NotWhole(s), Lang::Ja) => format!("「{s}」は整数ではありません。"),
        (E::TooLarge(s), Lang::En) => format!("“{s}” is too large."),
        (E::TooLarge(s), Lang::Ja) => format!("「{s}」は大きすぎます。"),
        (E::NotMemory(s), Lang::En) => format!(
            "“{s}” is not a memory quantity; write it as kubectl does, e.g. 16393524Ki, 16009Mi or 15.6Gi."
        ),
        (E::NotMemory(s), Lang::Ja) => format!(
            "「{s}」はメモリ量として読めません。kubectl の表記で入力してください(例: 16393524Ki、16009Mi、15.6Gi)。"
        ),
        (E::NotCpu(s), Lang::En) => format!("“{s}” is not a CPU quantity; e.g. 250m or 0.5."),
        (E::NotCpu(s), Lang::Ja) => format!("「{s}」は CPU 量として読めません(例: 250m、0.5)。"),
        (E::NotVersion(s), Lang::En) => format!("“{s}” is not a Kubernetes version; e.g. 1.33."),
        (E::NotVersion(s), Lang::Ja) => {
            format!("「{s}」は Kubernetes のバージョンとして読めません(例: 1.33)。")
        }
        (E::OutOfRange { typed, min, max }, Lang::En) => {
            format!("“{typed}” is outside the allowed range: {min} to {max}.")
        }
        (E::OutOfRange { typed, min, max }, Lang::Ja) => {
            format!("「{typed}」は指定できる範囲({min}〜{max})の外です。")
        }
    }
}

/// A finding, worded.
pub fn issue(issue: &Issue, lang: Lang) -> String {
    use Issue as I;
    let en = lang == Lang::En;
    match issue {
        I::Input(e) => input(e, lang),
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
        I::Address(_)
        | I::SurgeTooLarge(_)
        | I::SubnetTooSmall { .. }
        | I::SubnetNotIpv4 { .. }
        | I::CiliumNeedsAzureCni
        | I::CiliumNoWindows
        | I::DynamicDefaultMaxPods
        | I::TooManyLoadBalancers { .. }
        | I::ForbiddenRange { .. }
        | I::NotPrivate { .. }
        | I::Overlap { .. }
        | I::OutsideVnet { .. }
        | I::ServiceCidrTooLarge { .. }
        | I::ServiceCidrAt12
        | I::Ipv6ServiceTooLarge { .. }
        | I::DnsOutsideService { .. }
        | I::DnsReserved { .. }
        | I::DualStackNeedsOverlay
        | I::DualStackIncomplete
        | I::TwoRangesOfAFamily
        | I::PodCidrTooSmall { .. }
        | I::SubnetFull { .. }
        | I::PodSpaceFull { .. }
        | I::KubenetRouteLimit { .. }
        | I::ClusterNodeLimit { .. }
        | I::PoolLimitWithSurge { .. }
        | I::OverlayPodLimit { .. }
        | I::DynamicPodLimit { .. }
        | I::VnetIpLimit { .. }
        | I::KubenetRetiring
        | I::WindowsNeedsAzureCni
        | I::VirtualNodesNeedAzureCni => network_issue(issue, lang),
        I::Subnet(s) => design::issue(s, lang),
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
    }
}

/// The name of a range's role, as messages use it.
pub fn role(r: Role) -> T {
    match r {
        Role::Vnet => t("the VNet", "VNet"),
        Role::NodeSubnet => t("the node subnet", "ノードサブネット"),
        Role::PodSubnet => t("the pod subnet", "ポッドサブネット"),
        Role::PodCidr => t("the pod CIDR", "ポッド CIDR"),
        Role::ServiceCidr => t("the service CIDR", "サービス CIDR"),
        Role::Listed => t(
            "a peered or on-premises range",
            "ピアリング先またはオンプレミスの範囲",
        ),
    }
}

fn address_error(e: &AddressError, lang: Lang) -> String {
    let en = lang == Lang::En;
    match e {
        AddressError::Empty => {
            if en {
                "Required.".into()
            } else {
                "入力してください。".into()
            }
        }
        AddressError::NotCidr(s) => {
            if en {
                format!("“{s}” is not a CIDR range; write it like 10.224.0.0/16.")
            } else {
                format!(
                    "「{s}」は CIDR 範囲として読めません。10.224.0.0/16 のように入力してください。"
                )
            }
        }
        AddressError::NotAddress(s) => {
            if en {
                format!("“{s}” is not an IP address; e.g. 10.0.0.10.")
            } else {
                format!("「{s}」は IP アドレスとして読めません(例: 10.0.0.10)。")
            }
        }
        AddressError::HostBits { typed, network } => {
            if en {
                format!("{typed} has host bits set; did you mean {network}?")
            } else {
                format!("{typed} はホスト部が 0 ではありません。{network} のことですか?")
            }
        }
        AddressError::TooManyRanges => {
            if en {
                "Enter a single range here.".into()
            } else {
                "ここには範囲を 1 つだけ入力してください。".into()
            }
        }
    }
}

/// The unit a pod space is counted in.
fn pod_unit(kind: PodSpaceKind, lang: Lang) -> &'static str {
    match (kind, lang) {
        (PodSpaceKind::NodeBlocks, Lang::En) => "node /24s",
        (PodSpaceKind::NodeBlocks, Lang::Ja) => "ノード用 /24 ブロック",
        (PodSpaceKind::DynamicIps, Lang::En) => "IPs",
        (PodSpaceKind::DynamicIps, Lang::Ja) => "IP",
        (PodSpaceKind::StaticBlocks, Lang::En) => "/28 blocks",
        (PodSpaceKind::StaticBlocks, Lang::Ja) => "/28 ブロック",
    }
}

fn big(n: u128) -> String {
    int(u64::try_from(n).unwrap_or(u64::MAX))
}

fn network_issue(issue: &Issue, lang: Lang) -> String {
    use Issue as I;
    let en = lang == Lang::En;
    let smallest_text = |smallest: &Option<u8>| match (smallest, en) {
        (Some(p), true) => format!(" The smallest that fits is a /{p}."),
        (Some(p), false) => format!("収まる最小のサイズは /{p} です。"),
        (None, true) => " No IPv4 range is large enough.".into(),
        (None, false) => "十分な大きさの IPv4 範囲はありません。".into(),
    };
    match issue {
        I::Address(e) => address_error(e, lang),
        I::SurgeTooLarge(s) => {
            if en {
                format!("“{s}” is above 100 %; use a percentage up to 100 % or a node count.")
            } else {
                format!(
                    "「{s}」は 100 % を超えています。100 % 以下の割合かノード数で指定してください。"
                )
            }
        }
        I::SubnetNotIpv4 { range } => {
            if en {
                format!(
                    "{range} is IPv6: AKS node and pod subnets are IPv4 ranges (dual-stack adds IPv6 to the pod and service ranges, not here)."
                )
            } else {
                format!(
                    "{range} は IPv6 です。AKS のノードサブネットとポッドサブネットは IPv4 の範囲です(デュアルスタックで IPv6 を加えるのはポッド範囲とサービス範囲です)。"
                )
            }
        }
        I::CiliumNeedsAzureCni => {
            if en {
                "The Cilium data plane needs Azure CNI (overlay or pod subnet); kubenet cannot use it.".into()
            } else {
                "Cilium データプレーンには Azure CNI(オーバーレイまたはポッドサブネット)が必要です。kubenet では使えません。".into()
            }
        }
        I::CiliumNoWindows => {
            if en {
                "The Cilium data plane does not support Windows nodes; use the Azure data plane or move Windows workloads to another cluster.".into()
            } else {
                "Cilium データプレーンは Windows ノードをサポートしていません。Azure データプレーンを使うか、Windows のワークロードを別のクラスターにしてください。".into()
            }
        }
        I::DynamicDefaultMaxPods => {
            if en {
                "The default max pods here is 250 (the AKS API); one AKS docs page says 110. Set it explicitly if it matters.".into()
            } else {
                "ここでの最大ポッド数の既定値は 250(AKS API の値)ですが、AKS のドキュメントには 110 と書かれたページもあります。重要な場合は明示的に指定してください。".into()
            }
        }
        I::TooManyLoadBalancers { count } => {
            if en {
                format!(
                    "{} internal load-balancer frontends: a cluster supports at most 300 load-balanced services.",
                    int(*count)
                )
            } else {
                format!(
                    "内部ロードバランサーのフロントエンドが {} 個あります。クラスターあたりの負荷分散サービスは最大 300 です。",
                    int(*count)
                )
            }
        }
        I::SubnetTooSmall { range } => {
            if en {
                format!("{range} is smaller than /29, the smallest IPv4 subnet Azure allows.")
            } else {
                format!("{range} は Azure で作成できる最小の IPv4 サブネット /29 より小さいです。")
            }
        }
        I::ForbiddenRange { range, reserved } => {
            if en {
                format!(
                    "{range} overlaps {reserved}, which AKS reserves; choose a range outside it."
                )
            } else {
                format!(
                    "{range} は AKS が予約している {reserved} と重なっています。重ならない範囲を選んでください。"
                )
            }
        }
        I::NotPrivate { range, role: r } => {
            if en {
                format!(
                    "{range} ({}) is not private address space (RFC 1918 or 100.64.0.0/10); public ranges can capture traffic meant for the internet.",
                    role(*r).en
                )
            } else {
                format!(
                    "{range}({})はプライベートアドレス空間(RFC 1918 または 100.64.0.0/10)ではありません。インターネット宛ての通信を取り込んでしまう可能性があります。",
                    role(*r).ja
                )
            }
        }
        I::Overlap {
            range,
            role: r,
            other,
            other_role,
        } => {
            if en {
                format!(
                    "{range} ({}) overlaps {other} ({}); choose {} outside {other}.",
                    role(*r).en,
                    role(*other_role).en,
                    role(*r).en
                )
            } else {
                format!(
                    "{range}({})が {other}({})と重なっています。{} は {other} と重ならない範囲にしてください。",
                    role(*r).ja,
                    role(*other_role).ja,
                    role(*r).ja
                )
            }
        }
        I::OutsideVnet { range, role: r } => {
            if en {
                format!(
                    "{range} ({}) is not inside the VNet's address space; widen the VNet or move the subnet into it.",
                    role(*r).en
                )
            } else {
                format!(
                    "{range}({})が VNet のアドレス空間に含まれていません。VNet を広げるか、サブネットを VNet 内に移してください。",
                    role(*r).ja
                )
            }
        }
        I::ServiceCidrTooLarge { prefix } => {
            if en {
                format!(
                    "A /{prefix} service CIDR is larger than /12, which Kubernetes refuses; use a /13 or smaller range (the AKS docs ask for smaller than /12; the default is a /16)."
                )
            } else {
                format!(
                    "/{prefix} のサービス CIDR は /12 より広く、Kubernetes が受け付けません。/13 またはそれより狭い範囲(プレフィックス長 13 以上。既定は /16)にしてください。"
                )
            }
        }
        I::ServiceCidrAt12 => {
            if en {
                "A /12 service CIDR is the largest Kubernetes accepts; the AKS docs ask for smaller than /12.".into()
            } else {
                "/12 は Kubernetes が受け付ける最大のサービス CIDR です。AKS のドキュメントでは /12 より小さくするよう求めています。".into()
            }
        }
        I::Ipv6ServiceTooLarge { prefix } => {
            if en {
                format!("The IPv6 service range can be no larger than /108 (got /{prefix}).")
            } else {
                format!("IPv6 のサービス範囲は /108 より広くできません(入力値: /{prefix})。")
            }
        }
        I::DnsOutsideService { ip, cidr } => {
            if en {
                format!(
                    "The DNS service IP {ip} is outside the service CIDR {cidr}; use an address inside it, by convention the .10 one."
                )
            } else {
                format!(
                    "DNS サービス IP {ip} がサービス CIDR {cidr} の外にあります。範囲内のアドレス(慣例では .10)にしてください。"
                )
            }
        }
        I::DnsReserved { ip, slot } => match (slot, en) {
            (DnsSlot::First, true) => format!(
                "{ip} is the service CIDR's first usable address (.1), used by kubernetes.default; use another, by convention the .10 one."
            ),
            (DnsSlot::First, false) => format!(
                "{ip} はサービス CIDR の最初の利用可能アドレス(.1)で、kubernetes.default が使用します。別のアドレス(慣例では .10)にしてください。"
            ),
            (DnsSlot::Network, true) => format!(
                "{ip} is the service CIDR's network address; use an address inside it, by convention the .10 one."
            ),
            (DnsSlot::Network, false) => format!(
                "{ip} はサービス CIDR のネットワークアドレスです。範囲内のアドレス(慣例では .10)にしてください。"
            ),
            (DnsSlot::Broadcast, true) => format!(
                "{ip} is the service CIDR's last address, which Kubernetes never gives a Service; use another, by convention the .10 one."
            ),
            (DnsSlot::Broadcast, false) => format!(
                "{ip} はサービス CIDR の最後のアドレスで、Kubernetes はサービスに割り当てません。別のアドレス(慣例では .10)にしてください。"
            ),
        },
        I::DualStackNeedsOverlay => {
            if en {
                "IPv6 (dual-stack) needs Azure CNI Overlay.".into()
            } else {
                "IPv6(デュアルスタック)には Azure CNI オーバーレイが必要です。".into()
            }
        }
        I::DualStackIncomplete => {
            if en {
                "Dual-stack needs an IPv4 and an IPv6 range in both the pod CIDR and the service CIDR; IPv6 alone is not supported.".into()
            } else {
                "デュアルスタックには、ポッド CIDR とサービス CIDR の両方に IPv4 と IPv6 の範囲が必要です。IPv6 のみの構成はサポートされていません。".into()
            }
        }
        I::TwoRangesOfAFamily => {
            if en {
                "Enter at most one IPv4 and one IPv6 range.".into()
            } else {
                "IPv4 と IPv6 の範囲をそれぞれ 1 つまで入力してください。".into()
            }
        }
        I::PodCidrTooSmall { range } => {
            if en {
                format!(
                    "{range} is smaller than a /24: every node takes a whole /24, so it holds no node."
                )
            } else {
                format!(
                    "{range} は /24 より小さいため、ノードごとに /24 を割り当てられず、1 ノードも収まりません。"
                )
            }
        }
        I::SubnetFull {
            needed,
            usable,
            upgrade,
            smallest,
        } => {
            let aks = format!(
                "Pre-allocated IPs {} exceeds IPs available in Subnet {}",
                needed, usable
            );
            match (upgrade, en) {
                (false, true) => format!(
                    "AKS will refuse this: “{aks}” (InsufficientSubnetSize).{}",
                    smallest_text(smallest)
                ),
                (false, false) => format!(
                    "AKS はこの構成を拒否します:「{aks}」(InsufficientSubnetSize)。{}",
                    smallest_text(smallest)
                ),
                (true, true) => format!(
                    "Upgrades will fail: with surge nodes the plan needs {} IPs and the subnet has {}: “{aks}”.{}",
                    big(*needed),
                    big(*usable),
                    smallest_text(smallest)
                ),
                (true, false) => format!(
                    "アップグレードが失敗します。サージノードを含めると {} 個の IP が必要ですが、サブネットには {} 個しかありません:「{aks}」。{}",
                    big(*needed),
                    big(*usable),
                    smallest_text(smallest)
                ),
            }
        }
        I::PodSpaceFull {
            kind,
            needed,
            capacity,
            upgrade,
            smallest,
        } => {
            let unit = pod_unit(*kind, lang);
            match (upgrade, en) {
                (false, true) => format!(
                    "The pod range holds {} {unit}; the plan needs {}.{}",
                    big(*capacity),
                    big(*needed),
                    smallest_text(smallest)
                ),
                (false, false) => format!(
                    "ポッド範囲に収まるのは {} 個の{unit}ですが、{} 個必要です。{}",
                    big(*capacity),
                    big(*needed),
                    smallest_text(smallest)
                ),
                (true, true) => format!(
                    "Upgrades will fail: with surge nodes the plan needs {} {unit} and the pod range holds {}.{}",
                    big(*needed),
                    big(*capacity),
                    smallest_text(smallest)
                ),
                (true, false) => format!(
                    "アップグレードが失敗します。サージノードを含めると {} 個の{unit}が必要ですが、ポッド範囲には {} 個しかありません。{}",
                    big(*needed),
                    big(*capacity),
                    smallest_text(smallest)
                ),
            }
        }
        I::KubenetRouteLimit { nodes } => {
            if en {
                format!(
                    "kubenet's route table holds 400 routes, so at most 400 nodes; the plan reaches {} with surge. Use Azure CNI Overlay.",
                    int(*nodes)
                )
            } else {
                format!(
                    "kubenet のルートテーブルは 400 ルートまでのため、ノードは最大 400 です。この計画はサージを含めて {} ノードになります。Azure CNI オーバーレイを使ってください。",
                    int(*nodes)
                )
            }
        }
        I::ClusterNodeLimit {
            nodes,
            limit,
            surge,
        } => match (surge, en) {
            (false, true) => format!(
                "A cluster on this tier holds at most {} nodes; the plan reaches {} at the autoscaler maximum.",
                int(*limit),
                int(*nodes)
            ),
            (false, false) => format!(
                "この価格レベルのクラスターは最大 {} ノードですが、この計画はオートスケーラー最大時に {} ノードになります。",
                int(*limit),
                int(*nodes)
            ),
            (true, true) => format!(
                "A cluster on this tier holds at most {} nodes; with surge nodes an upgrade reaches {}. Lower the surge or the maximum.",
                int(*limit),
                int(*nodes)
            ),
            (true, false) => format!(
                "この価格レベルのクラスターは最大 {} ノードですが、アップグレード中はサージノードを含めて {} ノードになります。サージか最大ノード数を減らしてください。",
                int(*limit),
                int(*nodes)
            ),
        },
        I::PoolLimitWithSurge { nodes, surge } => {
            if en {
                format!(
                    "With {} surge nodes this pool reaches {} nodes during an upgrade, over the 1,000 per pool; lower the surge or split the pool.",
                    int(*surge),
                    int(*nodes)
                )
            } else {
                format!(
                    "サージノード {} 台を含めると、アップグレード中にこのプールは {} ノードになり、プールあたりの上限 1,000 を超えます。サージを減らすかプールを分けてください。",
                    int(*surge),
                    int(*nodes)
                )
            }
        }
        I::OverlayPodLimit { pods } => {
            if en {
                format!(
                    "The nodes could hold {} pods; Azure CNI Overlay supports at most 200,000 per cluster.",
                    int(*pods)
                )
            } else {
                format!(
                    "ノード全体で {} ポッドを収容できますが、Azure CNI オーバーレイはクラスターあたり最大 200,000 ポッドです。",
                    int(*pods)
                )
            }
        }
        I::DynamicPodLimit { pods } => {
            if en {
                format!(
                    "The nodes could hold {} pods; dynamic pod-subnet allocation supports about 50,000 per cluster.",
                    int(*pods)
                )
            } else {
                format!(
                    "ノード全体で {} ポッドを収容できますが、ポッドサブネットの動的割り当てはクラスターあたり約 50,000 ポッドまでです。",
                    int(*pods)
                )
            }
        }
        I::VnetIpLimit { ips } => {
            if en {
                format!(
                    "The plan uses {} IPs in the VNet; a VNet holds at most 65,536 in use.",
                    big(*ips)
                )
            } else {
                format!(
                    "この計画は VNet 内で {} 個の IP を使いますが、VNet で使用できるのは最大 65,536 個です。",
                    big(*ips)
                )
            }
        }
        I::KubenetRetiring => {
            if en {
                "kubenet retires on 31 March 2028. Azure CNI Overlay uses the same pod CIDR with no route-table limit.".into()
            } else {
                "kubenet は 2028 年 3 月 31 日に廃止されます。Azure CNI オーバーレイは同じポッド CIDR を使え、ルートテーブルの制限もありません。".into()
            }
        }
        I::WindowsNeedsAzureCni => {
            if en {
                "Windows pools need Azure CNI; kubenet supports Linux only.".into()
            } else {
                "Windows ノードプールには Azure CNI が必要です。kubenet は Linux のみをサポートします。".into()
            }
        }
        I::VirtualNodesNeedAzureCni => {
            if en {
                "Virtual nodes need Azure CNI; kubenet does not support them.".into()
            } else {
                "仮想ノードには Azure CNI が必要です。kubenet では使えません。".into()
            }
        }
        _ => String::new(),
    }
}

/// The cluster totals as a sentence.
pub fn totals(t: &crate::evaluate::Totals, lang: Lang) -> String {
    let mi = |ki: u64| int(ki / 1024);
    let mut out = match lang {
        Lang::En => format!(
            "{} nodes with {}m CPU and {} Mi memory allocatable",
            int(t.nodes),
            int(t.cpu_m),
            mi(t.memory_ki)
        ),
        Lang::Ja => format!(
            "{} ノード、割り当て可能な CPU {}m・メモリ {} Mi",
            int(t.nodes),
            int(t.cpu_m),
            mi(t.memory_ki)
        ),
    };
    if t.nodes_at_max != t.nodes {
        out.push_str(&match lang {
            Lang::En => format!(
                " (at the autoscaler maximum: {} nodes, {}m CPU, {} Mi)",
                int(t.nodes_at_max),
                int(t.cpu_m_at_max),
                mi(t.memory_ki_at_max)
            ),
            Lang::Ja => format!(
                "(オートスケーラー最大時: {} ノード、CPU {}m・メモリ {} Mi)",
                int(t.nodes_at_max),
                int(t.cpu_m_at_max),
                mi(t.memory_ki_at_max)
            ),
        });
    }
    out.push_str(match lang {
        Lang::En => ".",
        Lang::Ja => "。",
    });
    out
}

/// "10.10.0.0/22: 1,019 available"; the range may be empty.
pub fn available(range: &str, count: &str, lang: Lang) -> String {
    match (lang, range.is_empty()) {
        (Lang::En, true) => format!("{count} available"),
        (Lang::En, false) => format!("{range}: {count} available"),
        (Lang::Ja, true) => format!("使用可能 {count}"),
        (Lang::Ja, false) => format!("{range}、使用可能 {count}"),
    }
}

/// A link's length, when it may be too long to pass around.
pub fn long_link(len: usize, lang: Lang) -> String {
    match lang {
        Lang::En => format!(
            "This link is {} characters long; some chat tools and wikis cut links past 2,000.",
            int(len as u64)
        ),
        Lang::Ja => format!(
            "このリンクは {} 文字あります。チャットツールや Wiki によっては 2,000 文字を超えるリンクが切れることがあります。",
            int(len as u64)
        ),
    }
}

/// The allocation list's "go to node" got something that is not one of its nodes.
pub fn no_such_node(blocks: u64, lang: Lang) -> String {
    let last = int(blocks.saturating_sub(1));
    match lang {
        Lang::En => format!("Enter a node number from 0 to {last}."),
        Lang::Ja => format!("0 から {last} までのノード番号を入力してください。"),
    }
}

pub mod design;
pub mod explain;
pub mod io;

#[cfg(test)]
mod tests;

#[cfg(test)]
mod unit_tests {
    use super::*;

    #[test]
    fn numbers() {
        assert_eq!(int(0), "0");
        assert_eq!(int(1000), "1,000");
        assert_eq!(int(27610), "27,610");
        assert_eq!(int(u64::MAX), "18,446,744,073,709,551,615");
        assert_eq!(gib(8192), "8");
        assert_eq!(gib(3584), "3.5");
        assert_eq!(gib(7424), "7.25");
        assert_eq!(permille(906), "90.6 %");
    }

    #[test]
    fn messages_name_the_typed_value_and_the_fix() {
        let e = Issue::Input(InputError::NotMemory("12Gx".into()));
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
