//! Words of the outbound panel: why each egress and NSG rule exists, the SNAT verdict and its
//! "why", the control-plane path and the "error dialing backend" checks (seed 003), and what
//! AKS creates (seed 000).

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use super::explain::Why;
use super::{Lang, T, int, t};
use crate::evaluate::{
    CreatedReport, EgressReport, OutboundReport, Resource, ResourceName, Snat, Tunnel, Verdict,
};
use crate::rules::egress::{Destination, EgressRule, Need, NsgPurpose, Purpose, sources};
use crate::rules::outbound::Migration;

/// Why an egress rule exists.
pub fn purpose(p: Purpose) -> T {
    use Purpose as P;
    match p {
        P::Konnectivity => t(
            "konnectivity: nodes ↔ control plane (kubectl logs, exec, port-forward, top). TLS ALPN must pass unmodified.",
            "konnectivity: ノード ↔ コントロールプレーン(kubectl logs、exec、port-forward、top)。TLS の ALPN を変更せずに通す必要があります。",
        ),
        P::LegacyTunnel => t(
            "Tunnel of clusters without konnectivity (tunnelfront, aks-link)",
            "konnectivity 以前のトンネル(tunnelfront、aks-link)",
        ),
        P::ChinaTunnel => t(
            "Tunnel front end (Azure China)",
            "トンネルのフロントエンド(Azure China)",
        ),
        P::Ntp => t(
            "Time sync: only nodes provisioned before March 2021",
            "時刻同期: 2021 年 3 月より前にプロビジョニングされたノードのみ",
        ),
        P::CustomDns => t("Your DNS servers", "カスタム DNS サーバー"),
        P::ApiServer => t(
            "Pods and nodes that call the API server's public address (not for private clusters)",
            "API サーバーのパブリックアドレスを呼ぶポッドとノード(プライベートクラスターでは不要)",
        ),
        P::Images => t(
            "Container images (Microsoft Container Registry)",
            "コンテナーイメージ(Microsoft Container Registry)",
        ),
        P::ImageStorage => t(
            "MCR's storage and CDN behind the registry",
            "レジストリの背後にある MCR のストレージと CDN",
        ),
        P::AzureApi => t(
            "Kubernetes operations against the Azure API",
            "Azure API に対する Kubernetes の操作",
        ),
        P::Entra => t("Microsoft Entra authentication", "Microsoft Entra 認証"),
        P::MicrosoftPackages => t(
            "Microsoft packages (e.g. moby, the cached apt-get operation)",
            "Microsoft のパッケージ(moby、apt-get のキャッシュなど)",
        ),
        P::AcsMirror => t(
            "Kubernetes and CNI binaries, old host: the docs still list it, but Azure/AKS#4792 retired it on 31 May 2025 for packages.aks.azure.com. Allow both.",
            "Kubernetes と CNI のバイナリ(旧ホスト): ドキュメントには残っていますが、Azure/AKS#4792 により 2025 年 5 月 31 日に packages.aks.azure.com へ移行・廃止されました。両方を許可してください。",
        ),
        P::AksPackages => t(
            "Kubernetes and CNI binaries: replaces acs-mirror.azureedge.net",
            "Kubernetes と CNI のバイナリ: acs-mirror.azureedge.net の後継",
        ),
        P::ChinaMirror => t(
            "Mirrors of images and binaries in Azure China",
            "Azure China のイメージ・バイナリのミラー",
        ),
        P::UbuntuUpdates => t(
            "Ubuntu security and OS updates (optional)",
            "Ubuntu のセキュリティ更新・OS 更新(任意)",
        ),
        P::WindowsBinaries => t(
            "Windows nodes: Windows-related binaries",
            "Windows ノード: Windows 関連のバイナリ",
        ),
        P::WindowsUpdates => t(
            "Windows nodes: updates and connectivity checks",
            "Windows ノード: 更新と接続確認",
        ),
        P::Gpu => t(
            "GPU nodes: NVIDIA drivers and the device plugin",
            "GPU ノード: NVIDIA ドライバーとデバイスプラグイン",
        ),
    }
}

pub fn need(n: Need) -> T {
    match n {
        Need::Required => t("required", "必須"),
        Need::Listed => t(
            "listed for this cloud (the public cloud needs it only without konnectivity)",
            "このクラウドでは記載あり(パブリッククラウドでは konnectivity がない場合のみ必要)",
        ),
        Need::Optional => t("optional", "任意"),
    }
}

/// Why an NSG rule inside the VNet exists.
pub fn nsg_purpose(p: NsgPurpose) -> T {
    match p {
        NsgPurpose::OverlayNodes => t(
            "Overlay: node to node, all ports",
            "オーバーレイ: ノード間、全ポート",
        ),
        NsgPurpose::OverlayNodesToPods => t(
            "Overlay: nodes to pods; the pod CIDR is outside the VNet, so the VirtualNetwork tag does not cover it",
            "オーバーレイ: ノードからポッドへ。ポッド CIDR は VNet の外なので VirtualNetwork タグに含まれません",
        ),
        NsgPurpose::OverlayPods => t(
            "Overlay: pod to pod, all ports",
            "オーバーレイ: ポッド間、全ポート",
        ),
        NsgPurpose::ApiServerFromNodes => t(
            "API Server VNet Integration: the cluster subnet to the API server",
            "API Server VNet 統合: クラスターのサブネットから API サーバーへ",
        ),
        NsgPurpose::ApiServerProbes => t(
            "API Server VNet Integration: Azure Load Balancer's health probes",
            "API Server VNet 統合: Azure Load Balancer の正常性プローブ",
        ),
        NsgPurpose::WireGuard => t(
            "Cilium WireGuard: the encrypted tunnel between all node IPs",
            "Cilium WireGuard: すべてのノード IP 間の暗号化トンネル",
        ),
    }
}

/// How nodes and the control plane talk, for this plan.
pub fn tunnel(e: &EgressReport, lang: Lang) -> String {
    let hcp = crate::rules::egress::hcp_fqdn(e.cloud, &e.region);
    match (e.tunnel, lang) {
        (Tunnel::Konnectivity, Lang::En) => format!(
            "konnectivity: the konnectivity-agent pods in kube-system open a tunnel to {hcp} over TCP 443; the API server reaches kubelets and pods through it. A firewall that inspects TLS must pass its ALPN extension unmodified."
        ),
        (Tunnel::Konnectivity, Lang::Ja) => format!(
            "konnectivity: kube-system の konnectivity-agent ポッドが {hcp} へ TCP 443 でトンネルを張り、API サーバーはこれを通って kubelet やポッドに接続します。TLS を検査するファイアウォールは ALPN 拡張を変更せずに通す必要があります。"
        ),
        (Tunnel::PrivateEndpoint, Lang::En) => String::from(
            "Private cluster: konnectivity runs over the API server's private endpoint in the node subnet; no egress rule is needed for it. The private endpoint and its private DNS zone must stay as AKS made them.",
        ),
        (Tunnel::PrivateEndpoint, Lang::Ja) => String::from(
            "プライベートクラスター: konnectivity はノードサブネット内の API サーバーのプライベートエンドポイントを通るため、エグレス規則は不要です。プライベートエンドポイントとプライベート DNS ゾーンは AKS が作成したまま変更しないでください。",
        ),
        (Tunnel::VnetIntegration, Lang::En) => String::from(
            "API Server VNet Integration: no tunnel. The API server sits behind an internal load balancer in its delegated subnet, and nodes talk to its private IP directly; the NSG rules of that subnet must allow it.",
        ),
        (Tunnel::VnetIntegration, Lang::Ja) => String::from(
            "API Server VNet 統合: トンネルはありません。API サーバーは委任サブネット内の内部ロードバランサーの背後にあり、ノードはそのプライベート IP に直接接続します。そのサブネットの NSG 規則で許可が必要です。",
        ),
        (Tunnel::Legacy, Lang::En) => format!(
            "tunnelfront (SSH tunnel) or aks-link (OpenVPN): UDP 1194 and TCP 9000 to AzureCloud.{}, plus {hcp}. konnectivity replaced them in every region (rolled out in 2022, complete by December 2023); only old clusters still run them.",
            e.region
        ),
        (Tunnel::Legacy, Lang::Ja) => format!(
            "tunnelfront(SSH トンネル)または aks-link(VPN トンネル、OpenVPN): AzureCloud.{} への UDP 1194 と TCP 9000、および {hcp}。konnectivity への移行は全リージョンで完了しており(2022 年に展開、2023 年 12 月までに完了)、これらが残るのは古いクラスターだけです。",
            e.region
        ),
    }
}

/// The "error dialing backend" panel's first lines (seed 003).
pub const DIALING_BACKEND: T = t(
    "If kubectl logs, exec, port-forward or top fail with “Error from server: error dialing backend: dial tcp…” while creating and deleting resources still works, the control plane cannot reach the nodes. Check these rules first:",
    "Pod の作成・削除などの操作は成功するのに、kubectl logs、exec、port-forward、top が「Error from server: error dialing backend: dial tcp…」で失敗する場合は、コントロールプレーンからノードへの通信が成功していません。まず次の規則を確認してください:",
);

/// What to check after the rules.
pub const DIALING_BACKEND_PODS: T = t(
    "Then check that the tunnel pods in kube-system (konnectivity-agent, or tunnelfront / aks-link on old clusters) are Running and that their logs show no errors. With Container Insights, the pods' logs are also in the Log Analytics workspace.",
    "次に、kube-system のトンネル用ポッド(konnectivity-agent、古いクラスターでは tunnelfront / aks-link)が Running で、ログにエラーがないことを確認してください。Container Insights が有効なら、ポッドのログは Log Analytics ワークスペースからも取得できます。",
);

/// A rule's destination as the tables show it.
pub fn destination(d: &Destination, lang: Lang) -> String {
    match d {
        Destination::Fqdn(h) | Destination::Tag(h) => h.clone(),
        Destination::Any => String::from("*"),
        Destination::ApiServerPublicIp => String::from(label::API_SERVER_IP.get(lang)),
        Destination::Addresses(a) => a.join(", "),
    }
}

/// A rule as one line: `*.hcp.japaneast.azmk8s.io HTTPS 443`.
pub fn rule_line(r: &EgressRule, lang: Lang) -> String {
    format!(
        "{} {} {}",
        destination(&r.destination, lang),
        r.protocol.name(),
        r.port
    )
}

/// What to check when the control plane cannot reach the nodes, for this plan's path.
pub fn tunnel_checks(e: &EgressReport, lang: Lang) -> Vec<String> {
    let mut out: Vec<String> = e
        .rules
        .iter()
        .filter(|r| {
            matches!(
                r.purpose,
                Purpose::Konnectivity
                    | Purpose::LegacyTunnel
                    | Purpose::ChinaTunnel
                    | Purpose::ApiServer
            )
        })
        .map(|r| rule_line(r, lang))
        .collect();
    out.extend(
        e.nsg
            .iter()
            .filter(|n| {
                matches!(
                    n.purpose,
                    NsgPurpose::ApiServerFromNodes | NsgPurpose::ApiServerProbes
                )
            })
            .map(|n| format!("NSG: {} → {} TCP {}", n.source, n.destination, n.ports)),
    );
    if e.tunnel == Tunnel::PrivateEndpoint {
        out.push(String::from(match lang {
            Lang::En => "The API server's private endpoint in the node subnet, and that the nodes resolve the cluster's name through its private DNS zone",
            Lang::Ja => "ノードサブネット内の API サーバーのプライベートエンドポイントと、ノードがプライベート DNS ゾーンでクラスター名を解決できること",
        }));
    }
    out
}

/// A resource of the node resource group.
pub fn resource(r: Resource) -> T {
    use Resource as R;
    match r {
        R::ScaleSet(_) => t(
            "Virtual machine scale set (one per node pool)",
            "仮想マシンスケールセット(ノードプールごと)",
        ),
        R::KubeletIdentity => t(
            "Kubelet managed identity (pulls images from ACR)",
            "kubelet のマネージド ID(ACR からのイメージ取得)",
        ),
        R::Nsg => t(
            "Network security group (on the subnet with the managed VNet, on the nodes' NICs in your own)",
            "ネットワークセキュリティグループ(マネージド VNet ではサブネット、独自 VNet ではノードの NIC に関連付け)",
        ),
        R::RouteTable => t(
            "Route table (kubenet: a route per node)",
            "ルートテーブル(kubenet: ノードごとのルート)",
        ),
        R::Vnet => t(
            "Virtual network 10.224.0.0/12 with aks-subnet 10.224.0.0/16",
            "仮想ネットワーク 10.224.0.0/12 とサブネット aks-subnet 10.224.0.0/16",
        ),
        R::PublicLoadBalancer => t(
            "Standard load balancer (outbound rules and LoadBalancer services)",
            "Standard ロードバランサー(送信規則と LoadBalancer サービス)",
        ),
        R::OutboundIps => t("Outbound public IPs", "送信用パブリック IP"),
        R::ServiceIps => t(
            "Public IPs of LoadBalancer services",
            "LoadBalancer サービスのパブリック IP",
        ),
        R::InternalLoadBalancer => t(
            "Internal load balancer (internal LoadBalancer services)",
            "内部ロードバランサー(内部 LoadBalancer サービス)",
        ),
        R::NatGateway => t("Managed NAT gateway", "マネージド NAT ゲートウェイ"),
        R::NatGatewayIps => t(
            "Public IPs of the NAT gateway",
            "NAT ゲートウェイのパブリック IP",
        ),
        R::PrivateEndpoint => t(
            "Private endpoint of the API server",
            "API サーバーのプライベートエンドポイント",
        ),
        R::PrivateEndpointNic => t(
            "Network interface of the private endpoint",
            "プライベートエンドポイントのネットワークインターフェイス",
        ),
        R::PrivateDnsZone => t(
            "Private DNS zone of the API server",
            "API サーバーのプライベート DNS ゾーン",
        ),
        R::ApiServerLoadBalancer => t(
            "Internal load balancer of the API server (in the API server subnet)",
            "API サーバーの内部ロードバランサー(API サーバー用サブネット内)",
        ),
    }
}

/// A resource's name as the list shows it.
pub fn resource_name(n: &ResourceName, lang: Lang) -> String {
    match (n, lang) {
        (ResourceName::Documented(s), _) => s.clone(),
        (ResourceName::Observed(s), Lang::En) => format!("{s} (as seen on clusters)"),
        (ResourceName::Observed(s), Lang::Ja) => format!("{s}(実クラスターでの例)"),
        (ResourceName::ChosenByAks, Lang::En) => String::from("name chosen by AKS"),
        (ResourceName::ChosenByAks, Lang::Ja) => String::from("AKS が命名"),
    }
}

/// The node resource group line: its name and where it comes from.
pub fn node_resource_group(c: &CreatedReport, lang: Lang) -> String {
    let n = int(c.node_resource_group_length as u64);
    match (c.node_resource_group_named, lang) {
        (true, Lang::En) => format!(
            "{} ({n} characters, named with --node-resource-group). AKS manages it and deletes it with the cluster; don't change what is in it.",
            c.node_resource_group
        ),
        (true, Lang::Ja) => format!(
            "{}({n} 文字、--node-resource-group で指定)。AKS が管理し、クラスターと一緒に削除されます。中のリソースは変更しないでください。",
            c.node_resource_group
        ),
        (false, Lang::En) => format!(
            "{} ({n} characters: MC_<resource group>_<cluster>_<region>). AKS manages it and deletes it with the cluster; don't change what is in it.",
            c.node_resource_group
        ),
        (false, Lang::Ja) => format!(
            "{}({n} 文字: MC_<リソースグループ>_<クラスター>_<リージョン>)。AKS が管理し、クラスターと一緒に削除されます。中のリソースは変更しないでください。",
            c.node_resource_group
        ),
    }
}

/// Whether the type may be changed to another later.
pub fn migration(m: Migration) -> T {
    match m {
        Migration::Supported => t("supported", "可能"),
        Migration::NotSupported => t("not supported", "不可"),
        Migration::Disputed => t(
            "disputed: the docs say no, the release notes yes",
            "情報が矛盾: ドキュメントでは不可、リリースノートでは可",
        ),
    }
}

/// The SNAT verdict, in one sentence with the plan's numbers.
pub fn verdict(r: &OutboundReport, lang: Lang) -> String {
    let most = int(r.nodes.upgrade);
    match (r.verdict, lang) {
        (Verdict::Fits, Lang::En) => {
            format!("SNAT: enough for {most} nodes (autoscaler maximum plus surge).")
        }
        (Verdict::Fits, Lang::Ja) => {
            format!("SNAT: {most} ノード(オートスケーラーの最大とサージ)に十分です。")
        }
        (Verdict::Refused, Lang::En) => {
            String::from("SNAT: AKS will refuse these outbound settings (see the message).")
        }
        (Verdict::Refused, Lang::Ja) => {
            String::from("SNAT: AKS はこの送信設定を拒否します(メッセージを参照)。")
        }
        (Verdict::Exhaustion, Lang::En) => format!(
            "SNAT: AKS accepts it, but at {most} nodes the connections per node exhaust SNAT."
        ),
        (Verdict::Exhaustion, Lang::Ja) => format!(
            "SNAT: AKS は受け付けますが、{most} ノードではノードあたりの接続数で SNAT が枯渇します。"
        ),
        (Verdict::NotAllowed, Lang::En) => {
            String::from("This outbound type is not allowed in this VNet.")
        }
        (Verdict::NotAllowed, Lang::Ja) => {
            String::from("この送信の種類 (outbound type) はこの VNet では使えません。")
        }
        (Verdict::Isolated, Lang::En) => {
            String::from("Network isolated: nothing leaves the cluster, no SNAT.")
        }
        (Verdict::Isolated, Lang::Ja) => {
            String::from("ネットワーク分離: クラスターから外に出る通信はなく、SNAT もありません。")
        }
        (Verdict::Unknown, Lang::En) => String::from(
            "SNAT: not checked; a setting cannot be read or is not given (firewall IPs).",
        ),
        (Verdict::Unknown, Lang::Ja) => String::from(
            "SNAT: 未検査です。読み取れない設定か、未入力の設定(ファイアウォールの IP 数)があります。",
        ),
    }
}

/// The per-node SNAT figure the panel leads with, as a number (ports or flows per node).
pub fn per_node(r: &OutboundReport) -> Option<u64> {
    match r.snat {
        Snat::LoadBalancer(lb) => lb.ports,
        Snat::NatGateway(n) => n.per_node,
        Snat::Firewall(f) => f.per_node,
        Snat::Isolated => None,
    }
}

/// The label of [`per_node`].
pub fn per_node_label(r: &OutboundReport) -> T {
    match r.snat {
        Snat::LoadBalancer(_) => t("SNAT ports per node", "ノードあたりの SNAT ポート数"),
        Snat::NatGateway(_) => t(
            "Flows per node to one destination",
            "1 宛先あたりのノードごとのフロー数",
        ),
        Snat::Firewall(_) => t(
            "Firewall SNAT ports per node",
            "ノードあたりのファイアウォール SNAT ポート数",
        ),
        Snat::Isolated => t("SNAT", "SNAT"),
    }
}

/// How the nodes are counted: now, at the autoscaler maximum, plus surge.
fn nodes_counted(r: &OutboundReport, lang: Lang) -> String {
    let n = r.nodes;
    let surge = n.upgrade.saturating_sub(n.scaled);
    match lang {
        Lang::En => format!(
            "{} nodes at the most ({} at the autoscaler maximum + {} surge; {} now)",
            int(n.upgrade),
            int(n.scaled),
            int(surge),
            int(n.now)
        ),
        Lang::Ja => format!(
            "最大 {} ノード(オートスケーラーの最大 {} + サージ {}、現在 {})",
            int(n.upgrade),
            int(n.scaled),
            int(surge),
            int(n.now)
        ),
    }
}

fn lb_why(r: &OutboundReport, lb: &crate::evaluate::LbSnat, lang: Lang) -> String {
    let counted = nodes_counted(r, lang);
    let most = r.nodes.upgrade;
    let big = |n: Option<u128>| {
        n.map_or_else(
            || String::from("—"),
            |n| int(u64::try_from(n).unwrap_or(u64::MAX)),
        )
    };
    match (lb.allocated, lb.ports, lb.ips, lang) {
        (Some(p), _, Some(ips), Lang::En) => format!(
            "{counted}: {} × {} ports = {} needed; 64,000 × {} IPs = {} available.",
            int(most),
            int(p),
            big(lb.needed),
            int(ips),
            big(lb.available)
        ),
        (Some(p), _, Some(ips), Lang::Ja) => format!(
            "{counted}: {} × {} ポート = 必要数 {}。64,000 × IP {} 個 = 使用可能数 {}。",
            int(most),
            int(p),
            big(lb.needed),
            int(ips),
            big(lb.available)
        ),
        (None, Some(p), _, Lang::En) => format!(
            "{counted}: AKS's table gives {} ports per node (1–50 nodes: 1,024; 51–100: 512; 101–200: 256; 201–400: 128; 401–800: 64; 801–1,000: 32).",
            int(p)
        ),
        (None, Some(p), _, Lang::Ja) => format!(
            "{counted}: AKS の既定の表ではノードあたり {} ポート(1〜50 ノード: 1,024、51〜100: 512、101〜200: 256、201〜400: 128、401〜800: 64、801〜1,000: 32)。",
            int(p)
        ),
        (_, _, _, _) => counted,
    }
}

/// "Why this number" for the per-node figure.
pub fn per_node_why(r: &OutboundReport, lang: Lang) -> Why {
    let counted = nodes_counted(r, lang);
    let per = per_node(r).map_or_else(|| String::from("—"), int);
    let text = match (&r.snat, lang) {
        (Snat::LoadBalancer(lb), _) => lb_why(r, lb, lang),
        (Snat::NatGateway(n), Lang::En) => format!(
            "{counted}: 64,512 flows × {} IPs ÷ {} nodes = {per} flows per node to one destination.",
            n.ips.map_or_else(|| String::from("—"), int),
            int(r.nodes.upgrade)
        ),
        (Snat::NatGateway(n), Lang::Ja) => format!(
            "{counted}: 64,512 フロー × IP {} 個 ÷ {} ノード = 1 宛先あたりノードごとに {per} フロー。",
            n.ips.map_or_else(|| String::from("—"), int),
            int(r.nodes.upgrade)
        ),
        (Snat::Firewall(f), Lang::En) => format!(
            "{counted}: 2,496 ports × {} public IPs × {} instances ÷ {} nodes = {per} ports per node.",
            f.ips.map_or_else(|| String::from("—"), int),
            f.instances.map_or_else(|| String::from("—"), int),
            int(r.nodes.upgrade)
        ),
        (Snat::Firewall(f), Lang::Ja) => format!(
            "{counted}: 2,496 ポート × パブリック IP {} 個 × インスタンス {} ÷ {} ノード = ノードあたり {per} ポート。",
            f.ips.map_or_else(|| String::from("—"), int),
            f.instances.map_or_else(|| String::from("—"), int),
            int(r.nodes.upgrade)
        ),
        (Snat::Isolated, _) => counted,
    };
    let source = match r.snat {
        Snat::LoadBalancer(_) => {
            "https://learn.microsoft.com/azure/aks/configure-load-balancer-standard"
        }
        Snat::NatGateway(_) => "https://learn.microsoft.com/azure/aks/nat-gateway",
        Snat::Firewall(_) => sources::LIMIT_EGRESS,
        Snat::Isolated => "https://learn.microsoft.com/azure/aks/egress-outboundtype",
    };
    Why { text, source }
}

/// allocatedOutboundPorts and the outbound IPs the connections per node need.
pub fn target(ports: u64, ips: u64, lang: Lang) -> String {
    match lang {
        Lang::En => format!(
            "allocatedOutboundPorts {} with {} outbound IPs",
            int(ports),
            int(ips)
        ),
        Lang::Ja => format!(
            "allocatedOutboundPorts {}、送信 IP {} 個",
            int(ports),
            int(ips)
        ),
    }
}

/// The next step of AKS's table, with the plan's numbers.
pub fn next_cliff(c: &crate::rules::outbound::Cliff, lang: Lang) -> String {
    match lang {
        Lang::En => format!(
            "Past {} nodes every node drops from {} to {} ports.",
            int(c.nodes_up_to),
            int(c.ports),
            int(c.ports_after)
        ),
        Lang::Ja => format!(
            "{} ノードを超えると、すべてのノードが {} ポートから {} ポートに減ります。",
            int(c.nodes_up_to),
            int(c.ports),
            int(c.ports_after)
        ),
    }
}

/// Labels of the outbound panel.
pub mod label {
    use super::{T, t};

    macro_rules! labels {
        ($($name:ident = ($en:expr, $ja:expr);)*) => {
            $(pub const $name: T = t($en, $ja);)*
            /// Every label with its name, for the translation test.
            pub const ALL: &[(&str, T)] = &[$((stringify!($name), $name)),*];
        };
    }

    labels! {
        HEADING = ("Outbound traffic and SNAT", "送信トラフィックと SNAT");
        NAMES = ("Names and region", "名前とリージョン");
        EGRESS = ("Egress rules for a firewall", "ファイアウォールのエグレス規則");
        EGRESS_HINT = ("What the nodes must reach outside the VNet, for what this plan uses.", "この計画の構成でノードが VNet の外へ通信する必要がある宛先です。");
        ISOLATED = ("Network isolated cluster: no outbound rules are needed.", "ネットワーク分離クラスター: エグレス規則は不要です。");
        DESTINATION = ("Destination", "宛先");
        PORT = ("Port", "ポート");
        PROTOCOL = ("Protocol", "プロトコル");
        WHY = ("Why", "理由");
        NEED = ("Need", "要否");
        SOURCE = ("Source", "送信元");
        DOCS = ("Docs", "ドキュメント");
        ANY = ("any", "すべて");
        API_SERVER_IP = ("API server public IP", "API サーバーのパブリック IP");
        FROM = ("From", "送信元");
        TO = ("To", "宛先");
        NSG = ("NSG rules inside the VNet", "VNet 内の NSG 規則");
        NO_NSG = ("No NSG rules beyond Azure's defaults for this design.", "この設計では Azure の既定の規則以外に必要な NSG 規則はありません。");
        FQDN_TAG = ("On Azure Firewall, the AzureKubernetesService FQDN tag covers the application rules of the public cloud.", "Azure Firewall では、パブリッククラウドのアプリケーション規則は FQDN タグ AzureKubernetesService でまとめて許可できます。");
        TUNNEL = ("Control plane ↔ nodes", "コントロールプレーン ↔ ノード");
        TUNNEL_LINK = ("If kubectl logs or exec fail: control plane ↔ nodes", "kubectl logs や exec が失敗する場合: コントロールプレーン ↔ ノード");
        CREATED = ("What AKS creates", "AKS が作成するリソース");
        NODE_RG = ("Node resource group", "ノードリソースグループ");
        RESOURCE = ("Resource", "リソース");
        NAME = ("Name", "名前");
        COUNT = ("Count", "数");
        EXPORT = ("Export the rules", "規則をエクスポート");
        CHANGE_LATER = ("Changing the outbound type later", "後から送信の種類を変更する場合");
        NODES_AT_MOST = ("Nodes counted", "数えるノード数");
        TARGET = ("For the connections per node", "ノードあたりの接続数に対して");
        MAX_NODES = ("Most nodes these IPs serve", "この IP 数で扱える最大ノード数");
        NEXT_HOP = ("Route 0.0.0.0/0 to the next hop", "0.0.0.0/0 を次ホップへルーティング");
        VERDICT = ("SNAT verdict", "SNAT の判定");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_label_and_word_has_both_languages() {
        for (name, l) in label::ALL {
            assert!(
                !l.en.is_empty() && !l.ja.is_empty() && l.en != l.ja || l.en == "SNAT",
                "{name}"
            );
        }
        use Purpose as P;
        for p in [
            P::Konnectivity,
            P::LegacyTunnel,
            P::ChinaTunnel,
            P::Ntp,
            P::CustomDns,
            P::ApiServer,
            P::Images,
            P::ImageStorage,
            P::AzureApi,
            P::Entra,
            P::MicrosoftPackages,
            P::AcsMirror,
            P::AksPackages,
            P::ChinaMirror,
            P::UbuntuUpdates,
            P::WindowsBinaries,
            P::WindowsUpdates,
            P::Gpu,
        ] {
            assert_ne!(purpose(p).en, purpose(p).ja);
        }
        assert_ne!(DIALING_BACKEND.en, DIALING_BACKEND.ja);
    }
}
