//! What AKS creates for the plan (aks-rules §11; rules-check D17–D18): the names checked by
//! Azure's rules, the node resource group, and the resources it will hold.

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use super::finding::{At, Issue, Severity};
use super::outbound_ctx::OutCtx;
use super::outbound_issue::{NameOf, OutboundIssue as O};
use super::outbound_report::{Created, CreatedReport, Resource, ResourceName};
use crate::plan::field::{NameField, SubnetField};
use crate::plan::outbound::placeholders;
use crate::plan::quantity::parse_count;
use crate::plan::{NetworkModel, Plan};
use crate::rules::naming::{self, NameError};
use crate::rules::outbound::OutboundType;
use crate::rules::typed::Trimmed;

/// A typed name checked by `check`; the placeholder when nothing is typed.
fn read_name(
    typed: &str,
    placeholder: &'static str,
    field: NameField,
    what: NameOf,
    check: fn(&str) -> Result<(), NameError>,
    ctx: &mut OutCtx<'_>,
) -> String {
    let t = typed.trimmed();
    if t.is_empty() {
        return String::from(placeholder);
    }
    if let Err(error) = check(t) {
        ctx.name(Severity::Error, field, O::BadName { what, error });
    }
    String::from(t)
}

/// The region as `az` names it; the placeholder when it is empty or cannot be a region.
fn read_region(plan: &Plan, ctx: &mut OutCtx<'_>) -> String {
    let c = &plan.cluster;
    let typed = c.names.region.trimmed();
    if typed.is_empty() {
        return String::from(placeholders::REGION);
    }
    let region = match naming::region_name(typed) {
        Ok(r) => r,
        Err(error) => {
            let issue = O::BadName {
                what: NameOf::Region,
                error,
            };
            ctx.name(Severity::Error, NameField::Region, issue);
            return String::from(placeholders::REGION);
        }
    };
    let cloud = c.outbound.cloud;
    if !naming::known_region(cloud, &region) {
        let issue = O::UnknownRegion {
            region: region.clone(),
            cloud,
        };
        ctx.name(Severity::Warning, NameField::Region, issue);
    }
    if c.apiserver_vnet_integration && naming::NO_APISERVER_VNET_INTEGRATION.contains(&&*region) {
        let issue = O::NoVnetIntegrationInRegion {
            region: region.clone(),
        };
        ctx.name(Severity::Error, NameField::Region, issue);
    }
    region
}

/// With overlay or a dynamic pod subnet, AKS refuses resource group, VNet and subnet names
/// longer than 63 characters (CHANGELOG 2023-11-28). The VNet's resource group is taken to be
/// the cluster's, as the exports create it.
fn check_63(plan: &Plan, resource_group: &str, ctx: &mut OutCtx<'_>) {
    let c = &plan.cluster;
    if !matches!(
        c.network,
        NetworkModel::Overlay | NetworkModel::PodSubnetDynamic
    ) {
        return;
    }
    let over = |name: &str| {
        let length = name.chars().count();
        (length > naming::OVERLAY_NAME_MAX).then_some(length)
    };
    if let Some(length) = over(resource_group) {
        let issue = O::NameOver63 {
            what: NameOf::ResourceGroup,
            name: String::from(resource_group),
            length,
        };
        ctx.name(Severity::Error, NameField::ResourceGroup, issue);
    }
    for (i, s) in c.subnets.iter().enumerate() {
        if let Some(length) = over(s.name.trimmed()) {
            let issue = O::NameOver63 {
                what: NameOf::Subnet,
                name: String::from(s.name.trimmed()),
                length,
            };
            let at = At::Subnet(i, SubnetField::Name);
            ctx.at(Severity::Error, at, Issue::Outbound(issue));
        }
    }
}

/// The node resource group: named, or `MC_<rg>_<cluster>_<region>`, and AKS's limits on it.
fn node_resource_group(
    plan: &Plan,
    (rg, cluster, region): (&str, &str, &str),
    ctx: &mut OutCtx<'_>,
) -> (String, bool) {
    let field = NameField::NodeResourceGroup;
    let named = plan.cluster.node_resource_group();
    let name = match named {
        Some(n) => {
            if let Err(error) = naming::check_resource_group(n) {
                let what = NameOf::NodeResourceGroup;
                ctx.name(Severity::Error, field, O::BadName { what, error });
            }
            String::from(n)
        }
        None => naming::node_resource_group(rg, cluster, region),
    };
    let length = name.chars().count();
    let overlay = matches!(
        plan.cluster.network,
        NetworkModel::Overlay | NetworkModel::PodSubnetDynamic
    );
    if length > naming::NODE_RESOURCE_GROUP_MAX {
        ctx.name(
            Severity::Error,
            field,
            O::NodeResourceGroupTooLong { length },
        );
    } else if overlay && length > naming::OVERLAY_NAME_MAX {
        // A warning: CHANGELOG 2023-11-28 says "Resource group names … can't be longer than 63
        // characters" without saying which resource group; the page assumes the node resource
        // group is one, and its words say so (rules-check D17).
        let what = NameOf::NodeResourceGroup;
        let issue = O::NameOver63 {
            what,
            name: name.clone(),
            length,
        };
        ctx.name(Severity::Warning, field, issue);
    }
    (name, named.is_some())
}

/// Reads the names and lists what the node resource group will hold.
pub(super) fn evaluate(plan: &Plan, ctx: &mut OutCtx<'_>) -> CreatedReport {
    let n = &plan.cluster.names;
    let rg = read_name(
        &n.resource_group,
        placeholders::RESOURCE_GROUP,
        NameField::ResourceGroup,
        NameOf::ResourceGroup,
        naming::check_resource_group,
        ctx,
    );
    let cluster = read_name(
        &n.cluster_name,
        placeholders::CLUSTER_NAME,
        NameField::ClusterName,
        NameOf::Cluster,
        naming::check_cluster_name,
        ctx,
    );
    let region = read_region(plan, ctx);
    check_63(plan, &rg, ctx);
    let (node_rg, named) = node_resource_group(plan, (&rg, &cluster, &region), ctx);
    CreatedReport {
        node_resource_group_length: node_rg.chars().count(),
        node_resource_group: node_rg,
        node_resource_group_named: named,
        resources: resources(plan, &cluster, &region),
        resource_group: rg,
        cluster_name: cluster,
        region,
    }
}

fn one(resource: Resource, name: ResourceName) -> Created {
    Created {
        resource,
        name,
        count: 1,
    }
}

/// A count field of the plan as far as it can be read (its errors are reported elsewhere).
fn count_of(text: &str) -> u64 {
    parse_count(text).unwrap_or(0)
}

/// An IP count whose default is 1.
fn count_or_one(text: &str) -> u64 {
    if text.trimmed().is_empty() {
        1
    } else {
        count_of(text)
    }
}

/// The resources of the node resource group for this plan, names as documented or observed.
fn resources(plan: &Plan, cluster: &str, region: &str) -> Vec<Created> {
    use ResourceName::{ChosenByAks, Documented, Observed};
    let c = &plan.cluster;
    let o = &c.outbound;
    let mut out: Vec<Created> = plan
        .pools
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let name = Observed(format!("aks-{}-<id>-vmss", p.name.trimmed()));
            one(Resource::ScaleSet(i), name)
        })
        .collect();
    let kubelet = Documented(format!("{cluster}-agentpool"));
    out.push(one(Resource::KubeletIdentity, kubelet));
    out.push(one(
        Resource::Nsg,
        Observed("aks-agentpool-<id>-nsg".into()),
    ));
    if c.network == NetworkModel::Kubenet {
        let name = Observed("aks-agentpool-<id>-routetable".into());
        out.push(one(Resource::RouteTable, name));
    }
    if o.managed_vnet {
        out.push(one(Resource::Vnet, Observed("aks-vnet-<id>".into())));
    }
    load_balancers(plan, &mut out);
    if matches!(
        o.outbound_type,
        OutboundType::ManagedNatGateway | OutboundType::ManagedNatGatewayV2
    ) {
        out.push(one(Resource::NatGateway, ChosenByAks));
        out.push(Created {
            count: count_or_one(&o.nat_ips),
            ..one(Resource::NatGatewayIps, ChosenByAks)
        });
    }
    if c.apiserver_vnet_integration {
        out.push(one(Resource::ApiServerLoadBalancer, ChosenByAks));
    }
    if c.private_cluster && !c.apiserver_vnet_integration {
        out.push(one(Resource::PrivateEndpoint, ChosenByAks));
        out.push(one(Resource::PrivateEndpointNic, ChosenByAks));
        let zone = Documented(format!("<id>.privatelink.{region}.azmk8s.io"));
        out.push(one(Resource::PrivateDnsZone, zone));
    } else if c.private_cluster {
        out.push(one(Resource::PrivateDnsZone, ChosenByAks));
    }
    out
}

/// The public load balancer `kubernetes` with `loadBalancer` outbound or public services, its
/// IPs, and `kubernetes-internal` for internal services.
fn load_balancers(plan: &Plan, out: &mut Vec<Created>) {
    use ResourceName::{ChosenByAks, Documented};
    let c = &plan.cluster;
    let o = &c.outbound;
    let lb_outbound = o.outbound_type == OutboundType::LoadBalancer;
    let services = count_of(&o.public_lbs);
    if lb_outbound || services > 0 {
        out.push(one(
            Resource::PublicLoadBalancer,
            Documented("kubernetes".into()),
        ));
    }
    if lb_outbound && o.lb_own_ips.trimmed().is_empty() {
        out.push(Created {
            count: count_or_one(&o.lb_managed_ips),
            ..one(Resource::OutboundIps, ChosenByAks)
        });
    }
    if services > 0 {
        out.push(Created {
            count: services,
            ..one(Resource::ServiceIps, ChosenByAks)
        });
    }
    if count_of(&c.internal_lbs) > 0 {
        let name = Documented("kubernetes-internal".into());
        out.push(one(Resource::InternalLoadBalancer, name));
    }
}
