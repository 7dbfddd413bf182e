//! Findings about the network: ranges and addresses, overlaps, the service range and DNS IP,
//! dual-stack, full subnets and pod ranges, AKS limits, and what each network model allows.
//!
//! [`super::issue`] routes these findings here, one family per function.

use alloc::format;
use alloc::string::String;

use super::names::role;
use super::{Lang, int};
use crate::evaluate::finding::{DnsSlot, Issue, VirtualNodesV2Issue};
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
            // 172.30/16 and 172.31/16 are refused at create and update since 2026-05-29.
            let since = reserved.starts_with("172.3");
            match (en, since) {
                (true, false) => format!(
                    "{range} overlaps {reserved}, which AKS reserves; choose a range outside it."
                ),
                (true, true) => format!(
                    "{range} overlaps {reserved}, which AKS reserves and refuses at create and update (since 2026-05-29); choose a range outside it."
                ),
                (false, false) => format!(
                    "{range} は AKS が予約している {reserved} と重なっています。重ならない範囲を選んでください。"
                ),
                (false, true) => format!(
                    "{range} は AKS が予約している {reserved} と重なっています(2026-05-29 以降、作成時・更新時に拒否されます)。重ならない範囲を選んでください。"
                ),
            }
        }
        I::VnetForbiddenRange { range, reserved } => {
            if en {
                format!(
                    "{range} overlaps {reserved}, which no Azure VNet may use (multicast, broadcast, loopback or Azure's DNS address); choose a range outside it."
                )
            } else {
                format!(
                    "{range} は Azure VNet で使えない {reserved}(マルチキャスト、ブロードキャスト、ループバック、Azure の DNS アドレスのいずれか)と重なっています。重ならない範囲を選んでください。"
                )
            }
        }
        I::NotPrivate {
            range,
            role: r @ crate::evaluate::finding::Role::PodCidr,
        } => {
            if en {
                format!(
                    "{range} ({}) is not private address space (RFC 1918 or 100.64.0.0/10): Azure does not block public ranges, but they are outside Microsoft's support scope and can capture traffic meant for the internet.",
                    role(*r).en
                )
            } else {
                format!(
                    "{range}({})はプライベートアドレス空間(RFC 1918 または 100.64.0.0/10)ではありません。Azure はパブリック範囲を拒否しませんが、Microsoft のサポート対象外で、インターネット宛ての通信を取り込んでしまう可能性があります。",
                    role(*r).ja
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
                "IPv6 (dual-stack) needs Azure CNI Overlay or the pod subnet with static block allocation.".into()
            } else {
                "IPv6(デュアルスタック)には Azure CNI オーバーレイ、またはポッドサブネットの静的ブロック割り当てが必要です。".into()
            }
        }
        I::KubenetDualStack => {
            if en {
                "kubenet dual-stack is planned as a what-if: its docs page was removed on 2025-03-10, and the dual-stack page now requires Azure CNI Overlay. When documented it was limited to 200 nodes (two routes per node) and gave each node a /80 of the IPv6 pod range next to its IPv4 /24.".into()
            } else {
                "kubenet のデュアルスタックは、現在ドキュメントにない構成のため参考値として計画しています。kubenet デュアルスタックのページは 2025-03-10 に削除され、現在のデュアルスタックのページは Azure CNI オーバーレイを必須としています。ドキュメントがあった当時は最大 200 ノード(ノードごとにルート 2 つ)で、各ノードには IPv4 の /24 に加えて IPv6 ポッド範囲の /80 が割り当てられていました。".into()
            }
        }
        I::KubenetDualStackLimit { nodes } => {
            if en {
                format!(
                    "kubenet dual-stack takes two routes per node, so at most 200 nodes; the plan reaches {} with surge.",
                    int(*nodes)
                )
            } else {
                format!(
                    "kubenet のデュアルスタックはノードごとにルートを 2 つ使うため、最大 200 ノードです。この計画はサージを含めて {} ノードになります。",
                    int(*nodes)
                )
            }
        }
        I::DualStackStaticBlock => {
            if en {
                "Dual-stack with static block allocation: AKS derives the pods' IPv6 range from the pod subnet (release notes of 2026-06-19); the dual-stack docs page (2023) still names overlay only.".into()
            } else {
                "静的ブロック割り当てのデュアルスタック: ポッドの IPv6 範囲は AKS がポッドサブネットから自動で決めます(2026-06-19 のリリースノート)。デュアルスタックのドキュメント(2023 年)はまだオーバーレイのみを記載しています。".into()
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
                    "The nodes could hold {} pods; dynamic pod-subnet allocation supports about 50,000 per cluster (one docs page says 65K).",
                    int(*pods)
                )
            } else {
                format!(
                    "ノード全体で {} ポッドを収容できますが、ポッドサブネットの動的割り当てはクラスターあたり約 50,000 ポッドまでです(65K と記載したページもあります)。",
                    int(*pods)
                )
            }
        }
        I::PodsNotMultiplied { pods, limit } => {
            if en {
                format!(
                    "Nodes × pods per node would be {}, but the node limit and the per-node pod limit are independent (\"Don't multiply them\"): the network is shown holding the cluster's limit of {} pods.",
                    int(*pods),
                    int(*limit)
                )
            } else {
                format!(
                    "ノード数 × ノードあたりポッド数は {} になりますが、ノード数の上限とノードあたりのポッド数の上限はそれぞれ独立した上限で、掛け合わせた規模はサポートされません。ネットワークの収容数はクラスターの上限 {} ポッドとして表示しています。",
                    int(*pods),
                    int(*limit)
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
        I::TooManyLoadBalancers { internal, public } => {
            let total = int(internal.saturating_add(*public));
            let (i, p) = (int(*internal), int(*public));
            if en {
                format!(
                    "{total} LoadBalancer services ({i} internal, {p} public) take at least {total} load-balancing rules, one per port, on every node's NIC: each node NIC is limited to 300 inbound load-balancing rules and 8 private-link services. Beyond that, use multiple Standard load balancers, each with its share of the nodes."
                )
            } else {
                format!(
                    "LoadBalancer サービスが {total} 個(内部 {i}、パブリック {p})あり、各ノードの NIC に負荷分散規則が少なくとも {total} 個(ポートごとに 1 つ)必要です。ノードの NIC 1 つあたりの受信負荷分散規則は最大 300 個、Private Link サービスは最大 8 個です。それを超える場合は、ノードを分担する複数の Standard ロードバランサーを使ってください。"
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
        I::WireGuardNeedsCilium => {
            if en {
                "WireGuard encryption is only supported with Azure CNI powered by Cilium: choose the Cilium data plane, or turn WireGuard off.".into()
            } else {
                "WireGuard 暗号化は Azure CNI Powered by Cilium でのみサポートされます。データプレーンに Cilium を選ぶか、WireGuard をオフにしてください。".into()
            }
        }
        I::WireGuardAcns => {
            if en {
                "WireGuard encryption is part of Advanced Container Networking Services, a paid offering: az aks create (or update) --enable-acns --acns-transit-encryption-type WireGuard, with Azure CLI 2.71.0 or later. The az CLI and Bicep exports of this page write it (Bicep with API 2026-06-01); azurerm has no attribute for it yet, so the Terraform export says to turn it on with az after apply. Pod traffic between nodes goes through a tunnel on UDP 51871, which NSGs and firewalls must allow between all node IPs (it is listed with the NSG rules). Traffic between pods on the same node and pods on the host network are not encrypted, and WireGuard isn't FIPS compliant.".into()
            } else {
                "WireGuard 暗号化は Advanced Container Networking Services(有料)の機能です。az aks create(または update)に --enable-acns --acns-transit-encryption-type WireGuard を指定します(Azure CLI 2.71.0 以降)。このページの az CLI と Bicep のエクスポートには含まれます(Bicep は API 2026-06-01)。azurerm にはまだこの設定の属性がないため、Terraform のエクスポートには apply 後に az で有効にする手順をコメントで記載しています。ノード間のポッド通信は UDP 51871 のトンネルを通るため、NSG やファイアウォールですべてのノード IP 間で許可する必要があります(NSG ルールに記載しています)。同じノード上のポッド間の通信と、ホストネットワークを使うポッドの通信は暗号化されません。また、WireGuard は FIPS に準拠していません。".into()
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

/// Virtual Nodes v2 (preview): what they take and what they need.
pub(super) fn virtual_nodes_v2(issue: &VirtualNodesV2Issue, lang: Lang) -> String {
    use VirtualNodesV2Issue as V;
    let en = lang == Lang::En;
    match issue {
        V::Planned { count } => {
            let cpu = count.saturating_mul(3);
            let mem = count.saturating_mul(12);
            let pods = count.saturating_mul(200);
            if en {
                format!(
                    "Virtual Nodes v2 (preview): {} virtual node(s) take about {} vCPU and {} GiB on real nodes (out of the totals) and hold up to {} pods; no DaemonSets, Windows containers, IPv6 or authorized IP ranges. Bring-your-own VNet: Microsoft Learn lists it as unsupported, while the official README deploys into your own VNet with a subnet delegated to ACI.",
                    int(*count),
                    int(cpu),
                    int(mem),
                    int(pods)
                )
            } else {
                format!(
                    "Virtual Nodes v2(プレビュー): 仮想ノード {} 台が実ノード上の約 {} vCPU・{} GiB を使い(合計から差し引き済み)、最大 {} ポッドを収容します。DaemonSet、Windows コンテナー、IPv6、許可 IP 範囲は使えません。独自 VNet(BYO)については、Microsoft Learn は非サポートとしている一方、公式 README は ACI に委任したサブネットを持つ独自 VNet にデプロイしています。",
                    int(*count),
                    int(cpu),
                    int(mem),
                    int(pods)
                )
            }
        }
        V::NeedsNodeSubnet => {
            if en {
                "Virtual Nodes v2 need Azure CNI with pods in the node subnet; overlay, the pod-subnet models and kubenet are not supported.".into()
            } else {
                "Virtual Nodes v2 にはポッドをノードサブネットに置く Azure CNI が必要です。オーバーレイ、ポッドサブネット方式、kubenet はサポートされていません。".into()
            }
        }
        V::NoIpv6 => {
            if en {
                "Virtual Nodes v2 do not support IPv6 (dual-stack).".into()
            } else {
                "Virtual Nodes v2 は IPv6(デュアルスタック)をサポートしていません。".into()
            }
        }
        V::NoCilium => {
            if en {
                "Virtual Nodes v2 do not support Cilium (or Azure NPM) as the network policy."
                    .into()
            } else {
                "Virtual Nodes v2 はネットワークポリシーとしての Cilium(および Azure NPM)をサポートしていません。".into()
            }
        }
        V::NoHostPool => {
            if en {
                "Virtual Nodes v2 need at least one Linux pool of VMs with 4 vCPUs and 16 GiB or more: each virtual node takes about 3 vCPU and 12 GiB on one node.".into()
            } else {
                "Virtual Nodes v2 には 4 vCPU・16 GiB 以上の VM の Linux ノードプールが 1 つ以上必要です。仮想ノード 1 台ごとに 1 ノード上の約 3 vCPU・12 GiB を使います。".into()
            }
        }
    }
}
