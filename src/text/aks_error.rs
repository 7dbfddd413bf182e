//! Words of "Explain an AKS error": titles, what AKS counted, the formula with the numbers, what
//! was assumed, the fixes. [`crate::formats::aks_error`] computes; it calls these with plain
//! numbers and names, so this layer needs none of its types. AKS's own sentences are rebuilt
//! exactly as AKS prints them (numbers without separators), so they read as what was pasted.

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use super::{Lang, T, int, t};

fn big(n: u128) -> String {
    int(u64::try_from(n).unwrap_or(u64::MAX))
}

/// The titles, one per error.
pub mod title {
    use super::{T, t};
    pub const SUBNET_SIZE: T = t(
        "InsufficientSubnetSize: the subnet cannot hold every node's addresses",
        "InsufficientSubnetSize: サブネットに全ノード分の IP アドレスが収まりません",
    );
    pub const OVERLAY_POD_CIDR: T = t(
        "InsufficientSubnetSize (networkProfile.podCIDR): the pod CIDR has too few /24 blocks for the nodes",
        "InsufficientSubnetSize(networkProfile.podCIDR): ポッド CIDR にノード数分の /24 ブロックがありません",
    );
    pub const KUBENET_POD_CIDR: T = t(
        "InsufficientPodCidr: the kubenet pod CIDR has too few /24 blocks for the nodes",
        "InsufficientPodCidr: kubenet のポッド CIDR にノード数分の /24 ブロックがありません",
    );
    pub const SUBNET_FULL: T = t(
        "SubnetIsFull: the subnet has no free addresses left for the new nodes",
        "SubnetIsFull: 追加するノードに割り当てる空き IP アドレスがサブネットにありません",
    );
    pub const DELEGATED: T = t(
        "SubnetIsDelegated: a node pool cannot use a delegated subnet",
        "SubnetIsDelegated: 委任されたサブネットはノードプールに使えません",
    );
    pub const PORTS: T = t(
        "InvalidLoadBalancerProfileAllocatedOutboundPorts: the outbound IPs have too few SNAT ports for every node",
        "InvalidLoadBalancerProfileAllocatedOutboundPorts: 送信 IP の SNAT ポートが全ノード分に足りません",
    );
    pub const OVERLAP_VNET: T = t(
        "NetworkProfileCIDROverlapVNET: the cluster's range overlaps the VNet",
        "NetworkProfileCIDROverlapVNET: クラスターのアドレス範囲が VNet と重なっています",
    );
    pub const SERVICE_OVERLAP: T = t(
        "ServiceCidrOverlapExistingSubnetsCidr: the service CIDR overlaps a subnet of the VNet",
        "ServiceCidrOverlapExistingSubnetsCidr: サービス CIDR が VNet のサブネットと重なっています",
    );
    pub const DNS: T = t(
        "DnsServiceIpOutOfServiceCidr: the DNS service IP is outside the service CIDR",
        "DnsServiceIpOutOfServiceCidr: DNS サービス IP がサービス CIDR の範囲外です",
    );
    pub const RESERVED: T = t(
        "A range AKS reserves: 169.254.0.0/16, 172.30.0.0/16, 172.31.0.0/16 and 192.0.2.0/24 cannot be used",
        "AKS の予約範囲: 169.254.0.0/16、172.30.0.0/16、172.31.0.0/16、192.0.2.0/24 は使えません",
    );
    pub const MAX_PODS: T = t(
        "maxPods is invalid: 10 to 250 per node, and room for 30 pods per pool",
        "maxPods が無効です: ノードあたり 10〜250、プール全体で 30 ポッド分以上",
    );
    pub const SYSTEM_SKU: T = t(
        "SystemPoolSkuTooLow: the system pool's VM size is too small",
        "SystemPoolSkuTooLow: システムプールの VM サイズが小さすぎます",
    );
    pub const NO_SYSTEM: T = t(
        "A cluster needs a system node pool: AKS refused to leave it without one",
        "システムノードプールが必要です: システムプールがなくなる操作を AKS が拒否しました",
    );
    pub const COUNT: T = t(
        "agentPoolProfile.count: the node count is outside what a pool may have",
        "agentPoolProfile.count: ノード数がプールで指定できる範囲外です",
    );
    pub const SURGE: T = t(
        "Node count plus upgrade surge above 1,000: AKS rejects the upgrade",
        "ノード数とアップグレード時のサージの合計が 1,000 超: AKS はアップグレードを拒否します",
    );
    pub const DIALING: T = t(
        "error dialing backend: the API server cannot reach the nodes through the tunnel",
        "error dialing backend: API サーバーがトンネル経由でノードに到達できません",
    );
    pub const UNKNOWN: T = t(
        "Not an AKS error this page knows",
        "このページで説明できる AKS のエラーではありません",
    );
}

pub const KNOWS: T = t(
    "It explains these (paste the message as az, the portal or a pipeline log printed it):",
    "説明できるのは次のエラーです(az、ポータル、パイプラインのログに出たメッセージをそのまま貼り付けてください):",
);

pub const CUT: T = t(
    "The text was longer than 100 KB: only its first 100 KB were read.",
    "テキストが 100 KB を超えていたため、先頭の 100 KB だけを読み取りました。",
);

/// The text has a code but not the sentence with its numbers.
pub fn code_only(code: &str, lang: Lang) -> String {
    match lang {
        Lang::En => format!(
            "The text has the code {code}, but not AKS's sentence with its numbers: paste the whole message (the “message” of the error, not only its “code”)."
        ),
        Lang::Ja => format!(
            "テキストにはコード {code} がありますが、数値を含む AKS のメッセージ本文がありません。エラーの「code」だけでなく「message」も含めて貼り付けてください。"
        ),
    }
}

/// What the page read, in AKS's words.
pub fn read(sentence: &str, lang: Lang) -> String {
    match lang {
        Lang::En => format!("AKS said: “{sentence}”"),
        Lang::Ja => format!("AKS のメッセージ:「{sentence}」"),
    }
}

/// AKS's sentences, rebuilt from what was read.
pub mod aks {
    use alloc::format;
    use alloc::string::String;

    /// The format before 2020 (Azure/AKS#456).
    pub fn old_subnet(needed: u128, usable: u128) -> String {
        format!("Pre-allocated IPs {needed} exceeds IPs available in Subnet {usable}")
    }

    /// With the CIDR but no name (Azure/AKS#1795).
    pub fn subnet_cidr(needed: u128, usable: u128, cidr: &str) -> String {
        format!("Pre-allocated IPs {needed} exceeds IPs available {usable} in Subnet Cidr {cidr}")
    }

    pub fn subnet_full(name: &str, prefix: &str, more: u128) -> String {
        format!(
            "Subnet {name} with address prefix {prefix} does not have enough capacity for {more} IP addresses."
        )
    }

    pub fn delegated(subnet: &str) -> String {
        format!(
            "AgentPoolProfile.VnetSubnetID …/subnets/{subnet} cannot be used as it's a delegated subnet."
        )
    }

    pub fn ports_total(nodes: u128, needed: u128, available: u128, ips: u128) -> String {
        format!(
            "Total node count {nodes} requires {needed} ports but only {available} ports are available given {ips} outbound public IPs."
        )
    }

    pub fn overlap_vnet(cidr: &str, vnet: &str) -> String {
        format!("NetworkProfile CIDR {cidr} overlaps with reserved VNET CIDR {vnet}")
    }

    pub fn service_overlap(service: &str, subnet: &str) -> String {
        format!(
            "The specified service CIDR {service} is conflicted with an existing subnet CIDR {subnet}"
        )
    }

    pub fn dns(ip: &str, service: &str) -> String {
        format!("The DNS service IP {ip} is out of the range defined by service CIDR {service}.")
    }

    pub const MAX_PODS: &str = "The value of parameter maxPods is invalid.";

    pub fn system_sku(pool: &str) -> String {
        format!(
            "System node pool must use VM sku with more than 2 cores and 4GB memory. Nodepool name: {pool}."
        )
    }

    pub const NO_SYSTEM: &str = "There has to be at least one system agent pool.";

    pub fn count(count: u128, min: u128, max: u128) -> String {
        format!(
            "agentPoolProfile.count was {count}. It must be greater or equal to minCount:{min} and less than or equal to maxCount:{max}."
        )
    }

    pub const SURGE: &str = "If a node pool's current size plus the calculated surge count would exceed 1,000 instances, AKS rejects the upgrade before it starts.";

    pub fn dialing(node: Option<&str>) -> String {
        match node {
            Some(ip) => format!("Error from server: error dialing backend: dial tcp {ip}:10250"),
            None => String::from("Error from server: error dialing backend"),
        }
    }
}

/// What AKS counts in a subnet, by how each node takes addresses there.
pub fn counted_subnet(per_node_is_pods: bool, lang: Lang) -> &'static str {
    match (per_node_is_pods, lang) {
        (true, Lang::En) => {
            "AKS adds up every node pool in the subnet at its most — the autoscaler's max-count, otherwise the node count — plus the surge nodes of an upgrade, and gives each node its addresses up front: maxPods + 1 with Azure CNI node subnet (one for the node, one per pod). Azure keeps 5 addresses of every subnet."
        }
        (true, Lang::Ja) => {
            "AKS はサブネット内のすべてのノードプールを最大時(オートスケーラーの max-count、なければノード数)で数え、アップグレード時のサージノードを加え、各ノードに IP アドレスを事前に割り当てます。Azure CNI(ノードサブネット)では maxPods + 1(ノード用 1 つとポッドごとに 1 つ)です。Azure はどのサブネットでも 5 個のアドレスを予約します。"
        }
        (false, Lang::En) => {
            "AKS adds up every node pool in the subnet at its most — the autoscaler's max-count, otherwise the node count — plus the surge nodes of an upgrade; each node takes its addresses in this subnet up front. Azure keeps 5 addresses of every subnet."
        }
        (false, Lang::Ja) => {
            "AKS はサブネット内のすべてのノードプールを最大時(オートスケーラーの max-count、なければノード数)で数え、アップグレード時のサージノードを加えます。各ノードはこのサブネットのアドレスを事前に確保します。Azure はどのサブネットでも 5 個のアドレスを予約します。"
        }
    }
}

pub const COUNTED_POD_CIDR: T = t(
    "Each node, surge nodes too, takes a whole /24 (256 addresses) of the pod CIDR; AKS counts every pool at its most plus its surge, and a pod CIDR keeps no addresses back.",
    "各ノード(サージノードも含む)はポッド CIDR から /24(256 アドレス)を 1 つずつ使います。AKS は各プールを最大時で数えてサージを加え、ポッド CIDR には予約アドレスはありません。",
);

pub const COUNTED_FULL: T = t(
    "Azure ran out of free addresses while adding nodes. Every node already takes its addresses in the subnet (maxPods + 1 each with Azure CNI node subnet, 1 otherwise), and so do load balancers, private endpoints and anything else in it.",
    "ノード追加中に Azure が空きアドレスを確保できませんでした。既存の各ノードはサブネットのアドレスを使っており(Azure CNI ノードサブネットでは maxPods + 1、それ以外は 1)、ロードバランサー、プライベートエンドポイントなども同じサブネットのアドレスを使います。",
);

pub const COUNTED_DELEGATED: T = t(
    "A subnet delegated to a service (the API server's Microsoft.ContainerService/managedClusters, ACI's Microsoft.ContainerInstance/containerGroups, Application Gateway for Containers, …) belongs to that service: a node pool's subnet (vnetSubnetID) cannot be one.",
    "サービスに委任されたサブネット(API サーバー用の Microsoft.ContainerService/managedClusters、ACI 用の Microsoft.ContainerInstance/containerGroups、Application Gateway for Containers など)はそのサービス専用であり、ノードプールのサブネット(vnetSubnetID)には使えません。",
);

pub const COUNTED_PORTS: T = t(
    "Each outbound IP of the load balancer gives 64,000 SNAT ports, and allocatedOutboundPorts gives every node the same share; AKS counts every pool at its most plus its surge nodes.",
    "ロードバランサーの送信 IP 1 つにつき SNAT ポートは 64,000 個で、allocatedOutboundPorts は全ノードに同じ数を割り当てます。AKS は各プールを最大時で数えてサージノードを加えます。",
);

pub const COUNTED_POD_RANGE: T = t(
    "The pod CIDR of overlay and kubenet is routed outside the VNet: it must not overlap the VNet, peered or on-premises networks.",
    "オーバーレイと kubenet のポッド CIDR は VNet の外側としてルーティングされるため、VNet、ピアリング先、オンプレミスのネットワークと重なってはいけません。",
);

pub const COUNTED_SERVICE_RANGE: T = t(
    "The service CIDR only exists inside the cluster: it must not overlap the VNet, any of its subnets or any network the cluster reaches; AKS checks it against every subnet of the VNet at create and upgrade.",
    "サービス CIDR はクラスター内だけのアドレス範囲であり、VNet やそのサブネット、クラスターから到達するネットワークと重なってはいけません。AKS は作成時とアップグレード時に VNet の全サブネットと照合します。",
);

pub const COUNTED_DNS: T = t(
    "The DNS service IP is CoreDNS's Service address, taken from the service CIDR: it must lie inside it, and not be its network address or its first address (.1 is kubernetes.default).",
    "DNS サービス IP は CoreDNS の Service のアドレスで、サービス CIDR から割り当てられます。範囲内にあり、ネットワークアドレスや先頭のアドレス(.1 は kubernetes.default)以外である必要があります。",
);

pub const COUNTED_RESERVED: T = t(
    "AKS keeps these ranges for itself: the VNet, the pod CIDR and the service CIDR must not overlap 169.254.0.0/16, 172.30.0.0/16, 172.31.0.0/16 or 192.0.2.0/24 (172.16.0.0/12 contains two of them).",
    "これらの範囲は AKS 自身が使います。VNet、ポッド CIDR、サービス CIDR は 169.254.0.0/16、172.30.0.0/16、172.31.0.0/16、192.0.2.0/24 と重なってはいけません(172.16.0.0/12 はこのうち 2 つを含みます)。",
);

pub const COUNTED_MAX_PODS: T = t(
    "maxPods is 10 to 250 per node; below 30 the pool as a whole must still have room for 30 pods (maxPods × nodes ≥ 30), and a system pool at least 30 per node.",
    "maxPods はノードあたり 10〜250 です。30 未満にする場合も、プール全体で 30 ポッド分(maxPods × ノード数 ≥ 30)が必要です。",
);

pub const COUNTED_SYSTEM_SKU: T = t(
    "A system pool runs CoreDNS, metrics-server and the other kube-system pods: AKS refuses VM sizes under 2 vCPUs, and the docs ask for at least 4 vCPUs and 4 GiB, not B-series.",
    "システムプールでは CoreDNS や metrics-server などの kube-system ポッドが動きます。AKS は 2 vCPU 未満の VM サイズを拒否し、ドキュメントでは 4 vCPU・4 GiB 以上(B シリーズ以外)が求められています。",
);

pub const COUNTED_NO_SYSTEM: T = t(
    "Every cluster keeps at least one system pool (mode System) for the kube-system pods: AKS refuses to delete the last one or to switch it to User.",
    "クラスターには kube-system ポッド用のシステムプール(モード System)が最低 1 つ必要です。最後のシステムプールの削除や User への変更を AKS は拒否します。",
);

pub const COUNTED_SURGE: T = t(
    "During an upgrade the surge nodes join the pool: its node count plus its surge must stay within 1,000 nodes, or AKS rejects the upgrade before it starts. maxUnavailable upgrades in place, without surge nodes (user pools only).",
    "アップグレード中はサージノードがプールに加わるため、ノード数とサージの合計を 1,000 ノード以内に収める必要があり、超える場合 AKS はアップグレードを開始前に拒否します。maxUnavailable を使うとサージノードなしでその場でアップグレードします(ユーザープールのみ)。",
);

pub const COUNTED_DIALING: T = t(
    "kubectl logs, exec, port-forward and top go from the API server through the tunnel to the kubelet on TCP 10250 of each node. Creating and deleting pods still works, so only these fail when the tunnel or port 10250 is blocked.",
    "kubectl logs、exec、port-forward、top は、API サーバーからトンネルを通って各ノードの kubelet(TCP 10250)に接続します。ポッドの作成や削除は動くため、トンネルや 10250 番ポートが遮断されるとこれらのコマンドだけが失敗します。",
);

pub const DIALING_NSG: T = t(
    "Inside the VNet: no NSG, UFW or iptables rule on the nodes may block TCP 10250 between the nodes (the tunnel pod reaches the other nodes' kubelets).",
    "VNet 内: ノード間の TCP 10250 を NSG、UFW、iptables で遮断しないでください(トンネルのポッドが他のノードの kubelet に接続します)。",
);

/// A count is outside what a pool may have.
pub fn counted_count(count: u128, min: u128, max: u128, lang: Lang) -> String {
    match lang {
        Lang::En => format!(
            "A pool holds {min} to {} nodes here; {} is outside. A user pool may have 0 nodes with the autoscaler; a system pool always has at least 1.",
            big(max),
            big(count)
        ),
        Lang::Ja => format!(
            "このプールのノード数は {min}〜{} です。{} は範囲外です。ユーザープールはオートスケーラー使用時に 0 ノードにできますが、システムプールは常に 1 ノード以上必要です。",
            big(max),
            big(count)
        ),
    }
}

/// One pool's part of a total: (nodes + surge) × per node.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Term {
    pub nodes: u64,
    pub surge: u64,
    pub per_node: u64,
    /// Shown as `(maxPods + 1)` when the per-node cost is that.
    pub max_pods: Option<u64>,
}

fn term(x: &Term, lang: Lang) -> String {
    let nodes = match lang {
        Lang::En => format!("({} nodes + {} surge)", int(x.nodes), int(x.surge)),
        Lang::Ja => format!("(ノード {} 台 + サージ {} 台)", int(x.nodes), int(x.surge)),
    };
    match x.max_pods.filter(|m| m.saturating_add(1) == x.per_node) {
        Some(m) => format!("{nodes} × ({m} + 1)"),
        None => format!("{nodes} × {}", int(x.per_node)),
    }
}

fn sum(terms: &[Term], lang: Lang) -> String {
    terms
        .iter()
        .map(|x| term(x, lang))
        .collect::<Vec<_>>()
        .join(" + ")
}

fn compare(total: u128, limit: u128) -> &'static str {
    if total > limit { ">" } else { "≤" }
}

/// `(10 nodes + 0 surge) × (30 + 1) = 310 > 251 usable in a /24`.
///
/// # Examples
/// ```
/// use aks_calc::text::{Lang, aks_error::{Term, subnet_formula}};
/// let t = Term { nodes: 10, surge: 0, per_node: 31, max_pods: Some(30) };
/// assert_eq!(
///     subnet_formula(&[t], 0, 310, 251, 24, Lang::En),
///     "(10 nodes + 0 surge) × (30 + 1) = 310 > 251 usable in a /24"
/// );
/// ```
pub fn subnet_formula(
    terms: &[Term],
    other: u128,
    total: u128,
    usable: u128,
    prefix: u8,
    lang: Lang,
) -> String {
    let mut left = sum(terms, lang);
    if other > 0 {
        let o = match lang {
            Lang::En => format!(" + {} other", big(other)),
            Lang::Ja => format!(" + その他 {}", big(other)),
        };
        left.push_str(&o);
    }
    let op = compare(total, usable);
    match lang {
        Lang::En => format!(
            "{left} = {} {op} {} usable in a /{prefix}",
            big(total),
            big(usable)
        ),
        Lang::Ja => format!(
            "{left} = {} {op} /{prefix} で使用可能な {}",
            big(total),
            big(usable)
        ),
    }
}

/// `5 nodes × 256 = 1,280 > 1,024 addresses in a /22, surge not counted`: AKS counts each pool
/// of the pod CIDR at its count or max-count, without surge (rules-check A9b), so the terms' surge
/// is not shown.
///
/// # Examples
/// ```
/// use aks_calc::text::{Lang, aks_error::{Term, pod_formula}};
/// let t = Term { nodes: 5, surge: 1, per_node: 256, max_pods: None };
/// assert_eq!(
///     pod_formula(&[t], 1280, 1024, 22, Lang::En),
///     "5 nodes × 256 = 1,280 > 1,024 addresses in a /22, surge not counted"
/// );
/// let one = Term { nodes: 1, surge: 0, per_node: 256, max_pods: None };
/// assert_eq!(
///     pod_formula(&[one], 256, 256, 24, Lang::En),
///     "1 node × 256 = 256 ≤ 256 addresses in a /24, surge not counted"
/// );
/// ```
pub fn pod_formula(terms: &[Term], total: u128, capacity: u128, prefix: u8, lang: Lang) -> String {
    let op = compare(total, capacity);
    let left = terms
        .iter()
        .map(|x| match lang {
            Lang::En if x.nodes == 1 => format!("1 node × {}", int(x.per_node)),
            Lang::En => format!("{} nodes × {}", int(x.nodes), int(x.per_node)),
            Lang::Ja => format!("ノード {} 台 × {}", int(x.nodes), int(x.per_node)),
        })
        .collect::<Vec<_>>()
        .join(" + ");
    match lang {
        Lang::En => format!(
            "{left} = {} {op} {} addresses in a /{prefix}, surge not counted",
            big(total),
            big(capacity)
        ),
        Lang::Ja => format!(
            "{left} = {} {op} /{prefix} のアドレス {}(サージ分は含めない)",
            big(total),
            big(capacity)
        ),
    }
}

/// `(8 nodes + 1 surge) × 8,000 ports = 72,000 > 64,000 = 1 outbound IP × 64,000`.
pub fn ports_formula(
    terms: &[Term],
    needed: u128,
    available: u128,
    ips: u64,
    lang: Lang,
) -> String {
    let op = compare(needed, available);
    let left = sum(terms, lang);
    match lang {
        Lang::En => format!(
            "{left} ports = {} {op} {} = {} outbound IP{} × 64,000",
            big(needed),
            big(available),
            int(ips),
            if ips == 1 { "" } else { "s" }
        ),
        Lang::Ja => format!(
            "{left} ポート = {} {op} {} = 送信 IP {} 個 × 64,000",
            big(needed),
            big(available),
            int(ips)
        ),
    }
}

/// `/24: 256 − 5 = 251 usable; 1 more asked for`.
pub fn full_formula(prefix: u8, size: u128, usable: u128, more: u128, lang: Lang) -> String {
    match lang {
        Lang::En => format!(
            "/{prefix}: {} − 5 = {} usable; Azure found no room for {} more",
            big(size),
            big(usable),
            big(more)
        ),
        Lang::Ja => format!(
            "/{prefix}: {} − 5 = 使用可能 {}。さらに {} 個分の空きがありませんでした",
            big(size),
            big(usable),
            big(more)
        ),
    }
}

/// Two ranges and the addresses they span: `a (first – last) overlaps b (first – last)`.
pub fn overlap_formula(
    a: &str,
    a_span: (&str, &str),
    b: &str,
    b_span: (&str, &str),
    lang: Lang,
) -> String {
    match lang {
        Lang::En => format!(
            "{a} ({} – {}) overlaps {b} ({} – {})",
            a_span.0, a_span.1, b_span.0, b_span.1
        ),
        Lang::Ja => format!(
            "{a}({}〜{})は {b}({}〜{})と重なっています",
            a_span.0, a_span.1, b_span.0, b_span.1
        ),
    }
}

/// `10.0.0.10 is not in 10.200.0.0/16 (10.200.0.0 – 10.200.255.255)`.
pub fn outside_formula(ip: &str, cidr: &str, span: (&str, &str), lang: Lang) -> String {
    match lang {
        Lang::En => format!("{ip} is not in {cidr} ({} – {})", span.0, span.1),
        Lang::Ja => format!("{ip} は {cidr}({}〜{})の範囲外です", span.0, span.1),
    }
}

/// maxPods against its bounds: above 250, below 10, or too few pods in the pool.
pub fn max_pods_formula(value: u64, nodes: u64, lang: Lang) -> String {
    let pods = value.saturating_mul(nodes);
    match (value, lang) {
        (v, _) if v > 250 => format!("maxPods {v} > 250"),
        (v, _) if v < 10 => format!("maxPods {v} < 10"),
        (v, Lang::En) => format!("maxPods {v} × {nodes} nodes = {pods} < 30"),
        (v, Lang::Ja) => format!("maxPods {v} × ノード {nodes} 台 = {pods} < 30"),
    }
}

/// A VM size against a system pool's needs.
pub fn vm_formula(vm: &str, vcpu: u32, memory: &str, lang: Lang) -> String {
    match lang {
        Lang::En => format!(
            "{vm}: {vcpu} vCPU{}, {memory} GiB; a system pool needs ≥ 2 vCPUs (AKS) and ≥ 4 vCPUs and 4 GiB (the docs)",
            if vcpu == 1 { "" } else { "s" }
        ),
        Lang::Ja => format!(
            "{vm}: {vcpu} vCPU、{memory} GiB。システムプールには 2 vCPU 以上(AKS の条件)、4 vCPU・4 GiB 以上(ドキュメントの推奨)が必要です"
        ),
    }
}

/// `950 + 95 surge = 1,045 > 1,000`.
pub fn surge_formula(pool: &str, nodes: u64, surge: u64, lang: Lang) -> String {
    let total = nodes.saturating_add(surge);
    let op = compare(u128::from(total), 1000);
    match lang {
        Lang::En => format!(
            "{pool}: {} nodes + {} surge = {} {op} 1,000",
            int(nodes),
            int(surge),
            int(total)
        ),
        Lang::Ja => format!(
            "{pool}: ノード {} 台 + サージ {} 台 = {} {op} 1,000",
            int(nodes),
            int(surge),
            int(total)
        ),
    }
}

/// The old message counted no surge; today's rule does.
pub fn today(formula: &str, lang: Lang) -> String {
    match lang {
        Lang::En => format!("Today AKS also counts the upgrade's surge nodes: {formula}"),
        Lang::Ja => format!("現在の AKS はアップグレード時のサージノードも数えます: {formula}"),
    }
}

pub const NO_FINDING: T = t(
    "In the plan built from the message this passes: there is nothing of this kind to fix here. Check the values assumed above against the cluster.",
    "メッセージから組み立てた計画ではこのチェックは通るため、ここで直すものはありません。上の仮定がクラスターの実際の値と合っているか確認してください。",
);

/// SubnetIsFull, while the plan's pools fit the subnet.
pub fn full_but_fits(needed: u128, usable: u128, lang: Lang) -> String {
    match lang {
        Lang::En => format!(
            "The pools of your plan need {} of its {} usable addresses at their most, so the rest is in use by something the plan does not list (other pools or clusters, VMs, private endpoints): add those as the subnet's other IPs to see it here. The larger subnet below holds what Azure asked for in any case.",
            big(needed),
            big(usable)
        ),
        Lang::Ja => format!(
            "計画のプールが最大時に使うのは使用可能な {} 個のうち {} 個です。残りは計画にないもの(他のプールやクラスター、VM、プライベートエンドポイントなど)が使っています。それらをサブネットの「その他の IP 数」に入れるとここで確認できます。下の大きいサブネットなら、いずれにしても Azure が求めた分が収まります。",
            big(usable),
            big(needed)
        ),
    }
}

pub const NO_FIX: T = t(
    "No single change fixes it without another error: change the plan by hand, then explain again.",
    "他のエラーを起こさずに 1 か所の変更で直す方法は見つかりませんでした。計画を手で変更してから、もう一度説明を表示してください。",
);

pub const ASSUMPTIONS_CHANGE: T = t(
    "What was assumed comes from your plan where it has it: change the plan and press Explain again to use other values.",
    "仮定した値は、計画にある場合は計画から取っています。別の値にするには計画を変更してから、もう一度「説明」を押してください。",
);

/// What was assumed, worded; the formats layer picks the function per assumption.
pub mod assumed {
    use alloc::format;
    use alloc::string::String;

    use super::super::{Lang, int};

    pub fn model(model: &str, from_plan: bool, lang: Lang) -> String {
        match (from_plan, lang) {
            (true, Lang::En) => {
                format!("Network model: {model}, from your plan (the message does not say).")
            }
            (true, Lang::Ja) => {
                format!("ネットワークモデル: {model}(メッセージにないため計画の値)。")
            }
            (false, Lang::En) => format!("Network model: {model}, the one this message implies."),
            (false, Lang::Ja) => {
                format!("ネットワークモデル: {model}(このメッセージが前提とするモデル)。")
            }
        }
    }

    /// `how`: 0 typed in the plan, 1 the model's default, 2 chosen so the total comes out.
    pub fn max_pods(pool: &str, value: u64, how: u8, lang: Lang) -> String {
        match (how, lang) {
            (0, Lang::En) => format!("maxPods {value}: pool {pool}'s, from your plan."),
            (0, Lang::Ja) => format!("maxPods {value}: 計画のプール {pool} の値。"),
            (1, Lang::En) => format!(
                "maxPods {value}: not in the message; the network model's default for pool {pool}."
            ),
            (1, Lang::Ja) => format!(
                "maxPods {value}: メッセージにないため、プール {pool} にネットワークモデルの既定値を使用。"
            ),
            (_, Lang::En) => format!(
                "maxPods {value}: not in the message; the default of another network model, with which the total comes out exactly."
            ),
            (_, Lang::Ja) => format!(
                "maxPods {value}: メッセージにないため、合計がちょうど一致する他のネットワークモデルの既定値を使用。"
            ),
        }
    }

    pub fn surge(pool: &str, nodes: u64, typed: bool, lang: Lang) -> String {
        match (typed, lang) {
            (true, Lang::En) => format!(
                "Surge: {} node(s) for pool {pool}, by its maxSurge.",
                int(nodes)
            ),
            (true, Lang::Ja) => format!(
                "サージ: プール {pool} の maxSurge により {} 台。",
                int(nodes)
            ),
            (false, Lang::En) => format!(
                "Surge: {} node(s) for pool {pool}, by AKS's default maxSurge of 10 % (some docs still say 1 node).",
                int(nodes)
            ),
            (false, Lang::Ja) => format!(
                "サージ: プール {pool} は AKS 既定の maxSurge 10 % により {} 台(一部のドキュメントでは 1 台と記載)。",
                int(nodes)
            ),
        }
    }

    pub fn nodes(pool: &str, count: u64, autoscale: bool, lang: Lang) -> String {
        match (autoscale, lang) {
            (false, Lang::En) => format!(
                "Nodes: the message gives only the total; {} node(s) in pool {pool} make it.",
                int(count)
            ),
            (false, Lang::Ja) => format!(
                "ノード数: メッセージには合計しかないため、プール {pool} を {} 台として合計に合わせました。",
                int(count)
            ),
            (true, Lang::En) => format!(
                "Nodes: the message gives only the total; pool {pool}'s autoscaler max-count {} makes it.",
                int(count)
            ),
            (true, Lang::Ja) => format!(
                "ノード数: メッセージには合計しかないため、プール {pool} のオートスケーラー max-count を {} として合計に合わせました。",
                int(count)
            ),
        }
    }

    pub fn prefix(cidr: &str, from_plan: bool, lang: Lang) -> String {
        match (from_plan, lang) {
            (true, Lang::En) => format!(
                "Subnet: {cidr}, your plan's subnet of the size the message gives (it gives no CIDR)."
            ),
            (true, Lang::Ja) => format!(
                "サブネット: {cidr}(メッセージに CIDR がないため、同じサイズの計画のサブネット)。"
            ),
            (false, Lang::En) => format!(
                "Subnet: {cidr}, of the size the message gives, at your plan's address (the message gives no CIDR)."
            ),
            (false, Lang::Ja) => format!(
                "サブネット: {cidr}(メッセージに CIDR がないため、メッセージのサイズで計画のアドレスに配置)。"
            ),
        }
    }

    pub fn vnet(vnet: &str, added: bool, lang: Lang) -> String {
        match (added, lang) {
            (false, Lang::En) => format!(
                "VNet: {vnet} (the message does not give your VNet's other address prefixes); subnets outside it are placed by the layout."
            ),
            (false, Lang::Ja) => format!(
                "VNet: {vnet}(メッセージに VNet の他のアドレス空間がないため)。範囲外のサブネットはレイアウトで自動配置します。"
            ),
            (true, Lang::En) => format!(
                "VNet: {vnet} was added to your VNet's address prefixes, since the subnet is in it."
            ),
            (true, Lang::Ja) => format!(
                "VNet: サブネットがその中にあるため、{vnet} を VNet のアドレス空間に追加しました。"
            ),
        }
    }

    pub fn subnet_named(name: &str, was: &str, lang: Lang) -> String {
        match lang {
            Lang::En => format!("Subnet name: {name}, the message's; in your plan it was {was}."),
            Lang::Ja => format!("サブネット名: メッセージの {name}(計画では {was})。"),
        }
    }

    pub fn no_surge_then(lang: Lang) -> &'static str {
        match lang {
            Lang::En => {
                "This is AKS's old message (2018–2020): AKS then counted each pool's nodes without the upgrade's surge nodes."
            }
            Lang::Ja => {
                "これは AKS の古い形式のメッセージ(2018〜2020 年)です。当時の AKS はアップグレード時のサージノードを数えていませんでした。"
            }
        }
    }

    pub fn not_exact(needed: &str, counted: &str, lang: Lang) -> String {
        match lang {
            Lang::En => format!(
                "The message's {needed} does not come out of your plan's numbers exactly (the page counts {counted}): other pools, addresses or maxPods than the plan has. The figures below are your plan's."
            ),
            Lang::Ja => format!(
                "メッセージの {needed} は計画の値からは正確に導けません(このページの計算では {counted})。計画と異なるプール、アドレス、maxPods があると考えられます。以下は計画の値による計算です。"
            ),
        }
    }

    pub fn matches_plan(lang: Lang) -> &'static str {
        match lang {
            Lang::En => "Your plan gives exactly the message's numbers.",
            Lang::Ja => "計画の値でメッセージの数値と正確に一致します。",
        }
    }

    /// `pod`: the pod CIDR, else the service CIDR.
    pub fn target(pod: bool, lang: Lang) -> &'static str {
        match (pod, lang) {
            (true, Lang::En) => "Range: the message does not say which; taken for the pod CIDR.",
            (true, Lang::Ja) => "対象の範囲: メッセージにないため、ポッド CIDR とみなしました。",
            (false, Lang::En) => {
                "Range: the message does not say which; taken for the service CIDR, your plan's."
            }
            (false, Lang::Ja) => {
                "対象の範囲: メッセージにないため、計画のサービス CIDR とみなしました。"
            }
        }
    }

    pub fn dns(ip: &str, lang: Lang) -> String {
        match lang {
            Lang::En => {
                format!("DNS service IP: {ip}, the .10 of the service CIDR by AKS's convention.")
            }
            Lang::Ja => {
                format!("DNS サービス IP: AKS の慣例どおりサービス CIDR の .10 である {ip}。")
            }
        }
    }

    pub fn outbound_type(lang: Lang) -> &'static str {
        match lang {
            Lang::En => "Outbound type: loadBalancer, the only one with allocated ports.",
            Lang::Ja => {
                "送信の種類: 割り当てポートがあるのは loadBalancer だけのため、loadBalancer としました。"
            }
        }
    }

    pub fn subnet_not_in_plan(name: &str, lang: Lang) -> String {
        match lang {
            Lang::En => format!(
                "Your plan has no subnet named {name}: add it (with its purpose) to see it checked."
            ),
            Lang::Ja => format!(
                "計画に {name} という名前のサブネットがありません。用途を指定して追加するとチェックできます。"
            ),
        }
    }

    pub fn not_delegated_in_plan(name: &str, lang: Lang) -> String {
        match lang {
            Lang::En => format!(
                "In your plan {name} is a node subnet; in Azure it is delegated to a service: remove the delegation, or use another subnet."
            ),
            Lang::Ja => format!(
                "計画では {name} はノード用サブネットですが、Azure では委任されています。委任を解除するか、別のサブネットを使ってください。"
            ),
        }
    }

    pub fn pool(message: Option<&str>, pool: &str, lang: Lang) -> String {
        match (message, lang) {
            (Some(m), Lang::En) => {
                format!("Pool: the message's {m} is taken for your plan's {pool}.")
            }
            (Some(m), Lang::Ja) => {
                format!("プール: メッセージの {m} を計画の {pool} とみなしました。")
            }
            (None, Lang::En) => {
                format!("Pool: the message names none; taken for your plan's {pool}.")
            }
            (None, Lang::Ja) => {
                format!("プール: メッセージにプール名がないため、計画の {pool} とみなしました。")
            }
        }
    }

    pub fn no_value(lang: Lang) -> &'static str {
        match lang {
            Lang::En => "The message gives no value: your plan's is used.",
            Lang::Ja => "メッセージに値がないため、計画の値を使いました。",
        }
    }

    pub fn ports_from_total(ports: u64, lang: Lang) -> String {
        match lang {
            Lang::En => format!(
                "allocatedOutboundPorts: {}, the total divided by the node count (the first sentence is missing).",
                int(ports)
            ),
            Lang::Ja => format!(
                "allocatedOutboundPorts: 合計をノード数で割った {}(メッセージの最初の文がないため)。",
                int(ports)
            ),
        }
    }
}

/// The label of a fix's button; the formats layer picks the function per fix.
pub mod fix {
    use alloc::format;
    use alloc::string::String;

    use super::super::{Lang, int};
    use super::big;

    pub fn subnet_prefix(subnet: &str, prefix: &str, usable: u128, lang: Lang) -> String {
        match lang {
            Lang::En => format!("Subnet {subnet}: {prefix} ({} usable)", big(usable)),
            Lang::Ja => format!(
                "サブネット {subnet} を {prefix} に(使用可能 {})",
                big(usable)
            ),
        }
    }

    pub fn pod_cidr(cidr: &str, nodes: u64, lang: Lang) -> String {
        match lang {
            Lang::En => format!("Pod CIDR {cidr} (room for {} nodes)", int(nodes)),
            Lang::Ja => format!("ポッド CIDR を {cidr} に({} ノード分)", int(nodes)),
        }
    }

    pub fn service_cidr(cidr: &str, dns: &str, lang: Lang) -> String {
        match lang {
            Lang::En => format!("Service CIDR {cidr}, DNS service IP {dns}"),
            Lang::Ja => format!("サービス CIDR を {cidr}、DNS サービス IP を {dns} に"),
        }
    }

    pub fn dns(ip: &str, lang: Lang) -> String {
        match lang {
            Lang::En => format!("DNS service IP {ip}"),
            Lang::Ja => format!("DNS サービス IP を {ip} に"),
        }
    }

    pub fn nodes(pool: &str, count: u64, autoscale: bool, lang: Lang) -> String {
        match (autoscale, lang) {
            (false, Lang::En) => format!("Pool {pool}: {} nodes, the most that fit", int(count)),
            (false, Lang::Ja) => format!("プール {pool} を {} ノードに(収まる最大数)", int(count)),
            (true, Lang::En) => format!("Pool {pool}: max-count {}, the most that fit", int(count)),
            (true, Lang::Ja) => format!(
                "プール {pool} の max-count を {} に(収まる最大数)",
                int(count)
            ),
        }
    }

    pub fn max_unavailable(pool: &str, surge: u64, lang: Lang) -> String {
        match lang {
            Lang::En => format!(
                "Pool {pool}: maxUnavailable 1 and maxSurge 0 (no {} surge node(s))",
                int(surge)
            ),
            Lang::Ja => format!(
                "プール {pool} を maxUnavailable 1、maxSurge 0 に(サージノード {} 台が不要)",
                int(surge)
            ),
        }
    }

    pub fn max_surge(pool: &str, surge: u64, lang: Lang) -> String {
        match lang {
            Lang::En => format!("Pool {pool}: maxSurge {}", int(surge)),
            Lang::Ja => format!("プール {pool} の maxSurge を {} に", int(surge)),
        }
    }

    pub fn outbound_ips(ips: u64, own: bool, lang: Lang) -> String {
        match (own, lang) {
            (false, Lang::En) => format!("{} managed outbound IPs", int(ips)),
            (false, Lang::Ja) => format!("マネージド送信 IP を {} 個に", int(ips)),
            (true, Lang::En) => format!("{} outbound IPs of your own", int(ips)),
            (true, Lang::Ja) => format!("独自の送信 IP を {} 個に", int(ips)),
        }
    }

    pub fn ports(ports: u64, lang: Lang) -> String {
        match lang {
            Lang::En => format!("allocatedOutboundPorts {} per node", int(ports)),
            Lang::Ja => format!("allocatedOutboundPorts をノードあたり {} に", int(ports)),
        }
    }

    pub fn max_pods(pool: &str, value: u64, lang: Lang) -> String {
        match lang {
            Lang::En => format!("Pool {pool}: maxPods {value}"),
            Lang::Ja => format!("プール {pool} の maxPods を {value} に"),
        }
    }

    pub fn min_nodes(pool: &str, count: u64, lang: Lang) -> String {
        match lang {
            Lang::En => format!("Pool {pool}: {count} nodes (room for 30 pods)"),
            Lang::Ja => format!("プール {pool} を {count} ノードに(30 ポッド分)"),
        }
    }

    pub fn vm_size(pool: &str, vm: &str, lang: Lang) -> String {
        match lang {
            Lang::En => format!("Pool {pool}: {vm}"),
            Lang::Ja => format!("プール {pool} の VM サイズを {vm} に"),
        }
    }

    pub fn system_mode(pool: &str, lang: Lang) -> String {
        match lang {
            Lang::En => format!("Pool {pool}: mode System"),
            Lang::Ja => format!("プール {pool} をシステムモードに"),
        }
    }

    pub fn split(pool: &str, pools: u64, each: u64, lang: Lang) -> String {
        match lang {
            Lang::En => format!(
                "Split pool {pool} into {pools} pools of {} nodes",
                int(each)
            ),
            Lang::Ja => format!(
                "プール {pool} を {} ノードずつ {pools} 個のプールに分割",
                int(each)
            ),
        }
    }

    pub fn node_subnet(subnet: &str, prefix: &str, lang: Lang) -> String {
        match lang {
            Lang::En => format!("The pool's nodes in a new subnet {subnet} ({prefix})"),
            Lang::Ja => format!("プールのノードを新しいサブネット {subnet}({prefix})に"),
        }
    }

    pub fn tunnel(legacy: bool, lang: Lang) -> &'static str {
        match (legacy, lang) {
            (true, Lang::En) => "Plan with tunnelfront / aks-link, for its egress rules",
            (true, Lang::Ja) => {
                "tunnelfront / aks-link を前提にした計画にする(エグレス規則の確認用)"
            }
            (false, Lang::En) => "Plan with konnectivity, for its egress rules",
            (false, Lang::Ja) => "konnectivity を前提にした計画にする(エグレス規則の確認用)",
        }
    }
}

/// The panel's labels.
pub mod panel {
    use super::{T, t};
    pub const TITLE: T = t("Explain an AKS error", "AKS のエラーを説明");
    pub const HINT: T = t(
        "Paste what AKS printed — az's output, the portal's message, a pipeline log (up to 100 KB). It is read here, in your browser, against the plan on this page; what the message lacks is taken from the plan and said.",
        "AKS が出力したエラー(az の出力、ポータルのメッセージ、パイプラインのログなど、100 KB まで)を貼り付けてください。ブラウザー内で、このページの計画と照らし合わせて読み取ります。メッセージにない値は計画から取り、その旨を表示します。",
    );
    pub const TEXT: T = t("The error text", "エラーのテキスト");
    pub const BUTTON: T = t("Explain", "説明");
    pub const FIXES: T = t("What would fix it", "修正案");
    pub const FIXES_HINT: T = t(
        "Each button opens the plan with the error's values and that change; the rest of the plan is kept.",
        "各ボタンで、エラーの値とその変更を反映した計画を開きます。計画のそれ以外の部分はそのままです。",
    );
    pub const APPLIED: T = t(
        "Opened the plan with:",
        "次の変更を反映した計画を開きました:",
    );
    pub const EMPTY: T = t("Paste an error first.", "先にエラーを貼り付けてください。");
    pub const WORKER_FAILED: T = t(
        "Explaining needs the page served over http or https.",
        "説明の表示には http または https で配信されたページが必要です。",
    );
}
