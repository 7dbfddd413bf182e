//! The plan in the URL fragment: `#v=1&node-vm-size=Standard_D8s_v5&max-pods=110`.
//!
//! Keys are named after the `az aks create` / `az aks nodepool add` flags. Values equal to the
//! default are left out, so the default plan is just `#v=1`. Pool keys apply to the pool started
//! by the latest `nodepool-name`; pool keys before any `nodepool-name` apply to the first pool.
//! Reading never fails: what cannot be read becomes a [`Notice`], and the rest is kept.

use alloc::string::String;
use alloc::vec;
use alloc::vec::Vec;
use core::fmt::Write;

use percent_encoding::percent_decode_str;

use crate::plan::field::{ClusterField, NameField, OutboundField, PoolField, SubnetField};
use crate::plan::outbound::{Cloud, Outbound, OutboundType};
use crate::plan::{
    Cluster, Dataplane, MAX_POOLS, MAX_SUBNETS, NetworkModel, OsSku, OsType, Plan, Pool, PoolMode,
    RuleChoice, Subnet, Tier,
};
use crate::rules::reserve::MemoryRule;
use crate::rules::subnet::Purpose;
use crate::text::Lang;

/// The link schema this build writes. Schema 2 carries the VNet design's subnets; schema 1 links
/// (one node subnet and one pod subnet) are read and migrated.
pub const SCHEMA_VERSION: u32 = 2;
/// The Kubernetes version a plan had when its link did not name one, while schema 1 was written:
/// the default then. Schema 1 links without `kubernetes-version` keep it (links are a promise),
/// though new plans default to [`crate::plan::DEFAULT_KUBERNETES_VERSION`].
pub const V1_DEFAULT_KUBERNETES_VERSION: &str = "1.33";
/// Longest value kept from a link; longer ones are cut (no real input comes close).
pub const MAX_VALUE_LEN: usize = 1024;
/// Most `key=value` pairs read from a link.
pub const MAX_PAIRS: usize = 4096;

/// Something in a link that could not be used as it was.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Notice {
    /// A key this version does not know; ignored.
    UnknownKey(String),
    /// A value not allowed for its key; the default is used instead.
    BadValue { key: String, value: String },
    /// The link was made by a newer version of the calculator.
    FutureVersion(String),
    /// More pools than AKS allows; the rest were dropped.
    TooManyPools,
    /// A value longer than [`MAX_VALUE_LEN`] was cut.
    ValueCut { key: String },
    /// More than [`MAX_PAIRS`] pairs; the rest were ignored.
    TooManyPairs,
    /// More subnets than a plan holds; the rest were dropped.
    TooManySubnets,
}

impl Notice {
    /// The notice in words.
    pub fn message(&self, lang: Lang) -> String {
        use crate::text::io;
        match self {
            Notice::UnknownKey(k) => io::unknown_key(k, lang),
            Notice::BadValue { key, value } => io::bad_value(key, value, lang),
            Notice::FutureVersion(v) => io::future_version(v, lang),
            Notice::TooManyPools => String::from(io::LINK_TOO_MANY_POOLS.get(lang)),
            Notice::ValueCut { key } => io::value_cut(key, lang),
            Notice::TooManyPairs => String::from(io::LINK_TOO_MANY_PAIRS.get(lang)),
            Notice::TooManySubnets => String::from(io::LINK_TOO_MANY_SUBNETS.get(lang)),
        }
    }
}

/// A plan read from a link, with what could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Decoded {
    pub plan: Plan,
    pub view: View,
    pub notices: Vec<Notice>,
}

/// Colour scheme of the page.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Theme {
    Light,
    Dark,
}

/// How the page shows a plan: kept in the link, but not part of the plan.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct View {
    /// `None`: the browser's language.
    pub lang: Option<Lang>,
    /// `None`: the system's scheme.
    pub theme: Option<Theme>,
    /// Inside another page: no header or footer, compact.
    pub embed: bool,
    /// Figures without inputs, for documents.
    pub readonly: bool,
}

impl View {
    /// Appends the view's keys (`&lang=ja&embed=1`) to a fragment.
    ///
    /// # Examples
    /// ```
    /// use aks_calc::formats::fragment::View;
    /// let mut link = String::from("v=1");
    /// View { embed: true, readonly: true, ..View::default() }.append_to(&mut link);
    /// assert_eq!(link, "v=1&embed=1&readonly=1");
    /// ```
    pub fn append_to(&self, out: &mut String) {
        if let Some(lang) = self.lang {
            out.push_str(match lang {
                Lang::En => "&lang=en",
                Lang::Ja => "&lang=ja",
            });
        }
        if let Some(theme) = self.theme {
            out.push_str(match theme {
                Theme::Light => "&theme=light",
                Theme::Dark => "&theme=dark",
            });
        }
        if self.embed {
            out.push_str("&embed=1");
        }
        if self.readonly {
            out.push_str("&readonly=1");
        }
    }
}

/// A link longer than this may be cut by chat tools, mail clients and some wikis.
pub const LONG_LINK: usize = 2000;

// ---- writing ------------------------------------------------------------------------------

/// The plan as `(key, value)` pairs in the order a link lists them: cluster keys, then each pool
/// from its `nodepool-name`. Values equal to the default are left out unless `all`.
///
/// # Examples
/// ```
/// use aks_calc::{formats::fragment::pairs, plan::Plan};
/// let plan = Plan::default();
/// assert!(pairs(&plan, false).is_empty());
/// let all = pairs(&plan, true);
/// assert!(all.contains(&("pod-cidr", "10.244.0.0/16")));
/// assert!(all.contains(&("nodepool-name", "nodepool1")));
/// ```
pub fn pairs(plan: &Plan, all: bool) -> Vec<(&'static str, &str)> {
    let mut out: Vec<(&'static str, &str)> = Vec::new();
    let defaults = Plan::default();
    let c = &plan.cluster;
    if all || c.network != defaults.cluster.network {
        out.extend(network_keys(c.network).iter().copied());
    }
    if all || c.dataplane != defaults.cluster.dataplane {
        out.push(("network-dataplane", dataplane_value(c.dataplane)));
    }
    if all || c.tier != defaults.cluster.tier {
        out.push(("tier", tier_value(c.tier)));
    }
    for (key, field) in CLUSTER_TEXT_KEYS {
        let value = c.text(field).unwrap_or_default();
        if all || value != defaults.cluster.text(field).unwrap_or_default() {
            out.push((key, value));
        }
    }
    if all || c.private_cluster {
        out.push(("enable-private-cluster", bool_value(c.private_cluster)));
    }
    if all || c.virtual_nodes {
        out.push(("virtual-nodes", bool_value(c.virtual_nodes)));
    }
    if all || c.apiserver_vnet_integration {
        out.push((
            "enable-apiserver-vnet-integration",
            bool_value(c.apiserver_vnet_integration),
        ));
    }
    if all || c.wireguard {
        out.push((WIREGUARD_KEY, wireguard_value(c.wireguard)));
    }
    outbound_pairs(c, all, &mut out);
    subnet_pairs(c, all, &mut out);
    pool_pairs(plan, all, &mut out);
    out
}

/// The outbound settings and the names, after the cluster's other keys.
fn outbound_pairs<'a>(c: &'a Cluster, all: bool, out: &mut Vec<(&'static str, &'a str)>) {
    let o = &c.outbound;
    let d = Outbound::default();
    if all || o.outbound_type != d.outbound_type {
        out.push(("outbound-type", o.outbound_type.id()));
    }
    if all || o.managed_vnet {
        out.push(("managed-vnet", bool_value(o.managed_vnet)));
    }
    for (key, field) in OUTBOUND_TEXT_KEYS {
        let value = o.text(field).unwrap_or_default();
        if all || !value.is_empty() {
            out.push((key, value));
        }
    }
    if all || o.cloud != d.cloud {
        out.push(("cloud", o.cloud.id()));
    }
    if all || o.legacy_tunnel {
        out.push(("legacy-tunnel", bool_value(o.legacy_tunnel)));
    }
    for (key, field) in NAME_KEYS {
        let value = c.names.text(field);
        if all || !value.is_empty() {
            out.push((key, value));
        }
    }
}

/// Text fields of the outbound settings and their keys (az flags where az has one).
const OUTBOUND_TEXT_KEYS: [(&str, OutboundField); 12] = [
    (
        "load-balancer-managed-outbound-ip-count",
        OutboundField::LbManagedIps,
    ),
    ("load-balancer-outbound-ip-count", OutboundField::LbOwnIps),
    ("load-balancer-outbound-ports", OutboundField::LbPorts),
    ("load-balancer-idle-timeout", OutboundField::LbIdle),
    (
        "nat-gateway-managed-outbound-ip-count",
        OutboundField::NatIps,
    ),
    ("nat-gateway-idle-timeout", OutboundField::NatIdle),
    ("firewall-private-ip", OutboundField::FirewallIp),
    ("firewall-public-ip-count", OutboundField::FirewallIps),
    ("firewall-instance-count", OutboundField::FirewallInstances),
    ("outbound-connections-per-node", OutboundField::Connections),
    ("dns-servers", OutboundField::DnsServers),
    ("public-lbs", OutboundField::PublicLbs),
];

/// The names and their `az aks create` flags.
const NAME_KEYS: [(&str, NameField); 4] = [
    ("resource-group", NameField::ResourceGroup),
    ("name", NameField::ClusterName),
    ("location", NameField::Region),
    ("node-resource-group", NameField::NodeResourceGroup),
];

/// The link key of an outbound field.
///
/// # Examples
/// ```
/// use aks_calc::{formats::fragment::outbound_key, plan::field::OutboundField};
/// assert_eq!(outbound_key(OutboundField::LbPorts), "load-balancer-outbound-ports");
/// assert_eq!(outbound_key(OutboundField::Type), "outbound-type");
/// ```
pub fn outbound_key(field: OutboundField) -> &'static str {
    match field {
        OutboundField::Type => "outbound-type",
        OutboundField::ManagedVnet => "managed-vnet",
        OutboundField::Cloud => "cloud",
        OutboundField::LegacyTunnel => "legacy-tunnel",
        other => OUTBOUND_TEXT_KEYS
            .iter()
            .find(|(_, f)| *f == other)
            .map_or("", |(k, _)| k),
    }
}

/// The link key of a name field.
pub fn name_key(field: NameField) -> &'static str {
    NAME_KEYS
        .iter()
        .find(|(_, f)| *f == field)
        .map_or("", |(k, _)| k)
}

/// The design's subnets, each from its `subnet-name`; none when they are the plan's defaults.
fn subnet_pairs<'a>(c: &'a Cluster, all: bool, out: &mut Vec<(&'static str, &'a str)>) {
    if !all && c.subnets == c.default_subnets() {
        return;
    }
    for (index, s) in c.subnets.iter().enumerate() {
        let template = subnet_template(index);
        out.push(("subnet-name", &s.name));
        if all || s.purpose != template.purpose {
            out.push(("subnet-purpose", s.purpose.id()));
        }
        if all || s.prefix != template.prefix {
            out.push(("subnet-prefix", &s.prefix));
        }
        if all || s.ips != template.ips {
            out.push(("subnet-ips", &s.ips));
        }
    }
}

/// What a listed subnet is before its keys: the first is the default node subnet, later ones are
/// node subnets for the layout to place.
fn subnet_template(index: usize) -> Subnet {
    if index == 0 {
        Subnet::default_nodes()
    } else {
        Subnet::auto("", Purpose::Nodes)
    }
}

fn pool_pairs<'a>(plan: &'a Plan, all: bool, out: &mut Vec<(&'static str, &'a str)>) {
    for (index, pool) in plan.pools.iter().enumerate() {
        let template = Pool::template(index);
        // Pool 0 is named only when needed: a later `nodepool-name` must start a new pool, and
        // `kubernetes-version` before any name means the cluster's.
        let named = all
            || index > 0
            || plan.pools.len() > 1
            || pool.name != template.name
            || !pool.kubernetes_version.is_empty();
        if named {
            out.push(("nodepool-name", &pool.name));
        }
        for (key, field) in POOL_TEXT_KEYS {
            let value = pool.text(field).unwrap_or_default();
            if all || value != template.text(field).unwrap_or_default() {
                out.push((key, value));
            }
        }
        if all || pool.mode != template.mode {
            out.push(("mode", mode_value(pool.mode)));
        }
        if all || pool.os != template.os {
            out.push(("os-type", os_value(pool.os)));
        }
        if all || pool.autoscale != template.autoscale {
            out.push(("enable-cluster-autoscaler", bool_value(pool.autoscale)));
        }
        if all || pool.memory_rule != template.memory_rule {
            out.push(("memory-rule", rule_value(pool.memory_rule)));
        }
        if all || pool.os_sku != template.os_sku {
            out.push(("os-sku", pool.os_sku.map_or("", OsSku::id)));
        }
    }
}

fn bool_value(b: bool) -> &'static str {
    if b { "true" } else { "false" }
}

/// Writes a plan as a fragment (without the leading `#`).
///
/// # Examples
/// ```
/// use aks_calc::{formats::fragment::to_fragment, plan::Plan};
/// let mut plan = Plan::default();
/// assert_eq!(to_fragment(&plan), "v=2&kubernetes-version=1.35");
/// plan.pools[0].max_pods = "110".into();
/// assert_eq!(to_fragment(&plan), "v=2&kubernetes-version=1.35&max-pods=110");
/// ```
pub fn to_fragment(plan: &Plan) -> String {
    let mut out = String::new();
    let _ = write!(out, "v={SCHEMA_VERSION}");
    let mut pairs = pairs(plan, false);
    // The default version moves with AKS's releases; a link names it so that it opens on the
    // same version next year, when the default is another.
    if !pairs.iter().any(|(k, _)| *k == "kubernetes-version") {
        pairs.insert(0, ("kubernetes-version", &plan.cluster.kubernetes_version));
    }
    for (key, value) in pairs {
        out.push('&');
        out.push_str(key);
        out.push('=');
        encode_into(&mut out, value);
    }
    out
}

/// Text fields of the cluster and their keys, in the order links list them.
const CLUSTER_TEXT_KEYS: [(&str, ClusterField); 12] = [
    ("kubernetes-version", ClusterField::KubernetesVersion),
    ("vnet-address-prefixes", ClusterField::Vnet),
    ("apiserver-subnet", ClusterField::ApiServerSubnet),
    ("layout-growth", ClusterField::Growth),
    ("pod-cidr", ClusterField::PodCidr),
    ("service-cidr", ClusterField::ServiceCidr),
    ("dns-service-ip", ClusterField::DnsServiceIp),
    ("peered-ranges", ClusterField::ListedRanges),
    ("internal-lbs", ClusterField::InternalLbs),
    ("private-endpoints", ClusterField::PrivateEndpoints),
    ("other-ips", ClusterField::OtherIps),
    ("virtual-nodes-v2", ClusterField::VirtualNodesV2),
];

fn tier_value(t: Tier) -> &'static str {
    match t {
        Tier::Free => "free",
        Tier::Standard => "standard",
        Tier::Premium => "premium",
    }
}

fn flag(value: &str) -> Option<bool> {
    match value.to_ascii_lowercase().as_str() {
        "true" | "1" | "" => Some(true),
        "false" | "0" => Some(false),
        _ => None,
    }
}

/// Text fields of a pool and their keys, in the order links list them.
const POOL_TEXT_KEYS: [(&str, PoolField); 22] = [
    ("node-vm-size", PoolField::VmSize),
    ("vcpu", PoolField::CustomVcpu),
    ("memory-gib", PoolField::CustomMemory),
    ("node-count", PoolField::NodeCount),
    ("min-count", PoolField::MinCount),
    ("max-count", PoolField::MaxCount),
    ("max-pods", PoolField::MaxPods),
    ("max-surge", PoolField::MaxSurge),
    ("kubernetes-version", PoolField::KubernetesVersion),
    ("capacity", PoolField::Capacity),
    ("pod-cpu", PoolField::PodCpu),
    ("pod-memory", PoolField::PodMemory),
    ("ds-cpu", PoolField::DaemonsetCpu),
    ("ds-memory", PoolField::DaemonsetMemory),
    ("ds-pods", PoolField::DaemonsetPods),
    ("replicas", PoolField::Replicas),
    ("vnet-subnet", PoolField::VnetSubnet),
    ("pod-subnet", PoolField::PodSubnet),
    ("max-unavailable", PoolField::MaxUnavailable),
    ("kube-reserved-cpu", PoolField::KubeReservedCpu),
    ("kube-reserved-memory", PoolField::KubeReservedMemory),
    ("eviction-hard", PoolField::EvictionHard),
];

/// The link key of a pool field (also how exports name it).
///
/// # Examples
/// ```
/// use aks_calc::{plan::field::PoolField, formats::fragment::pool_key};
/// assert_eq!(pool_key(PoolField::MaxPods), "max-pods");
/// assert_eq!(pool_key(PoolField::Name), "nodepool-name");
/// ```
pub fn pool_key(field: PoolField) -> &'static str {
    match field {
        PoolField::Name => "nodepool-name",
        PoolField::Mode => "mode",
        PoolField::Os => "os-type",
        PoolField::MemoryRule => "memory-rule",
        PoolField::OsSku => "os-sku",
        other => POOL_TEXT_KEYS
            .iter()
            .find(|(_, f)| *f == other)
            .map_or("", |(k, _)| k),
    }
}

/// The link key of a subnet field (also how exports name it).
pub fn subnet_key(field: SubnetField) -> &'static str {
    match field {
        SubnetField::Name => "subnet-name",
        SubnetField::Prefix => "subnet-prefix",
        SubnetField::Purpose => "subnet-purpose",
        SubnetField::Ips => "subnet-ips",
    }
}

/// WireGuard's key and values are az's: `--acns-transit-encryption-type wireguard` (with
/// `--enable-acns`, aks-docs `how-to-apply-wireguard.md`); `none` is the default, left out.
const WIREGUARD_KEY: &str = "acns-transit-encryption-type";

fn wireguard_value(on: bool) -> &'static str {
    if on { "wireguard" } else { "none" }
}

/// The link key of a cluster field (also how exports name it).
pub fn cluster_key(field: ClusterField) -> &'static str {
    match field {
        ClusterField::Network => "network-plugin",
        ClusterField::Dataplane => "network-dataplane",
        ClusterField::Tier => "tier",
        ClusterField::PrivateCluster => "enable-private-cluster",
        ClusterField::VirtualNodes => "virtual-nodes",
        ClusterField::ApiServerVnetIntegration => "enable-apiserver-vnet-integration",
        ClusterField::Subnets => "subnet-name",
        ClusterField::WireGuard => WIREGUARD_KEY,
        ClusterField::Outbound(o) => outbound_key(o),
        ClusterField::Names(n) => name_key(n),
        other => CLUSTER_TEXT_KEYS
            .iter()
            .find(|(_, f)| *f == other)
            .map_or("", |(k, _)| k),
    }
}

/// The `az` flags that select a network model (`az aks create` without any means Overlay).
fn network_keys(model: NetworkModel) -> &'static [(&'static str, &'static str)] {
    match model {
        NetworkModel::Overlay => &[
            ("network-plugin", "azure"),
            ("network-plugin-mode", "overlay"),
        ],
        NetworkModel::NodeSubnet => &[("network-plugin", "azure")],
        NetworkModel::PodSubnetDynamic => &[
            ("network-plugin", "azure"),
            ("pod-ip-allocation-mode", "DynamicIndividual"),
        ],
        NetworkModel::PodSubnetStatic => &[
            ("network-plugin", "azure"),
            ("pod-ip-allocation-mode", "StaticBlock"),
        ],
        NetworkModel::Kubenet => &[("network-plugin", "kubenet")],
    }
}

fn dataplane_value(d: Dataplane) -> &'static str {
    match d {
        Dataplane::Azure => "azure",
        Dataplane::Cilium => "cilium",
    }
}

fn mode_value(m: PoolMode) -> &'static str {
    match m {
        PoolMode::System => "System",
        PoolMode::User => "User",
    }
}

fn os_value(o: OsType) -> &'static str {
    match o {
        OsType::Linux => "Linux",
        OsType::Windows => "Windows",
    }
}

fn rule_value(r: RuleChoice) -> &'static str {
    match r {
        RuleChoice::Auto => "auto",
        RuleChoice::Fixed(MemoryRule::Current) => "current",
        RuleChoice::Fixed(MemoryRule::Legacy) => "legacy",
        RuleChoice::Fixed(MemoryRule::Windows) => "windows",
        RuleChoice::Fixed(MemoryRule::Hardening) => "hardening",
        RuleChoice::Custom => "custom",
    }
}

/// Bytes kept as they are: unreserved ones plus `/ : ,` so CIDRs stay readable.
fn keep(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~' | b'/' | b':' | b',')
}

/// Percent-encodes by hand: the crate's encoder brings a 768-byte table into the page for what
/// is one comparison per byte (+0.8 KB gzip); decoding, the part with edge cases, is the crate's.
fn encode_into(out: &mut String, value: &str) {
    for b in value.bytes() {
        if keep(b) {
            out.push(char::from(b));
        } else {
            let _ = write!(out, "%{b:02X}");
        }
    }
}

// ---- reading ------------------------------------------------------------------------------

/// Percent-decodes; a `%` not followed by two hex digits is kept as it is, and bytes that are
/// not UTF-8 become U+FFFD.
fn decode(text: &str) -> String {
    // Collected, then made UTF-8: smaller in the page's wasm than `decode_utf8_lossy`.
    let bytes: Vec<u8> = percent_decode_str(text).collect();
    String::from_utf8_lossy(&bytes).into_owned()
}

fn cut(mut value: String, key: &str, notices: &mut Vec<Notice>) -> String {
    if value.chars().count() > MAX_VALUE_LEN {
        value = value.chars().take(MAX_VALUE_LEN).collect();
        notices.push(Notice::ValueCut {
            key: shown_key(key),
        });
    }
    value
}

fn shown_key(key: &str) -> String {
    crate::plan::quantity::shown(key)
}

/// Reads a fragment (with or without the leading `#`). Never fails.
///
/// # Examples
/// ```
/// use aks_calc::formats::fragment::{from_fragment, Notice};
/// let d = from_fragment("#v=1&node-vm-size=Standard_D8s_v5&max-pods=abc&colour=blue");
/// assert_eq!(d.plan.pools[0].vm_size, "Standard_D8s_v5");
/// assert_eq!(d.plan.pools[0].max_pods, "abc"); // kept: evaluate() reports it at the field
/// assert_eq!(d.notices, [Notice::UnknownKey("colour".into())]);
/// ```
pub fn from_fragment(fragment: &str) -> Decoded {
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    from_pairs(fragment.split('&').filter(|p| !p.is_empty()).map(|pair| {
        let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
        (decode(key), decode(value))
    }))
}

/// Reads `(key, value)` pairs, already decoded, as a link carries them. Never fails.
pub fn from_pairs<I: Iterator<Item = (String, String)>>(pairs: I) -> Decoded {
    let mut reader = Reader::default();
    for (n, (key, value)) in pairs.enumerate() {
        if n == MAX_PAIRS {
            reader.notices.push(Notice::TooManyPairs);
            break;
        }
        let value = cut(value, &key, &mut reader.notices);
        reader.read(&key, &value);
    }
    reader.finish()
}

/// A link being read: what its keys have set so far, one method per family of keys.
#[derive(Default)]
struct Reader {
    plan: Plan,
    view: View,
    notices: Vec<Notice>,
    network: NetworkKeys,
    /// Whether pool 0 has been touched by any key, which decides what `nodepool-name` means.
    pool0_touched: bool,
    pool0_named: bool,
    /// Past the pool limit, keys of the dropped pools are skipped.
    dropping: bool,
    /// The link's schema version (the current one when it does not say).
    schema: u32,
    /// The link lists the design's subnets, so the defaults give way to the list.
    subnets_listed: bool,
    /// The first listed subnet has had its `subnet-name`.
    subnet0_named: bool,
    /// Past the subnet limit, keys of the dropped subnets are skipped.
    dropping_subnets: bool,
    /// Schema 1's node subnet and pod subnet, migrated in [`Self::finish`].
    v1_node_subnet: Option<String>,
    v1_pod_subnet: Option<String>,
    /// The link names the cluster's Kubernetes version.
    cluster_version_named: bool,
}

impl Reader {
    /// Reads one pair: the first family that knows the key takes it. A new family of keys is a
    /// method that returns whether the key was its own, added to this chain before the pool
    /// keys, which must stay last: past the pool limit they swallow every key that is left.
    fn read(&mut self, key: &str, value: &str) {
        let known = self.schema_key(key, value)
            || self.view_key(key, value)
            || self.network_key(key, value)
            || self.cluster_key(key, value)
            || self.v1_key(key, value)
            || self.subnet_key(key, value)
            || self.outbound_key(key, value)
            || self.pool_key(key, value);
        if !known {
            self.notices.push(Notice::UnknownKey(shown_key(key)));
        }
    }

    fn finish(mut self) -> Decoded {
        let c = &mut self.plan.cluster;
        c.network = self.network.model();
        let v1 = self.schema == 1 || self.v1_node_subnet.is_some() || self.v1_pod_subnet.is_some();
        if !self.subnets_listed {
            if v1 {
                c.subnets_from_v1(self.v1_node_subnet, self.v1_pod_subnet);
            } else {
                c.subnets = c.default_subnets();
            }
        }
        if v1 && !self.cluster_version_named {
            c.kubernetes_version = String::from(V1_DEFAULT_KUBERNETES_VERSION);
        }
        Decoded {
            plan: self.plan,
            view: self.view,
            notices: self.notices,
        }
    }

    /// A value not allowed for its key: noted, and the default kept.
    fn bad(&mut self, key: &str, value: &str) {
        self.notices.push(Notice::BadValue {
            key: shown_key(key),
            value: crate::plan::quantity::shown(value),
        });
    }

    /// `v`, the schema version.
    fn schema_key(&mut self, key: &str, value: &str) -> bool {
        if key != "v" {
            return false;
        }
        match value.trim() {
            "1" => self.schema = 1,
            "2" => self.schema = 2,
            _ => self
                .notices
                .push(Notice::FutureVersion(crate::plan::quantity::shown(value))),
        }
        true
    }

    /// Schema 1's one node subnet and one pod subnet.
    fn v1_key(&mut self, key: &str, value: &str) -> bool {
        match key {
            "node-subnet-prefix" => self.v1_node_subnet = Some(value.into()),
            "pod-subnet-prefix" => self.v1_pod_subnet = Some(value.into()),
            _ => return false,
        }
        true
    }

    /// `subnet-name` starts a subnet of the design; the other subnet keys apply to the latest.
    fn subnet_key(&mut self, key: &str, value: &str) -> bool {
        if !matches!(
            key,
            "subnet-name" | "subnet-prefix" | "subnet-purpose" | "subnet-ips"
        ) {
            return false;
        }
        let subnets = &mut self.plan.cluster.subnets;
        if !self.subnets_listed {
            self.subnets_listed = true;
            *subnets = vec![subnet_template(0)];
        }
        if key == "subnet-name" {
            if !self.subnet0_named {
                self.subnet0_named = true;
                if let Some(s) = subnets.first_mut() {
                    s.name = value.into();
                }
            } else if subnets.len() >= MAX_SUBNETS {
                if !self.dropping_subnets {
                    self.notices.push(Notice::TooManySubnets);
                }
                self.dropping_subnets = true;
            } else {
                let mut s = subnet_template(subnets.len());
                s.name = value.into();
                subnets.push(s);
            }
            return true;
        }
        if self.dropping_subnets {
            return true;
        }
        let Some(s) = subnets.last_mut() else {
            return true;
        };
        match key {
            "subnet-prefix" => s.prefix = value.into(),
            "subnet-ips" => s.ips = value.into(),
            _ => match Purpose::from_id(value) {
                Some(p) => s.purpose = p,
                None => self.bad(key, value),
            },
        }
        true
    }

    /// How the page shows the plan: language, theme, embedded, read-only.
    fn view_key(&mut self, key: &str, value: &str) -> bool {
        match key {
            "lang" => match value.to_ascii_lowercase().as_str() {
                "en" => self.view.lang = Some(Lang::En),
                "ja" => self.view.lang = Some(Lang::Ja),
                _ => self.bad(key, value),
            },
            "theme" => match value.to_ascii_lowercase().as_str() {
                "light" => self.view.theme = Some(Theme::Light),
                "dark" => self.view.theme = Some(Theme::Dark),
                _ => self.bad(key, value),
            },
            "embed" => match flag(value) {
                Some(on) => self.view.embed = on,
                None => self.bad(key, value),
            },
            "readonly" => match flag(value) {
                Some(on) => self.view.readonly = on,
                None => self.bad(key, value),
            },
            _ => return false,
        }
        true
    }

    /// The network model's flags (combined in [`Self::finish`]) and the data plane.
    fn network_key(&mut self, key: &str, value: &str) -> bool {
        let network = &mut self.network;
        match (key, value.to_ascii_lowercase().as_str()) {
            ("network-plugin", "azure") => network.plugin = Some(false),
            ("network-plugin", "kubenet") => network.plugin = Some(true),
            ("network-plugin-mode", "overlay") => network.overlay = true,
            ("pod-ip-allocation-mode", "dynamicindividual") => network.allocation = Some(false),
            ("pod-ip-allocation-mode", "staticblock") => network.allocation = Some(true),
            ("network-dataplane", "azure") => self.plan.cluster.dataplane = Dataplane::Azure,
            ("network-dataplane", "cilium") => self.plan.cluster.dataplane = Dataplane::Cilium,
            (
                "network-plugin"
                | "network-plugin-mode"
                | "pod-ip-allocation-mode"
                | "network-dataplane",
                _,
            ) => self.bad(key, value),
            _ => return false,
        }
        true
    }

    /// The cluster's tier, switches and ranges. `kubernetes-version` after a `nodepool-name` is
    /// that pool's, so it is left to [`Self::pool_key`].
    fn cluster_key(&mut self, key: &str, value: &str) -> bool {
        let cluster = &mut self.plan.cluster;
        match key {
            "kubernetes-version" if !self.pool0_named => {
                cluster.kubernetes_version = value.into();
                self.cluster_version_named = true;
            }
            "tier" => match value.to_ascii_lowercase().as_str() {
                "free" => cluster.tier = Tier::Free,
                "standard" => cluster.tier = Tier::Standard,
                "premium" => cluster.tier = Tier::Premium,
                _ => self.bad(key, value),
            },
            "enable-private-cluster" => match flag(value) {
                Some(on) => cluster.private_cluster = on,
                None => self.bad(key, value),
            },
            "virtual-nodes" => match flag(value) {
                Some(on) => cluster.virtual_nodes = on,
                None => self.bad(key, value),
            },
            "enable-apiserver-vnet-integration" => match flag(value) {
                Some(on) => cluster.apiserver_vnet_integration = on,
                None => self.bad(key, value),
            },
            WIREGUARD_KEY => match value.to_ascii_lowercase().as_str() {
                "wireguard" => cluster.wireguard = true,
                "none" => cluster.wireguard = false,
                _ => self.bad(key, value),
            },
            _ => {
                let text_field = CLUSTER_TEXT_KEYS
                    .iter()
                    .find(|(k, _)| *k == key && key != "kubernetes-version");
                let Some((_, field)) = text_field else {
                    return false;
                };
                if let Some(slot) = cluster.text_mut(*field) {
                    *slot = value.into();
                }
            }
        }
        true
    }

    /// The outbound settings and the names.
    fn outbound_key(&mut self, key: &str, value: &str) -> bool {
        let c = &mut self.plan.cluster;
        let o = &mut c.outbound;
        let ok = match key {
            "outbound-type" => OutboundType::from_id(value).map(|t| o.outbound_type = t),
            "cloud" => Cloud::from_id(value).map(|v| o.cloud = v),
            "managed-vnet" => flag(value).map(|on| o.managed_vnet = on),
            "legacy-tunnel" => flag(value).map(|on| o.legacy_tunnel = on),
            _ => {
                if let Some((_, f)) = OUTBOUND_TEXT_KEYS.iter().find(|(k, _)| *k == key) {
                    if let Some(slot) = o.text_mut(*f) {
                        *slot = value.into();
                    }
                } else if let Some((_, f)) = NAME_KEYS.iter().find(|(k, _)| *k == key) {
                    *c.names.text_mut(*f) = value.into();
                } else {
                    return false;
                }
                Some(())
            }
        };
        if ok.is_none() {
            self.bad(key, value);
        }
        true
    }

    /// `nodepool-name` starts a pool; the other pool keys apply to the latest one.
    fn pool_key(&mut self, key: &str, value: &str) -> bool {
        if key == "nodepool-name" {
            self.start_pool(value);
            return true;
        }
        // Keys of a pool past the limit are dropped with it, unknown ones included.
        if self.dropping {
            return true;
        }
        let Some(pool) = self.plan.pools.last_mut() else {
            return true;
        };
        let text_key = if key == "vm" { "node-vm-size" } else { key };
        let text_field = POOL_TEXT_KEYS.iter().find(|(k, _)| *k == text_key);
        let known = if let Some(slot) = text_field.and_then(|(_, f)| pool.text_mut(*f)) {
            *slot = value.into();
            true
        } else {
            match pool_choice(pool, key, value) {
                Some(allowed) => {
                    if !allowed {
                        self.bad(key, value);
                    }
                    true
                }
                None => false,
            }
        };
        if known && self.plan.pools.len() == 1 {
            self.pool0_touched = true;
        }
        known
    }

    /// Names pool 0 while no key has touched it; otherwise starts a new pool, up to the limit.
    fn start_pool(&mut self, name: &str) {
        if !self.pool0_named && !self.pool0_touched {
            self.pool0_named = true;
            if let Some(p) = self.plan.pools.first_mut() {
                p.name = name.into();
            }
        } else if self.plan.pools.len() >= MAX_POOLS {
            if !self.dropping {
                self.notices.push(Notice::TooManyPools);
            }
            self.dropping = true;
        } else {
            self.pool0_named = true;
            let mut pool = Pool::template(self.plan.pools.len());
            pool.name = name.into();
            self.plan.pools.push(pool);
        }
    }
}

/// Sets a pool's mode, OS, autoscaler, memory rule or OS image: `None` when the key is none of these,
/// `Some(false)` when the value is not one the key allows (the pool keeps its default).
fn pool_choice(pool: &mut Pool, key: &str, value: &str) -> Option<bool> {
    match (key, value.to_ascii_lowercase().as_str()) {
        ("mode", "system") => pool.mode = PoolMode::System,
        ("mode", "user") => pool.mode = PoolMode::User,
        ("os-type", "linux") => pool.os = OsType::Linux,
        ("os-type", "windows") => pool.os = OsType::Windows,
        ("enable-cluster-autoscaler", v) if flag(v).is_some() => {
            pool.autoscale = flag(v).unwrap_or(false);
        }
        ("memory-rule", v) => match rule_from_value(v) {
            Some(rule) => pool.memory_rule = rule,
            None => return Some(false),
        },
        ("os-sku", "") => pool.os_sku = None,
        ("os-sku", v) => match OsSku::from_id(v) {
            Some(sku) => pool.os_sku = Some(sku),
            None => return Some(false),
        },
        ("mode" | "os-type" | "enable-cluster-autoscaler", _) => return Some(false),
        _ => return None,
    }
    Some(true)
}

/// The memory rule a link names, the inverse of [`rule_value`].
fn rule_from_value(v: &str) -> Option<RuleChoice> {
    Some(match v {
        "auto" => RuleChoice::Auto,
        "current" => RuleChoice::Fixed(MemoryRule::Current),
        "legacy" => RuleChoice::Fixed(MemoryRule::Legacy),
        "windows" => RuleChoice::Fixed(MemoryRule::Windows),
        "hardening" => RuleChoice::Fixed(MemoryRule::Hardening),
        "custom" => RuleChoice::Custom,
        _ => return None,
    })
}

/// The network flags as read; combined at the end so their order does not matter.
#[derive(Default)]
struct NetworkKeys {
    /// `Some(true)` for kubenet, `Some(false)` for azure.
    plugin: Option<bool>,
    overlay: bool,
    /// `Some(true)` for StaticBlock.
    allocation: Option<bool>,
}

impl NetworkKeys {
    fn model(&self) -> NetworkModel {
        match (self.plugin, self.overlay, self.allocation) {
            (Some(true), _, _) => NetworkModel::Kubenet,
            (_, true, _) => NetworkModel::Overlay,
            (_, _, Some(true)) => NetworkModel::PodSubnetStatic,
            (_, _, Some(false)) => NetworkModel::PodSubnetDynamic,
            (Some(false), _, None) => NetworkModel::NodeSubnet,
            (None, false, None) => NetworkModel::Overlay,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloc::format;
    use alloc::string::ToString;
    use proptest::prelude::*;

    #[test]
    fn every_notice_has_both_languages() {
        let s = |x: &str| x.to_string();
        let notices = [
            Notice::UnknownKey(s("k")),
            Notice::BadValue {
                key: s("k"),
                value: s("v"),
            },
            Notice::FutureVersion(s("9")),
            Notice::TooManyPools,
            Notice::ValueCut { key: s("k") },
            Notice::TooManyPairs,
        ];
        for n in &notices {
            let (en, ja) = (n.message(Lang::En), n.message(Lang::Ja));
            assert!(!en.is_empty() && !ja.is_empty() && en != ja, "{n:?}");
        }
    }

    #[test]
    fn default_plan_is_short_and_names_its_version() {
        // The version is written even when it is the default: next year's default is another.
        assert_eq!(to_fragment(&Plan::default()), "v=2&kubernetes-version=1.35");
        let d = from_fragment("");
        assert_eq!(d.plan, Plan::default());
        assert!(d.notices.is_empty());
    }

    #[test]
    fn network_models_use_az_flags() {
        for model in NetworkModel::ALL {
            let mut plan = Plan::default();
            plan.cluster.network = model;
            let text = to_fragment(&plan);
            assert_eq!(from_fragment(&text).plan.cluster.network, model, "{text}");
        }
        let kubenet = from_fragment("network-plugin=kubenet").plan;
        assert_eq!(kubenet.cluster.network, NetworkModel::Kubenet);
        let flat = from_fragment("network-plugin=azure").plan;
        assert_eq!(flat.cluster.network, NetworkModel::NodeSubnet);
        let overlay = from_fragment("network-plugin-mode=overlay&network-plugin=azure").plan;
        assert_eq!(overlay.cluster.network, NetworkModel::Overlay);
    }

    #[test]
    fn several_pools() {
        let mut plan = Plan::default();
        let mut user = Pool::default_user();
        user.vm_size = "Standard_E8s_v5".into();
        user.autoscale = true;
        user.min_count = "1".into();
        user.max_count = "10".into();
        plan.pools.push(user);
        let text = to_fragment(&plan);
        assert_eq!(
            text,
            "v=2&kubernetes-version=1.35&nodepool-name=nodepool1&nodepool-name=userpool&node-vm-size=Standard_E8s_v5\
             &min-count=1&max-count=10&enable-cluster-autoscaler=true"
        );
        assert_eq!(from_fragment(&text).plan, plan);
    }

    #[test]
    fn pool_keys_before_any_name_go_to_the_first_pool() {
        let d = from_fragment("max-pods=30&nodepool-name=user1&max-pods=50");
        assert_eq!(d.plan.pools.len(), 2);
        assert_eq!(d.plan.pools[0].max_pods, "30");
        assert_eq!(d.plan.pools[0].name, "nodepool1");
        assert_eq!(d.plan.pools[1].name, "user1");
        assert_eq!(d.plan.pools[1].mode, PoolMode::User);
        assert_eq!(d.plan.pools[1].max_pods, "50");
    }

    #[test]
    fn cluster_version_and_pool_version() {
        let mut plan = Plan::default();
        plan.cluster.kubernetes_version = "1.28".into();
        plan.pools[0].kubernetes_version = "1.27".into();
        let text = to_fragment(&plan);
        assert_eq!(
            text,
            "v=2&kubernetes-version=1.28&nodepool-name=nodepool1&kubernetes-version=1.27"
        );
        assert_eq!(from_fragment(&text).plan, plan);
    }

    #[test]
    fn garbage_keeps_what_it_can() {
        let d = from_fragment("#vm=%00%FF&max-pods=abc");
        assert_eq!(d.plan.pools[0].vm_size, "\u{0}\u{fffd}");
        assert_eq!(d.plan.pools[0].max_pods, "abc");
        assert!(d.notices.is_empty());

        let d = from_fragment("v=7&mode=boss&network-plugin=cni&%zz=1&=&&&os-type");
        assert_eq!(
            d.notices,
            [
                Notice::FutureVersion("7".into()),
                Notice::BadValue {
                    key: "mode".into(),
                    value: "boss".into()
                },
                Notice::BadValue {
                    key: "network-plugin".into(),
                    value: "cni".into()
                },
                Notice::UnknownKey("%zz".into()),
                Notice::UnknownKey("".into()),
                Notice::BadValue {
                    key: "os-type".into(),
                    value: "".into()
                },
            ]
        );
        assert_eq!(d.plan, Plan::default());
    }

    #[test]
    fn all_pairs_read_back_as_the_same_plan() {
        let mut plan = Plan::default();
        plan.pools.push(Pool::default_user());
        plan.cluster.network = NetworkModel::Kubenet;
        let all = pairs(&plan, true);
        let back = from_pairs(all.iter().map(|(k, v)| (k.to_string(), v.to_string())));
        assert_eq!(back.plan, plan);
        assert!(back.notices.is_empty());
    }

    #[test]
    fn view_keys() {
        let d = from_fragment("v=2&lang=ja&theme=dark&embed=1&readonly=true&max-pods=30");
        assert_eq!(
            d.view,
            View {
                lang: Some(Lang::Ja),
                theme: Some(Theme::Dark),
                embed: true,
                readonly: true
            }
        );
        assert_eq!(d.plan.pools[0].max_pods, "30");
        let mut link = to_fragment(&d.plan);
        d.view.append_to(&mut link);
        assert_eq!(from_fragment(&link).view, d.view);
        let d = from_fragment("lang=fr&theme=blue&embed=maybe");
        assert_eq!(d.view, View::default());
        assert_eq!(d.notices.len(), 3);
    }

    #[test]
    fn hostile_links_are_bounded() {
        let long = format!("node-vm-size={}", "A".repeat(100_000));
        let d = from_fragment(&long);
        assert_eq!(d.plan.pools[0].vm_size.len(), MAX_VALUE_LEN);
        assert_eq!(
            d.notices,
            [Notice::ValueCut {
                key: "node-vm-size".into()
            }]
        );

        let many: String = (0..300)
            .map(|i| format!("&nodepool-name=p{i}&max-pods=31"))
            .collect();
        let d = from_fragment(&many);
        assert_eq!(d.plan.pools.len(), MAX_POOLS);
        assert_eq!(d.plan.pools[99].name, "p99");
        assert_eq!(d.notices, [Notice::TooManyPools]);

        let pairs = "x=1&".repeat(10_000);
        let d = from_fragment(&pairs);
        assert_eq!(d.notices.len(), MAX_PAIRS + 1);
        assert_eq!(d.notices.last(), Some(&Notice::TooManyPairs));

        // Truncated in the middle of an escape, doubled, unicode digits.
        let d = from_fragment("max-pods=1%2");
        assert_eq!(d.plan.pools[0].max_pods, "1%2");
        let d = from_fragment("max-pods=30&max-pods=30");
        assert_eq!(d.plan.pools[0].max_pods, "30");
        let d = from_fragment("max-pods=%EF%BC%93%EF%BC%90");
        assert_eq!(d.plan.pools[0].max_pods, "３０");
    }

    #[test]
    fn keys_of_the_2026_12_rules() {
        let mut plan = Plan::default();
        plan.cluster.virtual_nodes_v2 = "2".into();
        plan.pools.push(Pool::default_user());
        let user = &mut plan.pools[1];
        user.max_surge = "0".into();
        user.max_unavailable = "2".into();
        user.os_sku = Some(OsSku::AzureLinux);
        user.memory_rule = RuleChoice::Custom;
        user.kube_reserved_cpu = "200".into();
        user.kube_reserved_memory = "1000".into();
        user.eviction_hard = "200Mi".into();
        let text = to_fragment(&plan);
        assert_eq!(
            text,
            "v=2&kubernetes-version=1.35&virtual-nodes-v2=2&nodepool-name=nodepool1&nodepool-name=userpool&max-surge=0\
             &max-unavailable=2&kube-reserved-cpu=200&kube-reserved-memory=1000\
             &eviction-hard=200Mi&memory-rule=custom&os-sku=AzureLinux"
        );
        assert_eq!(from_fragment(&text).plan, plan);
        // Every OS image, in any case; an unknown one is noted and the default kept.
        for sku in OsSku::ALL {
            let link = format!("os-sku={}", sku.id().to_ascii_uppercase());
            assert_eq!(from_fragment(&link).plan.pools[0].os_sku, Some(sku));
        }
        let d = from_fragment("os-sku=Ubuntu2004");
        assert_eq!(d.plan.pools[0].os_sku, None);
        assert_eq!(
            d.notices,
            [Notice::BadValue {
                key: "os-sku".into(),
                value: "Ubuntu2004".into()
            }]
        );
        // The new keys' defaults are left out.
        assert_eq!(to_fragment(&Plan::default()), "v=2&kubernetes-version=1.35");
        assert_eq!(pool_key(PoolField::OsSku), "os-sku");
        assert_eq!(pool_key(PoolField::MaxUnavailable), "max-unavailable");
        assert_eq!(
            cluster_key(ClusterField::VirtualNodesV2),
            "virtual-nodes-v2"
        );
    }

    #[test]
    fn wireguard_uses_az_s_flag_and_leaves_none_out() {
        let mut plan = Plan::default();
        plan.cluster.dataplane = Dataplane::Cilium;
        plan.cluster.wireguard = true;
        let text = to_fragment(&plan);
        assert_eq!(
            text,
            "v=2&kubernetes-version=1.35&network-dataplane=cilium&acns-transit-encryption-type=wireguard"
        );
        assert_eq!(from_fragment(&text).plan, plan);
        // In any case, as ARM writes it; `none` is the default; anything else is noted.
        let d = from_fragment("acns-transit-encryption-type=WireGuard");
        assert!(d.plan.cluster.wireguard && d.notices.is_empty());
        let d = from_fragment("acns-transit-encryption-type=none");
        assert!(!d.plan.cluster.wireguard && d.notices.is_empty());
        let d = from_fragment("acns-transit-encryption-type=ipsec");
        assert!(!d.plan.cluster.wireguard);
        assert_eq!(
            d.notices,
            [Notice::BadValue {
                key: "acns-transit-encryption-type".into(),
                value: "ipsec".into()
            }]
        );
        assert_eq!(
            cluster_key(ClusterField::WireGuard),
            "acns-transit-encryption-type"
        );
        assert!(pairs(&Plan::default(), true).contains(&("acns-transit-encryption-type", "none")));
    }

    #[test]
    fn schema_1_links_keep_the_version_they_were_written_with() {
        // Written when the default was 1.33, and naming none: 1.33, as it opened then.
        let v1 = from_fragment("#v=1&node-count=4").plan;
        assert_eq!(v1.cluster.kubernetes_version, "1.33");
        assert_eq!(to_fragment(&v1), "v=2&kubernetes-version=1.33&node-count=4");
        // Schema-1 subnet keys alone mark a v1 link too.
        let v1 = from_fragment("node-subnet-prefix=10.224.0.0/20").plan;
        assert_eq!(v1.cluster.kubernetes_version, "1.33");
        // A v1 link that names a version keeps it; a pool's own version is not the cluster's.
        let named = from_fragment("#v=1&kubernetes-version=1.30").plan;
        assert_eq!(named.cluster.kubernetes_version, "1.30");
        let pool = from_fragment("#v=1&nodepool-name=a&kubernetes-version=1.30").plan;
        assert_eq!(pool.cluster.kubernetes_version, "1.33");
        assert_eq!(pool.pools[0].kubernetes_version, "1.30");
        // Schema 2 names no version: today's default.
        let v2 = from_fragment("#v=2&node-count=4").plan;
        assert_eq!(
            v2.cluster.kubernetes_version,
            crate::plan::DEFAULT_KUBERNETES_VERSION
        );
    }

    #[test]
    fn values_are_escaped_only_where_needed() {
        let mut plan = Plan::default();
        plan.pools[0].capacity = "16 Gi&x=#%".into();
        plan.pools[0].max_surge = "33%".into();
        let text = to_fragment(&plan);
        assert_eq!(
            text,
            "v=2&kubernetes-version=1.35&max-surge=33%25&capacity=16%20Gi%26x%3D%23%25"
        );
        assert_eq!(from_fragment(&text).plan, plan);
    }

    #[test]
    fn outbound_keys_use_az_flags_and_leave_defaults_out() {
        use crate::plan::outbound::OutboundEdit;
        let mut plan = Plan::default();
        plan.apply(crate::plan::edit::Edit::Outbound(OutboundEdit::Type(
            OutboundType::UserDefinedRouting,
        )));
        plan.cluster.outbound.lb_ports = "8000".into();
        plan.cluster.outbound.firewall_ips = "20".into();
        plan.cluster.outbound.cloud = Cloud::China;
        plan.cluster.names.cluster_name = "aks-prod".into();
        plan.cluster.names.region = "chinaeast2".into();
        let text = to_fragment(&plan);
        assert_eq!(
            text,
            "v=2&kubernetes-version=1.35&outbound-type=userDefinedRouting&load-balancer-outbound-ports=8000\
             &firewall-public-ip-count=20&cloud=AzureChinaCloud&name=aks-prod&location=chinaeast2"
        );
        assert_eq!(from_fragment(&text).plan, plan);
        let d = from_fragment("outbound-type=nat&cloud=mars&managed-vnet=maybe&legacy-tunnel=1");
        assert_eq!(d.notices.len(), 3);
        assert!(d.plan.cluster.outbound.legacy_tunnel);
        assert_eq!(
            d.plan.cluster.outbound.outbound_type,
            OutboundType::LoadBalancer
        );
        let d = from_fragment(
            "outbound-type=MANAGEDNATGATEWAY&managed-vnet=true&node-resource-group=MC_x",
        );
        assert_eq!(
            d.plan.cluster.outbound.outbound_type,
            OutboundType::ManagedNatGateway
        );
        assert_eq!(d.plan.cluster.node_resource_group(), Some("MC_x"));
        assert!(d.notices.is_empty());
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]

        #[test]
        fn round_trip_property(plan in crate::plan::testing::plan()) {
            let link = to_fragment(&plan);
            let back = from_fragment(&link);
            prop_assert_eq!(&back.plan, &plan, "{}", link);
            prop_assert!(back.notices.is_empty(), "{}: {:?}", link, back.notices);
            // Every key written out, as the JSON export does.
            let all = pairs(&plan, true);
            let back = from_pairs(all.iter().map(|(k, v)| (k.to_string(), v.to_string())));
            prop_assert_eq!(&back.plan, &plan, "{:?}", all);
        }
    }
}
