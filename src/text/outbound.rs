//! Words of the outbound settings (aks-rules §9–§11): the fields and their hints, the outbound
//! types and clouds, and every outbound finding. AKS's own messages are quoted as AKS prints them
//! (numbers without separators), in both languages, so a user can search for them.

use alloc::format;
use alloc::string::String;

use super::{Lang, T, int, t};
use crate::evaluate::finding::{NameOf, OutboundIssue};
use crate::plan::field::{NameField, OutboundField};
use crate::rules::egress::Cloud;
use crate::rules::naming::NameError;
use crate::rules::outbound::OutboundType;

/// The label of an outbound field.
pub fn outbound_field(f: OutboundField) -> T {
    use OutboundField as F;
    match f {
        F::Type => t("Outbound type", "送信の種類 (outbound type)"),
        F::ManagedVnet => t(
            "AKS-managed VNet (AKS creates the VNet)",
            "AKS マネージド VNet(VNet を AKS が作成)",
        ),
        F::LbManagedIps => t("Managed outbound IPs", "マネージド送信 IP 数"),
        F::LbOwnIps => t("Your own outbound public IPs", "独自の送信パブリック IP 数"),
        F::LbPorts => t(
            "Outbound ports per node (allocatedOutboundPorts)",
            "ノードあたりの送信ポート数 (allocatedOutboundPorts)",
        ),
        F::LbIdle => t(
            "Load balancer idle timeout (minutes)",
            "ロードバランサーのアイドルタイムアウト(分)",
        ),
        F::NatIps => t(
            "NAT gateway public IPs",
            "NAT ゲートウェイのパブリック IP 数",
        ),
        F::NatIdle => t(
            "NAT gateway idle timeout (minutes)",
            "NAT ゲートウェイのアイドルタイムアウト(分)",
        ),
        F::FirewallIp => t(
            "Next hop (firewall private IP)",
            "次ホップ(ファイアウォールのプライベート IP)",
        ),
        F::FirewallIps => t(
            "Azure Firewall public IPs",
            "Azure Firewall のパブリック IP 数",
        ),
        F::FirewallInstances => t(
            "Azure Firewall instances",
            "Azure Firewall のインスタンス数",
        ),
        F::Connections => t(
            "Connections per node to one destination",
            "1 宛先あたりのノードごとの同時接続数",
        ),
        F::Cloud => t("Azure cloud", "Azure クラウド"),
        F::DnsServers => t("Custom DNS servers", "カスタム DNS サーバー"),
        F::LegacyTunnel => t(
            "Cluster still runs tunnelfront or aks-link (no konnectivity)",
            "tunnelfront / aks-link が残っているクラスター(konnectivity 未移行)",
        ),
        F::PublicLbs => t(
            "Public LoadBalancer services",
            "パブリック LoadBalancer サービス数",
        ),
    }
}

/// A short hint under an outbound field.
pub fn outbound_hint(f: OutboundField) -> Option<T> {
    use OutboundField as F;
    Some(match f {
        F::LbManagedIps => t("1 to 100; empty: 1", "1〜100。空欄なら 1"),
        F::LbOwnIps => t(
            "The public IPs you attach (a /28 prefix is 16); they replace the managed ones",
            "割り当てる独自のパブリック IP の数(/28 プレフィックスなら 16)。マネージド IP の代わりに使われます",
        ),
        F::LbPorts => t(
            "0 or empty: AKS's table by node count; otherwise a multiple of 8 up to 64,000",
            "0 または空欄: ノード数に応じた AKS の既定値。指定する場合は 8 の倍数で 64,000 まで",
        ),
        F::LbIdle => t("4 to 120; empty: 30", "4〜120。空欄なら 30"),
        F::NatIps => t("1 to 16; empty: 1", "1〜16。空欄なら 1"),
        F::NatIdle => t("4 to 120; empty: 4", "4〜120。空欄なら 4"),
        F::FirewallIps => t(
            "At least 20 in production; empty: not checked",
            "本番環境では 20 以上。空欄なら検査しません",
        ),
        F::FirewallInstances => t("At least 2; empty: 2", "2 以上。空欄なら 2"),
        F::Connections => t(
            "Concurrent connections one node opens to the same destination IP and port; empty: not checked",
            "1 ノードが同じ宛先 IP・ポートに同時に張る接続数。空欄なら検査しません",
        ),
        F::DnsServers => t(
            "IP addresses, e.g. 10.0.0.4, 10.0.0.5",
            "IP アドレス(例: 10.0.0.4, 10.0.0.5)",
        ),
        _ => return None,
    })
}

/// The label of a name field.
pub fn name_field(f: NameField) -> T {
    match f {
        NameField::ResourceGroup => t("Resource group", "リソースグループ"),
        NameField::ClusterName => t("Cluster name", "クラスター名"),
        NameField::Region => t("Region", "リージョン"),
        NameField::NodeResourceGroup => t("Node resource group", "ノードリソースグループ"),
    }
}

/// A short hint under a name field.
pub fn name_hint(f: NameField) -> Option<T> {
    Some(match f {
        NameField::ResourceGroup => t("Empty: rg-aks", "空欄なら rg-aks"),
        NameField::ClusterName => t("Empty: aks-cluster", "空欄なら aks-cluster"),
        NameField::Region => t(
            "As az account list-locations names it; empty: japaneast",
            "az account list-locations の名前。空欄なら japaneast",
        ),
        NameField::NodeResourceGroup => t(
            "Empty: MC_<resource group>_<cluster>_<region>",
            "空欄なら MC_<リソースグループ>_<クラスター>_<リージョン>",
        ),
    })
}

/// The name of an outbound type, with its CLI value.
pub fn outbound_type(o: OutboundType) -> T {
    use OutboundType as O;
    match o {
        O::LoadBalancer => t(
            "Load balancer (loadBalancer, default)",
            "ロードバランサー (loadBalancer、既定)",
        ),
        O::ManagedNatGateway => t(
            "Managed NAT gateway (managedNATGateway)",
            "マネージド NAT ゲートウェイ (managedNATGateway)",
        ),
        O::ManagedNatGatewayV2 => t(
            "Managed NAT gateway V2 (managedNATGatewayV2, preview)",
            "マネージド NAT ゲートウェイ V2 (managedNATGatewayV2、プレビュー)",
        ),
        O::UserAssignedNatGateway => t(
            "Your NAT gateway (userAssignedNATGateway)",
            "独自の NAT ゲートウェイ (userAssignedNATGateway)",
        ),
        O::UserDefinedRouting => t(
            "Firewall / NVA via route table (userDefinedRouting)",
            "ルートテーブルでファイアウォール / NVA へ (userDefinedRouting)",
        ),
        O::None => t(
            "None: network isolated (none)",
            "なし: ネットワーク分離 (none)",
        ),
        O::Block => t(
            "Blocked: network isolated (block, preview)",
            "ブロック: ネットワーク分離 (block、プレビュー)",
        ),
    }
}

pub fn cloud(c: Cloud) -> T {
    match c {
        Cloud::Public => t("Azure (public)", "Azure(パブリック)"),
        Cloud::China => t(
            "Azure operated by 21Vianet (China)",
            "21Vianet が運営する Azure(中国)",
        ),
        Cloud::UsGovernment => t("Azure Government (US)", "Azure Government(米国)"),
    }
}

fn name_of(n: NameOf) -> T {
    match n {
        NameOf::ResourceGroup => t("resource group", "リソースグループ"),
        NameOf::Cluster => t("cluster", "クラスター"),
        NameOf::Region => t("region", "リージョン"),
        NameOf::NodeResourceGroup => t("node resource group", "ノードリソースグループ"),
        NameOf::Subnet => t("subnet", "サブネット"),
    }
}

/// Why a name breaks Azure's rules.
fn name_error(what: NameOf, e: &NameError, lang: Lang) -> String {
    let w = name_of(what).get(lang);
    let rule = |lang: Lang| match (what, lang) {
        (NameOf::Cluster, Lang::En) => {
            "letters, digits, _ and -, starting and ending with a letter or digit"
        }
        (NameOf::Cluster, Lang::Ja) => "英数字、_、- のみで、先頭と末尾は英数字",
        (NameOf::Region, Lang::En) => "letters and digits, as az account list-locations names it",
        (NameOf::Region, Lang::Ja) => "英数字のみ(az account list-locations の名前)",
        (_, Lang::En) => "letters, digits, _ ( ) - and ., not ending with a period",
        (_, Lang::Ja) => "文字、数字、_ ( ) - . のみで、末尾はピリオド以外",
    };
    match (e, lang) {
        (NameError::Empty, Lang::En) => format!("The {w} name is empty."),
        (NameError::Empty, Lang::Ja) => format!("{w}名が空です。"),
        (NameError::TooLong { len, max }, Lang::En) => {
            format!("A {w} name is at most {max} characters; this one has {len}.")
        }
        (NameError::TooLong { len, max }, Lang::Ja) => {
            format!("{w}名は {max} 文字までです(この名前は {len} 文字)。")
        }
        (NameError::BadCharacter(c), Lang::En) => {
            format!("“{c}” is not allowed in a {w} name: {}.", rule(lang))
        }
        (NameError::BadCharacter(c), Lang::Ja) => {
            format!("{w}名に「{c}」は使えません({})。", rule(lang))
        }
        (NameError::BadStart | NameError::BadEnd | NameError::EndsWithPeriod, _) => match lang {
            Lang::En => format!("A {w} name uses {}.", rule(lang)),
            Lang::Ja => format!("{w}名の規則: {}。", rule(lang)),
        },
    }
}

/// AKS's `InvalidLoadBalancerProfileAllocatedOutboundPorts` message, as AKS prints it
/// (azure-cli#22374; the docs' example with 8000 ports and 9 nodes).
///
/// # Examples
/// ```
/// assert_eq!(
///     aks_calc::text::outbound::allocated_ports_refused(21000, 4, 84000, 64000, 1),
///     "Load balancer profile allocated ports 21000 is not in an allowable range given the number of nodes and IPs provisioned. Total node count 4 requires 84000 ports but only 64000 ports are available given 1 outbound public IPs. Refer to https://aka.ms/aks/slb-ports for more details."
/// );
/// ```
pub fn allocated_ports_refused(
    ports: u64,
    nodes: u64,
    needed: u128,
    available: u128,
    ips: u64,
) -> String {
    format!(
        "Load balancer profile allocated ports {ports} is not in an allowable range given the number of nodes and IPs provisioned. Total node count {nodes} requires {needed} ports but only {available} ports are available given {ips} outbound public IPs. Refer to https://aka.ms/aks/slb-ports for more details."
    )
}

/// AKS's message for a node resource group name over 80 characters (rules-check D17).
///
/// # Examples
/// ```
/// assert_eq!(
///     aks_calc::text::outbound::node_resource_group_too_long(89),
///     "The length of the node resource group name is too long. The maximum length is 80 and the length of the value provided is 89. Please see https://aka.ms/aks-naming-rules for more details."
/// );
/// ```
pub fn node_resource_group_too_long(length: usize) -> String {
    format!(
        "The length of the node resource group name is too long. The maximum length is 80 and the length of the value provided is {length}. Please see https://aka.ms/aks-naming-rules for more details."
    )
}

fn big(n: u128) -> String {
    int(u64::try_from(n).unwrap_or(u64::MAX))
}

/// A finding about outbound traffic, worded.
pub fn issue(o: &OutboundIssue, lang: Lang) -> String {
    use OutboundIssue as O;
    match o {
        O::PortsRefused { .. }
        | O::PortsNotMultipleOf8 { .. }
        | O::PortsAboveMax { .. }
        | O::Cliff { .. }
        | O::BeyondTable { .. }
        | O::LbExhaustion { .. }
        | O::OwnIpsReplaceManaged
        | O::IdleAboveToolsMax { .. } => load_balancer(o, lang),
        O::NatExhaustion { .. }
        | O::FirewallExhaustion { .. }
        | O::FirewallFewIps { .. }
        | O::FirewallInstances { .. } => nat_and_firewall(o, lang),
        O::NeedsManagedVnet { .. }
        | O::NeedsOwnVnet { .. }
        | O::Preview { .. }
        | O::NatV2Naming
        | O::V2MigrationDisputed
        | O::NetworkIsolated { .. }
        | O::ManagedVnetDefaults
        | O::ManagedVnetPrivateSubnets => types(o, lang),
        O::BadName { .. }
        | O::NodeResourceGroupTooLong { .. }
        | O::NameOver63 { .. }
        | O::UnknownRegion { .. }
        | O::NoVnetIntegrationInRegion { .. } => names(o, lang),
        O::NoAzureLinuxUpdateHosts { ubuntu } => azure_linux_updates(*ubuntu, lang),
        O::NatIpv4Only { .. } | O::LbIpsAboveManagedMax { .. } => limits(o, lang),
    }
}

/// What a NAT gateway's SKU and the load balancer's managed IPs cannot give.
fn limits(o: &OutboundIssue, lang: Lang) -> String {
    use OutboundIssue as O;
    match (o, lang) {
        (
            O::NatIpv4Only {
                user_assigned: false,
            },
            Lang::En,
        ) => String::from(
            "Dual-stack behind managedNATGateway: the managed NAT gateway is a Standard one, which supports only IPv4, so it gives the nodes no IPv6 egress. For dual-stack egress the docs name the StandardV2 NAT gateway (managedNATGatewayV2, preview).",
        ),
        (
            O::NatIpv4Only {
                user_assigned: false,
            },
            Lang::Ja,
        ) => String::from(
            "managedNATGateway でデュアルスタック: マネージド NAT ゲートウェイは Standard で IPv4 のみをサポートするため、ノードの IPv6 の送信には使えません。デュアルスタックの送信には StandardV2 の NAT ゲートウェイ(managedNATGatewayV2、プレビュー)を使うようドキュメントに記載されています。",
        ),
        (
            O::NatIpv4Only {
                user_assigned: true,
            },
            Lang::En,
        ) => String::from(
            "Dual-stack behind your own NAT gateway: a Standard NAT gateway supports only IPv4. For IPv6 egress it must be a StandardV2 NAT gateway with StandardV2 public IPs.",
        ),
        (
            O::NatIpv4Only {
                user_assigned: true,
            },
            Lang::Ja,
        ) => String::from(
            "独自の NAT ゲートウェイでデュアルスタック: Standard の NAT ゲートウェイは IPv4 のみをサポートします。IPv6 の送信には StandardV2 の NAT ゲートウェイと StandardV2 のパブリック IP が必要です。",
        ),
        (O::LbIpsAboveManagedMax { ips_needed, max }, Lang::En) => format!(
            "This needs {} outbound IPs, more than the {} managed outbound IPs AKS allows (1–{}): the load balancer cannot give it with managed IPs. Fewer nodes or ports per node, your own outbound IPs or prefixes, or another outbound type (a NAT gateway) would be needed.",
            int(*ips_needed),
            int(*max),
            int(*max)
        ),
        (O::LbIpsAboveManagedMax { ips_needed, max }, Lang::Ja) => format!(
            "送信 IP が {} 個必要ですが、AKS が管理できる送信 IP は最大 {} 個(1〜{})です。マネージド IP ではロードバランサーで賄えません。ノード数またはノードあたりのポート数を減らすか、独自の送信 IP・プレフィックスを使うか、別の送信の種類(NAT ゲートウェイ)にする必要があります。",
            int(*ips_needed),
            int(*max),
            int(*max)
        ),
        _ => String::new(),
    }
}

/// The node resource group over 63 characters with overlay: the release note does not say
/// which resource group it means, so the page assumes the node resource group (rules-check D17).
fn node_resource_group_over_63(name: &str, length: usize, lang: Lang) -> String {
    match lang {
        Lang::En => format!(
            "The node resource group “{name}” has {length} characters. With Azure CNI Overlay or a dynamic pod subnet, AKS's release notes (2023-11-28) say resource group names can't be longer than 63 characters, without saying which resource group; this page assumes the node resource group is one of them (a 66-character one broke an overlay cluster, Azure/bicep-registry-modules#5109). To be safe, name the node resource group (--node-resource-group) with at most 63 characters, or shorten the names it is made of."
        ),
        Lang::Ja => format!(
            "ノードリソースグループ名「{name}」は {length} 文字です。AKS のリリースノート(2023-11-28)には、Azure CNI オーバーレイまたは動的割り当てのポッドサブネットではリソースグループ名を 63 文字以下にする必要があるとありますが、どのリソースグループかは書かれていません。このページではノードリソースグループも含まれると仮定しています(66 文字のノードリソースグループでオーバーレイのクラスターが動かなくなった例: Azure/bicep-registry-modules#5109)。念のため、ノードリソースグループ名を 63 文字以内で指定する(--node-resource-group)か、元になる名前を短くしてください。"
        ),
    }
}

/// The egress page lists no OS-update hosts for Azure Linux.
fn azure_linux_updates(ubuntu: bool, lang: Lang) -> String {
    let rest = match (ubuntu, lang) {
        (true, Lang::En) => {
            " The optional Ubuntu update hosts listed here are for the Ubuntu pools only."
        }
        (false, Lang::En) => " No Ubuntu update hosts are listed: no pool runs Ubuntu.",
        (true, Lang::Ja) => {
            "ここに記載した Ubuntu の更新用ホスト(任意)は Ubuntu のプール向けです。"
        }
        (false, Lang::Ja) => "Ubuntu のプールがないため、Ubuntu の更新用ホストは記載していません。",
    };
    match lang {
        Lang::En => format!(
            "Azure Linux pools: AKS's egress page lists optional OS-update hosts for Ubuntu only and none for Azure Linux, so none are listed for them; check the hosts your Azure Linux nodes use for updates before you close the firewall to them.{rest}"
        ),
        Lang::Ja => format!(
            "Azure Linux のプール: AKS の送信トラフィックのページには Ubuntu の OS 更新用ホスト(任意)しか記載がなく、Azure Linux 用のホストは記載されていないため、ここにも記載していません。ファイアウォールを閉じる前に、Azure Linux ノードが更新に使うホストを確認してください。{rest}"
        ),
    }
}

fn ports_refused(o: &OutboundIssue, lang: Lang) -> String {
    let OutboundIssue::PortsRefused {
        ports,
        nodes,
        needed,
        available,
        ips,
        ips_needed,
        max_ports,
    } = o
    else {
        return String::new();
    };
    let aks = allocated_ports_refused(*ports, *nodes, *needed, *available, *ips);
    match lang {
        Lang::En => format!(
            "AKS will refuse this (InvalidLoadBalancerProfileAllocatedOutboundPorts): “{aks}” AKS counts every pool at its autoscaler maximum plus its surge nodes. {} outbound IPs hold {} ports for {} nodes; with {} IPs each node can have at most {}.",
            int(*ips_needed),
            int(*ports),
            int(*nodes),
            int(*ips),
            int(*max_ports)
        ),
        Lang::Ja => format!(
            "AKS はこの構成を拒否します(InvalidLoadBalancerProfileAllocatedOutboundPorts):「{aks}」AKS は各プールをオートスケーラーの最大ノード数にサージノードを加えて数えます。{} ノードに {} ポートずつ割り当てるには送信 IP が {} 個必要です。IP {} 個ではノードあたり最大 {} ポートです。",
            int(*nodes),
            int(*ports),
            int(*ips_needed),
            int(*ips),
            int(*max_ports)
        ),
    }
}

fn load_balancer(o: &OutboundIssue, lang: Lang) -> String {
    use OutboundIssue as O;
    let en = lang == Lang::En;
    match o {
        O::PortsRefused { .. } => ports_refused(o, lang),
        O::PortsNotMultipleOf8 { ports } if en => format!(
            "AKS refuses {}: the outbound ports per node must be 0 or a multiple of 8.",
            int(*ports)
        ),
        O::PortsNotMultipleOf8 { ports } => format!(
            "{} は指定できません。ノードあたりの送信ポート数は 0 または 8 の倍数です。",
            int(*ports)
        ),
        O::PortsAboveMax { ports } if en => format!(
            "AKS refuses {}: the outbound ports per node are at most 64,000.",
            int(*ports)
        ),
        O::PortsAboveMax { ports } => format!(
            "{} は指定できません。ノードあたりの送信ポート数の上限は 64,000 です。",
            int(*ports)
        ),
        O::Cliff {
            from_nodes,
            to_nodes,
            ports_before,
            ports_after,
        } => cliff(*from_nodes, *to_nodes, *ports_before, *ports_after, lang),
        O::BeyondTable { nodes } if en => format!(
            "AKS's default ports table ends at 1,000 nodes; at {} nodes set the outbound ports per node (and the IPs they need) yourself.",
            int(*nodes)
        ),
        O::BeyondTable { nodes } => format!(
            "AKS の既定のポート割り当て表は 1,000 ノードまでです。{} ノードではノードあたりの送信ポート数(と必要な IP 数)を指定してください。",
            int(*nodes)
        ),
        O::LbExhaustion {
            ports,
            connections,
            target,
        } => lb_exhaustion(*ports, *connections, *target, lang),
        O::OwnIpsReplaceManaged if en => String::from(
            "Your own outbound IPs replace the managed ones: the managed IP count is not used.",
        ),
        O::OwnIpsReplaceManaged => String::from(
            "独自の送信 IP を指定するとマネージド IP の代わりに使われるため、マネージド IP 数は使われません。",
        ),
        O::IdleAboveToolsMax { minutes } if en => format!(
            "AKS's API accepts {minutes} minutes (4–120), but Terraform (azurerm) and some Azure CLI versions accept only 4–100."
        ),
        O::IdleAboveToolsMax { minutes } => format!(
            "AKS の API は {minutes} 分(4〜120)を受け付けますが、Terraform (azurerm) と一部の Azure CLI のバージョンは 4〜100 しか受け付けません。"
        ),
        _ => String::new(),
    }
}

/// "at 52 nodes each node has 512 ports, not 1,024", with the plan's numbers.
fn cliff(from: u64, to: u64, before: u64, after: u64, lang: Lang) -> String {
    match lang {
        Lang::En => format!(
            "Growing from {} to {} nodes (autoscaler maximum and surge) halves every node's SNAT ports: at {} nodes each node has {} ports, not {}. Set the outbound ports per node to keep them fixed.",
            int(from),
            int(to),
            int(to),
            int(after),
            int(before)
        ),
        Lang::Ja => format!(
            "{} ノードから {} ノード(オートスケーラーの最大とサージ)に増えると、すべてのノードの SNAT ポートが減ります。{} ノードでは各ノード {} ポートです({} ではありません)。一定に保つにはノードあたりの送信ポート数を指定してください。",
            int(from),
            int(to),
            int(to),
            int(after),
            int(before)
        ),
    }
}

fn lb_exhaustion(ports: u64, connections: u64, target: Option<(u64, u64)>, lang: Lang) -> String {
    let head = match lang {
        Lang::En => format!(
            "Each node has {} SNAT ports but opens {} connections to one destination: new connections will fail (SNAT port exhaustion).",
            int(ports),
            int(connections)
        ),
        Lang::Ja => format!(
            "各ノードの SNAT ポートは {} ですが、1 つの宛先に {} 接続を張ります。新しい接続が失敗します(SNAT ポート枯渇)。",
            int(ports),
            int(connections)
        ),
    };
    let tail = match (target, lang) {
        (Some((p, ips)), Lang::En) => format!(
            " Set the outbound ports per node to {} with {} outbound IPs, or use a NAT gateway.",
            int(p),
            int(ips)
        ),
        (Some((p, ips)), Lang::Ja) => format!(
            "ノードあたりの送信ポート数を {}、送信 IP を {} 個にするか、NAT ゲートウェイを使ってください。",
            int(p),
            int(ips)
        ),
        (None, Lang::En) => String::from(
            " No node can have more than 64,000 ports: spread the connections over more destinations or use a NAT gateway.",
        ),
        (None, Lang::Ja) => String::from(
            "1 ノードのポートは 64,000 が上限です。接続先を分散するか NAT ゲートウェイを使ってください。",
        ),
    };
    format!("{head}{tail}")
}

/// More flows to one destination than the NAT gateway's IPs hold.
fn nat_exhaustion(flows: u128, needed: u128, ips: u64, ips_needed: u64, lang: Lang) -> String {
    let en = lang == Lang::En;
    let beyond = ips_needed > crate::rules::outbound::NAT_IPS.1;
    match (en, beyond) {
        (true, false) => format!(
            "The NAT gateway's {} IPs hold {} flows to one destination (64,512 each); the nodes need {}. Use {} IPs.",
            int(ips),
            big(flows),
            big(needed),
            int(ips_needed)
        ),
        (true, true) => format!(
            "The NAT gateway's {} IPs hold {} flows to one destination (64,512 each); the nodes need {}, more than a NAT gateway's 16 IPs hold.",
            int(ips),
            big(flows),
            big(needed)
        ),
        (false, false) => format!(
            "NAT ゲートウェイの IP {} 個で 1 宛先に張れるフローは {}(IP あたり 64,512)ですが、ノード全体で {} 必要です。IP を {} 個にしてください。",
            int(ips),
            big(flows),
            big(needed),
            int(ips_needed)
        ),
        (false, true) => format!(
            "NAT ゲートウェイの IP {} 個で 1 宛先に張れるフローは {}(IP あたり 64,512)ですが、ノード全体で {} 必要です。NAT ゲートウェイの上限 16 IP でも足りません。",
            int(ips),
            big(flows),
            big(needed)
        ),
    }
}

fn nat_and_firewall(o: &OutboundIssue, lang: Lang) -> String {
    use OutboundIssue as O;
    let en = lang == Lang::En;
    match o {
        O::NatExhaustion {
            flows,
            needed,
            ips,
            ips_needed,
        } => nat_exhaustion(*flows, *needed, *ips, *ips_needed, lang),
        O::FirewallExhaustion {
            ports,
            needed,
            ips,
            instances,
            ips_needed,
        } => match lang {
            Lang::En => format!(
                "Azure Firewall has {} SNAT ports (2,496 × {} IPs × {} instances); the nodes need {}. Use {} public IPs, or a NAT gateway on the firewall subnet.",
                big(*ports),
                int(*ips),
                int(*instances),
                big(*needed),
                int(*ips_needed)
            ),
            Lang::Ja => format!(
                "Azure Firewall の SNAT ポートは {}(2,496 × IP {} 個 × インスタンス {})ですが、ノード全体で {} 必要です。パブリック IP を {} 個にするか、ファイアウォールのサブネットに NAT ゲートウェイを使ってください。",
                big(*ports),
                int(*ips),
                int(*instances),
                big(*needed),
                int(*ips_needed)
            ),
        },
        O::FirewallFewIps { ips } if en => format!(
            "{} public IPs: the AKS egress guide asks for at least 20 frontend IPs on Azure Firewall in production, to avoid SNAT port exhaustion.",
            int(*ips)
        ),
        O::FirewallFewIps { ips } => format!(
            "パブリック IP {} 個: AKS のエグレスガイドは、SNAT ポート枯渇を避けるため本番環境の Azure Firewall に 20 個以上のフロントエンド IP を推奨しています。",
            int(*ips)
        ),
        O::FirewallInstances { instances } if en => format!(
            "Azure Firewall runs at least two instances, not {}.",
            int(*instances)
        ),
        O::FirewallInstances { instances } => format!(
            "Azure Firewall のインスタンスは 2 以上です({} ではありません)。",
            int(*instances)
        ),
        _ => String::new(),
    }
}

fn types(o: &OutboundIssue, lang: Lang) -> String {
    use OutboundIssue as O;
    let en = lang == Lang::En;
    match o {
        O::NeedsManagedVnet { outbound_type } if en => format!(
            "{} needs the AKS-managed VNet: managed NAT gateways and block don't work with a VNet of your own. Use userAssignedNATGateway, or turn on the AKS-managed VNet.",
            outbound_type.id()
        ),
        O::NeedsManagedVnet { outbound_type } => format!(
            "{} は AKS マネージド VNet が必要です(マネージド NAT ゲートウェイと block は独自の VNet では使えません)。userAssignedNATGateway を使うか、AKS マネージド VNet にしてください。",
            outbound_type.id()
        ),
        O::NeedsOwnVnet { outbound_type } if en => format!(
            "{} needs a VNet of your own: AKS deploys into your subnet, with your NAT gateway or route table on it.",
            outbound_type.id()
        ),
        O::NeedsOwnVnet { outbound_type } => format!(
            "{} は独自の VNet が必要です(NAT ゲートウェイやルートテーブルを付けた既存サブネットにデプロイします)。",
            outbound_type.id()
        ),
        O::Preview { outbound_type } => preview(*outbound_type, lang),
        O::NatV2Naming if en => String::from(
            "The names differ: the Azure CLI (aks-preview) says --outbound-type managedNATGatewayV2; the API (2026-06-01) says outboundType: managedNATGateway with natGatewayProfile.sku: standardV2.",
        ),
        O::NatV2Naming => String::from(
            "名前が異なります: Azure CLI (aks-preview) では --outbound-type managedNATGatewayV2、API (2026-06-01) では outboundType: managedNATGateway と natGatewayProfile.sku: standardV2 です。",
        ),
        O::V2MigrationDisputed if en => String::from(
            "Changing away from managedNATGatewayV2 later: the docs (2026-08-05) support no change; the release notes of 2026-05-29 allow block and none.",
        ),
        O::V2MigrationDisputed => String::from(
            "managedNATGatewayV2 からの変更: ドキュメント (2026-08-05) ではどの種類にも変更できませんが、2026-05-29 のリリースノートでは block と none への変更が可能とされています。",
        ),
        O::NetworkIsolated { outbound_type } if en => format!(
            "{}: a network isolated cluster; nothing leaves for the internet, so no egress rules are needed. AKS pulls its images from a private Azure Container Registry cache.",
            outbound_type.id()
        ),
        O::NetworkIsolated { outbound_type } => format!(
            "{}: ネットワーク分離クラスターです。インターネットへの通信がないためエグレス規則は不要です。イメージはプライベートな Azure Container Registry のキャッシュから取得します。",
            outbound_type.id()
        ),
        O::ManagedVnetDefaults if en => String::from(
            "AKS creates the VNet 10.224.0.0/12 with the subnet aks-subnet 10.224.0.0/16 in the node resource group; the figures use the VNet and subnets entered here.",
        ),
        O::ManagedVnetDefaults => String::from(
            "AKS がノードリソースグループに VNet 10.224.0.0/12 とサブネット aks-subnet 10.224.0.0/16 を作成します。計算にはここに入力した VNet とサブネットを使います。",
        ),
        O::ManagedVnetPrivateSubnets if en => String::from(
            "The AKS-managed VNet's subnet is a private subnet (defaultOutboundAccess = false): its nodes get no default outbound access, so traffic to the internet leaves only through the cluster's outbound type. The release notes (2025-09-21) say so for new clusters from September 2025; the Azure docs make the subnets of new VNets private from 31 March 2026.",
        ),
        O::ManagedVnetPrivateSubnets => String::from(
            "AKS マネージド VNet のサブネットはプライベートサブネット (defaultOutboundAccess = false) です。ノードには既定の送信アクセスがないため、インターネットへの送信はクラスターの送信の種類 (outbound type) を経由する通信だけです。リリースノート (2025-09-21) では 2025 年 9 月以降に作成するクラスターが対象、Azure のドキュメントでは 2026 年 3 月 31 日以降に作成する VNet のサブネットがプライベートになるとされています。",
        ),
        _ => String::new(),
    }
}

fn preview(o: OutboundType, lang: Lang) -> String {
    match (o, lang) {
        (OutboundType::Block, Lang::En) => String::from(
            "block is in preview: Azure CLI 2.71.0 or later and the aks-preview extension 9.0.0b2 or later.",
        ),
        (OutboundType::Block, Lang::Ja) => String::from(
            "block はプレビューです。Azure CLI 2.71.0 以降と aks-preview 拡張機能 9.0.0b2 以降が必要です。",
        ),
        (_, Lang::En) => String::from(
            "managedNATGatewayV2 is in preview: the aks-preview extension 20.0.0b1 or later and the ManagedNATGatewayV2Preview feature flag.",
        ),
        (_, Lang::Ja) => String::from(
            "managedNATGatewayV2 はプレビューです。aks-preview 拡張機能 20.0.0b1 以降と ManagedNATGatewayV2Preview 機能フラグの登録が必要です。",
        ),
    }
}

fn names(o: &OutboundIssue, lang: Lang) -> String {
    use OutboundIssue as O;
    let en = lang == Lang::En;
    match o {
        O::BadName { what, error } => name_error(*what, error, lang),
        O::NodeResourceGroupTooLong { length } => {
            let aks = node_resource_group_too_long(*length);
            if en {
                format!(
                    "AKS will refuse this (InvalidParameter): “{aks}” AKS does not shorten it: name the node resource group (--node-resource-group) or shorten the names."
                )
            } else {
                format!(
                    "AKS はこの構成を拒否します(InvalidParameter):「{aks}」AKS は名前を短縮しません。ノードリソースグループ名を指定する(--node-resource-group)か、名前を短くしてください。"
                )
            }
        }
        O::NameOver63 {
            what: NameOf::NodeResourceGroup,
            name,
            length,
        } => node_resource_group_over_63(name, *length, lang),
        O::NameOver63 { what, name, length } => {
            let w = name_of(*what).get(lang);
            if en {
                format!(
                    "With Azure CNI Overlay or a dynamic pod subnet, {w} names can't be longer than 63 characters; “{name}” has {length}."
                )
            } else {
                format!(
                    "Azure CNI オーバーレイまたは動的割り当てのポッドサブネットでは、{w}名は 63 文字までです(「{name}」は {length} 文字)。"
                )
            }
        }
        O::UnknownRegion { region, cloud: c } if en => format!(
            "“{region}” is not a region of {} this page knows; check az account list-locations.",
            cloud(*c).en
        ),
        O::UnknownRegion { region, cloud: c } => format!(
            "「{region}」はこのページが把握している{}のリージョンではありません。az account list-locations で確認してください。",
            cloud(*c).ja
        ),
        O::NoVnetIntegrationInRegion { region } if en => format!(
            "API Server VNet Integration is available in all GA public cloud regions except {region}."
        ),
        O::NoVnetIntegrationInRegion { region } => format!(
            "API Server VNet 統合は {region} を除くすべての GA パブリッククラウドリージョンで利用できます。"
        ),
        _ => String::new(),
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use alloc::vec;
    use alloc::vec::Vec;

    /// One example of every outbound finding, for the translation test.
    pub fn every_outbound_issue() -> Vec<OutboundIssue> {
        use OutboundIssue as O;
        let s = |x: &str| String::from(x);
        let mut all = vec![
            O::PortsRefused {
                ports: 8000,
                nodes: 9,
                needed: 72000,
                available: 64000,
                ips: 1,
                ips_needed: 2,
                max_ports: 7104,
            },
            O::PortsNotMultipleOf8 { ports: 1001 },
            O::PortsAboveMax { ports: 64008 },
            O::IdleAboveToolsMax { minutes: 110 },
            O::OwnIpsReplaceManaged,
            O::NeedsManagedVnet {
                outbound_type: OutboundType::ManagedNatGateway,
            },
            O::NeedsOwnVnet {
                outbound_type: OutboundType::UserDefinedRouting,
            },
            O::Preview {
                outbound_type: OutboundType::Block,
            },
            O::Preview {
                outbound_type: OutboundType::ManagedNatGatewayV2,
            },
            O::NatV2Naming,
            O::V2MigrationDisputed,
            O::NetworkIsolated {
                outbound_type: OutboundType::None,
            },
            O::ManagedVnetDefaults,
            O::ManagedVnetPrivateSubnets,
            O::Cliff {
                from_nodes: 48,
                to_nodes: 52,
                ports_before: 1024,
                ports_after: 512,
            },
            O::BeyondTable { nodes: 1100 },
            O::LbExhaustion {
                ports: 1024,
                connections: 2000,
                target: Some((2000, 1)),
            },
            O::LbExhaustion {
                ports: 1024,
                connections: 70000,
                target: None,
            },
            O::NatExhaustion {
                flows: 64512,
                needed: 80000,
                ips: 1,
                ips_needed: 2,
            },
            O::NatExhaustion {
                flows: 64512,
                needed: 8_000_000,
                ips: 1,
                ips_needed: 125,
            },
            O::FirewallExhaustion {
                ports: 4992,
                needed: 8000,
                ips: 1,
                instances: 2,
                ips_needed: 2,
            },
            O::FirewallFewIps { ips: 2 },
            O::FirewallInstances { instances: 1 },
            O::NodeResourceGroupTooLong { length: 89 },
            O::NameOver63 {
                what: NameOf::Subnet,
                name: s("x"),
                length: 64,
            },
            O::NameOver63 {
                what: NameOf::NodeResourceGroup,
                name: s("MC_x"),
                length: 64,
            },
            O::UnknownRegion {
                region: s("tokyo"),
                cloud: Cloud::Public,
            },
            O::NoVnetIntegrationInRegion {
                region: s("qatarcentral"),
            },
            O::NoAzureLinuxUpdateHosts { ubuntu: true },
            O::NoAzureLinuxUpdateHosts { ubuntu: false },
            O::NatIpv4Only {
                user_assigned: false,
            },
            O::NatIpv4Only {
                user_assigned: true,
            },
            O::LbIpsAboveManagedMax {
                ips_needed: 101,
                max: 100,
            },
        ];
        let errors = [
            NameError::Empty,
            NameError::TooLong { len: 91, max: 90 },
            NameError::BadCharacter(' '),
            NameError::BadStart,
            NameError::BadEnd,
            NameError::EndsWithPeriod,
        ];
        for what in [
            NameOf::ResourceGroup,
            NameOf::Cluster,
            NameOf::Region,
            NameOf::NodeResourceGroup,
        ] {
            for error in &errors {
                all.push(O::BadName {
                    what,
                    error: error.clone(),
                });
            }
        }
        all
    }

    #[test]
    fn the_cliff_says_it_with_the_plans_numbers() {
        assert_eq!(
            cliff(48, 52, 1024, 512, Lang::En),
            "Growing from 48 to 52 nodes (autoscaler maximum and surge) halves every node's SNAT ports: at 52 nodes each node has 512 ports, not 1,024. Set the outbound ports per node to keep them fixed."
        );
    }
}
