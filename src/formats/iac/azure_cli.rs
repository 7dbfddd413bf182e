//! The Azure CLI script: one function per `az` command, in the order the script runs them.

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;
use core::fmt::Write;

use super::WIREGUARD;
use super::outbound::{Egress, LbOut, nat_sku};
use super::{
    CUSTOM_FEATURE, Ctx, NO_ROOM, NO_SUBNET, SubnetOut, VIRTUAL_NODES_V2_CHART, allocation_mode,
    kubelet_json, max_unavailable, names, sh, surge, tier, vm_size,
};
use crate::plan::{Dataplane, NetworkModel, OsType, Plan, Pool, PoolMode};

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
    let mut out = String::from("#!/usr/bin/env bash\n");
    cx.header("#", link, &mut out);
    variables_and_group(&cx, &mut out);
    if cx.any_custom() {
        custom_preview(&mut out);
    }
    if cx.own_vnet() {
        vnet_and_subnets(&cx, &mut out);
        match cx.egress() {
            Egress::Udr { next_hop } => route_table(&cx, &next_hop, &mut out),
            Egress::UserNat { ips } => nat_gateway(&cx, ips, &mut out),
            _ => {}
        }
    } else {
        out.push('\n');
        cx.managed_vnet_note("#", &mut out);
    }
    aks_create(&cx, &mut out);
    control_plane_upgrade(&cx, &mut out);
    first_pool_upgrade(&cx, &mut out);
    for (i, p) in cx.pools().skip(1) {
        nodepool_add(&cx, i, p, &mut out);
    }
    if plan.cluster.virtual_nodes {
        virtual_nodes(&cx, &mut out);
    }
    if cx.virtual_nodes_v2() > 0 {
        virtual_nodes_v2(&cx, &mut out);
    }
    out
}

/// Custom reservations are a preview: the core CLI sends the stable API, which has no
/// `kubeReserved` or `hardEvictionThreshold` (azure-mgmt-containerservice 41.6.0's
/// `KubeletConfig`), so the aks-preview extension must send them. Both steps are one-time and
/// subscription-wide: the script leaves them to the reader.
fn custom_preview(out: &mut String) {
    let _ = writeln!(
        out,
        "\n# Custom kube-reserved and hard eviction (preview, API 2026-03-02-preview) need the aks-preview\n\
         # extension (the core CLI sends the stable API, which has no such settings) and the feature\n\
         # flag {CUSTOM_FEATURE}:\n\
         #   az extension add --name aks-preview\n\
         #   az feature register --namespace Microsoft.ContainerService --name CustomNodeConfigPreview"
    );
}

/// The flags of one `az` command, each value quoted for the shell.
#[derive(Default)]
struct Flags(Vec<String>);

impl Flags {
    /// `--name value`, or a bare `--name` for a switch.
    fn add(&mut self, name: &str, value: Option<&str>) {
        self.0.push(match value {
            Some(v) => format!("--{name} {}", sh(v)),
            None => format!("--{name}"),
        });
    }

    /// `--name v1 v2 …`: a flag that takes several values, each its own argument.
    fn add_values(&mut self, name: &str, values: &[String]) {
        let quoted: Vec<String> = values.iter().map(|v| sh(v)).collect();
        self.0.push(format!("--{name} {}", quoted.join(" ")));
    }

    /// The command with one flag per line.
    fn write(&self, out: &mut String, command: &str) {
        let _ = writeln!(out, "\n{command} \\\n  {}", self.0.join(" \\\n  "));
    }
}

/// The names as shell variables: the plan's, or placeholders to edit.
fn variables_and_group(cx: &Ctx, out: &mut String) {
    let _ = writeln!(out, "set -euo pipefail\n");
    let _ = writeln!(out, "RG={}", sh(cx.resource_group()));
    match cx.region() {
        Some(region) => {
            let _ = writeln!(out, "LOCATION={}", sh(region));
        }
        None => {
            let _ = writeln!(out, "LOCATION={}  # your region", sh(cx.location()));
        }
    }
    let _ = writeln!(out, "CLUSTER={}", sh(cx.cluster_name()));
    if cx.own_vnet() {
        let _ = writeln!(out, "VNET={}", names::VNET);
    }
    out.push('\n');
    let _ = writeln!(
        out,
        "az group create --name \"$RG\" --location \"$LOCATION\""
    );
}

fn vnet_and_subnets(cx: &Ctx, out: &mut String) {
    let c = &cx.plan.cluster;
    let _ = writeln!(
        out,
        "az network vnet create --resource-group \"$RG\" --name \"$VNET\" --location \"$LOCATION\" \\\n  --address-prefixes {}",
        cx.ranges(&c.vnet)
            .iter()
            .map(|r| sh(r))
            .collect::<Vec<_>>()
            .join(" ")
    );
    for s in &cx.subnets {
        subnet(out, s);
    }
}

/// Creates a subnet of the design and keeps its id in a shell variable. Every subnet is created,
/// whatever it is for: the design is the VNet.
fn subnet(out: &mut String, s: &SubnetOut) {
    let _ = write!(
        out,
        "\n# {} — {}: {}.",
        s.label,
        crate::text::design::purpose(s.purpose).en,
        s.holds
    );
    if s.no_room {
        out.push_str(" The layout found no room for it: choose a free range.");
    } else if s.placed {
        out.push_str(" Placed by the layout (Fit into the VNet).");
    }
    let mut flags = Flags::default();
    flags.add("resource-group", Some("$RG"));
    flags.add("vnet-name", Some("$VNET"));
    flags.add("name", Some(&s.name));
    // Each prefix its own argument: joined by a comma they would be one invalid prefix.
    let prefixes = if s.prefixes.is_empty() {
        Vec::from([String::from(NO_ROOM)])
    } else {
        s.prefixes.clone()
    };
    flags.add_values("address-prefixes", &prefixes);
    if let Some(service) = s.purpose.delegation() {
        flags.add("delegations", Some(service));
    }
    flags.write(out, "az network vnet subnet create");
    let _ = writeln!(
        out,
        "{}=$(az network vnet subnet show --resource-group \"$RG\" --vnet-name \"$VNET\" --name {} --query id --output tsv)",
        s.var(),
        sh(&s.name)
    );
}

/// `az network vnet subnet update` of every subnet traffic leaves from, with one setting.
fn attach_to_egress_subnets(cx: &Ctx, flag: &str, value: &str, out: &mut String) {
    for s in cx.egress_subnets() {
        let mut flags = Flags::default();
        flags.add("resource-group", Some("$RG"));
        flags.add("vnet-name", Some("$VNET"));
        flags.add("name", Some(&s.name));
        flags.add(flag, Some(value));
        flags.write(out, "az network vnet subnet update");
    }
}

/// userDefinedRouting: AKS requires the route table on the cluster's subnets before create.
fn route_table(cx: &Ctx, next_hop: &str, out: &mut String) {
    let _ = write!(
        out,
        "\n# userDefinedRouting: AKS requires this route table on the cluster's subnets before it is created;\n\
         # it sends 0.0.0.0/0 to your firewall (or NVA) at {}.",
        super::design::oneline(next_hop)
    );
    if cx.model() == NetworkModel::Kubenet {
        out.push_str("\n# With kubenet AKS adds its pod routes to this same route table.");
    }
    let mut create = Flags::default();
    create.add("resource-group", Some("$RG"));
    create.add("name", Some(names::ROUTE_TABLE));
    create.add("location", Some("$LOCATION"));
    create.write(out, "az network route-table create");
    let mut route = Flags::default();
    route.add("resource-group", Some("$RG"));
    route.add("route-table-name", Some(names::ROUTE_TABLE));
    route.add("name", Some(names::ROUTE));
    route.add("address-prefix", Some("0.0.0.0/0"));
    route.add("next-hop-type", Some("VirtualAppliance"));
    route.add("next-hop-ip-address", Some(next_hop));
    route.write(out, "az network route-table route create");
    attach_to_egress_subnets(cx, "route-table", names::ROUTE_TABLE, out);
}

/// userAssignedNATGateway: your NAT gateway and its public IPs on the cluster's subnets.
fn nat_gateway(cx: &Ctx, ips: u64, out: &mut String) {
    let _ = write!(
        out,
        "\n# userAssignedNATGateway: your NAT gateway with {ips} public IP(s), on the cluster's subnets before it\n\
         # is created."
    );
    let public_ips: Vec<String> = (1..=ips)
        .map(|i| format!("{}-{i}", names::NAT_IP))
        .collect();
    for name in &public_ips {
        let mut ip = Flags::default();
        ip.add("resource-group", Some("$RG"));
        ip.add("name", Some(name));
        ip.add("location", Some("$LOCATION"));
        ip.add("sku", Some("Standard"));
        ip.add("allocation-method", Some("Static"));
        ip.write(out, "az network public-ip create");
    }
    let mut nat = Flags::default();
    nat.add("resource-group", Some("$RG"));
    nat.add("name", Some(names::NAT_GATEWAY));
    nat.add("location", Some("$LOCATION"));
    nat.add_values("public-ip-addresses", &public_ips);
    nat.write(out, "az network nat gateway create");
    attach_to_egress_subnets(cx, "nat-gateway", names::NAT_GATEWAY, out);
}

/// `$VAR` of a subnet's id, or a placeholder the CLI refuses.
fn subnet_var(s: Option<&SubnetOut>) -> String {
    s.map_or_else(|| String::from(NO_SUBNET), |s| format!("${}", s.var()))
}

/// The first pool's own version when it differs from the cluster's.
///
/// az aks create puts the first pool at the cluster's version: when the plan keeps that pool
/// older, create at its version and then upgrade only the control plane.
fn first_pool_version<'a>(cx: &Ctx<'a>) -> Option<&'a str> {
    let cluster_version = cx.plan.cluster.kubernetes_version.trim();
    cx.pools()
        .next()
        .map(|(_, p)| p.kubernetes_version.trim())
        .filter(|v| !v.is_empty() && *v != cluster_version)
}

/// `az aks create`: the cluster, its network and its first pool.
fn aks_create(cx: &Ctx, out: &mut String) {
    let c = &cx.plan.cluster;
    let mut flags = Flags::default();
    flags.add("resource-group", Some("$RG"));
    flags.add("name", Some("$CLUSTER"));
    flags.add("location", Some("$LOCATION"));
    flags.add(
        "kubernetes-version",
        Some(first_pool_version(cx).unwrap_or(c.kubernetes_version.trim())),
    );
    flags.add("tier", Some(tier(c.tier).0));
    if cx.lts_plan() {
        flags.add("k8s-support-plan", Some("AKSLongTermSupport"));
    }
    if let Some(group) = cx.node_resource_group() {
        flags.add("node-resource-group", Some(group));
    }
    network_flags(cx, &mut flags);
    outbound_flags(cx, &mut flags, out);
    if let Some((i, p)) = cx.pools().next() {
        flags.add("nodepool-name", Some(&p.name));
        flags.add("node-vm-size", Some(&vm_size(p)));
        flags.add("node-count", Some(p.node_count.trim()));
        flags.add("max-pods", Some(&cx.max_pods(i, p)));
        if p.autoscale {
            flags.add("enable-cluster-autoscaler", None);
            flags.add("min-count", Some(p.min_count.trim()));
            flags.add("max-count", Some(p.max_count.trim()));
        }
        image_flags(cx, i, p, &mut flags, out);
    }
    flags.add("generate-ssh-keys", None);
    flags.write(out, "az aks create");
}

/// The pool's OS image (`--os-sku` as the plan sets it; always for Windows), the FIPS image
/// Windows Server 2025 needs, and its custom kubelet configuration, whose file is written just
/// before.
fn image_flags(cx: &Ctx, i: usize, p: &Pool, flags: &mut Flags, out: &mut String) {
    if let Some(sku) = cx.os_sku(i, p) {
        flags.add("os-sku", Some(sku.id()));
    }
    if cx.needs_fips(i, p) {
        flags.add("enable-fips-image", None);
    }
    if let Some(c) = cx.custom(i) {
        let file = format!("kubelet-{}.json", file_part(&p.name));
        let _ = writeln!(
            out,
            "\n# {}: custom kube-reserved and hard eviction (preview, see above).\ncat > {} <<'EOF'\n{}\nEOF",
            oneline(&p.name),
            sh(&file),
            kubelet_json(&c)
        );
        flags.add("kubelet-config", Some(&file));
    }
}

/// A pool name as part of a file name: letters, digits, `-` and `_`; anything else is `-`.
fn file_part(name: &str) -> String {
    let part: String = name
        .trim()
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '-'
            }
        })
        .collect();
    if part.is_empty() {
        String::from("pool")
    } else {
        part
    }
}

/// A name on one line, for a comment.
fn oneline(name: &str) -> String {
    name.replace(['\n', '\r'], " ")
}

/// The network model, data plane, ranges and subnets of `az aks create`.
fn network_flags(cx: &Ctx, flags: &mut Flags) {
    let c = &cx.plan.cluster;
    let model = cx.model();
    match model {
        NetworkModel::Kubenet => flags.add("network-plugin", Some("kubenet")),
        _ => flags.add("network-plugin", Some("azure")),
    }
    if model == NetworkModel::Overlay {
        flags.add("network-plugin-mode", Some("overlay"));
    }
    if c.dataplane == Dataplane::Cilium {
        flags.add("network-dataplane", Some("cilium"));
    }
    // WireGuard is part of ACNS: on create azure-cli refuses the type without --enable-acns.
    if cx.wireguard() {
        flags.add("enable-acns", None);
        flags.add("acns-transit-encryption-type", Some(WIREGUARD));
    }
    if cx.dual_stack() {
        flags.add("ip-families", Some("IPv4,IPv6"));
        // Static block allocation derives the IPv6 pod range from the pod subnet.
        if model.uses_pod_cidr() {
            flags.add("pod-cidrs", Some(&cx.ranges(&c.pod_cidr).join(",")));
        }
        flags.add("service-cidrs", Some(&cx.ranges(&c.service_cidr).join(",")));
    } else {
        if model.uses_pod_cidr() {
            flags.add("pod-cidr", Some(&cx.v4(&c.pod_cidr)));
        }
        flags.add("service-cidr", Some(&cx.v4(&c.service_cidr)));
    }
    flags.add("dns-service-ip", Some(c.dns_service_ip.trim()));
    pool_subnets(cx, cx.first, flags);
    if c.private_cluster {
        flags.add("enable-private-cluster", None);
    }
    if c.apiserver_vnet_integration {
        flags.add("enable-apiserver-vnet-integration", None);
        // With a managed VNet AKS makes the API server's subnet itself.
        if cx.own_vnet() {
            flags.add(
                "apiserver-subnet-id",
                Some(&subnet_var(cx.apiserver_subnet())),
            );
        }
    }
}

/// The outbound type and its settings; what a flag cannot say goes in a comment before
/// `az aks create`.
fn outbound_flags(cx: &Ctx, flags: &mut Flags, out: &mut String) {
    let egress = cx.egress();
    if let Some(t) = egress.outbound_type() {
        flags.add("outbound-type", Some(t));
    }
    match egress {
        Egress::LoadBalancer(lb) => load_balancer_flags(&lb, flags, out),
        Egress::ManagedNat { v2, ips, idle } => {
            flags.add("outbound-type-sku", Some(nat_sku(v2)));
            out.push_str(if v2 {
                "\n# The NAT gateway V2 (preview) is --outbound-type managedNATGateway --outbound-type-sku StandardV2 in\n\
                 # azure-cli 2.91.0 (API 2026-06-01); the docs' aks-preview writes --outbound-type managedNATGatewayV2."
            } else {
                "\n# --outbound-type-sku Standard: without it azure-cli 2.91.0 picks StandardV2 where the region has it."
            });
            if let Some(n) = ips {
                flags.add("nat-gateway-managed-outbound-ip-count", Some(n));
            }
            if let Some(m) = idle {
                flags.add("nat-gateway-idle-timeout", Some(m));
            }
        }
        Egress::Isolated { block } => {
            flags.add("bootstrap-artifact-source", Some("Cache"));
            out.push_str(
                "\n# A network isolated cluster: nodes pull their images from the registry cache AKS creates\n\
                 # (--bootstrap-artifact-source Cache; for your own registry add --bootstrap-container-registry-resource-id).",
            );
            if block {
                out.push_str(
                    "\n# block (preview) needs the aks-preview extension (9.0.0b2 or later): the core Azure CLI has no such value.",
                );
            }
        }
        Egress::UserNat { .. } | Egress::Udr { .. } => {}
    }
}

/// The load balancer's managed IPs, ports and idle timeout; your own IPs are only counted by the
/// plan, so the flag that names them is a comment.
fn load_balancer_flags(lb: &LbOut, flags: &mut Flags, out: &mut String) {
    if let Some(n) = lb.managed_ips {
        flags.add("load-balancer-managed-outbound-ip-count", Some(n));
    }
    if let Some(p) = lb.ports {
        flags.add("load-balancer-outbound-ports", Some(p));
    }
    if let Some(m) = lb.idle {
        flags.add("load-balancer-idle-timeout", Some(m));
    }
    if let Some(n) = lb.own_ips {
        let _ = write!(
            out,
            "\n# Your own outbound public IPs ({}) replace AKS's managed ones: add their resource IDs to az aks create,\n\
             #   --load-balancer-outbound-ips <public IP ID>,<public IP ID>,…\n\
             # (or --load-balancer-outbound-ip-prefixes for prefixes).",
            super::design::oneline(n)
        );
    }
}

/// A pool's own node subnet and, with the pod-subnet models, its pod subnet; none with a
/// managed VNet.
fn pool_subnets(cx: &Ctx, i: usize, flags: &mut Flags) {
    if !cx.own_vnet() {
        return;
    }
    flags.add("vnet-subnet-id", Some(&subnet_var(cx.node_subnet(i))));
    if let Some(mode) = allocation_mode(cx.model()) {
        flags.add("pod-subnet-id", Some(&subnet_var(cx.pod_subnet(i))));
        flags.add("pod-ip-allocation-mode", Some(mode));
    }
}

/// When the first pool stays older, the control plane goes to the cluster's version after.
fn control_plane_upgrade(cx: &Ctx, out: &mut String) {
    if first_pool_version(cx).is_some() {
        let _ = writeln!(
            out,
            "\n# The first pool stays at its own version; the control plane goes to the cluster's.\naz aks upgrade --resource-group \"$RG\" --name \"$CLUSTER\" --control-plane-only \\\n  --kubernetes-version {} --yes",
            sh(cx.plan.cluster.kubernetes_version.trim())
        );
    }
}

/// az aks create has no --max-surge nor --max-unavailable: set them on the first pool right
/// after. Both flags are in the GA CLI (azure-cli 2.91.0 `az aks nodepool add|update --help`,
/// also together): no aks-preview extension is needed for them.
fn first_pool_upgrade(cx: &Ctx, out: &mut String) {
    let Some((_, p)) = cx.pools().next() else {
        return;
    };
    let mut line = String::new();
    if !p.max_surge.trim().is_empty() {
        let _ = write!(line, " \\\n  --max-surge {}", sh(p.max_surge.trim()));
    }
    if let Some(v) = max_unavailable(p) {
        let _ = write!(line, " \\\n  --max-unavailable {}", sh(v));
    }
    if !line.is_empty() {
        let _ = writeln!(
            out,
            "\naz aks nodepool update --resource-group \"$RG\" --cluster-name \"$CLUSTER\" --name {}{line}",
            sh(&p.name)
        );
    }
}

/// `az aks nodepool add` for every pool after the first.
fn nodepool_add(cx: &Ctx, i: usize, p: &Pool, out: &mut String) {
    let mut flags = Flags::default();
    flags.add("resource-group", Some("$RG"));
    flags.add("cluster-name", Some("$CLUSTER"));
    flags.add("name", Some(&p.name));
    flags.add(
        "mode",
        Some(match p.mode {
            PoolMode::System => "System",
            PoolMode::User => "User",
        }),
    );
    flags.add(
        "os-type",
        Some(match p.os {
            OsType::Linux => "Linux",
            OsType::Windows => "Windows",
        }),
    );
    flags.add("node-vm-size", Some(&vm_size(p)));
    flags.add("node-count", Some(p.node_count.trim()));
    flags.add("max-pods", Some(&cx.max_pods(i, p)));
    flags.add("max-surge", Some(&surge(cx.report(i), p)));
    // GA since azure-cli 2.91.0 at the latest (see first_pool_upgrade): no aks-preview.
    if let Some(v) = max_unavailable(p) {
        flags.add("max-unavailable", Some(v));
    }
    if p.autoscale {
        flags.add("enable-cluster-autoscaler", None);
        flags.add("min-count", Some(p.min_count.trim()));
        flags.add("max-count", Some(p.max_count.trim()));
    }
    if !p.kubernetes_version.trim().is_empty() {
        flags.add("kubernetes-version", Some(p.kubernetes_version.trim()));
    }
    pool_subnets(cx, i, &mut flags);
    image_flags(cx, i, p, &mut flags, out);
    flags.write(out, "az aks nodepool add");
}

/// Virtual nodes: the add-on in the design's ACI subnet (`az aks enable-addons`, as the AKS docs
/// do it; `az aks create --aci-subnet-name` would do the same at create time).
fn virtual_nodes(cx: &Ctx, out: &mut String) {
    if !cx.own_vnet() {
        out.push_str(
            "\n# Virtual nodes need an ACI subnet in your own VNet: with a managed VNet there is none to name.\n",
        );
        return;
    }
    match cx.aci_subnet() {
        Some(s) => {
            let _ = writeln!(
                out,
                "\naz aks enable-addons --resource-group \"$RG\" --name \"$CLUSTER\" --addons virtual-node --subnet-name {}",
                sh(&s.name)
            );
        }
        None => out.push_str(
            "\n# Virtual nodes: the design has no virtual nodes (ACI) subnet; add one, then:\n\
             # az aks enable-addons --resource-group \"$RG\" --name \"$CLUSTER\" --addons virtual-node --subnet-name <subnet>\n",
        ),
    }
}

/// Virtual Nodes v2 have no az flag: a Helm chart installs them once the cluster runs.
fn virtual_nodes_v2(cx: &Ctx, out: &mut String) {
    let subnet = cx.aci_subnet().map_or_else(
        || String::from("a subnet delegated to Microsoft.ContainerInstance/containerGroups (the design has none)"),
        |s| format!("the subnet {} (delegated to ACI)", oneline(&s.name)),
    );
    let _ = writeln!(
        out,
        "\n# Virtual Nodes v2 (preview), {} virtual node(s): az has no flag for them; install them with the Helm chart of\n# {VIRTUAL_NODES_V2_CHART}, in {subnet}.",
        cx.virtual_nodes_v2()
    );
}
