//! Words of the VNet design: subnet fields, purposes, and what the design's checks say.
//! AKS's own messages are quoted exactly as AKS prints them (numbers without separators), in both
//! languages, so a user can search for them.

use alloc::format;
use alloc::string::String;

use super::{Lang, T, int, role, t};
use crate::evaluate::finding::SubnetIssue;
use crate::plan::field::SubnetField;
use crate::rules::subnet::Purpose;

/// The label of a subnet field.
pub fn subnet_field(f: SubnetField) -> T {
    match f {
        SubnetField::Name => t("Subnet name", "サブネット名"),
        SubnetField::Prefix => t("Address prefix", "アドレスプレフィックス"),
        SubnetField::Purpose => t("Purpose", "用途"),
        SubnetField::Ips => t("Other IPs in it", "その他の IP 数"),
    }
}

/// What a subnet is for, as the design table shows it.
pub fn purpose(p: Purpose) -> T {
    match p {
        Purpose::Nodes => t("Node pools", "ノードプール"),
        Purpose::Pods => t("Pods (pod subnet)", "ポッド(ポッドサブネット)"),
        Purpose::ApiServer => t("API server (VNet integration)", "API サーバー(VNet 統合)"),
        Purpose::VirtualNodes => t("Virtual nodes (ACI)", "仮想ノード(ACI)"),
        Purpose::AppGatewayForContainers => t(
            "Application Gateway for Containers",
            "Application Gateway for Containers",
        ),
        Purpose::PrivateEndpoints => t("Private endpoints", "プライベートエンドポイント"),
        Purpose::AzureFirewall => t("Azure Firewall", "Azure Firewall"),
        Purpose::AzureFirewallManagement => t("Azure Firewall management", "Azure Firewall 管理用"),
        Purpose::AzureBastion => t("Azure Bastion", "Azure Bastion"),
        Purpose::Gateway => t(
            "VPN / ExpressRoute gateway",
            "VPN / ExpressRoute ゲートウェイ",
        ),
        Purpose::ApplicationGateway => t("Application Gateway v2", "Application Gateway v2"),
        Purpose::Other => t("Other", "その他"),
    }
}

/// What the `ips` field of a subnet of this purpose counts, when it counts anything.
pub fn ips_meaning(p: Purpose) -> T {
    match p {
        Purpose::PrivateEndpoints => t("Private endpoints", "プライベートエンドポイント数"),
        Purpose::VirtualNodes => t("ACI pods at the most", "ACI ポッドの最大数"),
        Purpose::Nodes => t(
            "Other IPs in it (VMs, endpoints)",
            "その他の IP 数(VM、エンドポイントなど)",
        ),
        _ => t("IPs it needs", "必要な IP 数"),
    }
}

fn smallest(p: &Option<u8>, lang: Lang) -> String {
    match (p, lang) {
        (Some(p), Lang::En) => format!(" The smallest that fits is a /{p}."),
        (Some(p), Lang::Ja) => format!("収まる最小のサイズは /{p} です。"),
        (None, Lang::En) => String::from(" No IPv4 subnet is large enough."),
        (None, Lang::Ja) => String::from("十分な大きさの IPv4 サブネットはありません。"),
    }
}

fn surge_note(surge_only: bool, lang: Lang) -> &'static str {
    match (surge_only, lang) {
        (false, _) => "",
        (true, Lang::En) => {
            " Without the upgrade's surge nodes it would fit: maxUnavailable instead of maxSurge on user pools avoids them."
        }
        (true, Lang::Ja) => {
            "アップグレード時のサージノードがなければ収まります。ユーザープールでは maxSurge の代わりに maxUnavailable を使うとサージノードが不要になります。"
        }
    }
}

/// AKS's `InsufficientSubnetSize` sentence, as AKS prints it today.
///
/// # Examples
/// ```
/// assert_eq!(
///     aks_calc::text::design::insufficient_subnet(255, 251, "10.10.0.0/24", "AKS"),
///     "Pre-allocated IPs 255 exceeds IPs available 251 in Subnet Cidr 10.10.0.0/24, Subnet Name AKS."
/// );
/// ```
pub fn insufficient_subnet(needed: u128, usable: u128, cidr: &str, name: &str) -> String {
    format!(
        "Pre-allocated IPs {needed} exceeds IPs available {usable} in Subnet Cidr {cidr}, Subnet Name {name}."
    )
}

/// The subnet name AKS gives the overlay pod CIDR in that sentence.
pub const POD_CIDR_SUBNET_NAME: &str = "networkProfile.podCIDR";

/// kubenet's `InsufficientPodCidr` sentence, as AKS prints it (Azure/AKS-Construction#357).
///
/// # Examples
/// ```
/// assert_eq!(
///     aks_calc::text::design::insufficient_pod_cidr(768, 256, "10.240.100.0/24"),
///     "Pre-allocated IPs 768 exceeds IPs available 256 in Pod Cidr 10.240.100.0/24"
/// );
/// ```
pub fn insufficient_pod_cidr(needed: u128, available: u128, cidr: &str) -> String {
    format!("Pre-allocated IPs {needed} exceeds IPs available {available} in Pod Cidr {cidr}")
}

/// AKS's whole `InsufficientSubnetSize` message for the overlay pod CIDR, as AKS-Construction#701
/// shows it: the sentence, the autoscaler sentence and the link.
///
/// # Examples
/// ```
/// assert_eq!(
///     aks_calc::text::design::insufficient_pod_cidr_subnet(1280, 1024, "10.240.100.0/22"),
///     "Pre-allocated IPs 1280 exceeds IPs available 1024 in Subnet Cidr 10.240.100.0/22, Subnet Name networkProfile.podCIDR. If Autoscaler is enabled, the max-count from each nodepool is counted towards this total (which means that pre-allocated IPs count represents a theoretical max value, not the actual number of IPs requested). http://aka.ms/aks/insufficientsubnetsize"
/// );
/// ```
pub fn insufficient_pod_cidr_subnet(needed: u128, available: u128, cidr: &str) -> String {
    format!(
        "{} If Autoscaler is enabled, the max-count from each nodepool is counted towards this total (which means that pre-allocated IPs count represents a theoretical max value, not the actual number of IPs requested). http://aka.ms/aks/insufficientsubnetsize",
        insufficient_subnet(needed, available, cidr, POD_CIDR_SUBNET_NAME)
    )
}

/// How AKS counts the pod CIDR, which the page derived (rules-check A9b).
fn pod_cidr_count_note(lang: Lang) -> &'static str {
    match lang {
        Lang::En => {
            " AKS counts each pool at its count, or its autoscaler max-count, without surge nodes (derived: AKS's message and its release notes name only max-count, and the 768 of AKS-Construction#357 is 3 × 256 for a pool of at most 3 nodes with maxSurge 33 %)."
        }
        Lang::Ja => {
            "AKS は各プールをノード数(オートスケーラー有効時は max-count)で数え、サージノードは数えません(推定: AKS のメッセージとリリースノートは max-count にしか触れておらず、AKS-Construction#357 の 768 は最大 3 ノード・maxSurge 33 % のプールで 3 × 256 です)。"
        }
    }
}

fn full(issue: &SubnetIssue, lang: Lang) -> String {
    use SubnetIssue as S;
    let pod_cidr = matches!(issue, S::PodCidrFull { .. });
    let (code, aks, smallest_p, surge_only) = match issue {
        S::Full {
            name,
            cidr,
            needed,
            usable,
            smallest,
            surge_only,
        } => (
            "InsufficientSubnetSize",
            insufficient_subnet(*needed, *usable, cidr, name),
            smallest,
            *surge_only,
        ),
        S::PodCidrFull {
            kubenet: false,
            cidr,
            needed,
            available,
            smallest,
            surge_only,
        } => (
            "InsufficientSubnetSize",
            insufficient_pod_cidr_subnet(*needed, *available, cidr),
            smallest,
            *surge_only,
        ),
        S::PodCidrFull {
            kubenet: true,
            cidr,
            needed,
            available,
            smallest,
            surge_only,
        } => (
            "InsufficientPodCidr",
            insufficient_pod_cidr(*needed, *available, cidr),
            smallest,
            *surge_only,
        ),
        _ => return String::new(),
    };
    let note = if pod_cidr {
        pod_cidr_count_note(lang)
    } else {
        ""
    };
    match lang {
        Lang::En => format!(
            "AKS will refuse this ({code}): “{aks}”{note}{}{}",
            smallest(smallest_p, lang),
            surge_note(surge_only, lang)
        ),
        Lang::Ja => format!(
            "AKS はこの構成を拒否します({code}):「{aks}」{note}{}{}",
            smallest(smallest_p, lang),
            surge_note(surge_only, lang)
        ),
    }
}

/// The pod CIDR holds the pools as AKS counts them, not the upgrade's surge nodes.
fn pod_cidr_surge(issue: &SubnetIssue, lang: Lang) -> String {
    let SubnetIssue::PodCidrSurge {
        kubenet,
        cidr,
        checked,
        needed,
        available,
        smallest: s,
    } = issue
    else {
        return String::new();
    };
    let code = if *kubenet {
        "InsufficientPodCidr"
    } else {
        "InsufficientSubnetSize"
    };
    match lang {
        Lang::En => format!(
            "AKS's check of the pod CIDR {cidr} passes ({code} counts {} of its {} addresses, without surge nodes), but during an upgrade the surge nodes take a /24 each too: {} addresses, so the upgrade would find no /24 left for some of them (derived: every node takes a /24, surge nodes included).{}",
            big(*checked),
            big(*available),
            big(*needed),
            smallest(s, lang)
        ),
        Lang::Ja => format!(
            "ポッド CIDR {cidr} は AKS のチェックを通ります({code} が数えるのはサージノードを除いた {} 個で、CIDR には {} 個あります)。しかしアップグレード中はサージノードもそれぞれ /24 を使うため {} 個必要になり、一部のサージノードに割り当てる /24 が足りなくなります(推定: サージノードを含むすべてのノードが /24 を 1 つ使います)。{}",
            big(*checked),
            big(*available),
            big(*needed),
            smallest(s, lang)
        ),
    }
}

/// A subnet too small for what is planned, in the page's own words (AKS does not check it, or
/// not all of it).
fn overfull(issue: &SubnetIssue, lang: Lang) -> String {
    use SubnetIssue as S;
    match (issue, lang) {
        (
            S::Overfull {
                name,
                cidr,
                needed,
                usable,
                smallest: s,
                surge_only,
            },
            Lang::En,
        ) => format!(
            "{name} ({cidr}) needs {} addresses and holds {}.{}{}",
            big(*needed),
            big(*usable),
            smallest(s, lang),
            surge_note(*surge_only, lang)
        ),
        (
            S::Overfull {
                name,
                cidr,
                needed,
                usable,
                smallest: s,
                surge_only,
            },
            Lang::Ja,
        ) => format!(
            "{name}({cidr})には {} 個のアドレスが必要ですが、使えるのは {} 個です。{}{}",
            big(*needed),
            big(*usable),
            smallest(s, lang),
            surge_note(*surge_only, lang)
        ),
        (
            S::FullWithOthers {
                name,
                cidr,
                pools,
                other,
                usable,
                smallest: s,
            },
            Lang::En,
        ) => format!(
            "AKS's check passes: the pools in {name} ({cidr}) need {} of its {} addresses (AKS counts only the pools). But the {} other addresses planned in it (internal load-balancer frontends, private endpoints, other IPs) bring it to {}: the subnet will run out once they are added.{}",
            big(*pools),
            big(*usable),
            big(*other),
            big(pools.saturating_add(*other)),
            smallest(s, lang)
        ),
        (
            S::FullWithOthers {
                name,
                cidr,
                pools,
                other,
                usable,
                smallest: s,
            },
            Lang::Ja,
        ) => format!(
            "AKS のチェックは通ります。{name}({cidr})のプールに必要なアドレスは {} 個のうち {} 個です(AKS が数えるのはプールだけです)。しかし、ここに置く予定のその他のアドレス {} 個(内部ロードバランサーのフロントエンド、プライベートエンドポイント、その他の IP)を加えると {} 個になり、追加した時点でサブネットのアドレスが足りなくなります。{}",
            big(*usable),
            big(*pools),
            big(*other),
            big(pools.saturating_add(*other)),
            smallest(s, lang)
        ),
        _ => String::new(),
    }
}

fn sizes(issue: &SubnetIssue, lang: Lang) -> String {
    use SubnetIssue as S;
    let en = lang == Lang::En;
    match issue {
        S::BlocksFull {
            name,
            cidr,
            needed,
            capacity,
            smallest: s,
        } => {
            if en {
                format!(
                    "{name} ({cidr}) has {} /28 blocks for pods; the pools need {}.{}",
                    big(*capacity),
                    big(*needed),
                    smallest(s, lang)
                )
            } else {
                format!(
                    "{name}({cidr})でポッドに割り当てられる /28 ブロックは {} 個ですが、プールには {} 個必要です。{}",
                    big(*capacity),
                    big(*needed),
                    smallest(s, lang)
                )
            }
        }
        S::TooSmallForPurpose {
            cidr,
            purpose: p,
            min_prefix,
            hard,
        } => match (hard, en) {
            (true, true) => format!(
                "{cidr} is too small for {}: it needs a /{min_prefix} or larger.",
                purpose(*p).en
            ),
            (true, false) => format!(
                "{cidr} は{}には小さすぎます。/{min_prefix} 以上が必要です。",
                purpose(*p).ja
            ),
            (false, true) => format!(
                "{cidr} is smaller than the /{min_prefix} recommended for {}.",
                purpose(*p).en
            ),
            (false, false) => format!(
                "{cidr} は{}に推奨される /{min_prefix} より小さいです。",
                purpose(*p).ja
            ),
        },
        S::OutsideAzureSizes { cidr } => {
            if en {
                format!("{cidr}: Azure subnets are from /2 to /29.")
            } else {
                format!("{cidr}: Azure のサブネットは /2 から /29 までです。")
            }
        }
        S::Ipv6Not64 { cidr } => {
            if en {
                format!("{cidr}: IPv6 subnets in Azure are exactly /64.")
            } else {
                format!("{cidr}: Azure の IPv6 サブネットは /64 固定です。")
            }
        }
        _ => String::new(),
    }
}

fn names(issue: &SubnetIssue, lang: Lang) -> String {
    use SubnetIssue as S;
    let en = lang == Lang::En;
    match issue {
        S::NameRequired { purpose: p, name } => {
            if en {
                format!("Azure requires {} to be named {name}.", purpose(*p).en)
            } else {
                format!(
                    "{}のサブネット名は {name} にする必要があります(Azure の要件)。",
                    purpose(*p).ja
                )
            }
        }
        S::NameReserved { name, purpose: p } => {
            if en {
                format!(
                    "{name} is the name Azure reserves for {}; choose that purpose or another name.",
                    purpose(*p).en
                )
            } else {
                format!(
                    "{name} は Azure が{}用に予約している名前です。用途をそれに合わせるか、別の名前にしてください。",
                    purpose(*p).ja
                )
            }
        }
        S::DuplicateName { name } => {
            if en {
                format!(
                    "Another subnet is already named {name}; subnet names are unique in a VNet."
                )
            } else {
                format!(
                    "{name} という名前のサブネットがすでにあります。VNet 内でサブネット名は一意です。"
                )
            }
        }
        S::EmptyName => String::from(match lang {
            Lang::En => "A subnet needs a name.",
            Lang::Ja => "サブネット名を入力してください。",
        }),
        S::NoSuchSubnet { name } => {
            if en {
                format!("The design has no subnet named “{name}”.")
            } else {
                format!("設計に「{name}」という名前のサブネットはありません。")
            }
        }
        _ => String::new(),
    }
}

fn pool_choice(issue: &SubnetIssue, lang: Lang) -> String {
    use SubnetIssue as S;
    let en = lang == Lang::En;
    match issue {
        S::Delegated { name, delegation } => {
            if en {
                format!(
                    "{name} is delegated to {delegation}: node pools cannot use a delegated subnet."
                )
            } else {
                format!(
                    "{name} は {delegation} に委任されています。委任されたサブネットはノードプールに使えません。"
                )
            }
        }
        S::WrongPurpose {
            name,
            purpose: p,
            wanted,
        } => {
            if en {
                format!(
                    "{name} is for {}, not for {}.",
                    purpose(*p).en,
                    purpose(*wanted).en
                )
            } else {
                format!(
                    "{name} は{}用のサブネットで、{}用ではありません。",
                    purpose(*p).ja,
                    purpose(*wanted).ja
                )
            }
        }
        S::PodSubnetIsNodeSubnet { name } => {
            if en {
                format!("{name} cannot be both the node subnet and the pod subnet of a pool.")
            } else {
                format!(
                    "{name} を同じプールのノードサブネットとポッドサブネットの両方に使うことはできません。"
                )
            }
        }
        S::NoNodeSubnet => String::from(match lang {
            Lang::En => {
                "The design has no subnet for node pools: add one with the purpose “Node pools”."
            }
            Lang::Ja => {
                "ノードプール用のサブネットがありません。用途「ノードプール」のサブネットを追加してください。"
            }
        }),
        S::NoPodSubnet => String::from(match lang {
            Lang::En => {
                "This network model puts pods in a pod subnet: add a subnet with the purpose “Pods”."
            }
            Lang::Ja => {
                "このネットワークモデルではポッドをポッドサブネットに配置します。用途「ポッド」のサブネットを追加してください。"
            }
        }),
        _ => String::new(),
    }
}

fn cluster_use(issue: &SubnetIssue, lang: Lang) -> String {
    use SubnetIssue as S;
    let en = lang == Lang::En;
    match issue {
        S::Unused { name } => {
            if en {
                format!("No node pool uses {name}.")
            } else {
                format!("{name} を使っているノードプールはありません。")
            }
        }
        S::PodSubnetNotUsed { name } => {
            if en {
                format!(
                    "{name} is a pod subnet, but with this network model pods get no subnet: it stays empty."
                )
            } else {
                format!(
                    "{name} はポッドサブネットですが、このネットワークモデルではポッドにサブネットを使わないため空のままです。"
                )
            }
        }
        S::PurposeNotUsed { name, purpose: p } => {
            if en {
                format!(
                    "{name} is for {}, which this cluster does not use.",
                    purpose(*p).en
                )
            } else {
                format!(
                    "{name} は{}用ですが、このクラスターでは使っていません。",
                    purpose(*p).ja
                )
            }
        }
        _ => String::new(),
    }
}

fn cluster_features(issue: &SubnetIssue, lang: Lang) -> String {
    use SubnetIssue as S;
    let en = lang == Lang::En;
    match issue {
        S::ExtrasHere { name, ips } => {
            if en {
                format!(
                    "{name} also holds {} other IPs: internal load-balancer frontends, private endpoints and the private cluster's API server endpoint go to the first pool's subnet.",
                    int(*ips)
                )
            } else {
                format!(
                    "{name} には他に {} 個の IP が入ります。内部ロードバランサーのフロントエンド、プライベートエンドポイント、プライベートクラスターの API サーバーのエンドポイントは最初のプールのサブネットに置かれます。",
                    int(*ips)
                )
            }
        }
        S::AgcNeedsAzureCni { name } => {
            if en {
                format!(
                    "{name}: Application Gateway for Containers does not work with kubenet; it needs Azure CNI (overlay, pod subnet or node subnet)."
                )
            } else {
                format!(
                    "{name}: Application Gateway for Containers は kubenet では使えません。Azure CNI(オーバーレイ、ポッドサブネット、ノードサブネット)が必要です。"
                )
            }
        }
        S::KubenetRouteTable { name } => {
            if en {
                format!(
                    "kubenet: {name} serves one cluster only, and AKS associates the cluster's route table with it."
                )
            } else {
                format!(
                    "kubenet: {name} は 1 つのクラスター専用で、AKS がクラスターのルートテーブルを関連付けます。"
                )
            }
        }
        S::NoApiServerSubnet => String::from(match lang {
            Lang::En => {
                "API Server VNet Integration needs a subnet with the purpose “API server”, delegated to Microsoft.ContainerService/managedClusters, /28 or larger."
            }
            Lang::Ja => {
                "API Server VNet 統合には、用途「API サーバー」で Microsoft.ContainerService/managedClusters に委任された /28 以上のサブネットが必要です。"
            }
        }),
        S::NoVirtualNodesSubnet => String::from(match lang {
            Lang::En => {
                "Virtual nodes need a subnet with the purpose “Virtual nodes (ACI)”, delegated to Microsoft.ContainerInstance/containerGroups."
            }
            Lang::Ja => {
                "仮想ノードには、用途「仮想ノード(ACI)」で Microsoft.ContainerInstance/containerGroups に委任されたサブネットが必要です。"
            }
        }),
        S::NoVirtualNodesV2Subnet => String::from(match lang {
            Lang::En => {
                "Virtual Nodes v2 run their pods in a subnet delegated to Microsoft.ContainerInstance/containerGroups (the README of microsoft/virtualnodesOnAzureContainerInstances): add a subnet with the purpose “Virtual nodes (ACI)”, sized for the pods they run at once."
            }
            Lang::Ja => {
                "Virtual Nodes v2 のポッドは Microsoft.ContainerInstance/containerGroups に委任されたサブネットで動きます(microsoft/virtualnodesOnAzureContainerInstances の README)。用途「仮想ノード(ACI)」のサブネットを、同時に動かすポッド数に合わせたサイズで追加してください。"
            }
        }),
        _ => String::new(),
    }
}

fn ranges(issue: &SubnetIssue, lang: Lang) -> String {
    use SubnetIssue as S;
    let en = lang == Lang::En;
    match issue {
        S::OutsideVnet { name, cidr } => {
            if en {
                format!("{name} ({cidr}) is outside every address prefix of the VNet.")
            } else {
                format!("{name}({cidr})は VNet のどのアドレスプレフィックスにも含まれていません。")
            }
        }
        S::Overlap {
            name,
            cidr,
            other,
            other_cidr,
        } => {
            if en {
                format!("{name} ({cidr}) overlaps {other} ({other_cidr}).")
            } else {
                format!("{name}({cidr})が {other}({other_cidr})と重なっています。")
            }
        }
        S::OverlapsRange {
            name,
            cidr,
            range,
            role: r,
        } => {
            if en {
                format!("{name} ({cidr}) overlaps {} {range}.", role(*r).en)
            } else {
                format!("{name}({cidr})が{} {range} と重なっています。", role(*r).ja)
            }
        }
        S::NeedsIpv6 { name } => {
            if en {
                format!(
                    "Dual-stack: nodes get an IPv4 and an IPv6 address from their subnet, so {name} needs an IPv6 /64 too."
                )
            } else {
                format!(
                    "デュアルスタックではノードがサブネットから IPv4 と IPv6 の両方のアドレスを受け取るため、{name} には IPv6 の /64 も必要です。"
                )
            }
        }
        S::VnetNeedsIpv6 => String::from(match lang {
            Lang::En => {
                "Dual-stack needs an IPv6 address prefix in the VNet for the node subnets' /64s."
            }
            Lang::Ja => {
                "デュアルスタックでは、ノードサブネットの /64 のために VNet に IPv6 のアドレスプレフィックスが必要です。"
            }
        }),
        S::TooManyPrefixes => String::from(match lang {
            Lang::En => "One IPv4 prefix per subnet, and one IPv6 /64 for dual-stack.",
            Lang::Ja => {
                "サブネットごとに IPv4 プレフィックスは 1 つ、デュアルスタックの場合は IPv6 の /64 を 1 つです。"
            }
        }),
        S::Ipv6Only => String::from(match lang {
            Lang::En => "An Azure subnet needs an IPv4 prefix; IPv6 comes as a second prefix.",
            Lang::Ja => {
                "Azure のサブネットには IPv4 のプレフィックスが必要です。IPv6 は 2 つ目のプレフィックスとして指定します。"
            }
        }),
        _ => String::new(),
    }
}

fn layout(issue: &SubnetIssue, lang: Lang) -> String {
    use SubnetIssue as S;
    let en = lang == Lang::En;
    match issue {
        S::NoRoom { name, prefix } => {
            if en {
                format!("No free /{prefix} is left in the VNet for {name}.")
            } else {
                format!("VNet に {name} 用の空き /{prefix} がありません。")
            }
        }
        S::Shortfall {
            needed,
            available,
            vnet_prefix,
        } => {
            let more = needed.saturating_sub(*available);
            let vnet = match (vnet_prefix, en) {
                (Some(p), true) => format!(": a /{p} VNet would hold it"),
                (Some(p), false) => format!("。/{p} の VNet なら収まります"),
                (None, _) => String::new(),
            };
            match (more > 0, en) {
                (true, true) => format!(
                    "The subnets need {} more addresses than the VNet has{vnet}.",
                    big(more)
                ),
                (true, false) => format!(
                    "サブネットには VNet より {} 個多くのアドレスが必要です{vnet}。",
                    big(more)
                ),
                (false, true) => format!(
                    "The subnets need {} of the VNet's {} addresses, but the fixed subnets and the ranges they must avoid split the free space so the rest does not fit{vnet}.",
                    big(*needed),
                    big(*available)
                ),
                (false, false) => format!(
                    "サブネットに必要なアドレスは VNet の {} 個のうち {} 個ですが、固定のサブネットと避けるべき範囲で空きが分断されているため残りが収まりません{vnet}。",
                    big(*available),
                    big(*needed)
                ),
            }
        }
        S::BadIps(e) | S::BadGrowth(e) => super::input::input(e, lang),
        S::TooManySubnets => String::from(match lang {
            Lang::En => "More than 100 subnets: only the first 100 were kept.",
            Lang::Ja => "サブネットが 100 を超えたため、最初の 100 個だけを残しました。",
        }),
        _ => String::new(),
    }
}

/// What limits the VNet as a whole: a listed range over all of it, the shared API server subnet.
fn vnet_limits(issue: &SubnetIssue, lang: Lang) -> String {
    use SubnetIssue as S;
    let en = lang == Lang::En;
    match issue {
        S::ListedCoversVnet { range, vnet } => {
            if en {
                format!(
                    "{range}, listed as a peered or on-premises range, covers the whole VNet ({vnet}): every subnet in the VNet would overlap it, so no subnet can be placed. Choose a VNet outside {range}, or correct the listed ranges."
                )
            } else {
                format!(
                    "ピアリング先またはオンプレミスの範囲として指定した {range} が VNet({vnet})全体を含んでいます。VNet 内のどのサブネットもこの範囲と重なるため、サブネットを配置できません。{range} の外に VNet を取るか、指定した範囲を見直してください。"
                )
            }
        }
        S::LimitsClusters {
            name,
            usable,
            clusters,
        } => {
            if en {
                format!(
                    "{name} limits how many clusters of this shape the VNet holds: each cluster reserves at least 9 of its {} usable addresses, so it holds the API servers of {} (derived: the docs allow several clusters to share it but give no number).",
                    big(*usable),
                    int(*clusters)
                )
            } else {
                format!(
                    "{name} が、この構成のクラスターを VNet に収められる数を制限しています。クラスターごとに使用可能な {} 個のうち少なくとも 9 個を予約するため、API サーバーを置けるのは {} クラスター分です(推定: ドキュメントは複数クラスターでの共有を認めていますが、数は示していません)。",
                    big(*usable),
                    int(*clusters)
                )
            }
        }
        _ => String::new(),
    }
}

fn big(n: u128) -> String {
    int(u64::try_from(n).unwrap_or(u64::MAX))
}

/// A finding about the design, worded.
pub fn issue(issue: &SubnetIssue, lang: Lang) -> String {
    use SubnetIssue as S;
    // Exhaustive on purpose: a new finding does not compile until it has its words.
    match issue {
        S::Full { .. } | S::PodCidrFull { .. } => full(issue, lang),
        S::FullWithOthers { .. } | S::Overfull { .. } => overfull(issue, lang),
        S::PodCidrSurge { .. } => pod_cidr_surge(issue, lang),
        S::BlocksFull { .. }
        | S::TooSmallForPurpose { .. }
        | S::OutsideAzureSizes { .. }
        | S::Ipv6Not64 { .. } => sizes(issue, lang),
        S::NameRequired { .. }
        | S::NameReserved { .. }
        | S::DuplicateName { .. }
        | S::EmptyName
        | S::NoSuchSubnet { .. } => names(issue, lang),
        S::Delegated { .. }
        | S::WrongPurpose { .. }
        | S::PodSubnetIsNodeSubnet { .. }
        | S::NoNodeSubnet
        | S::NoPodSubnet => pool_choice(issue, lang),
        S::Unused { .. } | S::PodSubnetNotUsed { .. } | S::PurposeNotUsed { .. } => {
            cluster_use(issue, lang)
        }
        S::ExtrasHere { .. }
        | S::KubenetRouteTable { .. }
        | S::AgcNeedsAzureCni { .. }
        | S::NoApiServerSubnet
        | S::NoVirtualNodesSubnet
        | S::NoVirtualNodesV2Subnet => cluster_features(issue, lang),
        S::OutsideVnet { .. }
        | S::Overlap { .. }
        | S::OverlapsRange { .. }
        | S::NeedsIpv6 { .. }
        | S::VnetNeedsIpv6
        | S::TooManyPrefixes
        | S::Ipv6Only => ranges(issue, lang),
        S::NoRoom { .. }
        | S::Shortfall { .. }
        | S::BadIps(_)
        | S::BadGrowth(_)
        | S::TooManySubnets => layout(issue, lang),
        S::ListedCoversVnet { .. } | S::LimitsClusters { .. } => vnet_limits(issue, lang),
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::evaluate::finding::Role;
    use crate::plan::quantity::InputError;
    use alloc::string::ToString;
    use alloc::vec;
    use alloc::vec::Vec;

    /// Ties the list below to the enum: a new finding does not compile until it is listed.
    fn index(i: &SubnetIssue) -> usize {
        use SubnetIssue as S;
        match i {
            S::Full { .. } => 0,
            S::PodCidrFull { .. } => 1,
            S::BlocksFull { .. } => 2,
            S::TooSmallForPurpose { .. } => 3,
            S::NameRequired { .. } => 4,
            S::NameReserved { .. } => 5,
            S::DuplicateName { .. } => 6,
            S::EmptyName => 7,
            S::NoSuchSubnet { .. } => 8,
            S::Delegated { .. } => 9,
            S::WrongPurpose { .. } => 10,
            S::PodSubnetIsNodeSubnet { .. } => 11,
            S::NoNodeSubnet => 12,
            S::NoPodSubnet => 13,
            S::Unused { .. } => 14,
            S::PodSubnetNotUsed { .. } => 15,
            S::OutsideVnet { .. } => 16,
            S::Overlap { .. } => 17,
            S::OverlapsRange { .. } => 18,
            S::Ipv6Not64 { .. } => 19,
            S::NeedsIpv6 { .. } => 20,
            S::VnetNeedsIpv6 => 21,
            S::TooManyPrefixes => 22,
            S::Ipv6Only => 23,
            S::OutsideAzureSizes { .. } => 24,
            S::NoRoom { .. } => 25,
            S::Shortfall { .. } => 26,
            S::NoApiServerSubnet => 27,
            S::NoVirtualNodesSubnet => 28,
            S::PurposeNotUsed { .. } => 29,
            S::ExtrasHere { .. } => 30,
            S::KubenetRouteTable { .. } => 31,
            S::BadIps(_) => 32,
            S::BadGrowth(_) => 33,
            S::TooManySubnets => 34,
            S::AgcNeedsAzureCni { .. } => 35,
            S::NoVirtualNodesV2Subnet => 36,
            S::ListedCoversVnet { .. } => 37,
            S::FullWithOthers { .. } => 38,
            S::Overfull { .. } => 39,
            S::PodCidrSurge { .. } => 40,
            S::LimitsClusters { .. } => 41,
        }
    }

    /// One or more examples of every design finding.
    pub(crate) fn every_subnet_issue() -> Vec<SubnetIssue> {
        use SubnetIssue as S;
        let s = |x: &str| x.to_string();
        vec![
            S::Full {
                name: s("aks-nodes"),
                cidr: s("10.10.0.0/24"),
                needed: 527,
                usable: 251,
                smallest: Some(22),
                surge_only: false,
            },
            S::Full {
                name: s("aks-nodes"),
                cidr: s("10.10.0.0/24"),
                needed: 255,
                usable: 251,
                smallest: Some(23),
                surge_only: true,
            },
            S::PodCidrFull {
                kubenet: false,
                cidr: s("10.240.100.0/22"),
                needed: 1280,
                available: 1024,
                smallest: Some(21),
                surge_only: false,
            },
            S::PodCidrFull {
                kubenet: true,
                cidr: s("10.240.100.0/24"),
                needed: 768,
                available: 256,
                smallest: Some(23),
                surge_only: false,
            },
            S::BlocksFull {
                name: s("pods"),
                cidr: s("10.1.0.0/24"),
                needed: 20,
                capacity: 14,
                smallest: Some(23),
            },
            S::TooSmallForPurpose {
                cidr: s("10.0.0.0/29"),
                purpose: Purpose::ApiServer,
                min_prefix: 28,
                hard: true,
            },
            S::TooSmallForPurpose {
                cidr: s("10.0.0.0/28"),
                purpose: Purpose::Gateway,
                min_prefix: 27,
                hard: false,
            },
            S::NameRequired {
                purpose: Purpose::AzureBastion,
                name: "AzureBastionSubnet",
            },
            S::NameReserved {
                name: s("GatewaySubnet"),
                purpose: Purpose::Gateway,
            },
            S::DuplicateName { name: s("a") },
            S::EmptyName,
            S::NoSuchSubnet { name: s("nope") },
            S::Delegated {
                name: s("api"),
                delegation: "Microsoft.ContainerService/managedClusters",
            },
            S::WrongPurpose {
                name: s("pe"),
                purpose: Purpose::PrivateEndpoints,
                wanted: Purpose::Nodes,
            },
            S::PodSubnetIsNodeSubnet { name: s("a") },
            S::NoNodeSubnet,
            S::NoPodSubnet,
            S::Unused { name: s("a") },
            S::PodSubnetNotUsed { name: s("pods") },
            S::OutsideVnet {
                name: s("a"),
                cidr: s("10.9.0.0/24"),
            },
            S::Overlap {
                name: s("a"),
                cidr: s("10.0.0.0/24"),
                other: s("b"),
                other_cidr: s("10.0.0.128/25"),
            },
            S::OverlapsRange {
                name: s("a"),
                cidr: s("10.0.0.0/24"),
                range: s("10.0.0.0/8"),
                role: Role::Listed,
            },
            S::Ipv6Not64 {
                cidr: s("fd00::/56"),
            },
            S::NeedsIpv6 { name: s("a") },
            S::VnetNeedsIpv6,
            S::TooManyPrefixes,
            S::Ipv6Only,
            S::OutsideAzureSizes {
                cidr: s("10.0.0.0/30"),
            },
            S::NoRoom {
                name: s("a"),
                prefix: 24,
            },
            S::Shortfall {
                needed: 3584,
                available: 2048,
                vnet_prefix: Some(20),
            },
            S::Shortfall {
                needed: 1536,
                available: 2048,
                vnet_prefix: Some(21),
            },
            S::NoApiServerSubnet,
            S::NoVirtualNodesSubnet,
            S::PurposeNotUsed {
                name: s("aci"),
                purpose: Purpose::VirtualNodes,
            },
            S::ExtrasHere {
                name: s("a"),
                ips: 3,
            },
            S::KubenetRouteTable { name: s("a") },
            S::BadIps(InputError::NotANumber(s("x"))),
            S::BadGrowth(InputError::NotANumber(s("x"))),
            S::TooManySubnets,
            S::AgcNeedsAzureCni { name: s("agc") },
            S::NoVirtualNodesV2Subnet,
            S::ListedCoversVnet {
                range: s("10.0.0.0/8"),
                vnet: s("10.224.0.0/12"),
            },
            S::FullWithOthers {
                name: s("aks"),
                cidr: s("10.0.0.0/24"),
                pools: 221,
                other: 32,
                usable: 251,
                smallest: Some(23),
            },
            S::Overfull {
                name: s("pe"),
                cidr: s("10.0.1.0/27"),
                needed: 30,
                usable: 27,
                smallest: Some(26),
                surge_only: false,
            },
            S::Overfull {
                name: s("pods"),
                cidr: s("10.1.0.0/24"),
                needed: 1000,
                usable: 251,
                smallest: Some(22),
                surge_only: true,
            },
            S::PodCidrSurge {
                kubenet: false,
                cidr: s("10.240.100.0/22"),
                checked: 1024,
                needed: 1280,
                available: 1024,
                smallest: Some(21),
            },
            S::PodCidrSurge {
                kubenet: true,
                cidr: s("10.244.0.0/24"),
                checked: 256,
                needed: 512,
                available: 256,
                smallest: Some(23),
            },
            S::LimitsClusters {
                name: s("snet-apiserver"),
                usable: 11,
                clusters: 1,
            },
        ]
    }

    #[test]
    fn every_design_finding_has_words_in_both_languages() {
        let all = every_subnet_issue();
        let mut seen: Vec<usize> = all.iter().map(index).collect();
        seen.dedup();
        assert_eq!(seen, (0..42).collect::<Vec<_>>(), "every finding, in order");
        for i in &all {
            let (en, ja) = (issue(i, Lang::En), issue(i, Lang::Ja));
            assert!(!en.trim().is_empty() && !ja.trim().is_empty(), "{i:?}");
            assert_ne!(en, ja, "{i:?}");
        }
        for f in [
            SubnetField::Name,
            SubnetField::Prefix,
            SubnetField::Purpose,
            SubnetField::Ips,
        ] {
            assert_ne!(subnet_field(f).en, subnet_field(f).ja);
        }
        for p in Purpose::ALL {
            assert!(!purpose(p).en.is_empty() && !purpose(p).ja.is_empty());
            assert!(!ips_meaning(p).ja.is_empty());
        }
    }

    #[test]
    fn aks_sentences_are_quoted_as_aks_prints_them() {
        let full = SubnetIssue::Full {
            name: "aks-nodes".to_string(),
            cidr: "10.10.0.0/24".to_string(),
            needed: 255,
            usable: 251,
            smallest: Some(23),
            surge_only: false,
        };
        assert_eq!(
            issue(&full, Lang::En),
            "AKS will refuse this (InsufficientSubnetSize): “Pre-allocated IPs 255 exceeds IPs available 251 in Subnet Cidr 10.10.0.0/24, Subnet Name aks-nodes.” The smallest that fits is a /23."
        );
        let pods = SubnetIssue::PodCidrFull {
            kubenet: false,
            cidr: "10.240.100.0/22".to_string(),
            needed: 1280,
            available: 1024,
            smallest: Some(21),
            surge_only: false,
        };
        assert!(issue(&pods, Lang::Ja).contains(
            "「Pre-allocated IPs 1280 exceeds IPs available 1024 in Subnet Cidr 10.240.100.0/22, Subnet Name networkProfile.podCIDR. If Autoscaler is enabled, the max-count from each nodepool is counted towards this total (which means that pre-allocated IPs count represents a theoretical max value, not the actual number of IPs requested). http://aka.ms/aks/insufficientsubnetsize」"
        ));
        let short = SubnetIssue::Shortfall {
            needed: 3584,
            available: 2048,
            vnet_prefix: Some(20),
        };
        assert_eq!(
            issue(&short, Lang::En),
            "The subnets need 1,536 more addresses than the VNet has: a /20 VNet would hold it."
        );
    }
}
