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

/// A cluster on `version` with a Windows user pool `win` that names no image.
fn windows(version: &str) -> Plan {
    use crate::plan::OsType;
    let mut p = on(version, Tier::Standard);
    p.apply(Edit::AddPool);
    p.apply(Edit::Pool(
        1,
        PoolEdit::Text(PoolField::Name, "win".to_string()),
    ));
    p.apply(Edit::Pool(1, PoolEdit::Os(OsType::Windows)));
    p
}

/// The `az aks nodepool add` of pool `win`, on one line.
fn add_win(script: &str) -> String {
    let joined = script.replace(" \\\n ", "");
    let line = joined
        .lines()
        .find(|l| l.starts_with("az aks nodepool add") && l.contains("--name win "));
    line.map(|l| l.split_whitespace().collect::<Vec<_>>().join(" ") + " ")
        .unwrap_or_default()
}

#[test]
fn a_windows_pool_always_names_its_image_and_2025_gets_fips_in_every_tool() {
    // 1.35: Windows Server 2022 is the default; written, so no tool picks another one.
    let p = windows("1.35");
    assert_eq!(
        crate::evaluate(&p).pools[1].os_sku,
        crate::plan::OsSku::Windows2022
    );
    let az = add_win(&azure_cli(&p, "#v=1"));
    assert!(az.contains(" --os-sku Windows2022 "), "{az}");
    assert!(!az.contains("--enable-fips-image"), "{az}");
    let tf = terraform(&p, "#v=1");
    assert!(
        tf.contains("  os_sku                = \"Windows2022\"\n"),
        "{tf}"
    );
    assert!(!tf.contains("fips_enabled"), "{tf}");
    let b = bicep(&p, "#v=1");
    assert!(b.contains("        osSKU: 'Windows2022'\n"), "{b}");
    assert!(!b.contains("enableFIPS"), "{b}");
    assert!(b.contains("managedClusters@2025-10-01'"), "{b}");
    // 1.37: Windows Server 2025 is the default, which needs the FIPS image; azurerm has no
    // Windows2025 (a comment) but takes fips_enabled; Bicep moves to the API that has it.
    let p = windows("1.37");
    assert_eq!(
        crate::evaluate(&p).pools[1].os_sku,
        crate::plan::OsSku::Windows2025
    );
    let az = add_win(&azure_cli(&p, "#v=1"));
    assert!(
        az.contains(" --os-sku Windows2025 --enable-fips-image "),
        "{az}"
    );
    let tf = terraform(&p, "#v=1");
    assert!(
        tf.contains("  # os_sku = \"Windows2025\": azurerm takes"),
        "{tf}"
    );
    assert!(tf.contains("  fips_enabled          = true\n"), "{tf}");
    let b = bicep(&p, "#v=1");
    assert!(
        b.contains("        osSKU: 'Windows2025'\n        enableFIPS: true\n"),
        "{b}"
    );
    assert!(b.contains("managedClusters@2026-06-01'"), "{b}");
    // The Linux system pool still names no image: AKS's default is left to AKS.
    assert_eq!(azure_cli(&p, "#v=1").matches("--os-sku").count(), 1);
}

#[test]
fn terraform_asks_for_the_azurerm_version_that_has_max_unavailable() {
    // upgrade_settings.max_unavailable arrived in azurerm 4.53.0; both variants ask for it.
    for tf in [
        terraform(&Plan::default(), "#v=1"),
        terraform_ipam(&Plan::default(), "#v=1"),
    ] {
        assert!(
            tf.contains("      source  = \"hashicorp/azurerm\"\n      version = \"~> 4.53\"\n"),
            "{tf}"
        );
    }
}

/// FIPS follows the image in effect (README): on 1.36 a Windows pool that names no image gets
/// Windows Server 2022 (the release notes' default from 1.37) and no FIPS setting; naming
/// Windows Server 2025 there brings the FIPS image in every tool.
#[test]
fn fips_on_1_36_follows_the_image_in_effect() {
    let mut p = windows("1.36");
    let az = add_win(&azure_cli(&p, "#v=1"));
    assert!(az.contains(" --os-sku Windows2022 "), "{az}");
    assert!(!az.contains("fips"), "{az}");
    assert!(!terraform(&p, "#v=1").contains("fips_enabled"));
    assert!(!bicep(&p, "#v=1").contains("enableFIPS"));
    p.apply(Edit::Pool(
        1,
        PoolEdit::OsSku(Some(crate::plan::OsSku::Windows2025)),
    ));
    let az = add_win(&azure_cli(&p, "#v=1"));
    assert!(
        az.contains(" --os-sku Windows2025 --enable-fips-image "),
        "{az}"
    );
    assert!(terraform(&p, "#v=1").contains("  fips_enabled          = true\n"));
    assert!(bicep(&p, "#v=1").contains("        osSKU: 'Windows2025'\n        enableFIPS: true\n"));
    // Only the Windows pool: the Linux system pool never gets a FIPS setting.
    assert_eq!(
        azure_cli(&p, "#v=1").matches("--enable-fips-image").count(),
        1
    );
}
