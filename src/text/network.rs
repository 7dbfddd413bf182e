//! Findings about the network: ranges and addresses, overlaps, the service range and DNS IP,
//! dual-stack, full subnets and pod ranges, AKS limits, and what each network model allows.
//!
//! [`super::issue`] routes these findings here, one family per function.

use alloc::format;
use alloc::string::String;

use super::names::role;
use super::{Lang, int};
use crate::evaluate::finding::{DnsSlot, Issue};
use crate::plan::ranges::AddressError;

/// A range or address that could not be read.
pub(super) fn address_error(e: &AddressError, lang: Lang) -> String {
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

/// A count of addresses, with separators (saturating: no real count comes near `u64::MAX`).
fn big(n: u128) -> String {
    int(u64::try_from(n).unwrap_or(u64::MAX))
}

/// A range refused on its own: too small, the wrong family, reserved, or public.
pub(super) fn range(issue: &Issue, lang: Lang) -> String {
    use Issue as I;
    let en = lang == Lang::En;
    match issue {
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
        // Only the variants routed here by [`super::issue`] arrive.
        _ => String::new(),
    }
}

/// A range that collides with another, or sits outside its VNet.
pub(super) fn placement(issue: &Issue, lang: Lang) -> String {
    use Issue as I;
    let en = lang == Lang::En;
    match issue {
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
        // Only the variants routed here by [`super::issue`] arrive.
        _ => String::new(),
    }
}

/// The service CIDR and the DNS service IP in it.
pub(super) fn service_range(issue: &Issue, lang: Lang) -> String {
    use Issue as I;
    let en = lang == Lang::En;
    match issue {
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
        // Only the variants routed here by [`super::issue`] arrive.
        _ => String::new(),
    }
}

/// IPv4 and IPv6 together.
pub(super) fn dual_stack(issue: &Issue, lang: Lang) -> String {
    use Issue as I;
    let en = lang == Lang::En;
    match issue {
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
        // Only the variants routed here by [`super::issue`] arrive.
        _ => String::new(),
    }
}

/// Limits on the number of nodes: kubenet's routes, the tier, a pool during upgrades.
pub(super) fn node_limits(issue: &Issue, lang: Lang) -> String {
    use Issue as I;
    let en = lang == Lang::En;
    match issue {
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
        // Only the variants routed here by [`super::issue`] arrive.
        _ => String::new(),
    }
}

/// Limits on pods, IPs and load balancers per cluster or VNet.
pub(super) fn scale_limits(issue: &Issue, lang: Lang) -> String {
    use Issue as I;
    let en = lang == Lang::En;
    match issue {
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
        // Only the variants routed here by [`super::issue`] arrive.
        _ => String::new(),
    }
}

/// What the network model and data plane allow, and what is retiring.
pub(super) fn model_choice(issue: &Issue, lang: Lang) -> String {
    use Issue as I;
    let en = lang == Lang::En;
    match issue {
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
        I::DynamicDefaultMaxPods => {
            if en {
                "The default max pods here is 250 (the AKS API); one AKS docs page says 110. Set it explicitly if it matters.".into()
            } else {
                "ここでの最大ポッド数の既定値は 250(AKS API の値)ですが、AKS のドキュメントには 110 と書かれたページもあります。重要な場合は明示的に指定してください。".into()
            }
        }
        I::KubenetRetiring => {
            if en {
                "kubenet retires on 31 March 2028. Azure CNI Overlay uses the same pod CIDR with no route-table limit.".into()
            } else {
                "kubenet は 2028 年 3 月 31 日に廃止されます。Azure CNI オーバーレイは同じポッド CIDR を使え、ルートテーブルの制限もありません。".into()
            }
        }
        // Only the variants routed here by [`super::issue`] arrive.
        _ => String::new(),
    }
}
