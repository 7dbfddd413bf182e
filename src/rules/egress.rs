//! What a cluster must reach outside its VNet, and the NSG rules inside it (aks-rules §10):
//! the required outbound rules of `outbound-rules-control-egress.md` (ms.date 06/18/2026, checked
//! in rules-check C15) per Azure cloud, filtered by what the cluster uses.
//!
//! Pure data and a filter; the words of each rule's purpose are in `text`.

use super::typed::Trimmed;
use alloc::format;
use alloc::string::String;
use alloc::vec;
use alloc::vec::Vec;

use serde::{Deserialize, Serialize};

/// The Azure cloud the cluster runs in (`az cloud set --name`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Cloud {
    Public,
    /// Azure operated by 21Vianet.
    China,
    UsGovernment,
}

impl Cloud {
    pub const ALL: [Cloud; 3] = [Cloud::Public, Cloud::China, Cloud::UsGovernment];

    /// The name `az cloud list` gives it, also the link's value.
    ///
    /// # Examples
    /// ```
    /// use aks_calc::rules::egress::Cloud;
    /// assert_eq!(Cloud::China.id(), "AzureChinaCloud");
    /// assert_eq!(Cloud::from_id("azureusgovernment"), Some(Cloud::UsGovernment));
    /// ```
    pub fn id(self) -> &'static str {
        match self {
            Cloud::Public => "AzureCloud",
            Cloud::China => "AzureChinaCloud",
            Cloud::UsGovernment => "AzureUSGovernment",
        }
    }

    pub fn from_id(id: &str) -> Option<Cloud> {
        Cloud::ALL
            .into_iter()
            .find(|c| c.id().eq_ignore_ascii_case(id.trimmed()))
    }
}

/// Where the docs' rules come from.
pub mod sources {
    pub const EGRESS: &str = "https://learn.microsoft.com/azure/aks/outbound-rules-control-egress";
    /// The retirement of acs-mirror.azureedge.net for packages.aks.azure.com.
    pub const ACS_MIRROR: &str = "https://github.com/Azure/AKS/issues/4792";
    pub const APISERVER_VNET: &str =
        "https://learn.microsoft.com/azure/aks/api-server-vnet-integration";
    pub const OVERLAY: &str =
        "https://learn.microsoft.com/azure/aks/concepts-network-azure-cni-overlay";
    pub const LIMIT_EGRESS: &str = "https://learn.microsoft.com/azure/aks/limit-egress-traffic";
    pub const WIREGUARD: &str = "https://learn.microsoft.com/azure/aks/how-to-apply-wireguard";
}

/// How a rule matches traffic: by IP and port (a network rule) or by host name (an
/// application rule, HTTP or HTTPS).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Protocol {
    Tcp,
    Udp,
    Http,
    Https,
}

impl Protocol {
    /// As firewalls write it.
    pub fn name(self) -> &'static str {
        match self {
            Protocol::Tcp => "TCP",
            Protocol::Udp => "UDP",
            Protocol::Http => "HTTP",
            Protocol::Https => "HTTPS",
        }
    }

    /// An application (FQDN) rule rather than a network rule.
    pub fn by_name(self) -> bool {
        matches!(self, Protocol::Http | Protocol::Https)
    }
}

/// Where a rule lets traffic go.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Destination {
    /// A host name, possibly with a leading `*.`.
    Fqdn(String),
    /// A service tag, e.g. `AzureCloud.japaneast`.
    Tag(String),
    /// Any address.
    Any,
    /// The API server's public address, known once the cluster exists.
    ApiServerPublicIp,
    /// Addresses the plan lists (custom DNS servers).
    Addresses(Vec<String>),
}

/// What a rule is for; `text` words each.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Purpose {
    /// konnectivity, nodes ↔ control plane; TLS ALPN must pass unmodified.
    Konnectivity,
    /// The tunnels before konnectivity (tunnelfront, aks-link).
    LegacyTunnel,
    /// Azure China's tunnel front end (`*.tun.…`).
    ChinaTunnel,
    /// Time, for nodes provisioned before March 2021.
    Ntp,
    CustomDns,
    /// Pods and nodes calling the API server's public address.
    ApiServer,
    Images,
    ImageStorage,
    AzureApi,
    Entra,
    MicrosoftPackages,
    /// The old binaries host: the docs still list it, AKS#4792 retired it on 31 May 2025.
    AcsMirror,
    /// The binaries host that replaces acs-mirror.azureedge.net.
    AksPackages,
    /// Azure China's mirrors (`*.azk8s.cn`).
    ChinaMirror,
    UbuntuUpdates,
    WindowsBinaries,
    WindowsUpdates,
    Gpu,
}

impl Purpose {
    /// A short stable name: firewall rule names and the CSV's `purpose`.
    pub fn id(self) -> &'static str {
        use Purpose as P;
        match self {
            P::Konnectivity => "konnectivity",
            P::LegacyTunnel => "legacy-tunnel",
            P::ChinaTunnel => "china-tunnel",
            P::Ntp => "ntp",
            P::CustomDns => "custom-dns",
            P::ApiServer => "api-server",
            P::Images => "images",
            P::ImageStorage => "image-storage",
            P::AzureApi => "azure-api",
            P::Entra => "entra",
            P::MicrosoftPackages => "microsoft-packages",
            P::AcsMirror => "acs-mirror",
            P::AksPackages => "aks-packages",
            P::ChinaMirror => "china-mirror",
            P::UbuntuUpdates => "ubuntu-updates",
            P::WindowsBinaries => "windows-binaries",
            P::WindowsUpdates => "windows-updates",
            P::Gpu => "gpu",
        }
    }
}

/// How much the cluster needs a rule.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Need {
    Required,
    /// The docs list it for this cloud without the exceptions the public cloud's list has.
    Listed,
    /// OS updates: the nodes work without it.
    Optional,
}

/// One outbound rule a firewall must allow.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EgressRule {
    pub destination: Destination,
    pub protocol: Protocol,
    pub port: u16,
    pub purpose: Purpose,
    pub need: Need,
    pub source: &'static str,
}

/// What the rules depend on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct EgressInput<'a> {
    pub cloud: Cloud,
    /// The region's name as `az account list-locations` writes it (`japaneast`).
    pub region: &'a str,
    pub private_cluster: bool,
    pub vnet_integration: bool,
    /// The cluster still runs tunnelfront or aks-link instead of konnectivity.
    pub legacy_tunnel: bool,
    /// Some pool runs Ubuntu (a Linux pool with no OS SKU runs Ubuntu: `OsSku::default_for`).
    /// The optional OS-update hosts are Ubuntu's; the docs list none for Azure Linux
    /// (rules-check C15), so Azure Linux pools add none.
    pub ubuntu: bool,
    pub windows: bool,
    pub gpu: bool,
    pub dns_servers: &'a [String],
}

impl EgressInput<'_> {
    /// Nodes reach the control plane over the internet: not with a private cluster, and not
    /// with API Server VNet Integration, whose nodes talk to the API server's internal load
    /// balancer ("no tunnel is required"; DERIVED, rules-check C15).
    pub fn public_control_plane(&self) -> bool {
        !self.private_cluster && !self.vnet_integration
    }
}

fn rule(destination: Destination, protocol: Protocol, port: u16, purpose: Purpose) -> EgressRule {
    EgressRule {
        destination,
        protocol,
        port,
        purpose,
        need: Need::Required,
        source: sources::EGRESS,
    }
}

fn https(host: &str, purpose: Purpose) -> EgressRule {
    rule(
        Destination::Fqdn(String::from(host)),
        Protocol::Https,
        443,
        purpose,
    )
}

fn http(host: &str, purpose: Purpose) -> EgressRule {
    rule(
        Destination::Fqdn(String::from(host)),
        Protocol::Http,
        80,
        purpose,
    )
}

/// The konnectivity host of the cloud's control planes in a region.
///
/// # Examples
/// ```
/// use aks_calc::rules::egress::{hcp_fqdn, Cloud};
/// assert_eq!(hcp_fqdn(Cloud::Public, "japaneast"), "*.hcp.japaneast.azmk8s.io");
/// assert_eq!(hcp_fqdn(Cloud::China, "chinaeast2"), "*.hcp.chinaeast2.cx.prod.service.azk8s.cn");
/// assert_eq!(hcp_fqdn(Cloud::UsGovernment, "usgovvirginia"), "*.hcp.usgovvirginia.cx.aks.containerservice.azure.us");
/// ```
pub fn hcp_fqdn(cloud: Cloud, region: &str) -> String {
    match cloud {
        Cloud::Public => format!("*.hcp.{region}.azmk8s.io"),
        Cloud::China => format!("*.hcp.{region}.cx.prod.service.azk8s.cn"),
        Cloud::UsGovernment => format!("*.hcp.{region}.cx.aks.containerservice.azure.us"),
    }
}

/// The rules between the nodes and a public control plane: konnectivity, the API server's
/// public address, and the tunnel ports of older clusters (or, outside the public cloud, the
/// ports the docs list without exceptions).
fn control_plane_rules(input: &EgressInput<'_>, out: &mut Vec<EgressRule>) {
    let region = input.region;
    out.push(https(&hcp_fqdn(input.cloud, region), Purpose::Konnectivity));
    if input.cloud == Cloud::China {
        let tun = format!("*.tun.{region}.cx.prod.service.azk8s.cn");
        out.push(https(&tun, Purpose::ChinaTunnel));
    }
    out.push(rule(
        Destination::ApiServerPublicIp,
        Protocol::Tcp,
        443,
        Purpose::ApiServer,
    ));
    let public = input.cloud == Cloud::Public;
    if public && !input.legacy_tunnel {
        return;
    }
    let need = if public { Need::Required } else { Need::Listed };
    let tag = || Destination::Tag(format!("AzureCloud.{region}"));
    let mut tunnel = vec![(tag(), Protocol::Udp, 1194), (tag(), Protocol::Tcp, 9000)];
    if input.cloud == Cloud::China {
        tunnel.push((tag(), Protocol::Tcp, 22));
    }
    for (destination, protocol, port) in tunnel {
        out.push(EgressRule {
            need,
            ..rule(destination, protocol, port, Purpose::LegacyTunnel)
        });
    }
    out.push(EgressRule {
        need,
        ..rule(Destination::Any, Protocol::Udp, 123, Purpose::Ntp)
    });
}

/// Images, the Azure API, sign-in and packages, per cloud.
fn cloud_rules(cloud: Cloud, out: &mut Vec<EgressRule>) {
    use Purpose as P;
    let hosts: &[(&str, Purpose)] = match cloud {
        Cloud::Public => &[
            ("mcr.microsoft.com", P::Images),
            ("*.data.mcr.microsoft.com", P::ImageStorage),
            ("mcr-0001.mcr-msedge.net", P::ImageStorage),
            ("management.azure.com", P::AzureApi),
            ("login.microsoftonline.com", P::Entra),
            ("packages.microsoft.com", P::MicrosoftPackages),
            ("acs-mirror.azureedge.net", P::AcsMirror),
            ("packages.aks.azure.com", P::AksPackages),
        ],
        Cloud::China => &[
            ("mcr.microsoft.com", P::Images),
            ("*.data.mcr.microsoft.com", P::ImageStorage),
            ("management.chinacloudapi.cn", P::AzureApi),
            ("login.chinacloudapi.cn", P::Entra),
            ("packages.microsoft.com", P::MicrosoftPackages),
            ("*.azk8s.cn", P::ChinaMirror),
            ("mcr.azure.cn", P::Images),
            ("*.data.mcr.azure.cn", P::ImageStorage),
        ],
        Cloud::UsGovernment => &[
            ("mcr.microsoft.com", P::Images),
            ("*.data.mcr.microsoft.com", P::ImageStorage),
            ("management.usgovcloudapi.net", P::AzureApi),
            ("login.microsoftonline.us", P::Entra),
            ("packages.microsoft.com", P::MicrosoftPackages),
            ("acs-mirror.azureedge.net", P::AcsMirror),
            ("packages.aks.azure.com", P::AksPackages),
        ],
    };
    for (host, purpose) in hosts {
        let mut r = https(host, *purpose);
        if *purpose == P::AcsMirror {
            r.source = sources::ACS_MIRROR;
        }
        out.push(r);
    }
}

/// The outbound rules a cluster needs, filtered by what it uses (a network isolated cluster
/// needs none of them: the caller leaves them out).
///
/// # Examples
/// ```
/// use aks_calc::rules::egress::{required_rules, Cloud, EgressInput, Destination};
/// let input = EgressInput {
///     cloud: Cloud::Public, region: "japaneast", private_cluster: false,
///     vnet_integration: false, legacy_tunnel: false, ubuntu: true, windows: false,
///     gpu: false, dns_servers: &[],
/// };
/// let rules = required_rules(&input);
/// assert_eq!(rules[0].destination, Destination::Fqdn("*.hcp.japaneast.azmk8s.io".into()));
/// let private = required_rules(&EgressInput { private_cluster: true, ..input });
/// assert!(!private.iter().any(|r| r.destination == Destination::ApiServerPublicIp));
/// ```
pub fn required_rules(input: &EgressInput<'_>) -> Vec<EgressRule> {
    use Purpose as P;
    let mut out = Vec::new();
    if input.public_control_plane() {
        control_plane_rules(input, &mut out);
    }
    cloud_rules(input.cloud, &mut out);
    if !input.dns_servers.is_empty() {
        let servers = Destination::Addresses(input.dns_servers.to_vec());
        out.push(rule(servers, Protocol::Udp, 53, P::CustomDns));
    }
    if input.windows {
        out.push(https("onegetcdn.azureedge.net", P::WindowsBinaries));
        out.push(https("go.microsoft.com", P::WindowsBinaries));
        for host in [
            "*.mp.microsoft.com",
            "www.msftconnecttest.com",
            "ctldl.windowsupdate.com",
        ] {
            out.push(http(host, P::WindowsUpdates));
        }
    }
    if input.gpu {
        for host in [
            "nvidia.github.io",
            "us.download.nvidia.com",
            "download.docker.com",
        ] {
            out.push(https(host, P::Gpu));
        }
    }
    if input.ubuntu {
        let optional = |r: EgressRule| EgressRule {
            need: Need::Optional,
            ..r
        };
        for host in [
            "security.ubuntu.com",
            "azure.archive.ubuntu.com",
            "changelogs.ubuntu.com",
        ] {
            out.push(optional(http(host, P::UbuntuUpdates)));
        }
        out.push(optional(https("snapshot.ubuntu.com", P::UbuntuUpdates)));
    }
    out
}

/// What an NSG rule inside the VNet is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum NsgPurpose {
    /// Overlay: node CIDR ↔ node CIDR.
    OverlayNodes,
    /// Overlay: node CIDR → pod CIDR.
    OverlayNodesToPods,
    /// Overlay: pod CIDR ↔ pod CIDR.
    OverlayPods,
    /// API Server VNet Integration: the cluster subnet to the API server, TCP 443 and 4443.
    ApiServerFromNodes,
    /// API Server VNet Integration: Azure Load Balancer's probes, TCP 9988.
    ApiServerProbes,
    /// Cilium WireGuard: the encrypted tunnel between nodes, UDP 51871.
    WireGuard,
}

/// A rule an NSG in the VNet must not block (`*` ports: all; protocol `None`: any).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NsgRule {
    pub source: String,
    pub destination: String,
    pub protocol: Option<Protocol>,
    pub ports: &'static str,
    pub purpose: NsgPurpose,
    pub link: &'static str,
}

/// Overlay's rules: pods live outside the VNet's address space, so the `VirtualNetwork` tag of
/// the default rules does not cover them.
///
/// # Examples
/// ```
/// use aks_calc::rules::egress::overlay_nsg_rules;
/// let r = overlay_nsg_rules("10.10.0.0/22", "100.64.0.0/16");
/// assert_eq!((r[1].source.as_str(), r[1].destination.as_str()), ("10.10.0.0/22", "100.64.0.0/16"));
/// ```
pub fn overlay_nsg_rules(nodes: &str, pods: &str) -> Vec<NsgRule> {
    let r = |source: &str, destination: &str, purpose| NsgRule {
        source: String::from(source),
        destination: String::from(destination),
        protocol: None,
        ports: "*",
        purpose,
        link: sources::OVERLAY,
    };
    vec![
        r(nodes, nodes, NsgPurpose::OverlayNodes),
        r(nodes, pods, NsgPurpose::OverlayNodesToPods),
        r(pods, pods, NsgPurpose::OverlayPods),
    ]
}

/// API Server VNet Integration's rules into the API server subnet (rules-check A1).
pub fn apiserver_nsg_rules(apiserver: &str, nodes: &str) -> Vec<NsgRule> {
    vec![
        NsgRule {
            source: String::from(nodes),
            destination: String::from(apiserver),
            protocol: Some(Protocol::Tcp),
            ports: "443, 4443",
            purpose: NsgPurpose::ApiServerFromNodes,
            link: sources::APISERVER_VNET,
        },
        NsgRule {
            source: String::from("AzureLoadBalancer"),
            destination: String::from(apiserver),
            protocol: Some(Protocol::Tcp),
            ports: "9988",
            purpose: NsgPurpose::ApiServerProbes,
            link: sources::APISERVER_VNET,
        },
    ]
}

/// Cilium WireGuard's rule between the nodes: "WireGuard establishes encrypted tunnels over UDP
/// port 51871, which is exposed on each AKS node. Ensure UDP port 51871 is allowed between all
/// node IPs" (aks-docs `how-to-apply-wireguard.md`; aks-rules §10).
///
/// # Examples
/// ```
/// use aks_calc::rules::egress::{wireguard_nsg_rule, Protocol};
/// let r = wireguard_nsg_rule("10.10.0.0/22");
/// assert_eq!((r.source.as_str(), r.destination.as_str()), ("10.10.0.0/22", "10.10.0.0/22"));
/// assert_eq!((r.protocol, r.ports), (Some(Protocol::Udp), "51871"));
/// ```
pub fn wireguard_nsg_rule(nodes: &str) -> NsgRule {
    NsgRule {
        source: String::from(nodes),
        destination: String::from(nodes),
        protocol: Some(Protocol::Udp),
        ports: "51871",
        purpose: NsgPurpose::WireGuard,
        link: sources::WIREGUARD,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input() -> EgressInput<'static> {
        EgressInput {
            cloud: Cloud::Public,
            region: "japaneast",
            private_cluster: false,
            vnet_integration: false,
            legacy_tunnel: false,
            ubuntu: true,
            windows: false,
            gpu: false,
            dns_servers: &[],
        }
    }

    fn hosts(rules: &[EgressRule]) -> Vec<String> {
        rules
            .iter()
            .map(|r| match &r.destination {
                Destination::Fqdn(h) | Destination::Tag(h) => {
                    format!("{h}:{}/{}", r.port, r.protocol.name())
                }
                Destination::Any => format!("*:{}/{}", r.port, r.protocol.name()),
                Destination::ApiServerPublicIp => format!("api:{}", r.port),
                Destination::Addresses(a) => format!("{}:{}", a.join(" "), r.port),
            })
            .collect()
    }

    #[test]
    fn public_cloud_public_cluster() {
        assert_eq!(
            hosts(&required_rules(&input())),
            [
                "*.hcp.japaneast.azmk8s.io:443/HTTPS",
                "api:443",
                "mcr.microsoft.com:443/HTTPS",
                "*.data.mcr.microsoft.com:443/HTTPS",
                "mcr-0001.mcr-msedge.net:443/HTTPS",
                "management.azure.com:443/HTTPS",
                "login.microsoftonline.com:443/HTTPS",
                "packages.microsoft.com:443/HTTPS",
                "acs-mirror.azureedge.net:443/HTTPS",
                "packages.aks.azure.com:443/HTTPS",
                "security.ubuntu.com:80/HTTP",
                "azure.archive.ubuntu.com:80/HTTP",
                "changelogs.ubuntu.com:80/HTTP",
                "snapshot.ubuntu.com:443/HTTPS",
            ]
        );
    }

    #[test]
    fn private_integration_legacy_windows_gpu_dns() {
        let dns = [String::from("10.1.0.4"), String::from("10.1.0.5")];
        for private in [
            EgressInput {
                private_cluster: true,
                legacy_tunnel: true,
                ..input()
            },
            EgressInput {
                vnet_integration: true,
                ..input()
            },
        ] {
            let h = hosts(&required_rules(&private));
            assert_eq!(h[0], "mcr.microsoft.com:443/HTTPS");
            assert!(!h.iter().any(|h| h.contains("hcp") || h.starts_with("api")));
        }
        let legacy = required_rules(&EgressInput {
            legacy_tunnel: true,
            windows: true,
            gpu: true,
            ubuntu: false,
            dns_servers: &dns,
            ..input()
        });
        let h = hosts(&legacy);
        assert_eq!(
            h[..5],
            [
                "*.hcp.japaneast.azmk8s.io:443/HTTPS",
                "api:443",
                "AzureCloud.japaneast:1194/UDP",
                "AzureCloud.japaneast:9000/TCP",
                "*:123/UDP"
            ]
        );
        assert_eq!(
            h[13..],
            [
                "10.1.0.4 10.1.0.5:53",
                "onegetcdn.azureedge.net:443/HTTPS",
                "go.microsoft.com:443/HTTPS",
                "*.mp.microsoft.com:80/HTTP",
                "www.msftconnecttest.com:80/HTTP",
                "ctldl.windowsupdate.com:80/HTTP",
                "nvidia.github.io:443/HTTPS",
                "us.download.nvidia.com:443/HTTPS",
                "download.docker.com:443/HTTPS",
            ]
        );
        assert!(legacy.iter().all(|r| r.need == Need::Required));
    }

    #[test]
    fn china_and_us_government() {
        let china = required_rules(&EgressInput {
            cloud: Cloud::China,
            region: "chinaeast2",
            ubuntu: false,
            ..input()
        });
        assert_eq!(
            hosts(&china),
            [
                "*.hcp.chinaeast2.cx.prod.service.azk8s.cn:443/HTTPS",
                "*.tun.chinaeast2.cx.prod.service.azk8s.cn:443/HTTPS",
                "api:443",
                "AzureCloud.chinaeast2:1194/UDP",
                "AzureCloud.chinaeast2:9000/TCP",
                "AzureCloud.chinaeast2:22/TCP",
                "*:123/UDP",
                "mcr.microsoft.com:443/HTTPS",
                "*.data.mcr.microsoft.com:443/HTTPS",
                "management.chinacloudapi.cn:443/HTTPS",
                "login.chinacloudapi.cn:443/HTTPS",
                "packages.microsoft.com:443/HTTPS",
                "*.azk8s.cn:443/HTTPS",
                "mcr.azure.cn:443/HTTPS",
                "*.data.mcr.azure.cn:443/HTTPS",
            ]
        );
        assert_eq!(china[3].need, Need::Listed);
        let gov = required_rules(&EgressInput {
            cloud: Cloud::UsGovernment,
            region: "usgovvirginia",
            ubuntu: false,
            private_cluster: true,
            ..input()
        });
        assert_eq!(
            hosts(&gov),
            [
                "mcr.microsoft.com:443/HTTPS",
                "*.data.mcr.microsoft.com:443/HTTPS",
                "management.usgovcloudapi.net:443/HTTPS",
                "login.microsoftonline.us:443/HTTPS",
                "packages.microsoft.com:443/HTTPS",
                "acs-mirror.azureedge.net:443/HTTPS",
                "packages.aks.azure.com:443/HTTPS",
            ]
        );
        assert_eq!(gov[5].source, sources::ACS_MIRROR);
    }

    #[test]
    fn nsg_rules() {
        let r = apiserver_nsg_rules("10.10.8.0/28", "10.10.0.0/22");
        assert_eq!(r[0].ports, "443, 4443");
        assert_eq!(r[1].source, "AzureLoadBalancer");
        assert_eq!(r[1].ports, "9988");
        let o = overlay_nsg_rules("a", "b");
        assert_eq!(
            o.iter()
                .map(|r| (r.source.as_str(), r.destination.as_str()))
                .collect::<Vec<_>>(),
            [("a", "a"), ("a", "b"), ("b", "b")]
        );
    }
}
