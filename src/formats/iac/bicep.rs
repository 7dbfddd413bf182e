//! Bicep for `Microsoft.ContainerService/managedClusters`: one function per resource or
//! profile, in the order the file lists them.

use alloc::format;
use alloc::string::String;
use core::fmt::Write;

use super::design::delegation_name;
use super::{
    AKS_API_VERSION, AKS_API_VERSION_CUSTOM, AKS_API_VERSION_WINDOWS_2025, CUSTOM_FEATURE, Ctx,
    IDENTITY_API_VERSION, NETWORK_CONTRIBUTOR, NO_ROOM, NO_SUBNET, ROLE_API_VERSION, SubnetOut,
    VIRTUAL_NODES_V2_CHART, VNET_API_VERSION, allocation_mode, bq, eviction, max_unavailable,
    names, surge, tier, vm_size,
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
    params_and_vnet(&cx, ipam, &mut out);
    identity(&mut out);
    cluster_start(&cx, &mut out);
    for (i, p) in cx.pools() {
        agent_pool(&cx, i, p, &mut out);
    }
    let _ = writeln!(out, "    ]\n    networkProfile: {{");
    network_profile(&cx, &mut out);
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

fn params_and_vnet(cx: &Ctx, ipam: bool, out: &mut String) {
    let c = &cx.plan.cluster;
    let _ = writeln!(
        out,
        "param location string = resourceGroup().location\nparam clusterName string = {}",
        bq(names::CLUSTER)
    );
    if ipam {
        out.push_str(
            "// The Azure Virtual Network Manager IPAM pool the VNet and its subnets take their addresses from.\nparam ipamPoolId string\n",
        );
        if needs_v6_pool(cx) {
            out.push_str("// The IPv6 pool of a dual-stack design.\nparam ipamPoolIdV6 string\n");
        }
    }
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
    for s in &cx.subnets {
        subnet(s, ipam, out);
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

/// A subnet of the VNet with its delegation; every subnet is written, whatever it is for.
fn subnet(s: &SubnetOut, ipam: bool, out: &mut String) {
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
    let _ = writeln!(out, "        }}\n      }}");
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

/// The cluster's identity gets Network Contributor on the VNet before the cluster exists.
fn identity(out: &mut String) {
    let _ = writeln!(
        out,
        "resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@{IDENTITY_API_VERSION}' = {{\n  name: 'id-${{clusterName}}'\n  location: location\n}}\n\n\
         resource networkContributor 'Microsoft.Authorization/roleAssignments@{ROLE_API_VERSION}' = {{\n  name: guid(vnet.id, identity.id, 'network-contributor')\n  scope: vnet\n  properties: {{\n    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '{NETWORK_CONTRIBUTOR}')\n    principalId: identity.properties.principalId\n    principalType: 'ServicePrincipal'\n  }}\n}}\n"
    );
}

/// The API version of the cluster: the stable one of the other exports, unless a pool needs a
/// newer one, said in a comment.
fn api_version(cx: &Ctx, out: &mut String) -> &'static str {
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
        .any(|p| p.os_sku == Some(OsSku::Windows2025))
    {
        let _ = writeln!(
            out,
            "// Windows2025 is not an osSKU of {AKS_API_VERSION}: API {AKS_API_VERSION_WINDOWS_2025}."
        );
        AKS_API_VERSION_WINDOWS_2025
    } else {
        AKS_API_VERSION
    }
}

/// The cluster resource up to its list of agent pool profiles.
fn cluster_start(cx: &Ctx, out: &mut String) {
    let c = &cx.plan.cluster;
    let version = api_version(cx, out);
    let _ = writeln!(
        out,
        "resource aks 'Microsoft.ContainerService/managedClusters@{version}' = {{\n  name: clusterName\n  location: location\n  sku: {{\n    name: 'Base'\n    tier: {}\n  }}\n  identity: {{\n    type: 'UserAssigned'\n    userAssignedIdentities: {{\n      '${{identity.id}}': {{}}\n    }}\n  }}\n  dependsOn: [\n    networkContributor\n  ]\n  properties: {{\n    kubernetesVersion: {}\n    dnsPrefix: clusterName\n    agentPoolProfiles: [",
        bq(tier(c.tier).1),
        bq(c.kubernetes_version.trim())
    );
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
    f(out, "vnetSubnetID", subnet_id(cx.node_subnet(i)));
    if let Some(mode) = allocation_mode(cx.model()) {
        f(out, "podSubnetID", subnet_id(cx.pod_subnet(i)));
        f(out, "podIPAllocationMode", bq(mode));
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

/// The pool's OS image (only when the plan sets one), the FIPS image Windows Server 2025 needs,
/// and its custom kubelet configuration.
fn image(cx: &Ctx, i: usize, p: &Pool, out: &mut String) {
    let f = |out: &mut String, k: &str, v: String| property(out, "        ", k, v);
    if let Some(sku) = p.os_sku {
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

/// The private API server, API Server VNet Integration and virtual nodes, then the end of the
/// cluster resource.
fn cluster_end(cx: &Ctx, out: &mut String) {
    let c = &cx.plan.cluster;
    if c.private_cluster || c.apiserver_vnet_integration {
        let _ = writeln!(out, "    apiServerAccessProfile: {{");
        if c.private_cluster {
            property(out, "      ", "enablePrivateCluster", String::from("true"));
        }
        if c.apiserver_vnet_integration {
            property(out, "      ", "enableVnetIntegration", String::from("true"));
            property(out, "      ", "subnetId", subnet_id(cx.apiserver_subnet()));
        }
        let _ = writeln!(out, "    }}");
    }
    if c.virtual_nodes {
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
