//! Labels of the page: headings, buttons, column names, short notes.

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
    DESIGN = ("VNet design", "VNet 設計");
    DESIGN_HINT = ("Every subnet of the VNet: give a prefix, or leave it empty (auto) for the layout to place it at the smallest size that holds what is planned in it. AKS checks each node subnet on its own, with every pool in it at its maximum plus surge (not the other addresses in it).", "VNet 内のすべてのサブネットです。プレフィックスを指定するか、空欄(自動)にすると、計画した内容が収まる最小サイズで自動配置します。AKS はノードサブネットごとに、そこに置くすべてのプールを最大ノード数+サージで数えて検証します(サブネット内のその他のアドレスは数えません)。");
    ADDRESS_MAP = ("Address map", "アドレスマップ");
    ADDRESSES = ("addresses", "アドレス");
    FREE = ("Free", "空き");
    AUTO = ("auto", "自動");
    PLACED = ("placed by the layout", "自動配置");
    ADD_SUBNET = ("Add subnet", "サブネットを追加");
    NEW_SUBNET_PURPOSE = ("Purpose of the new subnet", "追加するサブネットの用途");
    FIT_VNET = ("Fit into the VNet", "VNet に配置");
    FIT_VNET_HINT = ("Writes the prefixes the layout chose into the auto subnets, so the link and the exports keep them.", "自動配置で決まったプレフィックスを自動サブネットに書き込みます。リンクとエクスポートにもそのまま残ります。");
    NEXT_FREE = ("Next free block", "次の空きブロック");
    NO_FREE_BLOCK = ("none left", "空きなし");
    CLUSTERS_FIT = ("Clusters of this shape the VNet holds", "この構成のクラスターを VNet に収められる数");
    CLUSTERS_FIT_HINT = ("Each more cluster needs its own node and pod subnets (and ACI, AGC); the API server subnet and the infrastructure subnets are shared, as are the overlay pod CIDR and the service CIDR.", "クラスターを増やすごとにノードサブネット・ポッドサブネット(ACI、AGC も)が必要です。API サーバー用サブネットと共通基盤のサブネット、オーバーレイのポッド CIDR とサービス CIDR は共有できます。");
    AT_LEAST = ("at least", "少なくとも");
    IPS_IN_USE = ("Addresses in use in the VNet", "VNet で使用中のアドレス数");
    SUBNET_NEEDS = ("Needed", "必要数");
    USABLE = ("Usable", "使用可能");
    HEADROOM = ("Headroom", "余裕");
    STATUS = ("Status", "状態");
    STATUS_FITS = ("fits", "収まる");
    STATUS_FULL = ("too small", "不足");
    STATUS_NO_PREFIX = ("no prefix", "プレフィックスなし");
    RANGES = ("Ranges around the VNet", "VNet 周辺の範囲");
    RANGE = ("Range", "範囲");
    ROLE = ("Role", "役割");
    OVERLAPS = ("Overlaps", "重複");
    CLEAR = ("clear", "重複なし");
    FIRST_OF_PURPOSE = ("the first one", "先頭のもの");
    BLOCKS = ("/28 blocks", "/28 ブロック");
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
    IMPORT_HINT = ("Paste the JSON of az aks show, az aks nodepool list or az aks nodepool show, az network vnet show, the same resources' raw ARM JSON (az rest, az resource show, the portal's JSON View), or a JSON export of this page. It is read here, in your browser.", "az aks show、az aks nodepool list または az aks nodepool show、az network vnet show の JSON、同じリソースの ARM の JSON(az rest、az resource show、ポータルの JSON ビュー)、またはこのページの JSON エクスポートを貼り付けてください。ブラウザー内で読み込みます。");
    IMPORT_TEXT = ("JSON to import", "インポートする JSON");
    WORKING = ("Working…", "処理中…");
    WORKER_FAILED = ("Exports and imports need the page served over http or https.", "エクスポートとインポートには http または https で配信されたページが必要です。");
    IMPORT_TOO_LARGE = ("This text is larger than 4 MiB, far more than az prints, and was not read.", "4 MiB を超えるテキストは読み込みません(az の出力はこれよりはるかに小さいはずです)。");
    IMPORT_UNRECOGNISED = ("This JSON is none of: az aks show, az aks nodepool list, az network vnet show, an export of this page.", "この JSON は az aks show、az aks nodepool list、az network vnet show、このページのエクスポートのいずれでもありません。");
    OPEN_FULL = ("Open in the full calculator", "計算ツールで開く");
    LINK_FOR_PRINT = ("This plan online", "この計画のリンク");
    FOOTER = ("Runs entirely in your browser: nothing you enter leaves this page.", "すべてブラウザー内で計算します。入力内容がこのページの外に送信されることはありません。");
    /// The subnet table of the Markdown export.
    SUBNETS_H = ("Subnets of the VNet", "VNet のサブネット");
    SUBNET_USABLE = ("Usable", "使用可能");
    SUBNET_HEADROOM = ("Headroom", "余裕");
    SUBNET_STATUS = ("Status", "状態");
    SUBNET_PLACED = ("auto: placed by the layout", "自動: レイアウトで配置");
    SUBNET_NO_ROOM = ("auto: no room in the VNet", "自動: VNet に空きなし");
    SUBNET_FITS = ("fits", "収まる");
    SUBNET_TOO_SMALL = ("too small", "不足");
    SUBNET_NO_PREFIX = ("no prefix", "プレフィックスなし");
    SUBNET_BLOCKS = ("in /28 blocks", "/28 ブロック単位");
    SUBNET_FREE = ("Free space in the VNet", "VNet の空き");
    RULE_CUSTOM = ("Custom (preview)", "カスタム(プレビュー)");
    /// The assumptions line of a pool with custom reservations.
    RULE_CUSTOM_ASSUMPTION = ("Custom kube-reserved and hard eviction (preview, Linux only): the values set, AKS's ≥ 1.29 values for the rest", "kube-reserved とハード退避しきい値のカスタム設定(プレビュー、Linux のみ): 指定した値を使い、それ以外は AKS 1.29 以降の既定値");
    OS_SKU_DEFAULT = ("AKS default", "AKS の既定");
    VIRTUAL_NODES_V2 = ("Virtual Nodes v2", "仮想ノード v2 (Virtual Nodes v2)");
    /// A finding's second source, where the sources disagree.
    OTHER_SOURCE = ("other source", "別の出典");
    /// The allocation list's IPv6 column (dual-stack).
    POD_RANGE_V6 = ("IPv6 pod range", "IPv6 ポッド範囲");
    ALLOCATION_HINT_V6 = ("Dual-stack: it also gets the i-th /80 of the IPv6 pod range.", "デュアルスタックでは、IPv6 ポッド範囲の i 番目の /80 も割り当てられます。");
    /// kube-reserved CPU that the pool sets itself (custom rule).
    CPU_CUSTOM = ("as the pool sets it", "プールの設定値");
    /// Before the rule set's version in the exports' headers: `# Rule set: aks-rules 2026-12`.
    RULE_SET = ("Rule set", "ルールセット");
    /// The exports' comment on a kubenet plan with IPv6 in both ranges, before the findings.
    EXPORT_KUBENET_DUAL_STACK = ("kubenet with IPv6: written dual-stack as planned, with the IPv4 and IPv6 pod and service ranges, assuming AKS still creates it. AKS may refuse it: for dual-stack its docs now name Azure CNI Overlay (and the release notes static block allocation).", "kubenet + IPv6: 計画どおり、IPv4 と IPv6 のポッド範囲とサービス範囲を指定したデュアルスタックとして出力しています。AKS が引き続き作成できることが前提です。AKS に拒否される可能性があります。現在、デュアルスタックの構成としてドキュメントに記載されているのは Azure CNI オーバーレイ(リリースノートでは静的ブロック割り当ても)です。");
    /// The exports' comment on a kubenet plan with IPv6 in only one of its ranges.
    EXPORT_KUBENET_V6_DROPPED = ("kubenet with an IPv6 range in only one of the pod and service ranges: dual-stack needs both, so this is written single-stack, with the IPv4 ranges only.", "kubenet で、ポッド範囲とサービス範囲の一方にしか IPv6 の範囲がありません。デュアルスタックには両方が必要なため、IPv4 の範囲だけのシングルスタックとして出力しています。");
    /// The exports' comment on any other model's plan with IPv6 in only one of its ranges.
    EXPORT_V6_DROPPED = ("An IPv6 range in only one of the pod and service ranges: dual-stack needs both, so this is written single-stack, with the IPv4 ranges only.", "ポッド範囲とサービス範囲の一方にしか IPv6 の範囲がありません。デュアルスタックには両方が必要なため、IPv4 の範囲だけのシングルスタックとして出力しています。");
}
