//! Node OS images (`--os-sku`) and which Kubernetes versions take them (aks-rules §6).
//!
//! Pure data and comparisons of [`K8sVersion`]; uses nothing above `rules`.

use serde::{Deserialize, Serialize};

use super::typed::Trimmed;
use crate::rules::version::K8sVersion;

/// A node pool's OS image, as `az aks nodepool add --os-sku` and ARM's `osSKU` name it. Only the
/// images a new pool can choose today and whose rules differ are here; Ubuntu and Azure Linux
/// stand for their current versions (Ubuntu 24.04 on 1.35–1.37, Azure Linux 3.0 on 1.32–1.36,
/// aks-docs `upgrade-os-version.md`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum OsSku {
    Ubuntu,
    AzureLinux,
    Windows2022,
    Windows2025,
}

/// Windows Server 2025 pools can be created from 1.32 (CHANGELOG 2026-05-29).
pub const WINDOWS_2025_SINCE: K8sVersion = K8sVersion::new(1, 32);
/// Windows Server 2022 is "Not available in K8s 1.37+" (`upgrade-os-version.md`; it retires in
/// June 2028).
pub const WINDOWS_2022_BEFORE: K8sVersion = K8sVersion::new(1, 37);
/// Windows Server 2025 becomes the default for new Windows pools from 1.37 (CHANGELOG
/// 2026-07-17, the rule set's resolution) …
pub const WINDOWS_2025_DEFAULT_SINCE: K8sVersion = K8sVersion::new(1, 37);
/// … while the docs say from 1.36 (`quick-windows-container-deploy-cli.md`, ms.date 07/13/2026):
/// on 1.36 the two disagree, and the page says so.
pub const WINDOWS_2025_DEFAULT_SINCE_DOCS: K8sVersion = K8sVersion::new(1, 36);

impl OsSku {
    pub const ALL: [OsSku; 4] = [
        OsSku::Ubuntu,
        OsSku::AzureLinux,
        OsSku::Windows2022,
        OsSku::Windows2025,
    ];

    /// The value `az`, ARM and Terraform take.
    ///
    /// # Examples
    /// ```
    /// use aks_calc::rules::os::OsSku;
    /// assert_eq!(OsSku::Windows2025.id(), "Windows2025");
    /// assert_eq!(OsSku::from_id("azurelinux"), Some(OsSku::AzureLinux));
    /// assert_eq!(OsSku::from_id("Ubuntu2004"), None);
    /// ```
    pub fn id(self) -> &'static str {
        match self {
            OsSku::Ubuntu => "Ubuntu",
            OsSku::AzureLinux => "AzureLinux",
            OsSku::Windows2022 => "Windows2022",
            OsSku::Windows2025 => "Windows2025",
        }
    }

    /// The image named `id`, in any case.
    pub fn from_id(id: &str) -> Option<OsSku> {
        OsSku::ALL
            .into_iter()
            .find(|s| s.id().eq_ignore_ascii_case(id.trimmed()))
    }

    pub fn is_windows(self) -> bool {
        matches!(self, OsSku::Windows2022 | OsSku::Windows2025)
    }

    /// The image AKS gives a new pool that names none: Ubuntu on Linux; on Windows, Windows
    /// Server 2025 from 1.37 and 2022 before (an unreadable version counts as current).
    ///
    /// # Examples
    /// ```
    /// use aks_calc::rules::{os::OsSku, version::K8sVersion};
    /// assert_eq!(OsSku::default_for(false, Some(K8sVersion::new(1, 35))), OsSku::Ubuntu);
    /// assert_eq!(OsSku::default_for(true, Some(K8sVersion::new(1, 36))), OsSku::Windows2022);
    /// assert_eq!(OsSku::default_for(true, Some(K8sVersion::new(1, 37))), OsSku::Windows2025);
    /// ```
    pub fn default_for(windows: bool, version: Option<K8sVersion>) -> OsSku {
        match (windows, version) {
            (false, _) => OsSku::Ubuntu,
            (true, Some(v)) if v < WINDOWS_2025_DEFAULT_SINCE => OsSku::Windows2022,
            (true, _) => OsSku::Windows2025,
        }
    }

    /// Whether AKS offers the image on `version`: Windows Server 2022 before 1.37, 2025 from 1.32.
    ///
    /// # Examples
    /// ```
    /// use aks_calc::rules::{os::OsSku, version::K8sVersion};
    /// assert!(!OsSku::Windows2022.available_on(K8sVersion::new(1, 37)));
    /// assert!(OsSku::Windows2022.available_on(K8sVersion::new(1, 36)));
    /// assert!(!OsSku::Windows2025.available_on(K8sVersion::new(1, 31)));
    /// ```
    pub fn available_on(self, version: K8sVersion) -> bool {
        match self {
            OsSku::Windows2022 => version < WINDOWS_2022_BEFORE,
            OsSku::Windows2025 => version >= WINDOWS_2025_SINCE,
            OsSku::Ubuntu | OsSku::AzureLinux => true,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn windows_defaults_and_availability_at_the_boundaries() {
        let v = |minor| Some(K8sVersion::new(1, minor));
        assert_eq!(OsSku::default_for(true, v(35)), OsSku::Windows2022);
        // 1.36: the release notes' Windows Server 2022, the docs' 2025.
        assert_eq!(OsSku::default_for(true, v(36)), OsSku::Windows2022);
        assert!(WINDOWS_2025_DEFAULT_SINCE_DOCS < WINDOWS_2025_DEFAULT_SINCE);
        assert_eq!(OsSku::default_for(true, v(37)), OsSku::Windows2025);
        assert_eq!(OsSku::default_for(true, None), OsSku::Windows2025);
        assert_eq!(OsSku::default_for(false, None), OsSku::Ubuntu);
        assert!(OsSku::Windows2025.available_on(K8sVersion::new(1, 32)));
        assert!(!OsSku::Windows2025.available_on(K8sVersion::new(1, 31)));
        assert!(OsSku::Ubuntu.available_on(K8sVersion::new(1, 20)));
        for sku in OsSku::ALL {
            assert_eq!(OsSku::from_id(sku.id()), Some(sku));
            assert_eq!(sku.is_windows(), sku.id().starts_with("Windows"), "{sku:?}");
        }
        assert_eq!(OsSku::from_id(" WINDOWS2022 "), Some(OsSku::Windows2022));
        assert_eq!(OsSku::from_id(""), None);
    }
}
