//! Terraform for azurerm 4.x: one function per resource or block, in the order the file lists
//! them.

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;
use core::fmt::Write;

use super::design::{delegation_actions, delegation_name};
use super::{
    CUSTOM_FEATURE, Ctx, NO_ROOM, NO_SUBNET, SubnetOut, VIRTUAL_NODES_V2_CHART, hcl, kubelet_json,
    max_unavailable, names, surge, tier, vm_size,
};
use crate::plan::{Dataplane, NetworkModel, OsSku, OsType, Plan, Pool, PoolMode};

/// Terraform for azurerm 4.x: resource group, VNet, subnets, the cluster and its node pools.
///
/// # Examples
/// ```
/// let tf = aks_calc::formats::iac::terraform(&aks_calc::plan::Plan::default(), "#v=1");
/// assert!(tf.contains("resource \"azurerm_kubernetes_cluster\" \"aks\""));
/// assert!(tf.contains("    network_plugin_mode = \"overlay\""));
/// ```
pub fn terraform(plan: &Plan, link: &str) -> String {
    write(plan, link, false)
}

/// The same Terraform, with every subnet (and the VNet) asking an Azure Virtual Network Manager
/// IPAM pool for its number of addresses instead of a fixed prefix (azurerm ≥ 4.38.0).
///
/// # Examples
/// ```
/// let tf = aks_calc::formats::iac::terraform_ipam(&aks_calc::plan::Plan::default(), "#v=1");
/// assert!(tf.contains("variable \"ipam_pool_id\""));
/// assert!(tf.contains("    number_of_ip_addresses = \"65536\""));
/// ```
pub fn terraform_ipam(plan: &Plan, link: &str) -> String {
    write(plan, link, true)
}

fn write(plan: &Plan, link: &str, ipam: bool) -> String {
    let cx = Ctx::new(plan);
    let mut out = String::new();
    cx.header("#", link, &mut out);
    provider_and_group(&mut out, ipam);
    vnet(&cx, ipam, &mut out);
    for s in &cx.subnets {
        subnet(s, ipam, &mut out);
    }
    if cx.model() == NetworkModel::PodSubnetStatic {
        out.push_str(
            "# azurerm has no pod IP allocation mode yet (hashicorp/terraform-provider-azurerm#30827):\n\
             # these pools get dynamic allocation. For static /28 blocks use the Bicep snippet or azapi.\n\n",
        );
    }
    identity(&mut out);
    cluster(&cx, &mut out);
    for (i, p) in cx.pools().skip(1) {
        node_pool(&cx, i, p, &mut out);
    }
    if cx.virtual_nodes_v2() > 0 {
        let _ = writeln!(
            out,
            "\n# Virtual Nodes v2 (preview), {} virtual node(s): azurerm has no resource for them; install them with\n# the Helm chart of {VIRTUAL_NODES_V2_CHART} once the cluster runs.",
            cx.virtual_nodes_v2()
        );
    }
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

fn provider_and_group(out: &mut String, ipam: bool) {
    let version = if ipam {
        // The subnet's ip_address_pool block arrived in 4.38.0.
        "~> 4.38"
    } else {
        "~> 4.0"
    };
    let _ = write!(
        out,
        "# azurerm provider 4.x (attribute names as of v4.81.0).\n\
         terraform {{\n  required_providers {{\n    azurerm = {{\n      source  = \"hashicorp/azurerm\"\n      version = \"{version}\"\n    }}\n  }}\n}}\n\n\
         provider \"azurerm\" {{\n  features {{}}\n}}\n\n\
         variable \"location\" {{\n  type = string\n}}\n\n"
    );
    if ipam {
        out.push_str(
            "# The Azure Virtual Network Manager IPAM pool the VNet and its subnets take their addresses from.\n\
             variable \"ipam_pool_id\" {\n  type = string\n}\n\n",
        );
    }
    let _ = writeln!(
        out,
        "resource \"azurerm_resource_group\" \"aks\" {{\n  name     = {}\n  location = var.location\n}}\n",
        hcl(names::RESOURCE_GROUP)
    );
}

/// The VNet: its address space, or with IPAM the pool's block of the same size.
fn vnet(cx: &Ctx, ipam: bool, out: &mut String) {
    let c = &cx.plan.cluster;
    let _ = writeln!(
        out,
        "resource \"azurerm_virtual_network\" \"aks\" {{\n  name                = {}\n  location            = azurerm_resource_group.aks.location\n  resource_group_name = azurerm_resource_group.aks.name",
        hcl(names::VNET)
    );
    if ipam {
        if cx.vnet_size(true) > 0 || cx.subnets.iter().any(|s| s.has_v6) {
            out.push_str(
                "\n  # azurerm takes one ip_address_pool per subnet and no address_prefixes beside it, so the\n  # IPv6 /64s of a dual-stack design cannot be written here: use the Bicep IPAM export.\n",
            );
        }
        let _ = writeln!(
            out,
            "\n  # The VNet's address space: {} addresses.\n  ip_address_pool {{\n    id                     = var.ipam_pool_id\n    number_of_ip_addresses = \"{}\"\n  }}",
            cx.vnet_size(false),
            cx.vnet_size(false)
        );
    } else {
        let _ = writeln!(
            out,
            "  address_space       = {}",
            hcl_list(&cx.ranges(&c.vnet))
        );
    }
    let _ = writeln!(out, "}}\n");
}

/// A subnet of the design with its delegation; every subnet is written, whatever it is for.
fn subnet(s: &SubnetOut, ipam: bool, out: &mut String) {
    let _ = write!(
        out,
        "# {} — {}: {}.",
        s.label,
        crate::text::design::purpose(s.purpose).en,
        s.holds
    );
    if ipam {
        out.push('\n');
    } else if s.no_room {
        out.push_str(" The layout found no room for it: choose a free range.\n");
    } else if s.placed {
        out.push_str(" Placed by the layout (Fit into the VNet).\n");
    } else {
        out.push('\n');
    }
    let _ = writeln!(
        out,
        "resource \"azurerm_subnet\" \"{}\" {{\n  name                 = {}\n  resource_group_name  = azurerm_resource_group.aks.name\n  virtual_network_name = azurerm_virtual_network.aks.name",
        s.ident,
        hcl(&s.name)
    );
    if ipam {
        ipam_block(s, out);
    } else {
        let prefixes = if s.prefixes.is_empty() {
            Vec::from([String::from(NO_ROOM)])
        } else {
            s.prefixes.clone()
        };
        let _ = writeln!(out, "  address_prefixes     = {}", hcl_list(&prefixes));
    }
    if let Some(service) = s.purpose.delegation() {
        let _ = writeln!(
            out,
            "\n  delegation {{\n    name = {}\n\n    service_delegation {{\n      name    = {}\n      actions = [{}]\n    }}\n  }}",
            hcl(delegation_name(service)),
            hcl(service),
            hcl(delegation_actions(service))
        );
    }
    let _ = writeln!(out, "}}\n");
}

/// The IPAM pool's block for a subnet: the size of the block the design gives it.
fn ipam_block(s: &SubnetOut, out: &mut String) {
    let count = s.ipam_count().map_or_else(
        || String::from("<size unknown: see the findings of the plan>"),
        |n| format!("{n}"),
    );
    let size = s
        .ipam_prefix
        .map_or_else(String::new, |p| format!(" (a /{p})"));
    let _ = writeln!(
        out,
        "\n  # {count} addresses{size}: {}.\n  ip_address_pool {{\n    id                     = var.ipam_pool_id\n    number_of_ip_addresses = {}\n  }}",
        s.ipam_note,
        hcl(&count)
    );
}

/// The cluster's identity must manage load balancers and routes in its own subnets, so it gets
/// Network Contributor on the VNet before the cluster is created.
fn identity(out: &mut String) {
    let _ = writeln!(
        out,
        "resource \"azurerm_user_assigned_identity\" \"aks\" {{\n  name                = {}\n  location            = azurerm_resource_group.aks.location\n  resource_group_name = azurerm_resource_group.aks.name\n}}\n",
        hcl(&format!("id-{}", names::CLUSTER))
    );
    let _ = writeln!(
        out,
        "resource \"azurerm_role_assignment\" \"aks_network\" {{\n  scope                = azurerm_virtual_network.aks.id\n  role_definition_name = \"Network Contributor\"\n  principal_id         = azurerm_user_assigned_identity.aks.principal_id\n}}\n"
    );
}

/// `azurerm_subnet.<name>.<attribute>`, or a placeholder Terraform refuses.
fn subnet_ref(s: Option<&SubnetOut>, attribute: &str) -> String {
    s.map_or_else(
        || hcl(NO_SUBNET),
        |s| format!("azurerm_subnet.{}.{attribute}", s.ident),
    )
}

/// The attributes every pool has, the default one and the others alike.
fn pool_attributes(cx: &Ctx, i: usize, p: &Pool) -> Vec<(&'static str, String)> {
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
    a.push(("vnet_subnet_id", subnet_ref(cx.node_subnet(i), "id")));
    if cx.model().uses_pod_subnet() {
        a.push(("pod_subnet_id", subnet_ref(cx.pod_subnet(i), "id")));
    }
    if !p.kubernetes_version.trim().is_empty() {
        a.push(("orchestrator_version", hcl(p.kubernetes_version.trim())));
    }
    // azurerm (as of v4.81.0) takes no Windows2025: that image is a comment (`image_notes`).
    if let Some(sku) = p.os_sku.filter(|s| *s != OsSku::Windows2025) {
        a.push(("os_sku", hcl(sku.id())));
    }
    if cx.needs_fips(i, p) {
        a.push(("fips_enabled", String::from("true")));
    }
    a
}

/// What azurerm cannot say about a pool's image and kubelet, as comments inside its block.
fn image_notes(cx: &Ctx, out: &mut String, i: usize, p: &Pool, indent: &str) {
    if p.os_sku == Some(OsSku::Windows2025) {
        let _ = writeln!(
            out,
            "{indent}# os_sku = \"Windows2025\": azurerm takes AzureLinux, AzureLinux3, Ubuntu, Ubuntu2204, Ubuntu2404,\n{indent}# Windows2019 and Windows2022 only; set Windows Server 2025 with az (--os-sku Windows2025) or Bicep."
        );
    }
    if let Some(c) = cx.custom(i) {
        let _ = writeln!(
            out,
            "{indent}# Custom kube-reserved and hard eviction are a preview (feature flag {CUSTOM_FEATURE})\n{indent}# that azurerm, on the stable API, cannot set. Set\n{indent}# kubeletConfig = {} with az (aks-preview) or Bicep.",
            kubelet_json(&c)
        );
    }
}

/// maxSurge, or maxUnavailable when maxSurge is 0: "Exactly one of `max_surge` or
/// `max_unavailable` must be specified" (azurerm docs), and the default pool has no
/// `max_unavailable` at all (rules-check E19). What azurerm cannot take is a comment.
fn upgrade_settings(cx: &Ctx, out: &mut String, i: usize, p: &Pool, default_pool: bool) {
    let indent = if default_pool { "    " } else { "  " };
    let upgrade = cx.upgrade(i);
    let unavailable = max_unavailable(p).filter(|_| upgrade.unavailable.is_some());
    let _ = writeln!(out, "\n{indent}upgrade_settings {{");
    match unavailable {
        Some(v) if upgrade.no_surge && !default_pool => {
            let _ = writeln!(out, "{indent}  max_unavailable = {}", hcl(v));
        }
        Some(v) => {
            let _ = writeln!(
                out,
                "{indent}  max_surge = {}\n{indent}  # max_unavailable = {}: {}",
                hcl(&surge(cx.report(i), p)),
                hcl(v),
                if default_pool {
                    "azurerm's default_node_pool has no max_unavailable; set it with az aks nodepool update."
                } else {
                    "azurerm takes exactly one of max_surge and max_unavailable; set both with az or Bicep."
                }
            );
        }
        None => {
            let _ = writeln!(
                out,
                "{indent}  max_surge = {}",
                hcl(&surge(cx.report(i), p))
            );
        }
    }
    let _ = writeln!(out, "{indent}}}");
}

/// The cluster resource with its first pool as `default_node_pool`.
fn cluster(cx: &Ctx, out: &mut String) {
    let c = &cx.plan.cluster;
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
    hcl_attributes(out, "  ", &attributes);
    if let Some((i, p)) = cx.pools().next() {
        let _ = writeln!(out, "\n  default_node_pool {{");
        hcl_attributes(out, "    ", &pool_attributes(cx, i, p));
        image_notes(cx, out, i, p, "    ");
        upgrade_settings(cx, out, i, p, true);
        let _ = writeln!(out, "  }}");
    }
    let _ = writeln!(out, "\n  network_profile {{");
    hcl_attributes(out, "    ", &network_profile(cx));
    let _ = writeln!(out, "  }}");
    if c.apiserver_vnet_integration {
        let _ = writeln!(
            out,
            "\n  api_server_access_profile {{\n    virtual_network_integration_enabled = true\n    subnet_id                           = {}\n  }}",
            subnet_ref(cx.apiserver_subnet(), "id")
        );
    }
    let _ = writeln!(
        out,
        "\n  identity {{\n    type         = \"UserAssigned\"\n    identity_ids = [azurerm_user_assigned_identity.aks.id]\n  }}\n\n  depends_on = [azurerm_role_assignment.aks_network]"
    );
    if c.virtual_nodes {
        let _ = writeln!(
            out,
            "\n  aci_connector_linux {{\n    subnet_name = {}\n  }}",
            subnet_ref(cx.aci_subnet(), "name")
        );
    }
    let _ = writeln!(out, "}}");
}

/// The attributes of the cluster's `network_profile` block.
fn network_profile(cx: &Ctx) -> Vec<(&'static str, String)> {
    let c = &cx.plan.cluster;
    let model = cx.model();
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
        // Static block allocation derives the IPv6 pod range from the pod subnet.
        if model.uses_pod_cidr() {
            network.push(("pod_cidrs", hcl_list(&cx.ranges(&c.pod_cidr))));
        }
        network.push(("service_cidrs", hcl_list(&cx.ranges(&c.service_cidr))));
    } else {
        if model.uses_pod_cidr() {
            network.push(("pod_cidr", hcl(&cx.v4(&c.pod_cidr))));
        }
        network.push(("service_cidr", hcl(&cx.v4(&c.service_cidr))));
    }
    network.push(("dns_service_ip", hcl(c.dns_service_ip.trim())));
    network
}

/// A node pool after the first, as its own resource.
fn node_pool(cx: &Ctx, i: usize, p: &Pool, out: &mut String) {
    let _ = writeln!(
        out,
        "\nresource \"azurerm_kubernetes_cluster_node_pool\" \"{}\" {{",
        tf_name(&p.name)
    );
    let mut attributes = Vec::from([(
        "kubernetes_cluster_id",
        String::from("azurerm_kubernetes_cluster.aks.id"),
    )]);
    attributes.extend(pool_attributes(cx, i, p));
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
    hcl_attributes(out, "  ", &attributes);
    image_notes(cx, out, i, p, "  ");
    upgrade_settings(cx, out, i, p, false);
    let _ = writeln!(out, "}}");
}
