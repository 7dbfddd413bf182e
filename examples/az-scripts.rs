//! Writes the Azure CLI export of a handful of varied plans into a folder, for the real Azure
//! CLI's parser to read (`tests/tools/az-parse.py`, run by `make test`): every network model,
//! dual-stack, API Server VNet Integration, a private cluster, virtual nodes, Cilium with WireGuard,
//! a first pool kept at an older version, several subnets of every purpose and several pools; the rules of
//! 2026-12: maxUnavailable, OS images (Windows Server 2025 with its FIPS image), custom
//! kube-reserved (a kubelet configuration file), dual-stack kubenet and static block, Virtual
//! Nodes v2; every outbound type with its settings and the plan's names, and names built to break
//! a script (quotes, `$( )`, backticks, `;`), which only their findings may flag. Each plan's
//! egress rules are written too, as Azure Firewall policy commands (`<plan>.egress-firewall.sh`).
//!
//! Usage: `cargo run --example az-scripts -- <folder>`

use aks_calc::evaluate::finding::{At, Severity};
use aks_calc::formats::firewall::egress_azure_cli;
use aks_calc::formats::iac::azure_cli;
use aks_calc::plan::edit::{Edit, PoolEdit, SubnetEdit};
use aks_calc::plan::field::{ClusterField, NameField, OutboundField, PoolField, SubnetField};
use aks_calc::plan::outbound::OutboundEdit;
use aks_calc::plan::{Dataplane, NetworkModel, OsSku, OsType, Plan, RuleChoice, Tier};
use aks_calc::rules::outbound::OutboundType;
use aks_calc::rules::subnet::Purpose;
use aks_calc::text::Lang;

fn pool_text(p: &mut Plan, i: usize, values: &[(PoolField, &str)]) {
    for (field, value) in values {
        p.apply(Edit::Pool(i, PoolEdit::Text(*field, (*value).into())));
    }
}

fn cluster_text(p: &mut Plan, values: &[(ClusterField, &str)]) {
    for (field, value) in values {
        p.apply(Edit::ClusterText(*field, (*value).into()));
    }
}

/// A plan of `model` with an autoscaled user pool at its own version and surge, and (where
/// the model allows Windows) a Windows pool.
fn model_plan(model: NetworkModel) -> Plan {
    let mut p = Plan::default();
    p.apply(Edit::Network(model));
    p.apply(Edit::AddPool);
    p.apply(Edit::Pool(1, PoolEdit::Autoscale(true)));
    pool_text(
        &mut p,
        1,
        &[
            (PoolField::MaxSurge, "33%"),
            (PoolField::KubernetesVersion, "1.32"),
        ],
    );
    pool_text(&mut p, 0, &[(PoolField::MaxSurge, "2")]);
    if model != NetworkModel::Kubenet {
        p.apply(Edit::AddPool);
        p.apply(Edit::Pool(2, PoolEdit::Os(OsType::Windows)));
        pool_text(&mut p, 2, &[(PoolField::Name, "win")]);
    }
    p
}

/// Pod subnet (dynamic): a node and a pod subnet per pool, virtual nodes in their ACI subnet.
fn pod_subnets_and_virtual_nodes() -> Plan {
    let mut p = model_plan(NetworkModel::PodSubnetDynamic);
    p.apply(Edit::AddSubnet(Purpose::Nodes));
    p.apply(Edit::AddSubnet(Purpose::Pods));
    pool_text(
        &mut p,
        1,
        &[
            (PoolField::VnetSubnet, "snet-nodes"),
            (PoolField::PodSubnet, "snet-pods"),
        ],
    );
    p.apply(Edit::VirtualNodes(true));
    p.apply(Edit::AddSubnet(Purpose::VirtualNodes));
    p
}

/// A /20 spoke with a subnet of every purpose, API Server VNet Integration and a private
/// cluster, Cilium with WireGuard on the Standard tier, the first pool kept at an older version.
fn spoke_with_every_purpose() -> Plan {
    let mut p = model_plan(NetworkModel::Overlay);
    cluster_text(
        &mut p,
        &[
            (ClusterField::Vnet, "10.30.0.0/20"),
            (ClusterField::Growth, "2"),
        ],
    );
    p.apply(Edit::Subnet(
        0,
        SubnetEdit::Text(SubnetField::Prefix, "auto".into()),
    ));
    for purpose in Purpose::ALL.iter().skip(1).copied() {
        if purpose != Purpose::Pods && purpose != Purpose::VirtualNodes {
            p.apply(Edit::AddSubnet(purpose));
        }
    }
    p.apply(Edit::AddSubnet(Purpose::Nodes));
    // Cilium runs Linux pools only.
    p.apply(Edit::Pool(2, PoolEdit::Os(OsType::Linux)));
    pool_text(
        &mut p,
        2,
        &[
            (PoolField::VnetSubnet, "snet-nodes"),
            (PoolField::KubernetesVersion, "1.32"),
        ],
    );
    pool_text(&mut p, 0, &[(PoolField::KubernetesVersion, "1.32")]);
    p.apply(Edit::ApiServerVnetIntegration(true));
    p.apply(Edit::PrivateCluster(true));
    p.apply(Edit::Dataplane(Dataplane::Cilium));
    // WireGuard: --enable-acns --acns-transit-encryption-type WireGuard.
    p.apply(Edit::WireGuard(true));
    p.apply(Edit::Tier(Tier::Standard));
    p
}

/// Dual-stack overlay: both prefixes on the node subnet, as separate arguments.
fn dual_stack() -> Plan {
    let mut p = model_plan(NetworkModel::Overlay);
    cluster_text(
        &mut p,
        &[
            (ClusterField::Vnet, "10.224.0.0/12,fd00:db8::/56"),
            (ClusterField::PodCidr, "10.244.0.0/16,fd12:3456:789a::/64"),
            (
                ClusterField::ServiceCidr,
                "10.0.0.0/16,fd12:3456:789a:1::/108",
            ),
        ],
    );
    p
}

/// The rules of 2026-12: a user pool of 10 drained two at a time without surge, a first pool
/// (a user pool beside a system one) with maxUnavailable set after create, custom reservations
/// on Azure Linux, Windows Server 2025 and the default of 1.37, Virtual Nodes v2.
fn rules_2026_12() -> Plan {
    let mut p = Plan::default();
    p.apply(Edit::Network(NetworkModel::NodeSubnet));
    p.apply(Edit::Pool(0, PoolEdit::OsSku(Some(OsSku::AzureLinux))));
    p.apply(Edit::Pool(0, PoolEdit::Rule(RuleChoice::Custom)));
    pool_text(
        &mut p,
        0,
        &[
            (PoolField::KubeReservedCpu, "200"),
            (PoolField::KubeReservedMemory, "1000"),
            (PoolField::EvictionHard, "200Mi"),
        ],
    );
    p.apply(Edit::AddPool);
    pool_text(
        &mut p,
        1,
        &[
            (PoolField::Name, "apps"),
            (PoolField::NodeCount, "10"),
            (PoolField::MaxSurge, "0"),
            (PoolField::MaxUnavailable, "2"),
        ],
    );
    p.apply(Edit::AddPool);
    p.apply(Edit::Pool(2, PoolEdit::Os(OsType::Windows)));
    p.apply(Edit::Pool(2, PoolEdit::OsSku(Some(OsSku::Windows2025))));
    pool_text(&mut p, 2, &[(PoolField::Name, "win25")]);
    p.apply(Edit::AddPool);
    p.apply(Edit::Pool(3, PoolEdit::Rule(RuleChoice::Custom)));
    pool_text(
        &mut p,
        3,
        &[
            (PoolField::Name, "tuned"),
            (PoolField::EvictionHard, "2%"),
            (PoolField::MaxSurge, "1"),
            (PoolField::MaxUnavailable, "10%"),
        ],
    );
    cluster_text(&mut p, &[(ClusterField::VirtualNodesV2, "1")]);
    p.apply(Edit::AddSubnet(Purpose::VirtualNodes));
    p
}

/// The same pools on 1.37, where Windows Server 2025 is the default (and needs its FIPS image).
fn windows_default_2025() -> Plan {
    let mut p = model_plan(NetworkModel::Overlay);
    cluster_text(&mut p, &[(ClusterField::KubernetesVersion, "1.37")]);
    pool_text(&mut p, 1, &[(PoolField::KubernetesVersion, "")]);
    p
}

/// Dual-stack kubenet (a what-if: the docs page is gone) and static block allocation.
fn dual_stack_of(model: NetworkModel) -> Plan {
    let mut p = dual_stack();
    p.apply(Edit::Network(model));
    if model == NetworkModel::Kubenet {
        p.pools.truncate(2);
    }
    p
}

/// A plan named for production, with outbound `t` and its settings.
fn outbound(
    model: NetworkModel,
    t: OutboundType,
    managed_vnet: bool,
    values: &[(OutboundField, &str)],
) -> Plan {
    let mut p = Plan::default();
    p.apply(Edit::Network(model));
    p.apply(Edit::Outbound(OutboundEdit::Type(t)));
    p.apply(Edit::Outbound(OutboundEdit::ManagedVnet(managed_vnet)));
    cluster_text(
        &mut p,
        &[
            (ClusterField::Names(NameField::ResourceGroup), "rg-prod"),
            (ClusterField::Names(NameField::ClusterName), "aks-prod"),
            (ClusterField::Names(NameField::Region), "Japan East"),
            (
                ClusterField::Names(NameField::NodeResourceGroup),
                "rg-prod-nodes",
            ),
        ],
    );
    for (field, value) in values {
        p.apply(Edit::ClusterText(
            ClusterField::Outbound(*field),
            (*value).into(),
        ));
    }
    p
}

/// Every outbound type: the load balancer's settings and your own IPs, the managed NAT gateways
/// (managed VNet, with API Server VNet Integration in AKS's subnet), your NAT gateway on node and
/// pod subnets, a route table with kubenet, network isolated clusters.
fn outbound_plans() -> Vec<(&'static str, Plan)> {
    use NetworkModel as M;
    use OutboundField as F;
    use OutboundType as T;
    let mut managed_nat = outbound(
        M::Overlay,
        T::ManagedNatGateway,
        true,
        &[(F::NatIps, "2"), (F::NatIdle, "10")],
    );
    managed_nat.apply(Edit::ApiServerVnetIntegration(true));
    // The design still plans the API server's subnet; with a managed VNet AKS makes it.
    managed_nat.apply(Edit::AddSubnet(Purpose::ApiServer));
    let mut user_nat = outbound(
        M::PodSubnetDynamic,
        T::UserAssignedNatGateway,
        false,
        &[(F::NatIps, "2")],
    );
    user_nat.apply(Edit::AddPool);
    let mut none = outbound(M::Overlay, T::None, false, &[]);
    none.apply(Edit::PrivateCluster(true));
    let mut block = outbound(M::Overlay, T::Block, true, &[]);
    block.apply(Edit::PrivateCluster(true));
    Vec::from([
        (
            "outbound-load-balancer",
            outbound(
                M::Overlay,
                T::LoadBalancer,
                false,
                &[
                    (F::LbManagedIps, "3"),
                    (F::LbPorts, "8000"),
                    (F::LbIdle, "20"),
                ],
            ),
        ),
        (
            "outbound-own-ips",
            outbound(
                M::NodeSubnet,
                T::LoadBalancer,
                false,
                &[(F::LbOwnIps, "2"), (F::LbPorts, "1024")],
            ),
        ),
        ("outbound-managed-nat", managed_nat),
        (
            "outbound-managed-nat-v2",
            outbound(
                M::Overlay,
                T::ManagedNatGatewayV2,
                true,
                &[(F::NatIps, "4")],
            ),
        ),
        ("outbound-user-nat", user_nat),
        (
            "outbound-udr-kubenet",
            outbound(
                M::Kubenet,
                T::UserDefinedRouting,
                false,
                &[(F::FirewallIp, "10.0.1.4")],
            ),
        ),
        ("outbound-none", none),
        ("outbound-block", block),
    ])
}

/// Names that would run commands if a script let them out of their quotes; Azure refuses them,
/// so they are findings at the names, and the parser test expects az to refuse them too.
fn hostile_names() -> Plan {
    let mut p = Plan::default();
    cluster_text(
        &mut p,
        &[
            (
                ClusterField::Names(NameField::ResourceGroup),
                "rg'; touch pwned; echo '",
            ),
            (
                ClusterField::Names(NameField::ClusterName),
                "aks$(touch pwned)`touch pwned`\"x",
            ),
            (ClusterField::Names(NameField::Region), "Japan East"),
            (
                ClusterField::Names(NameField::NodeResourceGroup),
                "mc_$(touch pwned);${HOME}",
            ),
        ],
    );
    // A second pool: `--cluster-name "$CLUSTER"` too.
    p.apply(Edit::AddPool);
    p
}

/// Findings an az-scripts plan may have: none that is an error, except at the names for the
/// hostile one.
fn only_name_errors(report: &aks_calc::evaluate::Report) -> bool {
    report
        .findings
        .iter()
        .filter(|f| f.severity == Severity::Error)
        .all(|f| matches!(f.at, Some(At::Cluster(ClusterField::Names(_)))))
}

fn plans() -> Vec<(&'static str, Plan)> {
    let mut node_subnet = model_plan(NetworkModel::NodeSubnet);
    node_subnet.apply(Edit::PrivateCluster(true));
    Vec::from([
        ("overlay", model_plan(NetworkModel::Overlay)),
        ("node-subnet-private", node_subnet),
        (
            "pod-subnet-dynamic-virtual-nodes",
            pod_subnets_and_virtual_nodes(),
        ),
        (
            "pod-subnet-static",
            model_plan(NetworkModel::PodSubnetStatic),
        ),
        ("kubenet", model_plan(NetworkModel::Kubenet)),
        ("dual-stack", dual_stack()),
        ("spoke-every-purpose", spoke_with_every_purpose()),
        ("default", Plan::default()),
        ("rules-2026-12", rules_2026_12()),
        ("windows-default-2025", windows_default_2025()),
        ("dual-stack-kubenet", dual_stack_of(NetworkModel::Kubenet)),
        (
            "dual-stack-static-block",
            dual_stack_of(NetworkModel::PodSubnetStatic),
        ),
    ])
    .into_iter()
    .chain(outbound_plans())
    .chain([("hostile-names", hostile_names())])
    .collect()
}

fn main() {
    let Some(dir) = std::env::args().nth(1) else {
        eprintln!("usage: az-scripts <folder>");
        std::process::exit(2);
    };
    for (name, plan) in plans() {
        let report = aks_calc::evaluate(&plan);
        let hostile = name == "hostile-names";
        if (hostile && !only_name_errors(&report)) || (!hostile && report.has_errors()) {
            eprintln!(
                "az-scripts: the {name} plan has errors: {:?}",
                report.findings
            );
            std::process::exit(1);
        }
        // The cluster, and the egress rules as Azure Firewall policy commands (which az-parse.py
        // can check only where the azure-firewall extension is installed, and says so).
        let scripts = [
            (format!("{name}.sh"), azure_cli(&plan, "#az-scripts")),
            (
                format!("{name}.egress-firewall.sh"),
                egress_azure_cli(&plan, "#az-scripts", Lang::En),
            ),
        ];
        for (file, script) in scripts {
            let path = std::path::Path::new(&dir).join(file);
            if let Err(e) = std::fs::write(&path, script) {
                eprintln!("az-scripts: cannot write {}: {e}", path.display());
                std::process::exit(1);
            }
        }
    }
}
