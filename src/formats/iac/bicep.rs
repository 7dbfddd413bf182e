//! Bicep for `Microsoft.ContainerService/managedClusters`: one function per resource or
//! profile, in the order the file lists them.

use crate::rules::subnet::Purpose;
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;
use core::fmt::Write;

use super::{
    AKS_API_VERSION, Ctx, IDENTITY_API_VERSION, NETWORK_CONTRIBUTOR, ROLE_API_VERSION,
    VNET_API_VERSION, allocation_mode, bq, names, surge, tier, vm_size,
};
use crate::plan::{Dataplane, NetworkModel, OsType, Plan, Pool, PoolMode};

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
    let mut out = String::new();
    cx.header("//", link, &mut out);
    params_and_vnet(&cx, &mut out);
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

fn subnet_id(name: &str) -> String {
    format!(
        "resourceId('Microsoft.Network/virtualNetworks/subnets', vnet.name, {})",
        bq(name)
    )
}

fn params_and_vnet(cx: &Ctx, out: &mut String) {
    let c = &cx.plan.cluster;
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
    let mut subnets = Vec::from([(names::NODE_SUBNET, c.first_prefix(Purpose::Nodes).trim())]);
    if cx.model().uses_pod_subnet() {
        subnets.push((names::POD_SUBNET, c.first_prefix(Purpose::Pods).trim()));
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
}

/// The cluster's identity gets Network Contributor on the VNet before the cluster exists.
fn identity(out: &mut String) {
    let _ = writeln!(
        out,
        "resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@{IDENTITY_API_VERSION}' = {{\n  name: 'id-${{clusterName}}'\n  location: location\n}}\n\n\
         resource networkContributor 'Microsoft.Authorization/roleAssignments@{ROLE_API_VERSION}' = {{\n  name: guid(vnet.id, identity.id, 'network-contributor')\n  scope: vnet\n  properties: {{\n    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '{NETWORK_CONTRIBUTOR}')\n    principalId: identity.properties.principalId\n    principalType: 'ServicePrincipal'\n  }}\n}}\n"
    );
}

/// The cluster resource up to its list of agent pool profiles.
fn cluster_start(cx: &Ctx, out: &mut String) {
    let c = &cx.plan.cluster;
    let _ = writeln!(
        out,
        "resource aks 'Microsoft.ContainerService/managedClusters@{AKS_API_VERSION}' = {{\n  name: clusterName\n  location: location\n  sku: {{\n    name: 'Base'\n    tier: {}\n  }}\n  identity: {{\n    type: 'UserAssigned'\n    userAssignedIdentities: {{\n      '${{identity.id}}': {{}}\n    }}\n  }}\n  dependsOn: [\n    networkContributor\n  ]\n  properties: {{\n    kubernetesVersion: {}\n    dnsPrefix: clusterName\n    agentPoolProfiles: [",
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
    f(out, "vnetSubnetID", subnet_id(names::NODE_SUBNET));
    if let Some(mode) = allocation_mode(cx.model()) {
        f(out, "podSubnetID", subnet_id(names::POD_SUBNET));
        f(out, "podIPAllocationMode", bq(mode));
    }
    if !p.kubernetes_version.trim().is_empty() {
        f(out, "orchestratorVersion", bq(p.kubernetes_version.trim()));
    }
    let _ = writeln!(
        out,
        "        upgradeSettings: {{\n          maxSurge: {}\n        }}\n      }}",
        bq(&surge(cx.report(i), p))
    );
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
        n(out, "podCidrs", bicep_list(&cx.ranges(&c.pod_cidr)));
        n(out, "serviceCidrs", bicep_list(&cx.ranges(&c.service_cidr)));
    } else {
        if model.uses_pod_cidr() {
            n(out, "podCidr", bq(&cx.v4(&c.pod_cidr)));
        }
        n(out, "serviceCidr", bq(&cx.v4(&c.service_cidr)));
    }
    n(out, "dnsServiceIP", bq(c.dns_service_ip.trim()));
}

/// The private API server and virtual nodes, then the end of the cluster resource.
fn cluster_end(cx: &Ctx, out: &mut String) {
    let c = &cx.plan.cluster;
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
}
