//! Azure's naming rules for what a cluster is called and where it lives, and the name AKS gives
//! the node resource group (aks-rules §11; rules-check D17).
//!
//! - resource groups: 1–90 characters, letters (any script), digits, `_ ( ) - .`, not ending in
//!   a period;
//! - `managedClusters`: 1–63 characters, ASCII letters, digits, `_` and `-`, starting and
//!   ending with a letter or digit;
//! - the node resource group: `MC_<resource group>_<cluster>_<region>` unless named, and AKS
//!   refuses one longer than 80 characters (it does not shorten it);
//! - with Azure CNI Overlay or a dynamic pod subnet, resource group, VNet and subnet names can't
//!   be longer than 63 characters (CHANGELOG 2023-11-28);
//! - regions: the names `az account list-locations` prints (`japaneast`); this page knows the
//!   regions of the Learn regions list and of the China and US Government clouds.

use alloc::format;
use alloc::string::String;

use super::typed::Trimmed;
use crate::rules::egress::Cloud;

/// Characters of a resource group name.
pub const RESOURCE_GROUP_MAX: usize = 90;
/// Characters of a cluster name.
pub const CLUSTER_NAME_MAX: usize = 63;
/// Characters of the node resource group name AKS accepts.
pub const NODE_RESOURCE_GROUP_MAX: usize = 80;
/// Characters of resource group, VNet and subnet names with overlay or a dynamic pod subnet.
pub const OVERLAY_NAME_MAX: usize = 63;

/// Why a name breaks Azure's rules.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NameError {
    Empty,
    TooLong {
        len: usize,
        max: usize,
    },
    /// A character the resource type does not allow.
    BadCharacter(char),
    /// Must start (and end) with a letter or digit.
    BadStart,
    BadEnd,
    /// Resource group names can't end with a period.
    EndsWithPeriod,
}

fn chars(name: &str) -> usize {
    name.chars().count()
}

/// Checks a resource group name.
///
/// # Examples
/// ```
/// use aks_calc::rules::naming::{check_resource_group, NameError};
/// assert_eq!(check_resource_group("rg-aks_prod(1)"), Ok(()));
/// assert_eq!(check_resource_group("rg-aks."), Err(NameError::EndsWithPeriod));
/// assert_eq!(check_resource_group("rg aks"), Err(NameError::BadCharacter(' ')));
/// assert_eq!(check_resource_group("リソース"), Ok(()));
/// ```
pub fn check_resource_group(name: &str) -> Result<(), NameError> {
    let len = chars(name);
    if len == 0 {
        return Err(NameError::Empty);
    }
    if len > RESOURCE_GROUP_MAX {
        return Err(NameError::TooLong {
            len,
            max: RESOURCE_GROUP_MAX,
        });
    }
    if let Some(c) = name
        .chars()
        .find(|c| !(c.is_alphanumeric() || matches!(c, '_' | '(' | ')' | '-' | '.')))
    {
        return Err(NameError::BadCharacter(c));
    }
    if name.ends_with('.') {
        return Err(NameError::EndsWithPeriod);
    }
    Ok(())
}

/// Checks a cluster name.
///
/// # Examples
/// ```
/// use aks_calc::rules::naming::{check_cluster_name, NameError};
/// assert_eq!(check_cluster_name("aks-prod_01"), Ok(()));
/// assert_eq!(check_cluster_name("-aks"), Err(NameError::BadStart));
/// assert_eq!(check_cluster_name("aks-"), Err(NameError::BadEnd));
/// assert_eq!(check_cluster_name("aks.prod"), Err(NameError::BadCharacter('.')));
/// ```
pub fn check_cluster_name(name: &str) -> Result<(), NameError> {
    let len = chars(name);
    if len == 0 {
        return Err(NameError::Empty);
    }
    if len > CLUSTER_NAME_MAX {
        return Err(NameError::TooLong {
            len,
            max: CLUSTER_NAME_MAX,
        });
    }
    if let Some(c) = name
        .chars()
        .find(|c| !(c.is_ascii_alphanumeric() || matches!(c, '_' | '-')))
    {
        return Err(NameError::BadCharacter(c));
    }
    let alnum = |c: Option<char>| c.is_some_and(|c| c.is_ascii_alphanumeric());
    if !alnum(name.chars().next()) {
        return Err(NameError::BadStart);
    }
    if !alnum(name.chars().last()) {
        return Err(NameError::BadEnd);
    }
    Ok(())
}

/// A region as `az` names it: `Japan East` and `JapanEast` become `japaneast`. Only ASCII
/// letters, digits and spaces can be a region.
///
/// # Examples
/// ```
/// use aks_calc::rules::naming::{region_name, NameError};
/// assert_eq!(region_name(" Japan East "), Ok("japaneast".into()));
/// assert_eq!(region_name("japan-east"), Err(NameError::BadCharacter('-')));
/// ```
pub fn region_name(text: &str) -> Result<String, NameError> {
    let t = text.trimmed();
    if t.is_empty() {
        return Err(NameError::Empty);
    }
    if let Some(c) = t
        .chars()
        .find(|c| !(c.is_ascii_alphanumeric() || *c == ' '))
    {
        return Err(NameError::BadCharacter(c));
    }
    Ok(t.chars()
        .filter(|c| *c != ' ')
        .map(|c| c.to_ascii_lowercase())
        .collect())
}

/// Regions of the Azure public cloud (Learn "Azure regions list", programmatic names).
pub const PUBLIC_REGIONS: &[&str] = &[
    "australiacentral",
    "australiacentral2",
    "australiaeast",
    "australiasoutheast",
    "austriaeast",
    "belgiumcentral",
    "brazilsouth",
    "brazilsoutheast",
    "canadacentral",
    "canadaeast",
    "centralindia",
    "centralus",
    "chilecentral",
    "eastasia",
    "eastus",
    "eastus2",
    "francecentral",
    "francesouth",
    "germanynorth",
    "germanywestcentral",
    "indonesiacentral",
    "israelcentral",
    "italynorth",
    "japaneast",
    "japanwest",
    "jioindiacentral",
    "jioindiawest",
    "koreacentral",
    "koreasouth",
    "malaysiawest",
    "mexicocentral",
    "newzealandnorth",
    "northcentralus",
    "northeurope",
    "norwayeast",
    "norwaywest",
    "polandcentral",
    "qatarcentral",
    "southafricanorth",
    "southafricawest",
    "southcentralus",
    "southeastasia",
    "southindia",
    "spaincentral",
    "swedencentral",
    "swedensouth",
    "switzerlandnorth",
    "switzerlandwest",
    "uaecentral",
    "uaenorth",
    "uksouth",
    "ukwest",
    "westcentralus",
    "westeurope",
    "westindia",
    "westus",
    "westus2",
    "westus3",
];
pub const CHINA_REGIONS: &[&str] = &[
    "chinaeast",
    "chinaeast2",
    "chinaeast3",
    "chinanorth",
    "chinanorth2",
    "chinanorth3",
];
pub const US_GOVERNMENT_REGIONS: &[&str] = &[
    "usgovarizona",
    "usgovtexas",
    "usgovvirginia",
    "usdodcentral",
    "usdodeast",
];

/// Whether this page knows `region` (as [`region_name`] writes it) in `cloud`.
///
/// # Examples
/// ```
/// use aks_calc::rules::{egress::Cloud, naming::known_region};
/// assert!(known_region(Cloud::Public, "japaneast"));
/// assert!(!known_region(Cloud::Public, "chinaeast2"));
/// assert!(known_region(Cloud::China, "chinaeast2"));
/// ```
pub fn known_region(cloud: Cloud, region: &str) -> bool {
    let list = match cloud {
        Cloud::Public => PUBLIC_REGIONS,
        Cloud::China => CHINA_REGIONS,
        Cloud::UsGovernment => US_GOVERNMENT_REGIONS,
    };
    list.contains(&region)
}

/// API Server VNet Integration "is available in all GA public cloud regions except
/// qatarcentral" (rules-check A1).
pub const NO_APISERVER_VNET_INTEGRATION: &[&str] = &["qatarcentral"];

/// The node resource group AKS creates unless `--node-resource-group` names one.
///
/// # Examples
/// ```
/// use aks_calc::rules::naming::node_resource_group;
/// assert_eq!(node_resource_group("rg-aks-prod", "aks-prod-01", "japaneast"), "MC_rg-aks-prod_aks-prod-01_japaneast");
/// ```
pub fn node_resource_group(resource_group: &str, cluster: &str, region: &str) -> String {
    format!("MC_{resource_group}_{cluster}_{region}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lengths_at_their_limits() {
        let rg90 = "r".repeat(90);
        assert_eq!(check_resource_group(&rg90), Ok(()));
        assert_eq!(
            check_resource_group(&"r".repeat(91)),
            Err(NameError::TooLong { len: 91, max: 90 })
        );
        assert_eq!(check_cluster_name(&"a".repeat(63)), Ok(()));
        assert_eq!(
            check_cluster_name(&"a".repeat(64)),
            Err(NameError::TooLong { len: 64, max: 63 })
        );
        assert_eq!(check_cluster_name(""), Err(NameError::Empty));
        assert_eq!(check_resource_group(""), Err(NameError::Empty));
        // Characters, not bytes: 90 kana are a valid name of 270 bytes.
        assert_eq!(check_resource_group(&"あ".repeat(90)), Ok(()));
        assert_eq!(
            check_cluster_name("日本"),
            Err(NameError::BadCharacter('日'))
        );
    }

    #[test]
    fn node_resource_group_names() {
        // 3 + 30 + 1 + 28 + 1 + 17 = 80: the longest AKS accepts; one more region letter is 81.
        let rg = "r".repeat(30);
        let cluster = "c".repeat(28);
        let name = node_resource_group(&rg, &cluster, "australiacentral2");
        assert_eq!(name.chars().count(), 80);
        let name = node_resource_group(&rg, &cluster, "australiasoutheast");
        assert_eq!(name.chars().count(), 81);
    }

    #[test]
    fn regions() {
        assert_eq!(region_name("JapanEast"), Ok("japaneast".into()));
        assert_eq!(region_name(""), Err(NameError::Empty));
        assert_eq!(region_name("東日本"), Err(NameError::BadCharacter('東')));
        for list in [PUBLIC_REGIONS, CHINA_REGIONS, US_GOVERNMENT_REGIONS] {
            for r in list {
                assert_eq!(region_name(r).as_deref(), Ok(*r));
            }
        }
        assert!(!known_region(Cloud::UsGovernment, "japaneast"));
    }
}
