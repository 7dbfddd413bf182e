//! Terraform for azurerm 4.x: one function per resource or block, in the order the file lists
//! them.

use crate::rules::subnet::Purpose;
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;
use core::fmt::Write;

use super::{Ctx, hcl, names, surge, tier, vm_size};
use crate::plan::{Dataplane, NetworkModel, OsType, Plan, Pool, PoolMode};

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
    let mut out = String::new();
    cx.header("#", link, &mut out);
    provider_and_group(&mut out);
    vnet_and_subnets(&cx, &mut out);
    identity(&mut out);
    cluster(&cx, &mut out);
    for (i, p) in cx.pools().skip(1) {
        node_pool(&cx, i, p, &mut out);
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

fn provider_and_group(out: &mut String) {
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
}

fn vnet_and_subnets(cx: &Ctx, out: &mut String) {
    let c = &cx.plan.cluster;
    let model = cx.model();
    let _ = writeln!(
        out,
        "resource \"azurerm_virtual_network\" \"aks\" {{\n  name                = {}\n  location            = azurerm_resource_group.aks.location\n  resource_group_name = azurerm_resource_group.aks.name\n  address_space       = {}\n}}\n",
        hcl(names::VNET),
        hcl_list(&cx.ranges(&c.vnet))
    );
    subnet(
        out,
        "nodes",
        names::NODE_SUBNET,
        c.first_prefix(Purpose::Nodes),
    );
    if model.uses_pod_subnet() {
        subnet(
            out,
            "pods",
            names::POD_SUBNET,
            c.first_prefix(Purpose::Pods),
        );
    }
    if model == NetworkModel::PodSubnetStatic {
        out.push_str(
            "# azurerm has no pod IP allocation mode yet (hashicorp/terraform-provider-azurerm#30827):\n\
             # these pools get dynamic allocation. For static /28 blocks use the Bicep snippet or azapi.\n\n",
        );
    }
}

fn subnet(out: &mut String, id: &str, name: &str, prefix: &str) {
    let _ = writeln!(
        out,
        "resource \"azurerm_subnet\" \"{id}\" {{\n  name                 = {}\n  resource_group_name  = azurerm_resource_group.aks.name\n  virtual_network_name = azurerm_virtual_network.aks.name\n  address_prefixes     = [{}]\n}}\n",
        hcl(name),
        hcl(prefix.trim())
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
    a.push(("vnet_subnet_id", String::from("azurerm_subnet.nodes.id")));
    if cx.model().uses_pod_subnet() {
        a.push(("pod_subnet_id", String::from("azurerm_subnet.pods.id")));
    }
    if !p.kubernetes_version.trim().is_empty() {
        a.push(("orchestrator_version", hcl(p.kubernetes_version.trim())));
    }
    a
}

fn upgrade_settings(cx: &Ctx, out: &mut String, i: usize, p: &Pool, indent: &str) {
    let _ = writeln!(
        out,
        "\n{indent}upgrade_settings {{\n{indent}  max_surge = {}\n{indent}}}",
        hcl(&surge(cx.report(i), p))
    );
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
        upgrade_settings(cx, out, i, p, "    ");
        let _ = writeln!(out, "  }}");
    }
    let _ = writeln!(out, "\n  network_profile {{");
    hcl_attributes(out, "    ", &network_profile(cx));
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
        network.push(("pod_cidrs", hcl_list(&cx.ranges(&c.pod_cidr))));
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
    upgrade_settings(cx, out, i, p, "  ");
    let _ = writeln!(out, "}}");
}
