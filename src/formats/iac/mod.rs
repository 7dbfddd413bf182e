//! Infrastructure code for a plan: Azure CLI, Terraform (azurerm 4.x) and Bicep.
//!
//! Flag and property names were checked against the Azure CLI reference and `_params.py`, the
//! azurerm v4.81.0 docs and the ARM types of `Microsoft.ContainerService/managedClusters`
//! 2025-10-01 (2026-06-01 for Windows Server 2025 and the NAT gateway V2, 2026-03-02-preview for
//! custom reservations, used only when the plan needs them). Where a tool cannot express part of
//! the plan, the snippet says so in a comment.
//!
//! The resource group, cluster name, region and node resource group are the plan's (the
//! report's, `evaluate::created`), placeholders only where it names none; the outbound type and
//! what must exist before the cluster (a route table, a NAT gateway) come from `outbound`.
//!
//! Each tool has its file (`azure_cli`, `terraform`, `bicep`); `design` turns the VNet design
//! into what they write (every subnet with its prefixes, delegation and IPAM block), `outbound`
//! the outbound settings; this one
//! holds what they share: `Ctx`, read once from the plan, the values every tool writes the same
//! way, and the quoting of each tool's strings.
//!
//! Terraform and Bicep each have an IPAM variant ([`terraform_ipam`], [`bicep_ipam`]) that asks
//! an Azure Virtual Network Manager IPAM pool for every subnet by its number of addresses
//! instead of a fixed prefix (azurerm ≥ 4.38.0 `ip_address_pool`; ARM `ipamPoolPrefixAllocations`,
//! Microsoft.Network ≥ 2024-05-01: rules-check B10, B11).

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;
use core::fmt::Write;

use crate::evaluate;
use crate::evaluate::{PoolReport, Report};
use crate::plan::quantity;
use crate::plan::{CUSTOM_VM, NetworkModel, OsSku, OsType, Plan, Pool, PoolMode, Tier};
use crate::rules::network::Surge;
use crate::rules::reserve::{CustomReservation, EvictionThreshold};
use crate::rules::subnet::Purpose;

mod azure_cli;
mod bicep;
mod design;
mod outbound;
mod terraform;

pub use azure_cli::azure_cli;
pub use bicep::{bicep, bicep_ipam};
pub use terraform::{terraform, terraform_ipam};

use design::SubnetOut;
use outbound::Egress;

/// Names the snippets give the resources they create; edit them in the snippet. The resource
/// group and the cluster are the plan's (`rg-aks` and `aks-cluster` while it names none).
pub mod names {
    pub const VNET: &str = "vnet-aks";
    /// userDefinedRouting: the route table on the node subnets and its default route.
    pub const ROUTE_TABLE: &str = "rt-aks";
    pub const ROUTE: &str = "default-to-firewall";
    /// userAssignedNATGateway: the NAT gateway and its public IPs (`pip-natgw-aks-1`, …).
    pub const NAT_GATEWAY: &str = "natgw-aks";
    pub const NAT_IP: &str = "pip-natgw-aks";
}

/// Written where the plan names no subnet a tool needs: not a valid ID, so the tool stops there
/// (the header says the plan has errors).
const NO_SUBNET: &str = "<no subnet: see the findings of the plan>";
/// Written where the layout found no room for an auto subnet.
const NO_ROOM: &str = "<no room in the VNet: see the findings of the plan>";

/// The ARM API version the Bicep snippet uses: the first stable one with every property here
/// (podIPAllocationMode arrived in 2025-04-01).
pub const AKS_API_VERSION: &str = "2025-10-01";
/// The API version for a pool on Windows Server 2025, which 2025-10-01's `osSKU` lacks: the
/// stable one azure-cli 2.91.0 uses (azure-mgmt-containerservice 41.6.0, whose `OSSKU` has
/// `Windows2025`). Also the NAT gateway V2's: its `natGatewayProfile.sku` (`StandardV2`) is in
/// that package's models and in no earlier stable API. And WireGuard's:
/// `advancedNetworking.security.transitEncryption` is in the stable 2026-06-01 spec and not in
/// 2025-10-01's (azure-rest-api-specs `aks/stable/*/managedClusters.json`).
pub const AKS_API_VERSION_WINDOWS_2025: &str = "2026-06-01";
/// The API version of custom kube-reserved and hard eviction (CHANGELOG 2026-04-28: "starting
/// with the 2026-03-02-preview API").
pub const AKS_API_VERSION_CUSTOM: &str = "2026-03-02-preview";
pub const VNET_API_VERSION: &str = "2024-05-01";
pub const IDENTITY_API_VERSION: &str = "2023-01-31";
pub const ROLE_API_VERSION: &str = "2022-04-01";
/// The built-in Network Contributor role.
pub const NETWORK_CONTRIBUTOR: &str = "4d97b98b-1d4f-4787-a291-c67834d212e7";

/// What the generators need, read once from the plan and its report.
struct Ctx<'a> {
    plan: &'a Plan,
    report: Report,
    /// The pool AKS creates with the cluster: the first system pool (or the first pool).
    first: usize,
    /// Every subnet of the design, in the plan's order.
    subnets: Vec<SubnetOut>,
}

impl<'a> Ctx<'a> {
    fn new(plan: &'a Plan) -> Ctx<'a> {
        let first = plan
            .pools
            .iter()
            .position(|p| p.mode == PoolMode::System)
            .unwrap_or(0);
        let report = evaluate(plan);
        Ctx {
            subnets: design::subnets(plan, &report),
            plan,
            report,
            first,
        }
    }

    fn subnet(&self, index: Option<usize>) -> Option<&SubnetOut> {
        self.subnets.get(index?)
    }

    /// The subnet of pool `index`'s nodes.
    fn node_subnet(&self, index: usize) -> Option<&SubnetOut> {
        self.subnet(
            self.report
                .design
                .node_subnet_of
                .get(index)
                .copied()
                .flatten(),
        )
    }

    /// The subnet of pool `index`'s pods (pod-subnet models).
    fn pod_subnet(&self, index: usize) -> Option<&SubnetOut> {
        self.subnet(
            self.report
                .design
                .pod_subnet_of
                .get(index)
                .copied()
                .flatten(),
        )
    }

    /// The API server's subnet, with API Server VNet Integration.
    fn apiserver_subnet(&self) -> Option<&SubnetOut> {
        self.subnet(self.report.design.apiserver)
    }

    /// The virtual nodes' (ACI) subnet, when virtual nodes are on.
    fn aci_subnet(&self) -> Option<&SubnetOut> {
        self.subnet(self.report.design.virtual_nodes)
    }

    /// Addresses of the VNet's prefixes of one family, for the IPAM pool of the VNet.
    fn vnet_size(&self, v6: bool) -> u128 {
        self.report
            .design
            .vnet
            .iter()
            .filter(|n| matches!(n, ipnet::IpNet::V6(_)) == v6)
            .map(crate::rules::address::size)
            .fold(0u128, u128::saturating_add)
    }

    fn model(&self) -> NetworkModel {
        self.plan.cluster.network
    }

    /// Pools in creation order: the cluster's first pool, then the others.
    fn pools(&self) -> impl Iterator<Item = (usize, &'a Pool)> + '_ {
        let plan = self.plan;
        plan.pools
            .get(self.first)
            .map(|p| (self.first, p))
            .into_iter()
            .chain(
                plan.pools
                    .iter()
                    .enumerate()
                    .filter(move |(i, _)| *i != self.first),
            )
    }

    fn report(&self, index: usize) -> Option<&PoolReport> {
        self.report.pools.get(index)
    }

    /// The maxPods AKS will use: the pool's own, or the model's default.
    fn max_pods(&self, index: usize, pool: &Pool) -> String {
        match self.report(index).and_then(|r| r.max_pods) {
            Some(p) => format!("{p}"),
            None => String::from(pool.max_pods.trim()),
        }
    }

    /// The ranges of a typed list as networks: `10.1.0.5/24` is written `10.1.0.0/24`, as the
    /// report reads it (Azure and AKS refuse a prefix with host bits).
    fn ranges(&self, text: &str) -> Vec<String> {
        crate::plan::ranges::split_list(text)
            .map(crate::plan::ranges::network_of)
            .collect()
    }

    /// Dual-stack only as AKS has it (aks-rules §5): overlay and kubenet with an IPv6 range in
    /// both the pod and the service ranges, static block allocation with an IPv6 service range
    /// (its IPv6 pod range comes from the pod subnet). Anything else gets the single-stack flags
    /// with the IPv4 range.
    fn dual_stack(&self) -> bool {
        let c = &self.plan.cluster;
        let has_v6 = |text: &str| self.ranges(text).iter().any(|r| r.contains(':'));
        match c.network {
            NetworkModel::Overlay | NetworkModel::Kubenet => {
                has_v6(&c.pod_cidr) && has_v6(&c.service_cidr)
            }
            NetworkModel::PodSubnetStatic => has_v6(&c.service_cidr),
            NetworkModel::NodeSubnet | NetworkModel::PodSubnetDynamic => false,
        }
    }

    /// The pool's custom kube-reserved and hard eviction, as read (the custom rule on a Linux
    /// pool); `None` when it has none or sets nothing.
    fn custom(&self, index: usize) -> Option<CustomReservation> {
        self.report(index)
            .and_then(|r| r.custom)
            .filter(|c| *c != CustomReservation::default())
    }

    /// Some pool has custom reservations, which only the preview API carries.
    fn any_custom(&self) -> bool {
        (0..self.plan.pools.len()).any(|i| self.custom(i).is_some())
    }

    /// The LTS support plan, which a Premium cluster needs when the plan uses a version offered
    /// only under long-term support ("Enabling LTS requires moving your cluster to the Premium
    /// tier and explicitly selecting the LTS support plan", `long-term-support.md`). On the
    /// other tiers the plan warns instead: AKS refuses the LTS plan there.
    fn lts_plan(&self) -> bool {
        use crate::rules::version::{Support, support};
        let cluster = quantity::parse_version(&self.plan.cluster.kubernetes_version).ok();
        let pools = self.report.pools.iter().filter_map(|p| p.version);
        self.plan.cluster.tier == Tier::Premium
            && cluster
                .into_iter()
                .chain(pools)
                .any(|v| matches!(support(v), Support::LtsOnly { .. }))
    }

    /// The OS image the exports name for the pool: the plan's, and for a Windows pool without
    /// one the image in effect (Windows Server 2022 or 2025 by version), so that the tool cannot
    /// pick another default than the plan assumed (on 1.36 the docs and the release notes differ,
    /// rules-check E21). A Linux pool without one is left to AKS.
    fn os_sku(&self, index: usize, pool: &Pool) -> Option<OsSku> {
        match (pool.os_sku, pool.os) {
            (Some(sku), _) => Some(sku),
            (None, OsType::Windows) => self.report(index).map(|r| r.os_sku),
            (None, OsType::Linux) => None,
        }
    }

    /// Whether the pool's image is Windows Server 2025, which needs a FIPS-enabled image
    /// ("Windows Server 2025 node pools require a FIPS-enabled image", `upgrade-os-version.md`):
    /// `--enable-fips-image`, `fips_enabled`, `enableFIPS`.
    fn needs_fips(&self, index: usize, pool: &Pool) -> bool {
        pool.os == OsType::Windows && self.os_sku(index, pool) == Some(OsSku::Windows2025)
    }

    /// How the pool upgrades, from the report: its surge and maxUnavailable as nodes.
    fn upgrade(&self, index: usize) -> Upgrade {
        let r = self.report(index);
        let max = r.and_then(|r| r.nodes).map_or(0, |n| n.max());
        let zero = |s: Surge| matches!(s, Surge::Count(0) | Surge::Percent(0));
        Upgrade {
            no_surge: r.is_some_and(|r| zero(r.surge)),
            unavailable: r
                .filter(|r| !zero(r.unavailable))
                .map(|r| r.unavailable.nodes(max)),
        }
    }

    /// WireGuard transit encryption as AKS takes it: on, with the Cilium data plane (without
    /// it the plan has an error and no tool gets the setting).
    fn wireguard(&self) -> bool {
        let c = &self.plan.cluster;
        c.wireguard && c.dataplane == crate::plan::Dataplane::Cilium
    }

    /// Virtual Nodes v2 planned: a Helm chart installs them, no tool here has a flag for them.
    fn virtual_nodes_v2(&self) -> u64 {
        self.report.totals.virtual_nodes
    }

    /// The IPv4 range of a list (the first one), for single-stack flags.
    fn v4(&self, text: &str) -> String {
        let ranges = self.ranges(text);
        ranges
            .iter()
            .find(|r| !r.contains(':'))
            .or(ranges.first())
            .cloned()
            .unwrap_or_default()
    }

    fn has_custom_size(&self) -> bool {
        self.plan
            .pools
            .iter()
            .any(|p| p.vm_size.trim().eq_ignore_ascii_case(CUSTOM_VM))
    }

    /// A header naming the link, and whether the plan still has errors.
    fn header(&self, comment: &str, link: &str, out: &mut String) {
        let _ = writeln!(out, "{comment} AKS capacity & IP calculator: {link}");
        // The rules every figure and check follows, as in the other exports (issue 13).
        let rules = crate::text::label::RULE_SET.en;
        let _ = writeln!(out, "{comment} {rules}: {}", crate::rules::RULES_VERSION);
        if self.report.has_errors() {
            let _ = writeln!(
                out,
                "{comment} This plan still has errors (see the calculator): fix them before deploying."
            );
        }
        if self.has_custom_size() {
            let _ = writeln!(
                out,
                "{comment} A pool has a custom size: replace <choose a VM size …> with a real size first."
            );
        }
        self.kubenet_ipv6_note(comment, out);
    }

    /// kubenet with an IPv6 range, or any model with IPv6 in only one of its ranges: what the
    /// snippet writes and what AKS does with it, as comment lines. AKS removed its kubenet dual-stack page (2025-03-10) and its dual-stack page asks
    /// for overlay (rules-check A7), so the snippet writes the plan as a what-if and says so,
    /// followed by the calculator's own findings on the ranges (the 200-node limit among them).
    fn kubenet_ipv6_note(&self, comment: &str, out: &mut String) {
        use crate::evaluate::finding::{Issue, Severity};
        use crate::text::{Lang, label};
        let c = &self.plan.cluster;
        let has_v6 = |text: &str| self.ranges(text).iter().any(|r| r.contains(':'));
        if !(has_v6(&c.pod_cidr) || has_v6(&c.service_cidr)) {
            return;
        }
        let kubenet = c.network == NetworkModel::Kubenet;
        let what = match (kubenet, self.dual_stack()) {
            (true, true) => label::EXPORT_KUBENET_DUAL_STACK,
            (true, false) => label::EXPORT_KUBENET_V6_DROPPED,
            // Dual-stack with another model is written as planned, with nothing to add.
            (false, true) => return,
            // Any model: an IPv6 range the snippet leaves out is said, not dropped silently.
            (false, false) => label::EXPORT_V6_DROPPED,
        };
        comment_lines(comment, what.en, out);
        for f in &self.report.findings {
            let about_ranges = matches!(
                f.issue,
                Issue::KubenetDualStack
                    | Issue::KubenetDualStackLimit { .. }
                    | Issue::DualStackIncomplete
                    | Issue::TwoRangesOfAFamily
            );
            if !about_ranges {
                continue;
            }
            let severity = match f.severity {
                Severity::Error => label::ERROR,
                Severity::Warning => label::WARNING,
                Severity::Info => label::INFO,
            };
            let words = crate::text::issue(&f.issue, Lang::En);
            comment_lines(comment, &format!("{}: {words}", severity.en), out);
        }
    }
}

/// `text` as comment lines of at most 100 characters, broken between words.
fn comment_lines(comment: &str, text: &str, out: &mut String) {
    let mut line = String::from(comment);
    for word in text.split_whitespace() {
        if line.len() > comment.len() && line.chars().count() + 1 + word.chars().count() > 100 {
            let _ = writeln!(out, "{line}");
            line = String::from(comment);
        }
        line.push(' ');
        line.push_str(word);
    }
    if line.len() > comment.len() {
        let _ = writeln!(out, "{line}");
    }
}

/// The names and the outbound settings the snippets write.
impl Ctx<'_> {
    /// The resource group: the plan's, or `rg-aks`.
    fn resource_group(&self) -> &str {
        &self.report.created.resource_group
    }

    /// The cluster's name: the plan's, or `aks-cluster`.
    fn cluster_name(&self) -> &str {
        &self.report.created.cluster_name
    }

    /// The region as `az` names it (`Japan East` → `japaneast`) when the plan names one that can
    /// be a region; `None`: the snippets keep their placeholder (`location`).
    fn region(&self) -> Option<&str> {
        crate::rules::naming::region_name(&self.plan.cluster.names.region)
            .ok()
            .map(|_| self.report.created.region.as_str())
    }

    /// The region written: the plan's, or `japaneast`.
    fn location(&self) -> &str {
        &self.report.created.region
    }

    /// `--node-resource-group` when the plan names it (AKS names it `MC_…` otherwise).
    fn node_resource_group(&self) -> Option<&str> {
        let c = &self.report.created;
        c.node_resource_group_named
            .then_some(c.node_resource_group.as_str())
    }

    /// The VNet of the design is the cluster's; off (managed VNet), AKS creates its own and the
    /// design's VNet and subnets are neither created nor named.
    fn own_vnet(&self) -> bool {
        !self.plan.cluster.outbound.managed_vnet
    }

    /// What a managed VNet means for the snippet, as comment lines starting with `comment`.
    fn managed_vnet_note(&self, comment: &str, out: &mut String) {
        let _ = writeln!(
            out,
            "{comment} Managed VNet: AKS creates the VNet 10.224.0.0/12 with the subnet aks-subnet 10.224.0.0/16 in the\n\
             {comment} node resource group, so the design's VNet and subnets are not created and no pool names a subnet."
        );
        if self.model().uses_pod_subnet() {
            let _ = writeln!(
                out,
                "{comment} A pod subnet needs your own VNet: with a managed VNet, AKS refuses this network model."
            );
        }
    }

    fn egress(&self) -> Egress<'_> {
        outbound::egress(self.plan, &self.report)
    }

    /// The subnets traffic leaves from, which get the route table or the NAT gateway: the node
    /// subnets, and with the pod-subnet models the pod subnets (pods keep their own addresses).
    fn egress_subnets(&self) -> Vec<&SubnetOut> {
        let pods = self.model().uses_pod_subnet();
        self.subnets
            .iter()
            .filter(|s| s.purpose == Purpose::Nodes || (pods && s.purpose == Purpose::Pods))
            .collect()
    }
}

/// What an upgrade of a pool does, for the tools that cannot say everything (azurerm).
struct Upgrade {
    /// maxSurge is 0: nodes are drained in place, no surge node.
    no_surge: bool,
    /// maxUnavailable as nodes, when above 0.
    unavailable: Option<u64>,
}

/// maxUnavailable as the pool sets it; `None` when it leaves it empty (AKS's 0).
fn max_unavailable(pool: &Pool) -> Option<&str> {
    Some(pool.max_unavailable.trim()).filter(|v| !v.is_empty())
}

/// The custom kubelet configuration's JSON (`kubeReserved`, `hardEvictionThreshold`, the
/// property names of the 2026-03-02-preview API, `custom-node-configuration-reference.md`),
/// with only what the pool sets, e.g. `{"kubeReserved": {"cpuMillicores": 200, "memoryMB":
/// 1000}, "hardEvictionThreshold": {"memoryAvailable": "200Mi"}}`.
fn kubelet_json(c: &CustomReservation) -> String {
    let mut kube: Vec<String> = Vec::new();
    if let Some(m) = c.kube_reserved_cpu_m {
        kube.push(format!("\"cpuMillicores\": {m}"));
    }
    if let Some(mib) = c.kube_reserved_mib {
        kube.push(format!("\"memoryMB\": {mib}"));
    }
    let mut parts: Vec<String> = Vec::new();
    if !kube.is_empty() {
        parts.push(format!("\"kubeReserved\": {{{}}}", kube.join(", ")));
    }
    if let Some(e) = c.eviction {
        parts.push(format!(
            "\"hardEvictionThreshold\": {{\"memoryAvailable\": \"{}\"}}",
            eviction(e)
        ));
    }
    format!("{{{}}}", parts.join(", "))
}

/// A hard eviction threshold as the kubelet takes it: `200Mi`, `102401Ki`, `2%`.
fn eviction(e: EvictionThreshold) -> String {
    match e {
        EvictionThreshold::Ki(ki) if ki % 1024 == 0 => format!("{}Mi", ki / 1024),
        EvictionThreshold::Ki(ki) => format!("{ki}Ki"),
        EvictionThreshold::Percent(p) => format!("{p}%"),
    }
}

/// The feature flag of custom reservations, which the docs name two ways (aks-rules §7).
const CUSTOM_FEATURE: &str =
    "CustomNodeConfigPreview (the reservations page calls it AKSNodeCustomizationPreview)";

/// WireGuard's value as azure-cli 2.91.0 lists it (`--acns-transit-encryption-type`: None,
/// WireGuard) and the API takes it (`TransitEncryptionType`, 2026-06-01).
const WIREGUARD: &str = "WireGuard";

/// Where Virtual Nodes v2 come from.
const VIRTUAL_NODES_V2_CHART: &str =
    "https://github.com/microsoft/virtualnodesOnAzureContainerInstances";

fn vm_size(pool: &Pool) -> String {
    if pool.vm_size.trim().eq_ignore_ascii_case(CUSTOM_VM) {
        // Not a valid size on purpose: the tool stops here until one is chosen.
        format!(
            "<choose a VM size with {} vCPU and {} GiB>",
            quantity::shown(&pool.custom_vcpu),
            quantity::shown(&pool.custom_memory_gib)
        )
    } else {
        match crate::rules::catalogue::find(&pool.vm_size) {
            Some(vm) => String::from(vm.name()),
            None => String::from(pool.vm_size.trim()),
        }
    }
}

fn tier(t: Tier) -> (&'static str, &'static str) {
    match t {
        Tier::Free => ("free", "Free"),
        Tier::Standard => ("standard", "Standard"),
        Tier::Premium => ("premium", "Premium"),
    }
}

fn allocation_mode(model: NetworkModel) -> Option<&'static str> {
    match model {
        NetworkModel::PodSubnetDynamic => Some("DynamicIndividual"),
        NetworkModel::PodSubnetStatic => Some("StaticBlock"),
        _ => None,
    }
}

/// maxSurge as AKS takes it: the pool's own, or its default for the version.
fn surge(report: Option<&PoolReport>, pool: &Pool) -> String {
    if !pool.max_surge.trim().is_empty() {
        return String::from(pool.max_surge.trim());
    }
    match report.map(|r| r.surge) {
        Some(crate::rules::network::Surge::Count(n)) => format!("{n}"),
        Some(crate::rules::network::Surge::Percent(p)) => format!("{p}%"),
        None => String::from("10%"),
    }
}

/// Quotes a value for a POSIX shell when it needs quoting; `$VAR` stays a variable.
fn sh(value: &str) -> String {
    let variable = value.len() > 1
        && value.starts_with('$')
        && value
            .as_bytes()
            .get(1)
            .is_some_and(|b| b.is_ascii_uppercase())
        && value
            .bytes()
            .skip(1)
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'_');
    if variable {
        return format!("\"{value}\"");
    }
    let plain = !value.is_empty()
        && value
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"-_./:,%=@".contains(&b));
    if plain {
        String::from(value)
    } else {
        format!("'{}'", value.replace('\'', "'\\''"))
    }
}

/// A DNS prefix from the cluster name: AKS takes 1–54 letters, digits and hyphens, starting and
/// ending with a letter or digit (azurerm `dns_prefix`), so anything else is left out.
///
/// Cluster names may also hold `_`; `aks_prod-01` gives `aksprod-01`.
fn dns_prefix(name: &str) -> String {
    let kept: String = name
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '-')
        .take(54)
        .collect();
    match kept.trim_matches('-') {
        "" => String::from("aks"),
        p => String::from(p),
    }
}

/// An HCL string literal; `${` and `%{` would start a template, so they are escaped.
fn hcl(value: &str) -> String {
    let mut out = String::from("\"");
    let mut chars = value.chars().peekable();
    while let Some(ch) = chars.next() {
        match ch {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '$' | '%' if chars.peek() == Some(&'{') => {
                out.push(ch);
                out.push(ch);
            }
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// A Bicep string literal.
fn bq(value: &str) -> String {
    let mut out = String::from("'");
    for ch in value.chars() {
        match ch {
            '\'' => out.push_str("\\'"),
            '\\' => out.push_str("\\\\"),
            '$' => out.push_str("\\$"),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out.push('\'');
    out
}

#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_2026_12;
#[cfg(test)]
mod tests_design;
#[cfg(test)]
mod tests_outbound;
#[cfg(test)]
mod tests_review;
