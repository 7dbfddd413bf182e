//! Imports: a JSON export of this calculator, or what the Azure CLI prints for a real cluster
//! (`az aks show`, `az aks nodepool list`, `az aks nodepool show`) or VNet
//! (`az network vnet show`), read entirely in the page. The raw ARM bodies of the same resources
//! (everything under `properties`, as `az rest`, `az resource show` and the portal's JSON view
//! print them) are read too.
//!
//! Pools go into the subnets their `vnetSubnetID` / `podSubnetID` name (the last segment of the
//! resource ID), the API server into its `apiServerAccessProfile.subnetId`; a subnet the plan
//! does not have yet is added with no prefix (auto) and a notice that its range is unknown.

use crate::rules::subnet::Purpose;
use alloc::string::{String, ToString};
use alloc::vec::Vec;

use serde_json::Value;

use crate::formats::export::{JSON_SCHEMA, JSON_SCHEMA_V1};
use crate::formats::fragment::{self, Notice};
use crate::formats::json::{self, Members, ReadError, as_text};
use crate::plan::quantity::shown;
use crate::plan::{
    Cluster, Dataplane, NetworkModel, OsSku, OsType, Plan, Pool, PoolMode, RuleChoice, Subnet, Tier,
};
use crate::text::{Lang, T};

/// What was recognised in the pasted text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Source {
    /// This calculator's JSON export.
    Export,
    /// `az aks show`: the cluster, its network and its pools.
    AksShow,
    /// `az aks nodepool list`: the pools.
    NodepoolList,
    /// `az network vnet show`: address space, subnets and peerings.
    VnetShow,
    /// `az aks nodepool show`: one pool, replacing the pool of its name or added.
    NodepoolShow,
}

/// Something about an import worth telling.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportNotice {
    /// A link notice from reading an export.
    Link(Notice),
    /// What this subnet of the VNet is for was guessed from its name.
    PurposeGuessed { name: String, purpose: Purpose },
    /// `networkPlugin: none` (bring your own CNI) is not modelled; the model was kept.
    ByoCni,
    /// More pools than AKS allows; the rest were dropped.
    TooManyPools,
    /// The cluster names a subnet the plan has no range for: it was added as auto.
    SubnetRangeUnknown { name: String, purpose: Purpose },
    /// A pool's OS image (`osSku`) is not one the page plans by that name: read as the image of
    /// its family (`Ubuntu2404` as Ubuntu), or `None`, AKS's default for the OS and version.
    OsSkuRead {
        pool: String,
        sku: String,
        read: Option<OsSku>,
    },
}

impl Source {
    /// What was imported, in words.
    pub fn message(self) -> T {
        use crate::text::io::import_source as s;
        match self {
            Source::Export => s::EXPORT,
            Source::AksShow => s::AKS_SHOW,
            Source::NodepoolList => s::NODEPOOL_LIST,
            Source::VnetShow => s::VNET_SHOW,
            Source::NodepoolShow => s::NODEPOOL_SHOW,
        }
    }
}

impl ImportNotice {
    /// The notice in words.
    pub fn message(&self, lang: Lang) -> String {
        use crate::text::io;
        match self {
            ImportNotice::Link(notice) => notice.message(lang),
            ImportNotice::PurposeGuessed { name, purpose } => {
                io::purpose_guessed(name, crate::text::design::purpose(*purpose).get(lang), lang)
            }
            ImportNotice::ByoCni => String::from(io::BYO_CNI.get(lang)),
            ImportNotice::TooManyPools => String::from(io::IMPORT_TOO_MANY_POOLS.get(lang)),
            ImportNotice::SubnetRangeUnknown { name, purpose } => io::subnet_range_unknown(
                name,
                crate::text::design::purpose(*purpose).get(lang),
                lang,
            ),
            ImportNotice::OsSkuRead { pool, sku, read } => {
                io::os_sku_read(pool, sku, read.map(crate::text::os_sku), lang)
            }
        }
    }
}

/// Why nothing was imported.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportError {
    /// Longer than [`json::MAX_LEN`]: refused before reading.
    TooLarge,
    /// Not JSON (or nested too deep): where reading stopped, line and column counted from 1.
    NotJson { line: usize, column: usize },
    /// JSON, but none of the shapes above.
    Unrecognised,
}

impl ImportError {
    /// The error in words.
    pub fn message(&self, lang: Lang) -> String {
        use crate::text::{io, label};
        match self {
            ImportError::TooLarge => String::from(label::IMPORT_TOO_LARGE.get(lang)),
            ImportError::NotJson { line, column } => io::import_not_json(*line, *column, lang),
            ImportError::Unrecognised => String::from(label::IMPORT_UNRECOGNISED.get(lang)),
        }
    }
}

impl From<ReadError> for ImportError {
    fn from(e: ReadError) -> Self {
        match e {
            ReadError::TooLarge => ImportError::TooLarge,
            ReadError::NotJson { line, column } => ImportError::NotJson { line, column },
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Imported {
    pub plan: Plan,
    pub source: Source,
    pub notices: Vec<ImportNotice>,
}

/// Reads pasted JSON and fills `current` with it: an export replaces the plan; `az aks show`
/// replaces the cluster settings and pools and keeps the VNet's ranges; `az aks nodepool list`
/// replaces the pools; `az aks nodepool show` replaces or adds one pool; `az network vnet show`
/// replaces the address space and subnets.
///
/// # Examples
/// ```
/// use aks_calc::{formats::import::{import, Source}, plan::Plan};
/// let az = r#"[{"name": "gpu", "mode": "User", "osType": "Linux", "vmSize": "Standard_NC24ads_A100_v4", "count": 2, "maxPods": 30}]"#;
/// let imported = import(az, &Plan::default()).unwrap();
/// assert_eq!(imported.source, Source::NodepoolList);
/// assert_eq!(imported.plan.pools[0].vm_size, "Standard_NC24ads_A100_v4");
/// ```
pub fn import(text: &str, current: &Plan) -> Result<Imported, ImportError> {
    let doc = json::parse(text)?;
    let mut notices = Vec::new();
    // The raw ARM body of a resource has its properties under `properties`.
    let body = properties(&doc);
    let (plan, source) = if doc.get("schema").is_some() && doc.get("plan").is_some() {
        (from_export(&doc, &mut notices), Source::Export)
    } else if body.get_ci("agentPoolProfiles").is_some() || body.get_ci("networkProfile").is_some()
    {
        (from_aks_show(&doc, current, &mut notices), Source::AksShow)
    } else if let Some(items) = pool_list(&doc) {
        let mut plan = current.clone();
        plan.pools = pools(items, &plan, &mut notices);
        place_pools(items, &mut plan, current, &mut notices);
        (plan, Source::NodepoolList)
    } else if body.get_ci("vmSize").is_some() {
        (
            from_nodepool_show(&doc, current, &mut notices),
            Source::NodepoolShow,
        )
    } else if body.get_ci("addressSpace").is_some() {
        (
            from_vnet_show(&doc, current, &mut notices),
            Source::VnetShow,
        )
    } else {
        return Err(ImportError::Unrecognised);
    };
    Ok(Imported {
        plan,
        source,
        notices,
    })
}

/// A resource's properties: under `properties` in an ARM body, at the top as `az` prints them.
fn properties(v: &Value) -> &Value {
    v.get_ci("properties")
        .filter(|p| p.is_object())
        .unwrap_or(v)
}

/// The agent pools of `az aks nodepool list` (an array) or of its ARM body (`{"value": […]}`).
fn pool_list(doc: &Value) -> Option<&[Value]> {
    let items = doc
        .as_array()
        .or_else(|| doc.get("value").and_then(Value::as_array))?;
    items
        .iter()
        .any(|p| properties(p).get_ci("vmSize").is_some())
        .then_some(items.as_slice())
}

fn from_export(doc: &Value, notices: &mut Vec<ImportNotice>) -> Plan {
    let schema = doc.get("schema").and_then(Value::as_str);
    if schema != Some(JSON_SCHEMA) && schema != Some(JSON_SCHEMA_V1) {
        let schema = doc.get("schema").and_then(as_text).unwrap_or_default();
        notices.push(ImportNotice::Link(Notice::FutureVersion(shown(&schema))));
    }
    let plan = doc.get("plan");
    let mut pairs = export_members(plan.and_then(|p| p.get("cluster")), "");
    for (list, name) in [("subnets", "subnet-name"), ("pools", "nodepool-name")] {
        for item in plan
            .and_then(|p| p.get(list))
            .and_then(Value::as_array)
            .map_or(&[][..], Vec::as_slice)
        {
            pairs.extend(export_members(Some(item), name));
        }
    }
    let decoded = fragment::from_pairs(pairs.into_iter());
    notices.extend(decoded.notices.into_iter().map(ImportNotice::Link));
    decoded.plan
}

/// One object of an export's plan as link pairs. serde_json hands the members over sorted by
/// name, not in the file's order; what the order means to [`fragment::from_pairs`] is that
/// `subnet-name` starts a subnet and `nodepool-name` a pool, so `first` goes first.
fn export_members(object: Option<&Value>, first: &str) -> Vec<(String, String)> {
    let Some(members) = object.and_then(Value::as_object) else {
        return Vec::new();
    };
    let pair = |(k, v): (&String, &Value)| (k.clone(), as_text(v).unwrap_or_default());
    let name = members.get_key_value(first).map(pair);
    name.into_iter()
        .chain(members.iter().filter(|(k, _)| *k != first).map(pair))
        .collect()
}

/// A text member, or a number printed as text.
fn text(v: &Value, key: &str) -> Option<String> {
    v.get_ci(key).and_then(as_text)
}

/// An array member, or nothing.
fn array<'a>(v: &'a Value, key: &str) -> &'a [Value] {
    v.get_ci(key)
        .and_then(Value::as_array)
        .map_or(&[], Vec::as_slice)
}

/// A list member (`podCidrs`) joined the way the page takes lists.
fn list(v: &Value, key: &str) -> Option<String> {
    let items: Vec<&str> = array(v, key).iter().filter_map(Value::as_str).collect();
    (!items.is_empty()).then(|| items.join(","))
}

fn from_aks_show(doc: &Value, current: &Plan, notices: &mut Vec<ImportNotice>) -> Plan {
    let mut plan = current.clone();
    let body = properties(doc);
    cluster_settings(doc, &mut plan.cluster);
    let profiles = array(body, "agentPoolProfiles");
    if let Some(net) = body.get_ci("networkProfile") {
        network_profile(net, profiles, &mut plan.cluster, notices);
    }
    if !profiles.is_empty() {
        plan.pools = pools(profiles, &plan, notices);
        place_pools(profiles, &mut plan, current, notices);
    }
    cluster_subnets(body, &mut plan, current, notices);
    plan
}

/// `az aks nodepool show` (or its ARM body): the pool of that name is replaced, or it is added.
fn from_nodepool_show(doc: &Value, current: &Plan, notices: &mut Vec<ImportNotice>) -> Plan {
    let mut plan = current.clone();
    let name = text(doc, "name").unwrap_or_default();
    let index = plan
        .pools
        .iter()
        .position(|p| p.name.eq_ignore_ascii_case(name.trim()))
        .unwrap_or(plan.pools.len());
    if index >= crate::plan::MAX_POOLS {
        notices.push(ImportNotice::TooManyPools);
        return plan;
    }
    let mut pool = pool_from_az(index, doc, &plan, notices);
    place_pool(doc, &mut pool, &mut plan, current, notices);
    match plan.pools.get_mut(index) {
        Some(slot) => *slot = pool,
        None => plan.pools.push(pool),
    }
    plan
}

/// The version, tier, private API server and virtual nodes of `az aks show`.
fn cluster_settings(doc: &Value, c: &mut Cluster) {
    // The SKU is at the top in both shapes; the rest is under `properties` in an ARM body.
    let top = doc;
    let doc = properties(doc);
    if let Some(v) =
        text(doc, "kubernetesVersion").or_else(|| text(doc, "currentKubernetesVersion"))
    {
        c.kubernetes_version = v;
    }
    match top
        .path(&["sku", "tier"])
        .and_then(Value::as_str)
        .map(str::to_ascii_lowercase)
        .as_deref()
    {
        Some("free") => c.tier = Tier::Free,
        Some("standard") => c.tier = Tier::Standard,
        Some("premium") => c.tier = Tier::Premium,
        _ => {}
    }
    if let Some(on) = doc
        .path(&["apiServerAccessProfile", "enablePrivateCluster"])
        .and_then(Value::as_bool)
    {
        c.private_cluster = on;
    }
    if let Some(on) = doc
        .path(&["apiServerAccessProfile", "enableVnetIntegration"])
        .and_then(Value::as_bool)
    {
        c.apiserver_vnet_integration = on;
    }
    if let Some(on) = doc
        .path(&["addonProfiles", "aciConnectorLinux", "enabled"])
        .and_then(Value::as_bool)
    {
        c.virtual_nodes = on;
    }
}

/// The `networkProfile` of `az aks show`: the model (which the pools' pod subnets decide
/// between the VNet models), the dataplane and the address ranges.
fn network_profile(
    net: &Value,
    profiles: &[Value],
    c: &mut Cluster,
    notices: &mut Vec<ImportNotice>,
) {
    let plugin = text(net, "networkPlugin")
        .unwrap_or_default()
        .to_ascii_lowercase();
    let mode = text(net, "networkPluginMode")
        .unwrap_or_default()
        .to_ascii_lowercase();
    let pod_subnets = profiles
        .iter()
        .any(|p| p.get_ci("podSubnetId").and_then(Value::as_str).is_some());
    let static_block = profiles.iter().any(|p| {
        text(p, "podIpAllocationMode").is_some_and(|m| m.eq_ignore_ascii_case("StaticBlock"))
    });
    c.network = match (plugin.as_str(), mode.as_str()) {
        ("kubenet", _) => NetworkModel::Kubenet,
        ("azure", "overlay") => NetworkModel::Overlay,
        ("azure", _) if pod_subnets && static_block => NetworkModel::PodSubnetStatic,
        ("azure", _) if pod_subnets => NetworkModel::PodSubnetDynamic,
        ("azure", _) => NetworkModel::NodeSubnet,
        _ => {
            notices.push(ImportNotice::ByoCni);
            c.network
        }
    };
    if let Some(d) = text(net, "networkDataplane") {
        c.dataplane = if d.eq_ignore_ascii_case("cilium") {
            Dataplane::Cilium
        } else {
            Dataplane::Azure
        };
    }
    if let Some(p) = list(net, "podCidrs").or_else(|| text(net, "podCidr")) {
        c.pod_cidr = p;
    }
    if let Some(s) = list(net, "serviceCidrs").or_else(|| text(net, "serviceCidr")) {
        c.service_cidr = s;
    }
    if let Some(d) = text(net, "dnsServiceIp") {
        c.dns_service_ip = d;
    }
}

/// Pools from agent pool objects (as `az aks show` and `az aks nodepool list` print them, or
/// with their properties under `properties` as ARM has them).
fn pools(items: &[Value], plan: &Plan, notices: &mut Vec<ImportNotice>) -> Vec<Pool> {
    if items.len() > crate::plan::MAX_POOLS {
        notices.push(ImportNotice::TooManyPools);
    }
    items
        .iter()
        .take(crate::plan::MAX_POOLS)
        .enumerate()
        .map(|(i, p)| pool_from_az(i, p, plan, notices))
        .collect()
}

/// One pool from an agent pool object; `index` picks the template (the first pool is a
/// system pool).
fn pool_from_az(index: usize, item: &Value, plan: &Plan, notices: &mut Vec<ImportNotice>) -> Pool {
    let mut pool = Pool::template(index);
    let p = properties(item);
    if let Some(name) = text(item, "name") {
        pool.name = name;
    }
    match text(p, "mode").map(|m| m.to_ascii_lowercase()).as_deref() {
        Some("system") => pool.mode = PoolMode::System,
        Some("user") => pool.mode = PoolMode::User,
        _ => {}
    }
    if text(p, "osType").is_some_and(|o| o.eq_ignore_ascii_case("windows")) {
        pool.os = OsType::Windows;
    }
    if let Some(vm) = text(p, "vmSize") {
        pool.vm_size = vm;
    }
    if let Some(count) = text(p, "count") {
        pool.node_count = count;
    }
    pool.autoscale = p
        .get_ci("enableAutoScaling")
        .and_then(Value::as_bool)
        .unwrap_or(false);
    pool.min_count = text(p, "minCount").unwrap_or_default();
    pool.max_count = text(p, "maxCount").unwrap_or_default();
    if let Some(max_pods) = text(p, "maxPods") {
        // The model's default is kept implicit so a later model switch follows AKS.
        if max_pods != plan.cluster.network.default_max_pods().to_string() {
            pool.max_pods = max_pods;
        }
    }
    pool.max_surge = p
        .path(&["upgradeSettings", "maxSurge"])
        .and_then(as_text)
        .unwrap_or_default();
    let version = text(p, "orchestratorVersion").or_else(|| text(p, "currentOrchestratorVersion"));
    if let Some(v) = version.filter(|v| *v != plan.cluster.kubernetes_version) {
        pool.kubernetes_version = v;
    }
    // 0 is AKS's default: kept implicit, like maxPods.
    pool.max_unavailable = p
        .path(&["upgradeSettings", "maxUnavailable"])
        .and_then(as_text)
        .filter(|v| v.trim() != "0")
        .unwrap_or_default();
    if let Some(sku) = text(p, "osSku") {
        pool.os_sku = os_sku(&pool.name, &sku, notices);
    }
    kubelet_config(p, &mut pool);
    pool
}

/// The page's image for an `osSku` AKS prints: the same name, or the image of its family
/// (Ubuntu 22.04 and 24.04 as Ubuntu; Azure Linux 3 and CBL-Mariner as Azure Linux), said in a
/// notice; others (Windows2019, WindowsAnnual, …) leave AKS's default, also said.
fn os_sku(pool: &str, sku: &str, notices: &mut Vec<ImportNotice>) -> Option<OsSku> {
    if let Some(exact) = OsSku::from_id(sku) {
        return Some(exact);
    }
    let id = sku.trim().to_ascii_lowercase();
    let read = if id.starts_with("ubuntu") {
        Some(OsSku::Ubuntu)
    } else if id.starts_with("azurelinux") || id == "cblmariner" || id == "mariner" {
        Some(OsSku::AzureLinux)
    } else {
        None
    };
    notices.push(ImportNotice::OsSkuRead {
        pool: shown(pool),
        sku: shown(sku),
        read,
    });
    read
}

/// A custom kubelet configuration's reservations (`kubeletConfig.kubeReserved`,
/// `.hardEvictionThreshold.memoryAvailable`, preview): the pool takes the custom rule with them.
fn kubelet_config(p: &Value, pool: &mut Pool) {
    let Some(kubelet) = p.get_ci("kubeletConfig") else {
        return;
    };
    let read = |path: &[&str]| kubelet.path(path).and_then(as_text).unwrap_or_default();
    pool.kube_reserved_cpu = read(&["kubeReserved", "cpuMillicores"]);
    pool.kube_reserved_memory = read(&["kubeReserved", "memoryMB"]);
    pool.eviction_hard = read(&["hardEvictionThreshold", "memoryAvailable"]);
    let custom = [
        &pool.kube_reserved_cpu,
        &pool.kube_reserved_memory,
        &pool.eviction_hard,
    ];
    if custom.iter().any(|v| !v.trim().is_empty()) {
        pool.memory_rule = RuleChoice::Custom;
    }
}

/// The subnet a resource ID names: its last segment after `/subnets/`.
///
/// `/subscriptions/…/virtualNetworks/vnet-aks/subnets/snet-nodes` → `snet-nodes`.
fn subnet_name(id: &str) -> Option<String> {
    let id = id.trim().trim_end_matches('/');
    let at = id.to_ascii_lowercase().rfind("/subnets/")?;
    let name = id.get(at + "/subnets/".len()..)?;
    (!name.is_empty() && !name.contains('/')).then(|| String::from(name))
}

/// Puts each imported pool in the subnets its resource IDs name.
fn place_pools(items: &[Value], plan: &mut Plan, current: &Plan, notices: &mut Vec<ImportNotice>) {
    for (i, item) in items.iter().take(crate::plan::MAX_POOLS).enumerate() {
        let Some(mut pool) = plan.pools.get(i).cloned() else {
            continue;
        };
        place_pool(item, &mut pool, plan, current, notices);
        if let Some(slot) = plan.pools.get_mut(i) {
            *slot = pool;
        }
    }
}

/// The pool's node subnet (`vnetSubnetID`) and pod subnet (`podSubnetID`), by name.
fn place_pool(
    item: &Value,
    pool: &mut Pool,
    plan: &mut Plan,
    current: &Plan,
    notices: &mut Vec<ImportNotice>,
) {
    let p = properties(item);
    let named = |key: &str| text(p, key).as_deref().and_then(subnet_name);
    if let Some(name) = named("vnetSubnetID") {
        pool.vnet_subnet = use_subnet(plan, current, &name, Purpose::Nodes, notices);
    }
    if let Some(name) = named("podSubnetID") {
        pool.pod_subnet = use_subnet(plan, current, &name, Purpose::Pods, notices);
    }
}

/// The API server's subnet (API Server VNet Integration) and the virtual nodes' subnet.
fn cluster_subnets(body: &Value, plan: &mut Plan, current: &Plan, notices: &mut Vec<ImportNotice>) {
    let api = body
        .path(&["apiServerAccessProfile", "subnetId"])
        .and_then(Value::as_str)
        .and_then(subnet_name);
    if let Some(name) = api {
        plan.cluster.apiserver_subnet =
            use_subnet(plan, current, &name, Purpose::ApiServer, notices);
    }
    let aci = body
        .path(&["addonProfiles", "aciConnectorLinux"])
        .filter(|a| a.get_ci("enabled").and_then(Value::as_bool) == Some(true))
        .and_then(|a| a.path(&["config", "SubnetName"]))
        .and_then(Value::as_str)
        .map(str::trim)
        .filter(|n| !n.is_empty());
    if let Some(name) = aci {
        use_subnet(plan, current, name, Purpose::VirtualNodes, notices);
    }
}

/// The subnet named `name`, used for `purpose`; added with no prefix (and a notice) when the
/// plan has none of that name. The subnets a plan starts with give way to the ones the cluster
/// names. Returns the name as the plan spells it.
fn use_subnet(
    plan: &mut Plan,
    current: &Plan,
    name: &str,
    purpose: Purpose,
    notices: &mut Vec<ImportNotice>,
) -> String {
    let subnets = &mut plan.cluster.subnets;
    // Still the defaults of a new plan: they describe AKS's managed VNet, not this cluster's.
    if *subnets == current.cluster.default_subnets() {
        subnets.clear();
    }
    if let Some(s) = subnets
        .iter_mut()
        .find(|s| s.name.trim().eq_ignore_ascii_case(name))
    {
        // What the cluster uses it for is what it is for.
        s.purpose = purpose;
        return s.name.clone();
    }
    if subnets.len() < crate::plan::MAX_SUBNETS {
        subnets.push(Subnet::auto(name, purpose));
        notices.push(ImportNotice::SubnetRangeUnknown {
            name: shown(name),
            purpose,
        });
    }
    String::from(name)
}

fn from_vnet_show(doc: &Value, current: &Plan, notices: &mut Vec<ImportNotice>) -> Plan {
    let mut plan = current.clone();
    let c = &mut plan.cluster;
    // `az network vnet show` prints the properties at the top; a raw ARM body has them under
    // `properties` (as `az rest`, `az resource show` and the portal's JSON view print it).
    let body = doc.get_ci("properties").unwrap_or(doc);
    if let Some(space) = body
        .get_ci("addressSpace")
        .and_then(|a| list(a, "addressPrefixes"))
    {
        c.vnet = space;
    }
    let subnets: Vec<Subnet> = array(body, "subnets")
        .iter()
        .take(crate::plan::MAX_SUBNETS)
        .map(|s| subnet_from_az(s, notices))
        .collect();
    if array(body, "subnets").len() > crate::plan::MAX_SUBNETS {
        notices.push(ImportNotice::Link(Notice::TooManySubnets));
    }
    if !subnets.is_empty() {
        c.subnets = subnets;
    }
    let peered: Vec<String> = array(body, "virtualNetworkPeerings")
        .iter()
        .filter_map(|p| {
            let p = p.get_ci("properties").unwrap_or(p);
            p.get_ci("remoteAddressSpace")
                .and_then(|a| list(a, "addressPrefixes"))
        })
        .collect();
    if !peered.is_empty() {
        c.listed_ranges = peered.join(",");
    }
    plan
}

/// One subnet of a VNet as `az` or ARM prints it: name, prefixes, and what it is for (from its
/// delegation or Azure's fixed names; guessed from its name otherwise, and said so).
fn subnet_from_az(s: &Value, notices: &mut Vec<ImportNotice>) -> Subnet {
    let name = text(s, "name").unwrap_or_default();
    let props = s.get_ci("properties").unwrap_or(s);
    let prefix = text(props, "addressPrefix")
        .or_else(|| list(props, "addressPrefixes"))
        .unwrap_or_default();
    let delegations: Vec<String> = array(props, "delegations")
        .iter()
        .filter_map(|d| {
            let d = d.get_ci("properties").unwrap_or(d);
            text(d, "serviceName")
        })
        .collect();
    let (purpose, guessed) = purpose_of(&name, &delegations);
    if guessed {
        notices.push(ImportNotice::PurposeGuessed {
            name: shown(&name),
            purpose,
        });
    }
    Subnet {
        name,
        prefix,
        purpose,
        ips: String::new(),
    }
}

/// What a subnet is for: its delegation or fixed name say it; otherwise its name suggests it
/// (`true`: guessed).
fn purpose_of(name: &str, delegations: &[String]) -> (Purpose, bool) {
    if let Some(p) = Purpose::for_required_name(name) {
        return (p, false);
    }
    let n = name.to_ascii_lowercase();
    let delegated = |service: &str| delegations.iter().any(|d| d.eq_ignore_ascii_case(service));
    if delegated("Microsoft.ContainerInstance/containerGroups") {
        return (Purpose::VirtualNodes, false);
    }
    if delegated("Microsoft.ServiceNetworking/trafficControllers") {
        return (Purpose::AppGatewayForContainers, false);
    }
    if delegated("Microsoft.ContainerService/managedClusters") {
        // AKS delegates both the API server subnet and pod subnets to itself.
        let api = n.contains("api") && !n.contains("pod");
        return (
            if api {
                Purpose::ApiServer
            } else {
                Purpose::Pods
            },
            true,
        );
    }
    let guess = if n.contains("pod") {
        Purpose::Pods
    } else if n.contains("api") {
        Purpose::ApiServer
    } else if n.contains("endpoint") || n.contains("privatelink") || n.contains("-pe") {
        Purpose::PrivateEndpoints
    } else if n.contains("appgw") || n.contains("agw") {
        Purpose::ApplicationGateway
    } else if n.contains("node") || n.contains("aks") || n.contains("pool") {
        Purpose::Nodes
    } else {
        Purpose::Other
    };
    (guess, true)
}

#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_2026_12;
#[cfg(test)]
mod tests_design;
