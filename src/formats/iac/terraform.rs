//! Terraform for azurerm 4.x: one function per resource or block, in the order the file lists
//! them.

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;
use core::fmt::Write;

use super::design::{delegation_actions, delegation_name, oneline};
use super::outbound::{Egress, LbOut};
use super::{
    CUSTOM_FEATURE, Ctx, NO_ROOM, NO_SUBNET, SubnetOut, VIRTUAL_NODES_V2_CHART, dns_prefix, hcl,
    kubelet_json, max_unavailable, names, surge, tier, vm_size,
};
use super::{WIREGUARD, sh};
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
    provider_and_group(&cx, &mut out, ipam);
    if cx.own_vnet() {
        vnet(&cx, ipam, &mut out);
        for s in &cx.subnets {
            subnet(s, ipam, &mut out);
        }
        match cx.egress() {
            Egress::Udr { next_hop } => route_table(&cx, &next_hop, &mut out),
            Egress::UserNat { ips } => nat_gateway(&cx, ips, &mut out),
            _ => {}
        }
    } else {
        cx.managed_vnet_note("#", &mut out);
        out.push('\n');
    }
    if cx.model() == NetworkModel::PodSubnetStatic {
        out.push_str(
            "# azurerm has no pod IP allocation mode yet (hashicorp/terraform-provider-azurerm#30827):\n\
             # these pools get dynamic allocation. For static /28 blocks use the Bicep snippet or azapi.\n\n",
        );
    }
    identity(&cx, &mut out);
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

/// The azurerm versions that have every attribute the export may write. The newest is the node
/// pool's `upgrade_settings.max_unavailable`, in 4.53.0 (November 14, 2025):
/// "`azurerm_kubernetes_cluster_node_pool` - support for the `undrainable_node_behavior` and
/// `max_unavailable` properties (#30563)" (`CHANGELOG-v4.md`). Older ones: `api_server_access_profile.subnet_id` 4.46.0 (#30559), the
/// subnet's `ip_address_pool` 4.38.0 (#29840).
const AZURERM_VERSION: &str = "~> 4.53";

/// The provider block (one constraint for both variants: the IPAM variant's `ip_address_pool`
/// is older than `max_unavailable`), the variables and the resource group.
fn provider_and_group(cx: &Ctx, out: &mut String, ipam: bool) {
    let version = AZURERM_VERSION;
    let _ = write!(
        out,
        "# azurerm provider 4.53 or later (attribute names as of v4.81.0).\n\
         terraform {{\n  required_providers {{\n    azurerm = {{\n      source  = \"hashicorp/azurerm\"\n      version = \"{version}\"\n    }}\n  }}\n}}\n\n\
         provider \"azurerm\" {{\n  features {{}}\n}}\n\n"
    );
    match cx.region() {
        Some(region) => {
            let _ = writeln!(
                out,
                "variable \"location\" {{\n  type    = string\n  default = {}\n}}\n",
                hcl(region)
            );
        }
        None => out.push_str("variable \"location\" {\n  type = string\n}\n\n"),
    }
    // A managed VNet takes no addresses from the pool.
    if ipam && cx.own_vnet() {
        out.push_str(
            "# The Azure Virtual Network Manager IPAM pool the VNet and its subnets take their addresses from.\n\
             variable \"ipam_pool_id\" {\n  type = string\n}\n\n",
        );
    }
    let _ = writeln!(
        out,
        "resource \"azurerm_resource_group\" \"aks\" {{\n  name     = {}\n  location = var.location\n}}\n",
        hcl(cx.resource_group())
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
/// Network Contributor on the VNet (and on the route table of userDefinedRouting) before the
/// cluster is created; a managed VNet is AKS's own.
fn identity(cx: &Ctx, out: &mut String) {
    let _ = writeln!(
        out,
        "resource \"azurerm_user_assigned_identity\" \"aks\" {{\n  name                = {}\n  location            = azurerm_resource_group.aks.location\n  resource_group_name = azurerm_resource_group.aks.name\n}}\n",
        hcl(&format!("id-{}", cx.cluster_name()))
    );
    if !cx.own_vnet() {
        return;
    }
    let role = |out: &mut String, name: &str, scope: &str| {
        let _ = writeln!(
            out,
            "resource \"azurerm_role_assignment\" \"{name}\" {{\n  scope                = {scope}\n  role_definition_name = \"Network Contributor\"\n  principal_id         = azurerm_user_assigned_identity.aks.principal_id\n}}\n"
        );
    };
    role(out, "aks_network", "azurerm_virtual_network.aks.id");
    if matches!(cx.egress(), Egress::Udr { .. }) {
        out.push_str(
            "# AKS reads the route table of its subnets (and with kubenet writes its pod routes there).\n",
        );
        role(out, "aks_route_table", "azurerm_route_table.aks.id");
    }
}

/// What must exist before the cluster: the role assignments, and the route table or NAT
/// gateway on the subnets (the subnets alone do not wait for their associations).
fn depends_on(cx: &Ctx) -> Vec<String> {
    if !cx.own_vnet() {
        return Vec::new();
    }
    let mut out = Vec::from([String::from("azurerm_role_assignment.aks_network")]);
    let association = match cx.egress() {
        Egress::Udr { .. } => {
            out.push(String::from("azurerm_role_assignment.aks_route_table"));
            out.push(format!("azurerm_route.{}", tf_name(names::ROUTE)));
            "azurerm_subnet_route_table_association"
        }
        Egress::UserNat { .. } => {
            out.push(String::from(
                "azurerm_nat_gateway_public_ip_association.aks",
            ));
            "azurerm_subnet_nat_gateway_association"
        }
        _ => return out,
    };
    for s in cx.egress_subnets() {
        out.push(format!("{association}.{}", s.ident));
    }
    out
}

/// userDefinedRouting: the route table AKS requires on its subnets before create. The route is
/// its own resource, so that the routes AKS adds with kubenet are not Terraform's to remove.
fn route_table(cx: &Ctx, next_hop: &str, out: &mut String) {
    let _ = writeln!(
        out,
        "# userDefinedRouting: AKS requires this route table on the cluster's subnets before it is created;\n\
         # it sends 0.0.0.0/0 to your firewall (or NVA) at {}.",
        oneline(next_hop)
    );
    let _ = writeln!(
        out,
        "resource \"azurerm_route_table\" \"aks\" {{\n  name                = {}\n  location            = azurerm_resource_group.aks.location\n  resource_group_name = azurerm_resource_group.aks.name\n}}\n",
        hcl(names::ROUTE_TABLE)
    );
    let _ = writeln!(
        out,
        "resource \"azurerm_route\" \"{}\" {{\n  name                   = {}\n  resource_group_name    = azurerm_resource_group.aks.name\n  route_table_name       = azurerm_route_table.aks.name\n  address_prefix         = \"0.0.0.0/0\"\n  next_hop_type          = \"VirtualAppliance\"\n  next_hop_in_ip_address = {}\n}}\n",
        tf_name(names::ROUTE),
        hcl(names::ROUTE),
        hcl(next_hop)
    );
    for s in cx.egress_subnets() {
        let _ = writeln!(
            out,
            "resource \"azurerm_subnet_route_table_association\" \"{0}\" {{\n  subnet_id      = azurerm_subnet.{0}.id\n  route_table_id = azurerm_route_table.aks.id\n}}\n",
            s.ident
        );
    }
}

/// userAssignedNATGateway: your NAT gateway and its public IPs on the cluster's subnets.
fn nat_gateway(cx: &Ctx, ips: u64, out: &mut String) {
    let _ = writeln!(
        out,
        "# userAssignedNATGateway: your NAT gateway with {ips} public IP(s), on the cluster's subnets before it\n\
         # is created.\n\
         resource \"azurerm_public_ip\" \"nat\" {{\n  count               = {ips}\n  name                = \"{}-${{count.index + 1}}\"\n  location            = azurerm_resource_group.aks.location\n  resource_group_name = azurerm_resource_group.aks.name\n  allocation_method   = \"Static\"\n  sku                 = \"Standard\"\n}}\n",
        names::NAT_IP
    );
    let _ = writeln!(
        out,
        "resource \"azurerm_nat_gateway\" \"aks\" {{\n  name                = {}\n  location            = azurerm_resource_group.aks.location\n  resource_group_name = azurerm_resource_group.aks.name\n  sku_name            = \"Standard\"\n}}\n\n\
         resource \"azurerm_nat_gateway_public_ip_association\" \"aks\" {{\n  count                = {ips}\n  nat_gateway_id       = azurerm_nat_gateway.aks.id\n  public_ip_address_id = azurerm_public_ip.nat[count.index].id\n}}\n",
        hcl(names::NAT_GATEWAY)
    );
    for s in cx.egress_subnets() {
        let _ = writeln!(
            out,
            "resource \"azurerm_subnet_nat_gateway_association\" \"{0}\" {{\n  subnet_id      = azurerm_subnet.{0}.id\n  nat_gateway_id = azurerm_nat_gateway.aks.id\n}}\n",
            s.ident
        );
    }
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
    if cx.own_vnet() {
        a.push(("vnet_subnet_id", subnet_ref(cx.node_subnet(i), "id")));
        if cx.model().uses_pod_subnet() {
            a.push(("pod_subnet_id", subnet_ref(cx.pod_subnet(i), "id")));
        }
    }
    if !p.kubernetes_version.trim().is_empty() {
        a.push(("orchestrator_version", hcl(p.kubernetes_version.trim())));
    }
    // azurerm (as of v4.81.0) takes no Windows2025: that image is a comment (`image_notes`).
    if let Some(sku) = cx.os_sku(i, p).filter(|s| *s != OsSku::Windows2025) {
        a.push(("os_sku", hcl(sku.id())));
    }
    if cx.needs_fips(i, p) {
        a.push(("fips_enabled", String::from("true")));
    }
    a
}

/// What azurerm cannot say about a pool's image and kubelet, as comments inside its block.
fn image_notes(cx: &Ctx, out: &mut String, i: usize, p: &Pool, indent: &str) {
    if cx.os_sku(i, p) == Some(OsSku::Windows2025) {
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
        ("name", hcl(cx.cluster_name())),
        (
            "location",
            String::from("azurerm_resource_group.aks.location"),
        ),
        (
            "resource_group_name",
            String::from("azurerm_resource_group.aks.name"),
        ),
        ("dns_prefix", hcl(&dns_prefix(cx.cluster_name()))),
        ("kubernetes_version", hcl(c.kubernetes_version.trim())),
        ("sku_tier", hcl(tier(c.tier).1)),
    ]);
    if cx.lts_plan() {
        attributes.push(("support_plan", hcl("AKSLongTermSupport")));
    }
    if let Some(group) = cx.node_resource_group() {
        attributes.push(("node_resource_group", hcl(group)));
    }
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
    network_profile_block(cx, out);
    let _ = writeln!(out, "  }}");
    if matches!(cx.egress(), Egress::Isolated { .. }) {
        // A network isolated cluster pulls its images from the cache AKS creates.
        out.push_str("\n  bootstrap_profile {\n    artifact_source = \"Cache\"\n  }\n");
    }
    if c.apiserver_vnet_integration {
        api_server_access_profile(cx, out);
    }
    let _ = writeln!(
        out,
        "\n  identity {{\n    type         = \"UserAssigned\"\n    identity_ids = [azurerm_user_assigned_identity.aks.id]\n  }}"
    );
    match depends_on(cx).as_slice() {
        [] => {}
        [one] => {
            let _ = writeln!(out, "\n  depends_on = [{one}]");
        }
        many => {
            let _ = writeln!(
                out,
                "\n  depends_on = [\n    {},\n  ]",
                many.join(",\n    ")
            );
        }
    }
    if c.virtual_nodes {
        virtual_nodes(cx, out);
    }
    let _ = writeln!(out, "}}");
}

/// API Server VNet Integration: in the design's subnet, or with a managed VNet in the one AKS
/// makes.
fn api_server_access_profile(cx: &Ctx, out: &mut String) {
    let _ = write!(
        out,
        "\n  api_server_access_profile {{\n    virtual_network_integration_enabled = true\n"
    );
    if cx.own_vnet() {
        let _ = writeln!(
            out,
            "    subnet_id                           = {}",
            subnet_ref(cx.apiserver_subnet(), "id")
        );
    }
    let _ = writeln!(out, "  }}");
}

/// Virtual nodes in the design's ACI subnet; a managed VNet has none.
fn virtual_nodes(cx: &Ctx, out: &mut String) {
    if cx.own_vnet() {
        let _ = writeln!(
            out,
            "\n  aci_connector_linux {{\n    subnet_name = {}\n  }}",
            subnet_ref(cx.aci_subnet(), "name")
        );
    } else {
        out.push_str(
            "\n  # aci_connector_linux needs an ACI subnet in your own VNet: with a managed VNet there is none to name.\n",
        );
    }
}

/// The `network_profile` block: the network and, for the outbound type, its settings.
fn network_profile_block(cx: &Ctx, out: &mut String) {
    let egress = cx.egress();
    if matches!(egress, Egress::Isolated { block: true }) {
        out.push_str(
            "    # azurerm (v4.81.0) takes no outbound_type \"block\" (preview), so terraform stops here: create the\n    # cluster with az and the aks-preview extension.\n",
        );
    }
    if cx.wireguard() {
        let _ = writeln!(
            out,
            "    # WireGuard transit encryption: azurerm (v4.81.0) has no attribute for it\n    # (hashicorp/terraform-provider-azurerm#33357). Turn it on after apply:\n    #   az aks update --resource-group {} --name {} --enable-acns --acns-transit-encryption-type {WIREGUARD}",
            // On one line: a line break in a name would end the comment.
            sh(&oneline(cx.resource_group())),
            sh(&oneline(cx.cluster_name()))
        );
    }
    let mut attributes = network_profile(cx);
    if let Some(t) = egress.outbound_type() {
        attributes.push(("outbound_type", hcl(t)));
    }
    hcl_attributes(out, "    ", &attributes);
    match egress {
        Egress::LoadBalancer(lb) => load_balancer_profile(&lb, out),
        Egress::ManagedNat { v2, ips, idle } => {
            let mut a: Vec<(&str, String)> = Vec::new();
            if let Some(n) = ips {
                a.push(("managed_outbound_ip_count", hcl_number(n)));
            }
            if let Some(m) = idle {
                a.push(("idle_timeout_in_minutes", hcl_number(m)));
            }
            if v2 || !a.is_empty() {
                out.push('\n');
            }
            if v2 {
                out.push_str(
                    "    # azurerm has no SKU for the managed NAT gateway (API 2026-06-01's natGatewayProfile.sku): AKS\n    # picks it. For the StandardV2 NAT gateway (V2, preview) use az (--outbound-type-sku) or Bicep.\n",
                );
            }
            if !a.is_empty() {
                let _ = writeln!(out, "    nat_gateway_profile {{");
                hcl_attributes(out, "      ", &a);
                let _ = writeln!(out, "    }}");
            }
        }
        Egress::UserNat { .. } | Egress::Udr { .. } | Egress::Isolated { .. } => {}
    }
}

/// `load_balancer_profile` with what the plan sets; your own IPs are only counted by the plan,
/// so the attribute that names them is a comment.
fn load_balancer_profile(lb: &LbOut, out: &mut String) {
    let mut a: Vec<(&str, String)> = Vec::new();
    if let Some(n) = lb.managed_ips {
        a.push(("managed_outbound_ip_count", hcl_number(n)));
    }
    if let Some(p) = lb.ports {
        a.push(("outbound_ports_allocated", hcl_number(p)));
    }
    if let Some(m) = lb.idle {
        a.push(("idle_timeout_in_minutes", hcl_number(m)));
    }
    if let Some(n) = lb.own_ips {
        let _ = writeln!(
            out,
            "\n    # Your own outbound public IPs ({}) replace AKS's managed ones: name them in load_balancer_profile,\n    #   outbound_ip_address_ids = [<public IP ID>, …]  (or outbound_ip_prefix_ids for prefixes)",
            oneline(n)
        );
    }
    if !a.is_empty() {
        let _ = writeln!(out, "\n    load_balancer_profile {{");
        hcl_attributes(out, "      ", &a);
        let _ = writeln!(out, "    }}");
    }
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
