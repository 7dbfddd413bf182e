//! The plan in the URL fragment: `#v=1&node-vm-size=Standard_D8s_v5&max-pods=110`.
//!
//! Keys are named after the `az aks create` / `az aks nodepool add` flags. Values equal to the
//! default are left out, so the default plan is just `#v=1`. Pool keys apply to the pool started
//! by the latest `nodepool-name`; pool keys before any `nodepool-name` apply to the first pool.
//! Reading never fails: what cannot be read becomes a [`Notice`], and the rest is kept.

use alloc::string::String;
use alloc::vec::Vec;
use core::fmt::Write;

use crate::plan::field::{ClusterField, PoolField, SubnetField};
use crate::plan::{
    Dataplane, MAX_POOLS, NetworkModel, OsType, Plan, Pool, PoolMode, RuleChoice, Tier,
};
use crate::rules::reserve::MemoryRule;
use crate::text::Lang;

/// The link schema this build writes.
pub const SCHEMA_VERSION: u32 = 1;
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
    }
    out
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
/// assert_eq!(to_fragment(&plan), "v=1");
/// plan.pools[0].max_pods = "110".into();
/// assert_eq!(to_fragment(&plan), "v=1&max-pods=110");
/// ```
pub fn to_fragment(plan: &Plan) -> String {
    let mut out = String::new();
    let _ = write!(out, "v={SCHEMA_VERSION}");
    for (key, value) in pairs(plan, false) {
        out.push('&');
        out.push_str(key);
        out.push('=');
        encode_into(&mut out, value);
    }
    out
}

/// Text fields of the cluster and their keys, in the order links list them.
const CLUSTER_TEXT_KEYS: [(&str, ClusterField); 11] = [
    ("kubernetes-version", ClusterField::KubernetesVersion),
    ("vnet-address-prefixes", ClusterField::Vnet),
    ("node-subnet-prefix", ClusterField::NodeSubnet),
    ("pod-subnet-prefix", ClusterField::PodSubnet),
    ("pod-cidr", ClusterField::PodCidr),
    ("service-cidr", ClusterField::ServiceCidr),
    ("dns-service-ip", ClusterField::DnsServiceIp),
    ("peered-ranges", ClusterField::ListedRanges),
    ("internal-lbs", ClusterField::InternalLbs),
    ("private-endpoints", ClusterField::PrivateEndpoints),
    ("other-ips", ClusterField::OtherIps),
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
const POOL_TEXT_KEYS: [(&str, PoolField); 16] = [
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

/// The link key of a cluster field (also how exports name it).
pub fn cluster_key(field: ClusterField) -> &'static str {
    match field {
        ClusterField::Network => "network-plugin",
        ClusterField::Dataplane => "network-dataplane",
        ClusterField::Tier => "tier",
        ClusterField::PrivateCluster => "enable-private-cluster",
        ClusterField::VirtualNodes => "virtual-nodes",
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
    }
}

/// Characters kept as they are: unreserved ones plus `/ : , .` so CIDRs stay readable.
fn keep(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~' | b'/' | b':' | b',')
}

fn encode_into(out: &mut String, value: &str) {
    for b in value.bytes() {
        if keep(b) {
            out.push(b as char);
        } else {
            let _ = write!(out, "%{b:02X}");
        }
    }
}

// ---- reading ------------------------------------------------------------------------------

/// Percent-decodes; a `%` not followed by two hex digits is kept as it is, and bytes that are
/// not UTF-8 become U+FFFD.
fn decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        let hex = |j: usize| bytes.get(j).and_then(|&h| (h as char).to_digit(16));
        match (b, hex(i + 1), hex(i + 2)) {
            (b'%', Some(hi), Some(lo)) => {
                out.push((hi * 16 + lo) as u8);
                i += 3;
            }
            _ => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
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
    let mut plan = Plan::default();
    let mut view = View::default();
    let mut notices = Vec::new();
    let mut network = NetworkKeys::default();
    // Whether pool 0 has been touched by any key, which decides what `nodepool-name` means.
    let mut pool0_touched = false;
    let mut pool0_named = false;
    // Past the pool limit, keys of the dropped pools are skipped.
    let mut dropping = false;

    for (n, (key, value)) in pairs.enumerate() {
        if n == MAX_PAIRS {
            notices.push(Notice::TooManyPairs);
            break;
        }
        let value = cut(value, &key, &mut notices);
        let bad = |notices: &mut Vec<Notice>| {
            notices.push(Notice::BadValue {
                key: shown_key(&key),
                value: crate::plan::quantity::shown(&value),
            });
        };
        let key = key.as_str();
        match key {
            "v" => {
                if value.trim() != "1" {
                    notices.push(Notice::FutureVersion(crate::plan::quantity::shown(&value)));
                }
            }
            "lang" => match value.to_ascii_lowercase().as_str() {
                "en" => view.lang = Some(Lang::En),
                "ja" => view.lang = Some(Lang::Ja),
                _ => bad(&mut notices),
            },
            "theme" => match value.to_ascii_lowercase().as_str() {
                "light" => view.theme = Some(Theme::Light),
                "dark" => view.theme = Some(Theme::Dark),
                _ => bad(&mut notices),
            },
            "embed" => match flag(&value) {
                Some(on) => view.embed = on,
                None => bad(&mut notices),
            },
            "readonly" => match flag(&value) {
                Some(on) => view.readonly = on,
                None => bad(&mut notices),
            },
            "network-plugin" => match value.to_ascii_lowercase().as_str() {
                "azure" => network.plugin = Some(false),
                "kubenet" => network.plugin = Some(true),
                _ => bad(&mut notices),
            },
            "network-plugin-mode" => match value.to_ascii_lowercase().as_str() {
                "overlay" => network.overlay = true,
                _ => bad(&mut notices),
            },
            "pod-ip-allocation-mode" => match value.to_ascii_lowercase().as_str() {
                "dynamicindividual" => network.allocation = Some(false),
                "staticblock" => network.allocation = Some(true),
                _ => bad(&mut notices),
            },
            "network-dataplane" => match value.to_ascii_lowercase().as_str() {
                "azure" => plan.cluster.dataplane = Dataplane::Azure,
                "cilium" => plan.cluster.dataplane = Dataplane::Cilium,
                _ => bad(&mut notices),
            },
            "kubernetes-version" if !pool0_named => plan.cluster.kubernetes_version = value,
            "tier" => match value.to_ascii_lowercase().as_str() {
                "free" => plan.cluster.tier = Tier::Free,
                "standard" => plan.cluster.tier = Tier::Standard,
                "premium" => plan.cluster.tier = Tier::Premium,
                _ => bad(&mut notices),
            },
            "enable-private-cluster" => match flag(&value) {
                Some(on) => plan.cluster.private_cluster = on,
                None => bad(&mut notices),
            },
            "virtual-nodes" => match flag(&value) {
                Some(on) => plan.cluster.virtual_nodes = on,
                None => bad(&mut notices),
            },
            _ if key != "kubernetes-version"
                && CLUSTER_TEXT_KEYS.iter().any(|(k, _)| *k == key) =>
            {
                if let Some((_, field)) = CLUSTER_TEXT_KEYS.iter().find(|(k, _)| *k == key) {
                    if let Some(slot) = plan.cluster.text_mut(*field) {
                        *slot = value;
                    }
                }
            }
            "nodepool-name" => {
                if !pool0_named && !pool0_touched {
                    pool0_named = true;
                    if let Some(p) = plan.pools.first_mut() {
                        p.name = value;
                    }
                } else if plan.pools.len() >= MAX_POOLS {
                    if !dropping {
                        notices.push(Notice::TooManyPools);
                    }
                    dropping = true;
                } else {
                    pool0_named = true;
                    let mut pool = Pool::template(plan.pools.len());
                    pool.name = value;
                    plan.pools.push(pool);
                }
            }
            _ if dropping => {}
            _ => {
                let Some(pool) = plan.pools.last_mut() else {
                    continue;
                };
                let key = if key == "vm" { "node-vm-size" } else { key };
                let text_field = POOL_TEXT_KEYS.iter().find(|(k, _)| *k == key);
                let known = if let Some(slot) = text_field.and_then(|(_, f)| pool.text_mut(*f)) {
                    *slot = value;
                    true
                } else {
                    match (key, value.to_ascii_lowercase().as_str()) {
                        ("mode", "system") => pool.mode = PoolMode::System,
                        ("mode", "user") => pool.mode = PoolMode::User,
                        ("os-type", "linux") => pool.os = OsType::Linux,
                        ("os-type", "windows") => pool.os = OsType::Windows,
                        ("enable-cluster-autoscaler", v) if flag(v).is_some() => {
                            pool.autoscale = flag(v).unwrap_or(false);
                        }
                        ("memory-rule", v) => match v {
                            "auto" => pool.memory_rule = RuleChoice::Auto,
                            "current" => pool.memory_rule = RuleChoice::Fixed(MemoryRule::Current),
                            "legacy" => pool.memory_rule = RuleChoice::Fixed(MemoryRule::Legacy),
                            "windows" => pool.memory_rule = RuleChoice::Fixed(MemoryRule::Windows),
                            "hardening" => {
                                pool.memory_rule = RuleChoice::Fixed(MemoryRule::Hardening)
                            }
                            _ => bad(&mut notices),
                        },
                        ("mode" | "os-type" | "enable-cluster-autoscaler", _) => bad(&mut notices),
                        _ => {
                            notices.push(Notice::UnknownKey(shown_key(key)));
                            continue;
                        }
                    }
                    true
                };
                if known && plan.pools.len() == 1 {
                    pool0_touched = true;
                }
            }
        }
    }
    plan.cluster.network = network.model();
    Decoded {
        plan,
        view,
        notices,
    }
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
    use crate::testing::Rng;
    use alloc::format;
    use alloc::string::ToString;

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
    fn default_plan_is_short() {
        assert_eq!(to_fragment(&Plan::default()), "v=1");
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
            "v=1&nodepool-name=nodepool1&nodepool-name=userpool&node-vm-size=Standard_E8s_v5\
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
            "v=1&kubernetes-version=1.28&nodepool-name=nodepool1&kubernetes-version=1.27"
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
        let d = from_fragment("v=1&lang=ja&theme=dark&embed=1&readonly=true&max-pods=30");
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
    fn values_are_escaped_only_where_needed() {
        let mut plan = Plan::default();
        plan.pools[0].capacity = "16 Gi&x=#%".into();
        plan.pools[0].max_surge = "33%".into();
        let text = to_fragment(&plan);
        assert_eq!(text, "v=1&max-surge=33%25&capacity=16%20Gi%26x%3D%23%25");
        assert_eq!(from_fragment(&text).plan, plan);
    }

    /// A random text field: mostly plausible values, sometimes hostile ones.
    fn text(rng: &mut Rng) -> String {
        const SAMPLES: [&str; 12] = [
            "",
            "3",
            "110",
            "abc",
            "Standard_D8s_v5",
            "10%",
            "1.29",
            "16393524Ki",
            "&=#%",
            "日本語",
            "\u{0}",
            " 7 ",
        ];
        if rng.below(4) == 0 {
            (0..rng.below(12))
                .map(|_| char::from_u32(rng.below(0x3000) as u32).unwrap_or('x'))
                .collect()
        } else {
            SAMPLES[rng.below(SAMPLES.len() as u64) as usize].to_string()
        }
    }

    #[test]
    fn round_trip_property() {
        let mut rng = Rng::new(0x5eed);
        for _ in 0..2000 {
            let mut plan = Plan::default();
            plan.cluster.network = NetworkModel::ALL[rng.below(5) as usize];
            plan.cluster.dataplane = if rng.below(2) == 0 {
                Dataplane::Azure
            } else {
                Dataplane::Cilium
            };
            plan.cluster.tier = [Tier::Free, Tier::Standard, Tier::Premium][rng.below(3) as usize];
            plan.cluster.private_cluster = rng.below(2) == 0;
            plan.cluster.virtual_nodes = rng.below(2) == 0;
            for (_, field) in CLUSTER_TEXT_KEYS {
                if rng.below(3) == 0 {
                    if let Some(slot) = plan.cluster.text_mut(field) {
                        *slot = text(&mut rng);
                    }
                }
            }
            plan.pools.clear();
            for i in 0..=rng.below(4) {
                let mut p = Pool::template(i as usize);
                p.name = text(&mut rng);
                p.mode = if rng.below(2) == 0 {
                    PoolMode::System
                } else {
                    PoolMode::User
                };
                p.os = if rng.below(3) == 0 {
                    OsType::Windows
                } else {
                    OsType::Linux
                };
                p.autoscale = rng.below(2) == 0;
                p.memory_rule = [
                    RuleChoice::Auto,
                    RuleChoice::Fixed(MemoryRule::Current),
                    RuleChoice::Fixed(MemoryRule::Legacy),
                    RuleChoice::Fixed(MemoryRule::Windows),
                    RuleChoice::Fixed(MemoryRule::Hardening),
                ][rng.below(5) as usize];
                for (_, field) in POOL_TEXT_KEYS {
                    if rng.below(3) == 0 {
                        if let Some(slot) = p.text_mut(field) {
                            *slot = text(&mut rng);
                        }
                    }
                }
                plan.pools.push(p);
            }
            let link = to_fragment(&plan);
            let back = from_fragment(&link);
            assert_eq!(back.plan, plan, "{link}");
            assert!(back.notices.is_empty(), "{link}: {:?}", back.notices);
            // Every key written out, as the JSON export does.
            let all = pairs(&plan, true);
            let back = from_pairs(all.iter().map(|(k, v)| (k.to_string(), v.to_string())));
            assert_eq!(back.plan, plan, "{all:?}");
        }
    }
}
