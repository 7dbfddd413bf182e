//! Bicep for `Microsoft.ContainerService/managedClusters`: one function per resource or
//! profile, in the order the file lists them.

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;
use core::fmt::Write;

use super::WIREGUARD;
use super::design::{delegation_name, oneline};
use super::outbound::{Egress, LbOut, nat_sku};
use super::{
    AKS_API_VERSION, AKS_API_VERSION_CUSTOM, AKS_API_VERSION_WINDOWS_2025, CUSTOM_FEATURE, Ctx,
    IDENTITY_API_VERSION, NETWORK_CONTRIBUTOR, NO_ROOM, NO_SUBNET, ROLE_API_VERSION, SubnetOut,
    VIRTUAL_NODES_V2_CHART, VNET_API_VERSION, allocation_mode, bq, dns_prefix, eviction,
    max_unavailable, names, sh, surge, tier, vm_size,
};
use crate::plan::{Dataplane, NetworkModel, OsSku, OsType, Plan, Pool, PoolMode};

/// Bicep for `Microsoft.ContainerService/managedClusters` with its VNet.
///
/// # Examples
/// ```
/// let b = aks_calc::formats::iac::bicep(&aks_calc::plan::Plan::default(), "#v=1");
/// assert!(b.contains("resource aks 'Microsoft.ContainerService/managedClusters@2025-10-01' = {"));
/// assert!(b.contains("      networkPluginMode: 'overlay'"));
/// ```
pub fn bicep(plan: &Plan, link: &str) -> String {
    write(plan, link, false)
}

/// The same Bicep, with every subnet (and the VNet) asking an Azure Virtual Network Manager IPAM
/// pool for its number of addresses (`ipamPoolPrefixAllocations`) instead of a fixed prefix.
///
/// # Examples
/// ```
/// let b = aks_calc::formats::iac::bicep_ipam(&aks_calc::plan::Plan::default(), "#v=1");
/// assert!(b.contains("param ipamPoolId string"));
/// assert!(b.contains("numberOfIpAddresses: '65536'"));
/// ```
pub fn bicep_ipam(plan: &Plan, link: &str) -> String {
    write(plan, link, true)
}

fn write(plan: &Plan, link: &str, ipam: bool) -> String {
    let cx = Ctx::new(plan);
    let mut out = String::new();
    cx.header("//", link, &mut out);
    params(&cx, ipam, &mut out);
    if cx.own_vnet() {
        egress_resources(&cx, &mut out);
        vnet(&cx, ipam, &mut out);
    } else {
        out.push('\n');
        cx.managed_vnet_note("//", &mut out);
        out.push('\n');
    }
    identity(&cx, &mut out);
    let version = cluster_start(&cx, &mut out);
    for (i, p) in cx.pools() {
        agent_pool(&cx, i, p, &mut out);
    }
    let _ = writeln!(out, "    ]\n    networkProfile: {{");
    network_profile(&cx, &mut out);
    outbound_profile(&cx, version, &mut out);
    let _ = writeln!(out, "    }}");
    cluster_end(&cx, &mut out);
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

/// A Bicep array, one item a line, as a property value.
fn bicep_list(items: &[String]) -> String {
    let mut s = String::from("[\n");
    for i in items {
        let _ = writeln!(s, "        {}", bq(i));
    }
    s.push_str("      ]");
    s
}

/// `key: value` on its own line.
fn property(out: &mut String, indent: &str, key: &str, value: String) {
    let _ = writeln!(out, "{indent}{key}: {value}");
}

/// The id of a subnet of the design, or a placeholder ARM refuses.
fn subnet_id(s: Option<&SubnetOut>) -> String {
    match s {
        Some(s) => format!(
            "resourceId('Microsoft.Network/virtualNetworks/subnets', vnet.name, {})",
            bq(&s.name)
        ),
        None => bq(NO_SUBNET),
    }
}

/// Whether the design needs an IPv6 IPAM pool too (dual-stack).
fn needs_v6_pool(cx: &Ctx) -> bool {
    cx.vnet_size(true) > 0 || cx.subnets.iter().any(|s| s.has_v6)
}

/// The parameters: the plan's region, cluster name and node resource group (the file deploys
/// into the resource group, which a comment names).
fn params(cx: &Ctx, ipam: bool, out: &mut String) {
    if !cx.plan.cluster.names.resource_group.trim().is_empty() {
        let _ = writeln!(
            out,
            "// Deploy into the resource group {}: az deployment group create --resource-group {} --template-file <this file>",
            oneline(cx.resource_group()),
            oneline(&sh(cx.resource_group()))
        );
    }
    let location = cx
        .region()
        .map_or_else(|| String::from("resourceGroup().location"), bq);
    let _ = writeln!(
        out,
        "param location string = {location}\nparam clusterName string = {}",
        bq(cx.cluster_name())
    );
    if let Some(group) = cx.node_resource_group() {
        let _ = writeln!(out, "param nodeResourceGroup string = {}", bq(group));
    }
    // A managed VNet takes no addresses from the pool.
    if ipam && cx.own_vnet() {
        out.push_str(
            "// The Azure Virtual Network Manager IPAM pool the VNet and its subnets take their addresses from.\nparam ipamPoolId string\n",
        );
        if needs_v6_pool(cx) {
            out.push_str("// The IPv6 pool of a dual-stack design.\nparam ipamPoolIdV6 string\n");
        }
    }
}

/// The VNet with every subnet of the design.
fn vnet(cx: &Ctx, ipam: bool, out: &mut String) {
    let c = &cx.plan.cluster;
    let _ = writeln!(
        out,
        "\nresource vnet 'Microsoft.Network/virtualNetworks@{VNET_API_VERSION}' = {{\n  name: {}\n  location: location\n  properties: {{\n    addressSpace: {{",
        bq(names::VNET)
    );
    if ipam {
        let _ = writeln!(out, "      ipamPoolPrefixAllocations: [");
        allocation(out, "        ", cx.vnet_size(false), "ipamPoolId");
        if needs_v6_pool(cx) {
            allocation(out, "        ", cx.vnet_size(true), "ipamPoolIdV6");
        }
        let _ = writeln!(out, "      ]");
    } else {
        let _ = writeln!(out, "      addressPrefixes: [");
        for r in cx.ranges(&c.vnet) {
            let _ = writeln!(out, "        {}", bq(&r));
        }
        let _ = writeln!(out, "      ]");
    }
    let _ = writeln!(out, "    }}\n    subnets: [");
    let attach = match cx.egress() {
        Egress::Udr { .. } => Some(("routeTable", "routeTable")),
        Egress::UserNat { .. } => Some(("natGateway", "natGateway")),
        _ => None,
    };
    let egress: Vec<&str> = cx
        .egress_subnets()
        .iter()
        .map(|s| s.ident.as_str())
        .collect();
    for s in &cx.subnets {
        subnet(
            s,
            ipam,
            attach.filter(|_| egress.contains(&s.ident.as_str())),
            out,
        );
    }
    let _ = writeln!(out, "    ]\n  }}\n}}\n");
}

/// One `{ numberOfIpAddresses, pool }` of `ipamPoolPrefixAllocations` (the number is a string).
fn allocation(out: &mut String, indent: &str, count: u128, pool: &str) {
    let _ = writeln!(
        out,
        "{indent}{{\n{indent}  numberOfIpAddresses: '{count}'\n{indent}  pool: {{\n{indent}    id: {pool}\n{indent}  }}\n{indent}}}"
    );
}

/// A subnet of the VNet with its delegation, and the route table or NAT gateway traffic leaves
/// by (`attach`: the property and the resource); every subnet is written, whatever it is for.
fn subnet(s: &SubnetOut, ipam: bool, attach: Option<(&str, &str)>, out: &mut String) {
    let _ = write!(
        out,
        "      // {} — {}: {}.",
        s.label,
        crate::text::design::purpose(s.purpose).en,
        s.holds
    );
    if !ipam && s.no_room {
        out.push_str(" The layout found no room for it: choose a free range.");
    } else if !ipam && s.placed {
        out.push_str(" Placed by the layout (Fit into the VNet).");
    }
    let _ = writeln!(
        out,
        "\n      {{\n        name: {}\n        properties: {{",
        bq(&s.name)
    );
    if ipam {
        ipam_allocations(s, out);
    } else {
        match s.prefixes.as_slice() {
            [one] => property(out, "          ", "addressPrefix", bq(one)),
            [] => property(out, "          ", "addressPrefix", bq(NO_ROOM)),
            many => property(
                out,
                "          ",
                "addressPrefixes",
                list(many, "          "),
            ),
        }
    }
    if let Some(service) = s.purpose.delegation() {
        let _ = writeln!(
            out,
            "          delegations: [\n            {{\n              name: {}\n              properties: {{\n                serviceName: {}\n              }}\n            }}\n          ]",
            bq(delegation_name(service)),
            bq(service)
        );
    }
    if let Some((property, resource)) = attach {
        let _ = writeln!(
            out,
            "          {property}: {{\n            id: {resource}.id\n          }}"
        );
    }
    let _ = writeln!(out, "        }}\n      }}");
}

/// What must be on the subnets before the cluster: the route table of userDefinedRouting or
/// your NAT gateway with its public IPs.
fn egress_resources(cx: &Ctx, out: &mut String) {
    match cx.egress() {
        Egress::Udr { next_hop } => route_table(cx, &next_hop, out),
        Egress::UserNat { ips } => nat_gateway(ips, out),
        _ => {}
    }
}

fn route_table(cx: &Ctx, next_hop: &str, out: &mut String) {
    let _ = writeln!(
        out,
        "\n// userDefinedRouting: AKS requires this route table on the cluster's subnets before it is created;\n\
         // it sends 0.0.0.0/0 to your firewall (or NVA) at {}.",
        oneline(next_hop)
    );
    if cx.model() == NetworkModel::Kubenet {
        out.push_str(
            "// With kubenet AKS adds its pod routes here: deploying this file again replaces them with routes.\n",
        );
    }
    let _ = writeln!(
        out,
        "resource routeTable 'Microsoft.Network/routeTables@{VNET_API_VERSION}' = {{\n  name: {}\n  location: location\n  properties: {{\n    routes: [\n      {{\n        name: {}\n        properties: {{\n          addressPrefix: '0.0.0.0/0'\n          nextHopType: 'VirtualAppliance'\n          nextHopIpAddress: {}\n        }}\n      }}\n    ]\n  }}\n}}",
        bq(names::ROUTE_TABLE),
        bq(names::ROUTE),
        bq(next_hop)
    );
}

fn nat_gateway(ips: u64, out: &mut String) {
    let _ = writeln!(
        out,
        "\n// userAssignedNATGateway: your NAT gateway with {ips} public IP(s), on the cluster's subnets before it\n\
         // is created.\n\
         resource natIps 'Microsoft.Network/publicIPAddresses@{VNET_API_VERSION}' = [for i in range(1, {ips}): {{\n  name: '{}-${{i}}'\n  location: location\n  sku: {{\n    name: 'Standard'\n  }}\n  properties: {{\n    publicIPAllocationMethod: 'Static'\n  }}\n}}]\n\n\
         resource natGateway 'Microsoft.Network/natGateways@{VNET_API_VERSION}' = {{\n  name: {}\n  location: location\n  sku: {{\n    name: 'Standard'\n  }}\n  properties: {{\n    publicIpAddresses: [for i in range(0, {ips}): {{\n      id: natIps[i].id\n    }}]\n  }}\n}}",
        names::NAT_IP,
        bq(names::NAT_GATEWAY)
    );
}

/// The subnet's IPAM allocations: the block the design gives it, and its /64 from the IPv6 pool.
fn ipam_allocations(s: &SubnetOut, out: &mut String) {
    let indent = "            ";
    match (s.ipam_count(), s.ipam_prefix) {
        (Some(count), Some(p)) => {
            let _ = writeln!(
                out,
                "          // {count} addresses (a /{p}): {}.\n          ipamPoolPrefixAllocations: [",
                s.ipam_note
            );
            allocation(out, indent, count, "ipamPoolId");
        }
        _ => {
            let _ = writeln!(
                out,
                "          // The design has no size for this subnet: see the plan's findings.\n          ipamPoolPrefixAllocations: ["
            );
        }
    }
    if s.has_v6 {
        allocation(out, indent, 1u128 << 64, "ipamPoolIdV6");
    }
    let _ = writeln!(out, "          ]");
}

/// A Bicep array of strings, one item a line, closed at `indent`.
fn list(items: &[String], indent: &str) -> String {
    let mut s = String::from("[\n");
    for i in items {
        let _ = writeln!(s, "{indent}  {}", bq(i));
    }
    s.push_str(indent);
    s.push(']');
    s
}

/// The cluster's identity gets Network Contributor on the VNet (and on the route table of
/// userDefinedRouting) before the cluster exists; a managed VNet is AKS's own.
fn identity(cx: &Ctx, out: &mut String) {
    let _ = writeln!(
        out,
        "resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@{IDENTITY_API_VERSION}' = {{\n  name: 'id-${{clusterName}}'\n  location: location\n}}\n"
    );
    for (name, scope) in role_assignments(cx) {
        if scope == "routeTable" {
            out.push_str(
                "// AKS reads the route table of its subnets (and with kubenet writes its pod routes there).\n",
            );
        }
        let _ = writeln!(
            out,
            "resource {name} 'Microsoft.Authorization/roleAssignments@{ROLE_API_VERSION}' = {{\n  name: guid({scope}.id, identity.id, 'network-contributor')\n  scope: {scope}\n  properties: {{\n    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '{NETWORK_CONTRIBUTOR}')\n    principalId: identity.properties.principalId\n    principalType: 'ServicePrincipal'\n  }}\n}}\n"
        );
    }
}

/// The identity's Network Contributor assignments: (resource name, scope). The cluster waits
/// for them, and through them for the VNet with its route table or NAT gateway.
fn role_assignments(cx: &Ctx) -> Vec<(&'static str, &'static str)> {
    if !cx.own_vnet() {
        return Vec::new();
    }
    let mut out = Vec::from([("networkContributor", "vnet")]);
    if matches!(cx.egress(), Egress::Udr { .. }) {
        out.push(("routeTableContributor", "routeTable"));
    }
    out
}

/// The API version of the cluster: the stable one of the other exports, unless a pool or the
/// NAT gateway V2 needs a newer one, said in a comment.
fn api_version(cx: &Ctx, out: &mut String) -> &'static str {
    let nat_v2 = matches!(cx.egress(), Egress::ManagedNat { v2: true, .. });
    if cx.any_custom() {
        let _ = writeln!(
            out,
            "// Custom kube-reserved and hard eviction are a preview: API {AKS_API_VERSION_CUSTOM}, with the\n// feature flag {CUSTOM_FEATURE} registered."
        );
        AKS_API_VERSION_CUSTOM
    } else if cx
        .plan
        .pools
        .iter()
        .enumerate()
        .any(|(i, p)| cx.os_sku(i, p) == Some(OsSku::Windows2025))
    {
        let _ = writeln!(
            out,
            "// Windows2025 is not an osSKU of {AKS_API_VERSION}: API {AKS_API_VERSION_WINDOWS_2025}."
        );
        AKS_API_VERSION_WINDOWS_2025
    } else if nat_v2 {
        let _ = writeln!(
            out,
            "// The NAT gateway V2 (preview) is outboundType managedNATGateway with natGatewayProfile.sku StandardV2\n// in API {AKS_API_VERSION_WINDOWS_2025}, which {AKS_API_VERSION} lacks."
        );
        AKS_API_VERSION_WINDOWS_2025
    } else if cx.wireguard() {
        let _ = writeln!(
            out,
            "// WireGuard (networkProfile.advancedNetworking.security.transitEncryption) is in API\n// {AKS_API_VERSION_WINDOWS_2025}, which {AKS_API_VERSION} lacks."
        );
        AKS_API_VERSION_WINDOWS_2025
    } else {
        AKS_API_VERSION
    }
}

/// The cluster resource up to its list of agent pool profiles; returns its API version.
fn cluster_start(cx: &Ctx, out: &mut String) -> &'static str {
    let c = &cx.plan.cluster;
    let version = api_version(cx, out);
    let _ = writeln!(
        out,
        "resource aks 'Microsoft.ContainerService/managedClusters@{version}' = {{\n  name: clusterName\n  location: location\n  sku: {{\n    name: 'Base'\n    tier: {}\n  }}\n  identity: {{\n    type: 'UserAssigned'\n    userAssignedIdentities: {{\n      '${{identity.id}}': {{}}\n    }}\n  }}",
        bq(tier(c.tier).1)
    );
    let roles = role_assignments(cx);
    if !roles.is_empty() {
        let _ = writeln!(out, "  dependsOn: [");
        for (name, _) in roles {
            let _ = writeln!(out, "    {name}");
        }
        let _ = writeln!(out, "  ]");
    }
    let prefix = dns_prefix(cx.cluster_name());
    // The prefix follows the parameter unless the name has characters a DNS prefix cannot.
    let dns = if prefix == cx.cluster_name() {
        String::from("clusterName")
    } else {
        bq(&prefix)
    };
    let _ = writeln!(
        out,
        "  properties: {{\n    kubernetesVersion: {}\n    dnsPrefix: {dns}",
        bq(c.kubernetes_version.trim())
    );
    if cx.node_resource_group().is_some() {
        let _ = writeln!(out, "    nodeResourceGroup: nodeResourceGroup");
    }
    if cx.lts_plan() {
        let _ = writeln!(out, "    supportPlan: 'AKSLongTermSupport'");
    }
    let _ = writeln!(out, "    agentPoolProfiles: [");
    version
}

/// One entry of `agentPoolProfiles`.
fn agent_pool(cx: &Ctx, i: usize, p: &Pool, out: &mut String) {
    let f = |out: &mut String, k: &str, v: String| property(out, "        ", k, v);
    let _ = writeln!(out, "      {{");
    f(out, "name", bq(&p.name));
    f(
        out,
        "mode",
        bq(match p.mode {
            PoolMode::System => "System",
            PoolMode::User => "User",
        }),
    );
    f(
        out,
        "osType",
        bq(match p.os {
            OsType::Linux => "Linux",
            OsType::Windows => "Windows",
        }),
    );
    f(out, "vmSize", bq(&vm_size(p)));
    f(out, "count", bicep_number(&p.node_count));
    if p.autoscale {
        f(out, "enableAutoScaling", String::from("true"));
        f(out, "minCount", bicep_number(&p.min_count));
        f(out, "maxCount", bicep_number(&p.max_count));
    }
    f(out, "maxPods", bicep_number(&cx.max_pods(i, p)));
    if cx.own_vnet() {
        f(out, "vnetSubnetID", subnet_id(cx.node_subnet(i)));
        if let Some(mode) = allocation_mode(cx.model()) {
            f(out, "podSubnetID", subnet_id(cx.pod_subnet(i)));
            f(out, "podIPAllocationMode", bq(mode));
        }
    }
    if !p.kubernetes_version.trim().is_empty() {
        f(out, "orchestratorVersion", bq(p.kubernetes_version.trim()));
    }
    image(cx, i, p, out);
    let unavailable = max_unavailable(p).map_or_else(String::new, |v| {
        format!("\n          maxUnavailable: {}", bq(v))
    });
    let _ = writeln!(
        out,
        "        upgradeSettings: {{\n          maxSurge: {}{unavailable}\n        }}\n      }}",
        bq(&surge(cx.report(i), p))
    );
}

/// The pool's OS image (as the plan sets it; always for Windows), the FIPS image Windows Server
/// 2025 needs, and its custom kubelet configuration.
fn image(cx: &Ctx, i: usize, p: &Pool, out: &mut String) {
    let f = |out: &mut String, k: &str, v: String| property(out, "        ", k, v);
    if let Some(sku) = cx.os_sku(i, p) {
        f(out, "osSKU", bq(sku.id()));
    }
    if cx.needs_fips(i, p) {
        f(out, "enableFIPS", String::from("true"));
    }
    let Some(c) = cx.custom(i) else {
        return;
    };
    let _ = writeln!(out, "        kubeletConfig: {{");
    if c.kube_reserved_cpu_m.is_some() || c.kube_reserved_mib.is_some() {
        let _ = writeln!(out, "          kubeReserved: {{");
        if let Some(m) = c.kube_reserved_cpu_m {
            property(out, "            ", "cpuMillicores", format!("{m}"));
        }
        if let Some(mib) = c.kube_reserved_mib {
            property(out, "            ", "memoryMB", format!("{mib}"));
        }
        let _ = writeln!(out, "          }}");
    }
    if let Some(e) = c.eviction {
        let _ = writeln!(
            out,
            "          hardEvictionThreshold: {{\n            memoryAvailable: {}\n          }}",
            bq(&eviction(e))
        );
    }
    let _ = writeln!(out, "        }}");
}

/// The properties of `networkProfile`.
fn network_profile(cx: &Ctx, out: &mut String) {
    let c = &cx.plan.cluster;
    let model = cx.model();
    let n = |out: &mut String, k: &str, v: String| property(out, "      ", k, v);
    n(
        out,
        "networkPlugin",
        bq(if model == NetworkModel::Kubenet {
            "kubenet"
        } else {
            "azure"
        }),
    );
    if model == NetworkModel::Overlay {
        n(out, "networkPluginMode", bq("overlay"));
    }
    if c.dataplane == Dataplane::Cilium {
        n(out, "networkDataplane", bq("cilium"));
    }
    // What `az aks create --enable-acns --acns-transit-encryption-type WireGuard` sends.
    if cx.wireguard() {
        let _ = writeln!(
            out,
            "      advancedNetworking: {{\n        enabled: true\n        security: {{\n          transitEncryption: {{\n            type: {}\n          }}\n        }}\n      }}",
            bq(WIREGUARD)
        );
    }
    if cx.dual_stack() {
        n(
            out,
            "ipFamilies",
            bicep_list(&[String::from("IPv4"), String::from("IPv6")]),
        );
        // Static block allocation derives the IPv6 pod range from the pod subnet.
        if model.uses_pod_cidr() {
            n(out, "podCidrs", bicep_list(&cx.ranges(&c.pod_cidr)));
        }
        n(out, "serviceCidrs", bicep_list(&cx.ranges(&c.service_cidr)));
    } else {
        if model.uses_pod_cidr() {
            n(out, "podCidr", bq(&cx.v4(&c.pod_cidr)));
        }
        n(out, "serviceCidr", bq(&cx.v4(&c.service_cidr)));
    }
    n(out, "dnsServiceIP", bq(c.dns_service_ip.trim()));
}

/// The outbound type and its settings in `networkProfile`, as API `version` names them.
fn outbound_profile(cx: &Ctx, version: &str, out: &mut String) {
    let egress = cx.egress();
    let preview = version == AKS_API_VERSION_CUSTOM;
    let n = |out: &mut String, k: &str, v: String| property(out, "      ", k, v);
    match &egress {
        Egress::ManagedNat { v2: true, .. } if preview => {
            n(out, "outboundType", bq("managedNATGatewayV2"));
        }
        Egress::Isolated { block: true } => {
            out.push_str(
                "      // block (preview) is in no published API version's outboundType (up to 2026-05-02-preview):\n      // the docs set it with az and the aks-preview extension, and ARM may refuse it here.\n",
            );
            n(out, "outboundType", bq("block"));
        }
        _ => {
            if let Some(t) = egress.outbound_type() {
                n(out, "outboundType", bq(t));
            }
        }
    }
    match egress {
        Egress::LoadBalancer(lb) => load_balancer_profile(&lb, out),
        Egress::ManagedNat { v2, ips, idle } => {
            // Only 2026-06-01 has the SKU; the preview names V2 by its outbound type.
            let sku = (version == AKS_API_VERSION_WINDOWS_2025).then(|| nat_sku(v2));
            if ips.is_some() || idle.is_some() || sku.is_some() {
                let _ = writeln!(out, "      natGatewayProfile: {{");
                if let Some(count) = ips {
                    let _ = writeln!(
                        out,
                        "        managedOutboundIPProfile: {{\n          count: {}\n        }}",
                        bicep_number(count)
                    );
                }
                if let Some(m) = idle {
                    property(out, "        ", "idleTimeoutInMinutes", bicep_number(m));
                }
                if let Some(sku) = sku {
                    property(out, "        ", "sku", bq(sku));
                }
                let _ = writeln!(out, "      }}");
            }
        }
        Egress::UserNat { .. } | Egress::Udr { .. } | Egress::Isolated { .. } => {}
    }
}

/// `loadBalancerProfile` with what the plan sets; your own IPs are only counted by the plan, so
/// the property that names them is a comment.
fn load_balancer_profile(lb: &LbOut, out: &mut String) {
    if let Some(n) = lb.own_ips {
        let _ = writeln!(
            out,
            "      // Your own outbound public IPs ({}) replace AKS's managed ones: name them in loadBalancerProfile,\n      //   outboundIPs: {{ publicIPs: [ {{ id: '<public IP ID>' }}, … ] }}  (or outboundIPPrefixes.publicIPPrefixes)",
            oneline(n)
        );
    }
    if lb.managed_ips.is_none() && lb.ports.is_none() && lb.idle.is_none() {
        return;
    }
    let _ = writeln!(out, "      loadBalancerProfile: {{");
    if let Some(count) = lb.managed_ips {
        let _ = writeln!(
            out,
            "        managedOutboundIPs: {{\n          count: {}\n        }}",
            bicep_number(count)
        );
    }
    if let Some(p) = lb.ports {
        property(out, "        ", "allocatedOutboundPorts", bicep_number(p));
    }
    if let Some(m) = lb.idle {
        property(out, "        ", "idleTimeoutInMinutes", bicep_number(m));
    }
    let _ = writeln!(out, "      }}");
}

/// The private API server, API Server VNet Integration and virtual nodes, then the end of the
/// cluster resource.
fn cluster_end(cx: &Ctx, out: &mut String) {
    let c = &cx.plan.cluster;
    if matches!(cx.egress(), Egress::Isolated { .. }) {
        // A network isolated cluster pulls its images from the cache AKS creates.
        out.push_str("    bootstrapProfile: {\n      artifactSource: 'Cache'\n    }\n");
    }
    if c.private_cluster || c.apiserver_vnet_integration {
        let _ = writeln!(out, "    apiServerAccessProfile: {{");
        if c.private_cluster {
            property(out, "      ", "enablePrivateCluster", String::from("true"));
        }
        if c.apiserver_vnet_integration {
            property(out, "      ", "enableVnetIntegration", String::from("true"));
            // With a managed VNet AKS makes the API server's subnet itself.
            if cx.own_vnet() {
                property(out, "      ", "subnetId", subnet_id(cx.apiserver_subnet()));
            }
        }
        let _ = writeln!(out, "    }}");
    }
    if c.virtual_nodes && !cx.own_vnet() {
        out.push_str(
            "    // Virtual nodes need an ACI subnet in your own VNet: with a managed VNet there is none to name.\n",
        );
    } else if c.virtual_nodes {
        let subnet = cx.aci_subnet().map_or(NO_SUBNET, |s| s.name.as_str());
        let _ = writeln!(
            out,
            "    addonProfiles: {{\n      aciConnectorLinux: {{\n        enabled: true\n        config: {{\n          SubnetName: {}\n        }}\n      }}\n    }}",
            bq(subnet)
        );
    }
    let _ = writeln!(out, "  }}\n}}");
    if cx.virtual_nodes_v2() > 0 {
        let _ = writeln!(
            out,
            "\n// Virtual Nodes v2 (preview), {} virtual node(s): the cluster resource has no property for them;\n// install them with the Helm chart of {VIRTUAL_NODES_V2_CHART} once it runs.",
            cx.virtual_nodes_v2()
        );
    }
}
