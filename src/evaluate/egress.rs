//! The egress allow-list of the plan and the control-plane path (aks-rules §10): the required
//! outbound rules for what the plan uses, the addresses they leave from, and the NSG rules the
//! design's subnets need inside the VNet.

use alloc::string::{String, ToString};
use alloc::vec::Vec;

use super::finding::{Issue, Severity};
use super::outbound_ctx::OutCtx;
use super::outbound_report::{EgressReport, Tunnel};
use super::report::{DesignReport, NetworkReport, PoolReport};
use crate::plan::field::OutboundField;
use crate::plan::ranges::{parse_ip, split_list};
use crate::plan::{Dataplane, NetworkModel, OsSku, OsType, Plan};
use crate::rules::egress::{
    EgressInput, apiserver_nsg_rules, overlay_nsg_rules, required_rules, wireguard_nsg_rule,
};
use crate::rules::subnet::Purpose;

/// The custom DNS servers that can be read; each one that cannot is an error at the field.
fn dns_servers(text: &str, ctx: &mut OutCtx<'_>) -> Vec<String> {
    let mut out = Vec::new();
    for item in split_list(text) {
        match parse_ip(item) {
            Ok(ip) => out.push(ip.to_string()),
            Err(e) => ctx.input(OutboundField::DnsServers, Issue::Address(e)),
        }
    }
    out
}

/// The prefixes of the subnets of `purpose` that pools use, as the design placed them.
fn used_prefixes(design: &DesignReport, purpose: Purpose) -> Vec<String> {
    design
        .subnets
        .iter()
        .filter(|s| s.purpose == purpose)
        .filter(|s| match purpose {
            Purpose::Pods => !s.pod_pools.is_empty(),
            _ => !s.node_pools.is_empty(),
        })
        .filter_map(|s| s.net.map(|n| n.to_string()))
        .collect()
}

/// Some pool runs this OS image (as set, or AKS's default for its OS and version).
fn runs(pools: &[PoolReport], sku: OsSku) -> bool {
    pools.iter().any(|p| p.os_sku == sku)
}

/// Which path the nodes and the control plane use.
fn tunnel(plan: &Plan) -> Tunnel {
    let c = &plan.cluster;
    if c.apiserver_vnet_integration {
        Tunnel::VnetIntegration
    } else if c.private_cluster {
        Tunnel::PrivateEndpoint
    } else if c.outbound.legacy_tunnel {
        Tunnel::Legacy
    } else {
        Tunnel::Konnectivity
    }
}

/// NSG rules inside the VNet: overlay's node and pod ranges, the API server subnet, and
/// Cilium WireGuard's tunnel between the nodes.
fn nsg_rules(
    plan: &Plan,
    network: &NetworkReport,
    design: &DesignReport,
    nodes: &str,
) -> Vec<crate::rules::egress::NsgRule> {
    let c = &plan.cluster;
    let mut out = Vec::new();
    if nodes.is_empty() {
        return out;
    }
    if c.network == NetworkModel::Overlay {
        if let Some(pods) = network.pod_cidr_v4 {
            out.extend(overlay_nsg_rules(nodes, &pods.to_string()));
        }
    }
    let apiserver = design
        .apiserver
        .and_then(|i| design.subnets.get(i))
        .and_then(|s| s.net);
    if let Some(api) = apiserver.filter(|_| c.apiserver_vnet_integration) {
        out.extend(apiserver_nsg_rules(&api.to_string(), nodes));
    }
    // WireGuard runs on Cilium only; without it there is no tunnel (and a finding says so).
    if c.wireguard && c.dataplane == Dataplane::Cilium {
        out.push(wireguard_nsg_rule(nodes));
    }
    out
}

/// The egress report of a plan whose region is `region` (already read).
pub(super) fn evaluate(
    plan: &Plan,
    pools: &[PoolReport],
    network: &NetworkReport,
    design: &DesignReport,
    region: &str,
    ctx: &mut OutCtx<'_>,
) -> EgressReport {
    let c = &plan.cluster;
    let o = &c.outbound;
    let dns = dns_servers(&o.dns_servers, ctx);
    let gpu = pools.iter().any(|p| {
        p.vm.and_then(|v| v.size)
            .is_some_and(|s| !s.gpu().is_empty())
    });
    let input = EgressInput {
        cloud: o.cloud,
        region,
        private_cluster: c.private_cluster,
        vnet_integration: c.apiserver_vnet_integration,
        legacy_tunnel: o.legacy_tunnel,
        // The image as the pool report resolved it: a Linux pool naming none runs Ubuntu.
        ubuntu: runs(pools, OsSku::Ubuntu),
        windows: plan.pools.iter().any(|p| p.os == OsType::Windows),
        gpu,
        dns_servers: &dns,
    };
    let isolated = o.outbound_type.isolated();
    let rules = if isolated {
        Vec::new()
    } else {
        required_rules(&input)
    };
    let mut sources = used_prefixes(design, Purpose::Nodes);
    let node_prefixes = sources.join(", ");
    if c.network.uses_pod_subnet() {
        sources.extend(used_prefixes(design, Purpose::Pods));
    }
    if isolated {
        let issue = super::outbound_issue::OutboundIssue::NetworkIsolated {
            outbound_type: o.outbound_type,
        };
        ctx.push(Severity::Info, OutboundField::Type, issue);
    } else if runs(pools, OsSku::AzureLinux) {
        let issue = super::outbound_issue::OutboundIssue::NoAzureLinuxUpdateHosts {
            ubuntu: input.ubuntu,
        };
        ctx.push(Severity::Info, OutboundField::Cloud, issue);
    }
    EgressReport {
        cloud: o.cloud,
        region: String::from(region),
        isolated,
        rules,
        sources,
        nsg: nsg_rules(plan, network, design, &node_prefixes),
        tunnel: tunnel(plan),
    }
}
