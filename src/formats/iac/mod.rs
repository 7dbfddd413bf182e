//! Infrastructure code for a plan: Azure CLI, Terraform (azurerm 4.x) and Bicep.
//!
//! Flag and property names were checked against the Azure CLI reference and `_params.py`, the
//! azurerm v4.81.0 docs and the ARM types of `Microsoft.ContainerService/managedClusters`
//! 2025-10-01. Where a tool cannot express part of the plan, the snippet says so in a comment.

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;
use core::fmt::Write;

use crate::evaluate;
use crate::evaluate::{PoolReport, Report};
use crate::plan::quantity;
use crate::plan::{CUSTOM_VM, Dataplane, NetworkModel, OsType, Plan, Pool, PoolMode, Tier};

/// Names the snippets give the resources they create; edit them in the snippet.
pub mod names {
    pub const RESOURCE_GROUP: &str = "rg-aks";
    pub const CLUSTER: &str = "aks-cluster";
    pub const VNET: &str = "vnet-aks";
    pub const NODE_SUBNET: &str = "snet-aks-nodes";
    pub const POD_SUBNET: &str = "snet-aks-pods";
    pub const ACI_SUBNET: &str = "snet-virtual-nodes";
}

/// The ARM API version the Bicep snippet uses: the first stable one with every property here
/// (podIPAllocationMode arrived in 2025-04-01).
pub const AKS_API_VERSION: &str = "2025-10-01";
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
}

impl<'a> Ctx<'a> {
    fn new(plan: &'a Plan) -> Ctx<'a> {
        let first = plan
            .pools
            .iter()
            .position(|p| p.mode == PoolMode::System)
            .unwrap_or(0);
        Ctx {
            plan,
            report: evaluate(plan),
            first,
        }
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

    fn ranges(&self, text: &str) -> Vec<String> {
        crate::plan::ranges::split_list(text)
            .map(String::from)
            .collect()
    }

    /// Dual-stack only as AKS has it: overlay, with an IPv6 range in both the pod and the service
    /// ranges. Anything else gets the single-stack flags with the IPv4 range.
    fn dual_stack(&self) -> bool {
        let c = &self.plan.cluster;
        let has_v6 = |text: &str| self.ranges(text).iter().any(|r| r.contains(':'));
        c.network == NetworkModel::Overlay && has_v6(&c.pod_cidr) && has_v6(&c.service_cidr)
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
    }
}

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
            .bytes()
            .skip(1)
            .all(|b| b.is_ascii_uppercase() || b == b'_');
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

/// `az` commands that create the VNet, its subnets, the cluster and its node pools.
///
/// # Examples
/// ```
/// let script = aks_calc::formats::iac::azure_cli(&aks_calc::plan::Plan::default(), "#v=1");
/// assert!(script.contains("--network-plugin azure \\\n  --network-plugin-mode overlay"));
/// assert!(script.contains("--node-vm-size Standard_D4s_v5"));
/// ```
pub fn azure_cli(plan: &Plan, link: &str) -> String {
    let cx = Ctx::new(plan);
    let c = &plan.cluster;
    let model = cx.model();
    let mut out = String::from("#!/usr/bin/env bash\n");
    cx.header("#", link, &mut out);
    let _ = writeln!(out, "set -euo pipefail\n");
    let _ = writeln!(out, "RG={}", names::RESOURCE_GROUP);
    let _ = writeln!(out, "LOCATION=japaneast  # your region");
    let _ = writeln!(out, "CLUSTER={}", names::CLUSTER);
    let _ = writeln!(out, "VNET={}\n", names::VNET);
    let _ = writeln!(
        out,
        "az group create --name \"$RG\" --location \"$LOCATION\""
    );
    let _ = writeln!(
        out,
        "az network vnet create --resource-group \"$RG\" --name \"$VNET\" --location \"$LOCATION\" \\\n  --address-prefixes {}",
        cx.ranges(&c.vnet)
            .iter()
            .map(|r| sh(r))
            .collect::<Vec<_>>()
            .join(" ")
    );
    let subnet = |out: &mut String, name: &str, prefix: &str, var: &str| {
        let _ = writeln!(
            out,
            "az network vnet subnet create --resource-group \"$RG\" --vnet-name \"$VNET\" --name {name} \\\n  --address-prefixes {}",
            sh(prefix.trim())
        );
        let _ = writeln!(
            out,
            "{var}=$(az network vnet subnet show --resource-group \"$RG\" --vnet-name \"$VNET\" --name {name} --query id --output tsv)"
        );
    };
    subnet(
        &mut out,
        names::NODE_SUBNET,
        &c.node_subnet,
        "NODE_SUBNET_ID",
    );
    if model.uses_pod_subnet() {
        subnet(&mut out, names::POD_SUBNET, &c.pod_subnet, "POD_SUBNET_ID");
    }

    let mut flags: Vec<String> = Vec::new();
    let mut flag = |name: &str, value: Option<&str>| {
        flags.push(match value {
            Some(v) => format!("--{name} {}", sh(v)),
            None => format!("--{name}"),
        });
    };
    flag("resource-group", Some("$RG"));
    flag("name", Some("$CLUSTER"));
    flag("location", Some("$LOCATION"));
    // az aks create puts the first pool at the cluster's version: when the plan keeps that pool
    // older, create at its version and then upgrade only the control plane.
    let first_version = cx
        .pools()
        .next()
        .map(|(_, p)| p.kubernetes_version.trim())
        .filter(|v| !v.is_empty() && *v != c.kubernetes_version.trim());
    flag(
        "kubernetes-version",
        Some(first_version.unwrap_or(c.kubernetes_version.trim())),
    );
    flag("tier", Some(tier(c.tier).0));
    match model {
        NetworkModel::Kubenet => flag("network-plugin", Some("kubenet")),
        _ => flag("network-plugin", Some("azure")),
    }
    if model == NetworkModel::Overlay {
        flag("network-plugin-mode", Some("overlay"));
    }
    if c.dataplane == Dataplane::Cilium {
        flag("network-dataplane", Some("cilium"));
    }
    if cx.dual_stack() {
        flag("ip-families", Some("IPv4,IPv6"));
        flag("pod-cidrs", Some(&cx.ranges(&c.pod_cidr).join(",")));
        flag("service-cidrs", Some(&cx.ranges(&c.service_cidr).join(",")));
    } else {
        if model.uses_pod_cidr() {
            flag("pod-cidr", Some(&cx.v4(&c.pod_cidr)));
        }
        flag("service-cidr", Some(&cx.v4(&c.service_cidr)));
    }
    flag("dns-service-ip", Some(c.dns_service_ip.trim()));
    flag("vnet-subnet-id", Some("$NODE_SUBNET_ID"));
    if let Some(mode) = allocation_mode(model) {
        flag("pod-subnet-id", Some("$POD_SUBNET_ID"));
        flag("pod-ip-allocation-mode", Some(mode));
    }
    if c.private_cluster {
        flag("enable-private-cluster", None);
    }
    let mut pools = cx.pools();
    let first = pools.next();
    if let Some((i, p)) = first {
        flag("nodepool-name", Some(&p.name));
        flag("node-vm-size", Some(&vm_size(p)));
        flag("node-count", Some(p.node_count.trim()));
        flag("max-pods", Some(&cx.max_pods(i, p)));
        if p.autoscale {
            flag("enable-cluster-autoscaler", None);
            flag("min-count", Some(p.min_count.trim()));
            flag("max-count", Some(p.max_count.trim()));
        }
    }
    flag("generate-ssh-keys", None);
    let _ = writeln!(out, "\naz aks create \\\n  {}", flags.join(" \\\n  "));

    if first_version.is_some() {
        let _ = writeln!(
            out,
            "\n# The first pool stays at its own version; the control plane goes to the cluster's.\naz aks upgrade --resource-group \"$RG\" --name \"$CLUSTER\" --control-plane-only \\\n  --kubernetes-version {} --yes",
            sh(c.kubernetes_version.trim())
        );
    }
    // az aks create has no --max-surge: set it on the first pool right after.
    if let Some((_, p)) = first.filter(|(_, p)| !p.max_surge.trim().is_empty()) {
        let _ = writeln!(
            out,
            "\naz aks nodepool update --resource-group \"$RG\" --cluster-name \"$CLUSTER\" --name {} \\\n  --max-surge {}",
            sh(&p.name),
            sh(p.max_surge.trim())
        );
    }
    for (i, p) in pools {
        let mut flags: Vec<String> = Vec::new();
        let mut flag = |name: &str, value: Option<&str>| {
            flags.push(match value {
                Some(v) => format!("--{name} {}", sh(v)),
                None => format!("--{name}"),
            });
        };
        flag("resource-group", Some("$RG"));
        flag("cluster-name", Some("$CLUSTER"));
        flag("name", Some(&p.name));
        flag(
            "mode",
            Some(match p.mode {
                PoolMode::System => "System",
                PoolMode::User => "User",
            }),
        );
        flag(
            "os-type",
            Some(match p.os {
                OsType::Linux => "Linux",
                OsType::Windows => "Windows",
            }),
        );
        flag("node-vm-size", Some(&vm_size(p)));
        flag("node-count", Some(p.node_count.trim()));
        flag("max-pods", Some(&cx.max_pods(i, p)));
        flag("max-surge", Some(&surge(cx.report(i), p)));
        if p.autoscale {
            flag("enable-cluster-autoscaler", None);
            flag("min-count", Some(p.min_count.trim()));
            flag("max-count", Some(p.max_count.trim()));
        }
        if !p.kubernetes_version.trim().is_empty() {
            flag("kubernetes-version", Some(p.kubernetes_version.trim()));
        }
        flag("vnet-subnet-id", Some("$NODE_SUBNET_ID"));
        if let Some(mode) = allocation_mode(model) {
            flag("pod-subnet-id", Some("$POD_SUBNET_ID"));
            flag("pod-ip-allocation-mode", Some(mode));
        }
        let _ = writeln!(out, "\naz aks nodepool add \\\n  {}", flags.join(" \\\n  "));
    }
    if c.virtual_nodes {
        let _ = writeln!(
            out,
            "\n# Virtual nodes: ACI needs its own subnet in the same VNet (choose a free range):\n\
             # az network vnet subnet create --resource-group \"$RG\" --vnet-name \"$VNET\" --name {0} --address-prefixes <range>\n\
             # az aks enable-addons --resource-group \"$RG\" --name \"$CLUSTER\" --addons virtual-node --subnet-name {0}",
            names::ACI_SUBNET
        );
    }
    out
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

/// Writes attributes aligned on `=` the way `terraform fmt` does.
fn hcl_attributes(out: &mut String, indent: &str, attributes: &[(&str, String)]) {
    let width = attributes.iter().map(|(k, _)| k.len()).max().unwrap_or(0);
    for (key, value) in attributes {
        let _ = writeln!(out, "{indent}{key:<width$} = {value}");
    }
}

/// A number when the text is one, otherwise a quoted string (Terraform then reports it).
fn hcl_number(value: &str) -> String {
    let v = value.trim();
    if !v.is_empty() && v.bytes().all(|b| b.is_ascii_digit()) {
        String::from(v)
    } else {
        hcl(v)
    }
}

fn hcl_list(items: &[String]) -> String {
    format!(
        "[{}]",
        items.iter().map(|i| hcl(i)).collect::<Vec<_>>().join(", ")
    )
}

/// A Terraform resource name from a pool name.
fn tf_name(name: &str) -> String {
    let cleaned: String = name
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '_'
            }
        })
        .collect();
    match cleaned.chars().next() {
        Some(c) if c.is_ascii_alphabetic() => cleaned,
        _ => format!("pool_{cleaned}"),
    }
}

/// Terraform for azurerm 4.x: resource group, VNet, subnets, the cluster and its node pools.
///
/// # Examples
/// ```
/// let tf = aks_calc::formats::iac::terraform(&aks_calc::plan::Plan::default(), "#v=1");
/// assert!(tf.contains("resource \"azurerm_kubernetes_cluster\" \"aks\""));
/// assert!(tf.contains("    network_plugin_mode = \"overlay\""));
/// ```
pub fn terraform(plan: &Plan, link: &str) -> String {
    let cx = Ctx::new(plan);
    let c = &plan.cluster;
    let model = cx.model();
    let mut out = String::new();
    cx.header("#", link, &mut out);
    out.push_str(
        "# azurerm provider 4.x (attribute names as of v4.81.0).\n\
         terraform {\n  required_providers {\n    azurerm = {\n      source  = \"hashicorp/azurerm\"\n      version = \"~> 4.0\"\n    }\n  }\n}\n\n\
         provider \"azurerm\" {\n  features {}\n}\n\n\
         variable \"location\" {\n  type = string\n}\n\n",
    );
    let _ = writeln!(
        out,
        "resource \"azurerm_resource_group\" \"aks\" {{\n  name     = {}\n  location = var.location\n}}\n",
        hcl(names::RESOURCE_GROUP)
    );
    let _ = writeln!(
        out,
        "resource \"azurerm_virtual_network\" \"aks\" {{\n  name                = {}\n  location            = azurerm_resource_group.aks.location\n  resource_group_name = azurerm_resource_group.aks.name\n  address_space       = {}\n}}\n",
        hcl(names::VNET),
        hcl_list(&cx.ranges(&c.vnet))
    );
    let subnet = |out: &mut String, id: &str, name: &str, prefix: &str| {
        let _ = writeln!(
            out,
            "resource \"azurerm_subnet\" \"{id}\" {{\n  name                 = {}\n  resource_group_name  = azurerm_resource_group.aks.name\n  virtual_network_name = azurerm_virtual_network.aks.name\n  address_prefixes     = [{}]\n}}\n",
            hcl(name),
            hcl(prefix.trim())
        );
    };
    subnet(&mut out, "nodes", names::NODE_SUBNET, &c.node_subnet);
    if model.uses_pod_subnet() {
        subnet(&mut out, "pods", names::POD_SUBNET, &c.pod_subnet);
    }
    if model == NetworkModel::PodSubnetStatic {
        out.push_str(
            "# azurerm has no pod IP allocation mode yet (hashicorp/terraform-provider-azurerm#30827):\n\
             # these pools get dynamic allocation. For static /28 blocks use the Bicep snippet or azapi.\n\n",
        );
    }

    let pool_attributes = |i: usize, p: &Pool| {
        let mut a: Vec<(&str, String)> = Vec::from([
            ("name", hcl(&p.name)),
            ("vm_size", hcl(&vm_size(p))),
            ("node_count", hcl_number(&p.node_count)),
        ]);
        if p.autoscale {
            a.push(("auto_scaling_enabled", String::from("true")));
            a.push(("min_count", hcl_number(&p.min_count)));
            a.push(("max_count", hcl_number(&p.max_count)));
        }
        a.push(("max_pods", hcl_number(&cx.max_pods(i, p))));
        a.push(("vnet_subnet_id", String::from("azurerm_subnet.nodes.id")));
        if model.uses_pod_subnet() {
            a.push(("pod_subnet_id", String::from("azurerm_subnet.pods.id")));
        }
        if !p.kubernetes_version.trim().is_empty() {
            a.push(("orchestrator_version", hcl(p.kubernetes_version.trim())));
        }
        a
    };
    let upgrade_settings = |out: &mut String, i: usize, p: &Pool, indent: &str| {
        let _ = writeln!(
            out,
            "\n{indent}upgrade_settings {{\n{indent}  max_surge = {}\n{indent}}}",
            hcl(&surge(cx.report(i), p))
        );
    };

    // The cluster's identity must manage load balancers and routes in its own subnets, so it
    // gets Network Contributor on the VNet before the cluster is created.
    let _ = writeln!(
        out,
        "resource \"azurerm_user_assigned_identity\" \"aks\" {{\n  name                = {}\n  location            = azurerm_resource_group.aks.location\n  resource_group_name = azurerm_resource_group.aks.name\n}}\n",
        hcl(&format!("id-{}", names::CLUSTER))
    );
    let _ = writeln!(
        out,
        "resource \"azurerm_role_assignment\" \"aks_network\" {{\n  scope                = azurerm_virtual_network.aks.id\n  role_definition_name = \"Network Contributor\"\n  principal_id         = azurerm_user_assigned_identity.aks.principal_id\n}}\n"
    );
    let _ = writeln!(out, "resource \"azurerm_kubernetes_cluster\" \"aks\" {{");
    let mut attributes = Vec::from([
        ("name", hcl(names::CLUSTER)),
        (
            "location",
            String::from("azurerm_resource_group.aks.location"),
        ),
        (
            "resource_group_name",
            String::from("azurerm_resource_group.aks.name"),
        ),
        ("dns_prefix", hcl(names::CLUSTER)),
        ("kubernetes_version", hcl(c.kubernetes_version.trim())),
        ("sku_tier", hcl(tier(c.tier).1)),
    ]);
    if c.private_cluster {
        attributes.push(("private_cluster_enabled", String::from("true")));
    }
    hcl_attributes(&mut out, "  ", &attributes);
    let mut pools = cx.pools();
    if let Some((i, p)) = pools.next() {
        let _ = writeln!(out, "\n  default_node_pool {{");
        hcl_attributes(&mut out, "    ", &pool_attributes(i, p));
        upgrade_settings(&mut out, i, p, "    ");
        let _ = writeln!(out, "  }}");
    }
    let _ = writeln!(out, "\n  network_profile {{");
    let mut network = Vec::from([(
        "network_plugin",
        hcl(if model == NetworkModel::Kubenet {
            "kubenet"
        } else {
            "azure"
        }),
    )]);
    if model == NetworkModel::Overlay {
        network.push(("network_plugin_mode", hcl("overlay")));
    }
    if c.dataplane == Dataplane::Cilium {
        network.push(("network_data_plane", hcl("cilium")));
    }
    if cx.dual_stack() {
        network.push((
            "ip_versions",
            hcl_list(&[String::from("IPv4"), String::from("IPv6")]),
        ));
        network.push(("pod_cidrs", hcl_list(&cx.ranges(&c.pod_cidr))));
        network.push(("service_cidrs", hcl_list(&cx.ranges(&c.service_cidr))));
    } else {
        if model.uses_pod_cidr() {
            network.push(("pod_cidr", hcl(&cx.v4(&c.pod_cidr))));
        }
        network.push(("service_cidr", hcl(&cx.v4(&c.service_cidr))));
    }
    network.push(("dns_service_ip", hcl(c.dns_service_ip.trim())));
    hcl_attributes(&mut out, "    ", &network);
    let _ = writeln!(
        out,
        "  }}\n\n  identity {{\n    type         = \"UserAssigned\"\n    identity_ids = [azurerm_user_assigned_identity.aks.id]\n  }}\n\n  depends_on = [azurerm_role_assignment.aks_network]"
    );
    if c.virtual_nodes {
        let _ = writeln!(
            out,
            "\n  # Virtual nodes: add an azurerm_subnet {} (delegated to ACI) in the VNet first.\n  aci_connector_linux {{\n    subnet_name = {}\n  }}",
            hcl(names::ACI_SUBNET),
            hcl(names::ACI_SUBNET)
        );
    }
    let _ = writeln!(out, "}}");

    for (i, p) in pools {
        let _ = writeln!(
            out,
            "\nresource \"azurerm_kubernetes_cluster_node_pool\" \"{}\" {{",
            tf_name(&p.name)
        );
        let mut attributes = Vec::from([(
            "kubernetes_cluster_id",
            String::from("azurerm_kubernetes_cluster.aks.id"),
        )]);
        attributes.extend(pool_attributes(i, p));
        attributes.push((
            "mode",
            hcl(match p.mode {
                PoolMode::System => "System",
                PoolMode::User => "User",
            }),
        ));
        attributes.push((
            "os_type",
            hcl(match p.os {
                OsType::Linux => "Linux",
                OsType::Windows => "Windows",
            }),
        ));
        hcl_attributes(&mut out, "  ", &attributes);
        upgrade_settings(&mut out, i, p, "  ");
        let _ = writeln!(out, "}}");
    }
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

fn bicep_number(value: &str) -> String {
    let v = value.trim();
    if !v.is_empty() && v.bytes().all(|b| b.is_ascii_digit()) {
        String::from(v)
    } else {
        bq(v)
    }
}

/// Bicep for `Microsoft.ContainerService/managedClusters` with its VNet.
///
/// # Examples
/// ```
/// let b = aks_calc::formats::iac::bicep(&aks_calc::plan::Plan::default(), "#v=1");
/// assert!(b.contains("resource aks 'Microsoft.ContainerService/managedClusters@2025-10-01' = {"));
/// assert!(b.contains("      networkPluginMode: 'overlay'"));
/// ```
pub fn bicep(plan: &Plan, link: &str) -> String {
    let cx = Ctx::new(plan);
    let c = &plan.cluster;
    let model = cx.model();
    let mut out = String::new();
    cx.header("//", link, &mut out);
    let _ = writeln!(
        out,
        "param location string = resourceGroup().location\nparam clusterName string = {}\n",
        bq(names::CLUSTER)
    );
    let _ = writeln!(
        out,
        "resource vnet 'Microsoft.Network/virtualNetworks@{VNET_API_VERSION}' = {{\n  name: {}\n  location: location\n  properties: {{\n    addressSpace: {{\n      addressPrefixes: [",
        bq(names::VNET)
    );
    for r in cx.ranges(&c.vnet) {
        let _ = writeln!(out, "        {}", bq(&r));
    }
    let _ = writeln!(out, "      ]\n    }}\n    subnets: [");
    let mut subnets = Vec::from([(names::NODE_SUBNET, c.node_subnet.trim())]);
    if model.uses_pod_subnet() {
        subnets.push((names::POD_SUBNET, c.pod_subnet.trim()));
    }
    for (name, prefix) in &subnets {
        let _ = writeln!(
            out,
            "      {{\n        name: {}\n        properties: {{\n          addressPrefix: {}\n        }}\n      }}",
            bq(name),
            bq(prefix)
        );
    }
    let _ = writeln!(out, "    ]\n  }}\n}}\n");
    let subnet_id = |name: &str| {
        format!(
            "resourceId('Microsoft.Network/virtualNetworks/subnets', vnet.name, {})",
            bq(name)
        )
    };

    // The cluster's identity gets Network Contributor on the VNet before the cluster exists.
    let _ = writeln!(
        out,
        "resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@{IDENTITY_API_VERSION}' = {{\n  name: 'id-${{clusterName}}'\n  location: location\n}}\n\n\
         resource networkContributor 'Microsoft.Authorization/roleAssignments@{ROLE_API_VERSION}' = {{\n  name: guid(vnet.id, identity.id, 'network-contributor')\n  scope: vnet\n  properties: {{\n    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '{NETWORK_CONTRIBUTOR}')\n    principalId: identity.properties.principalId\n    principalType: 'ServicePrincipal'\n  }}\n}}\n"
    );
    let _ = writeln!(
        out,
        "resource aks 'Microsoft.ContainerService/managedClusters@{AKS_API_VERSION}' = {{\n  name: clusterName\n  location: location\n  sku: {{\n    name: 'Base'\n    tier: {}\n  }}\n  identity: {{\n    type: 'UserAssigned'\n    userAssignedIdentities: {{\n      '${{identity.id}}': {{}}\n    }}\n  }}\n  dependsOn: [\n    networkContributor\n  ]\n  properties: {{\n    kubernetesVersion: {}\n    dnsPrefix: clusterName\n    agentPoolProfiles: [",
        bq(tier(c.tier).1),
        bq(c.kubernetes_version.trim())
    );
    for (i, p) in cx.pools() {
        let f = |out: &mut String, k: &str, v: String| {
            let _ = writeln!(out, "        {k}: {v}");
        };
        let _ = writeln!(out, "      {{");
        f(&mut out, "name", bq(&p.name));
        f(
            &mut out,
            "mode",
            bq(match p.mode {
                PoolMode::System => "System",
                PoolMode::User => "User",
            }),
        );
        f(
            &mut out,
            "osType",
            bq(match p.os {
                OsType::Linux => "Linux",
                OsType::Windows => "Windows",
            }),
        );
        f(&mut out, "vmSize", bq(&vm_size(p)));
        f(&mut out, "count", bicep_number(&p.node_count));
        if p.autoscale {
            f(&mut out, "enableAutoScaling", String::from("true"));
            f(&mut out, "minCount", bicep_number(&p.min_count));
            f(&mut out, "maxCount", bicep_number(&p.max_count));
        }
        f(&mut out, "maxPods", bicep_number(&cx.max_pods(i, p)));
        f(&mut out, "vnetSubnetID", subnet_id(names::NODE_SUBNET));
        if let Some(mode) = allocation_mode(model) {
            f(&mut out, "podSubnetID", subnet_id(names::POD_SUBNET));
            f(&mut out, "podIPAllocationMode", bq(mode));
        }
        if !p.kubernetes_version.trim().is_empty() {
            f(
                &mut out,
                "orchestratorVersion",
                bq(p.kubernetes_version.trim()),
            );
        }
        let _ = writeln!(
            out,
            "        upgradeSettings: {{\n          maxSurge: {}\n        }}\n      }}",
            bq(&surge(cx.report(i), p))
        );
    }
    let _ = writeln!(out, "    ]\n    networkProfile: {{");
    let n = |out: &mut String, k: &str, v: String| {
        let _ = writeln!(out, "      {k}: {v}");
    };
    n(
        &mut out,
        "networkPlugin",
        bq(if model == NetworkModel::Kubenet {
            "kubenet"
        } else {
            "azure"
        }),
    );
    if model == NetworkModel::Overlay {
        n(&mut out, "networkPluginMode", bq("overlay"));
    }
    if c.dataplane == Dataplane::Cilium {
        n(&mut out, "networkDataplane", bq("cilium"));
    }
    let list = |items: &[String]| {
        let mut s = String::from("[\n");
        for i in items {
            let _ = writeln!(s, "        {}", bq(i));
        }
        s.push_str("      ]");
        s
    };
    if cx.dual_stack() {
        n(
            &mut out,
            "ipFamilies",
            list(&[String::from("IPv4"), String::from("IPv6")]),
        );
        n(&mut out, "podCidrs", list(&cx.ranges(&c.pod_cidr)));
        n(&mut out, "serviceCidrs", list(&cx.ranges(&c.service_cidr)));
    } else {
        if model.uses_pod_cidr() {
            n(&mut out, "podCidr", bq(&cx.v4(&c.pod_cidr)));
        }
        n(&mut out, "serviceCidr", bq(&cx.v4(&c.service_cidr)));
    }
    n(&mut out, "dnsServiceIP", bq(c.dns_service_ip.trim()));
    let _ = writeln!(out, "    }}");
    if c.private_cluster {
        let _ = writeln!(
            out,
            "    apiServerAccessProfile: {{\n      enablePrivateCluster: true\n    }}"
        );
    }
    if c.virtual_nodes {
        let _ = writeln!(
            out,
            "    // Virtual nodes: add a subnet {} (delegated to ACI) to the VNet first.\n    addonProfiles: {{\n      aciConnectorLinux: {{\n        enabled: true\n        config: {{\n          SubnetName: {}\n        }}\n      }}\n    }}",
            bq(names::ACI_SUBNET),
            bq(names::ACI_SUBNET)
        );
    }
    let _ = writeln!(out, "  }}\n}}");
    out
}

#[cfg(test)]
mod tests;
