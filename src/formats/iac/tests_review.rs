//! The findings of the review of issue 13 in the snippets: the LTS support plan of a Premium
//! cluster on a version offered only under long-term support. Names checked against
//! azure-cli 2.91.0 (`az aks create --help`: `--k8s-support-plan`, "Allowed values:
//! AKSLongTermSupport, KubernetesOfficial"), azurerm's `support_plan` and ARM's `supportPlan`.

use super::*;
use crate::plan::Tier;
use crate::plan::edit::{Edit, PoolEdit};
use crate::plan::field::PoolField;
use alloc::string::ToString;

fn on(version: &str, tier: Tier) -> Plan {
    let mut p = Plan::default();
    p.cluster.kubernetes_version = version.into();
    p.cluster.tier = tier;
    p
}

/// Whether each of az, Terraform and Bicep sets the LTS support plan.
fn lts_plan_in(p: &Plan) -> [bool; 3] {
    let az = azure_cli(p, "#v=1");
    let tf = terraform(p, "#v=1");
    let b = bicep(p, "#v=1");
    [
        az.contains("  --k8s-support-plan AKSLongTermSupport \\\n"),
        tf.contains("  support_plan        = \"AKSLongTermSupport\"\n"),
        b.contains("    supportPlan: 'AKSLongTermSupport'\n"),
    ]
}

#[test]
fn a_premium_cluster_on_an_lts_only_version_gets_the_lts_plan_in_every_tool() {
    // 1.32: standard support ended March 2026, LTS until March 2027.
    let premium = on("1.32", Tier::Premium);
    assert_eq!(lts_plan_in(&premium), [true; 3]);
    let az = azure_cli(&premium, "#v=1");
    assert!(
        az.contains("  --tier premium \\\n  --k8s-support-plan AKSLongTermSupport \\\n"),
        "{az}"
    );
    let tf = terraform(&premium, "#v=1");
    assert!(tf.contains("  sku_tier            = \"Premium\"\n"), "{tf}");
    // On the Free and Standard tiers AKS refuses the LTS plan: the page warns, nothing is set.
    assert_eq!(lts_plan_in(&on("1.32", Tier::Standard)), [false; 3]);
    assert_eq!(lts_plan_in(&on("1.33", Tier::Free)), [false; 3]);
    // 1.34 is in standard support: Premium alone does not ask for LTS.
    assert_eq!(lts_plan_in(&on("1.34", Tier::Premium)), [false; 3]);
    // 1.30 has ended: no plan offers it, and no LTS plan is written.
    assert_eq!(lts_plan_in(&on("1.30", Tier::Premium)), [false; 3]);
}

#[test]
fn a_pool_on_an_lts_only_version_gets_the_lts_plan_too() {
    let mut p = on("1.35", Tier::Premium);
    p.apply(Edit::AddPool);
    p.apply(Edit::Pool(
        1,
        PoolEdit::Text(PoolField::KubernetesVersion, "1.33".to_string()),
    ));
    assert_eq!(lts_plan_in(&p), [true; 3]);
    // An unreadable pool version asks for nothing.
    p.apply(Edit::Pool(
        1,
        PoolEdit::Text(PoolField::KubernetesVersion, "one".to_string()),
    ));
    assert_eq!(lts_plan_in(&p), [false; 3]);
}
