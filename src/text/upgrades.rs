//! Findings about upgrades (maxSurge, maxUnavailable, aks-rules §4) and OS images (§6).
//!
//! [`super::issue`] routes these findings here.

use alloc::format;
use alloc::string::String;

use super::{Lang, int};
use crate::evaluate::finding::{OsSkuIssue, UpgradeIssue};
use crate::rules::os::OsSku;

/// An upgrade setting, worded.
pub(super) fn upgrade(issue: &UpgradeIssue, lang: Lang) -> String {
    use UpgradeIssue as U;
    let en = lang == Lang::En;
    match issue {
        U::NothingToUpgradeWith => {
            if en {
                "Max surge 0 needs a max unavailable above 0: when max unavailable is 0, AKS requires max surge to be greater than 0.".into()
            } else {
                "最大サージ (maxSurge) を 0 にするには、最大使用不可 (maxUnavailable) を 1 以上にする必要があります。maxUnavailable が 0 の場合、AKS は maxSurge に 1 以上を要求します。".into()
            }
        }
        U::UnavailableOnSystemPool => {
            if en {
                "System pools cannot set max unavailable; upgrade them with surge nodes.".into()
            } else {
                "システムノードプールには最大使用不可 (maxUnavailable) を設定できません。サージノードを使ってアップグレードしてください。".into()
            }
        }
        U::DrainInPlace { unavailable } => {
            if en {
                format!(
                    "Upgrades drain up to {} node(s) at a time in place: no surge nodes and no surge IPs are needed, and the pool runs with fewer nodes meanwhile.",
                    int(*unavailable)
                )
            } else {
                format!(
                    "アップグレードでは、サージノードを追加せずに最大 {} ノードずつドレインします。サージノードもサージ用の IP も不要ですが、アップグレード中はプールのノード数が減ります。",
                    int(*unavailable)
                )
            }
        }
        U::SurgeFirst { surge, unavailable } => {
            if en {
                format!(
                    "With both max surge and max unavailable above 0, AKS first tries the full surge ({} node(s)), then a surge of 1, then in place with up to {} unavailable (preview): the surge IPs stay planned. Set max surge to 0 to plan without them.",
                    int(*surge),
                    int(*unavailable)
                )
            } else {
                format!(
                    "maxSurge と maxUnavailable の両方が 1 以上の場合、AKS はまず指定どおりのサージ({} ノード)を試し、次にサージ 1 ノード、最後にサージなしで最大 {} ノードずつ使用不可にしてアップグレードします(プレビュー)。そのため、サージ用の IP も計画に含めています。含めない場合は最大サージ (maxSurge) を 0 にしてください。",
                    int(*surge),
                    int(*unavailable)
                )
            }
        }
        U::FallbackToOne { surge } => {
            if en {
                format!(
                    "From Kubernetes 1.35, if {} surge nodes cannot be had (quota or capacity), AKS retries with a surge of 1; the IPs planned here still cover the full surge.",
                    int(*surge)
                )
            } else {
                format!(
                    "Kubernetes 1.35 以降では、クォータや容量の不足で {} ノードのサージを確保できない場合、AKS はサージ 1 ノードで再試行します。この IP 計画はサージ全体の分を含んでいます。",
                    int(*surge)
                )
            }
        }
        U::DefaultAssumed { surge } => {
            if en {
                format!(
                    "Max surge not set: planned with AKS's default of 10 % ({} node(s); API and release notes of 2025-03-16). Several AKS docs pages still say one extra node; set it to be sure.",
                    int(*surge)
                )
            } else {
                format!(
                    "最大サージ (maxSurge) が未設定のため、AKS の既定値 10%({} ノード。API と 2025-03-16 のリリースノートによる)で計画しています。AKS のドキュメントには既定を 1 ノードとするページも残っているため、値を明示的に指定することをお勧めします。",
                    int(*surge)
                )
            }
        }
    }
}

/// An OS image, worded.
pub(super) fn os_sku(issue: &OsSkuIssue, lang: Lang) -> String {
    use OsSkuIssue as O;
    let en = lang == Lang::En;
    match issue {
        O::WrongOs { sku } => {
            let name = super::os_sku(*sku);
            if en {
                format!("{name} is not an image for this pool's OS type.")
            } else {
                format!("{name} はこのプールの OS の種類では使えません。")
            }
        }
        O::NotOnVersion { sku, version } => {
            let (name, v) = (
                super::os_sku(*sku),
                format!("{}.{}", version.major, version.minor),
            );
            match (*sku == OsSku::Windows2022, en) {
                (true, true) => format!(
                    "{name} is not available from Kubernetes 1.37 (this pool: {v}); use Windows Server 2025."
                ),
                (true, false) => format!(
                    "{name} は Kubernetes 1.37 以降では使えません(このプール: {v})。Windows Server 2025 を使ってください。"
                ),
                (false, true) => {
                    format!("{name} pools can be created from Kubernetes 1.32 (this pool: {v}).")
                }
                (false, false) => {
                    format!(
                        "{name} のプールは Kubernetes 1.32 以降で作成できます(このプール: {v})。"
                    )
                }
            }
        }
        O::NeedsFips => {
            if en {
                "Windows Server 2025 pools need a FIPS-enabled image (--enable-fips-image).".into()
            } else {
                "Windows Server 2025 のプールには FIPS 対応イメージ(--enable-fips-image)が必要です。".into()
            }
        }
        O::Windows2022Retiring => {
            if en {
                "Windows Server 2022 retires on 30 June 2028 and is not available from Kubernetes 1.37.".into()
            } else {
                "Windows Server 2022 は 2028 年 6 月 30 日に廃止され、Kubernetes 1.37 以降では使えません。".into()
            }
        }
        O::DefaultDisputed => {
            if en {
                "On Kubernetes 1.36 the sources disagree on the default Windows image: the release notes of 2026-07-17 make Windows Server 2025 the default from 1.37, the docs from 1.36. Planned with Windows Server 2022; set the OS SKU to be sure.".into()
            } else {
                "Kubernetes 1.36 での Windows の既定イメージは情報源によって異なります。2026-07-17 のリリースノートでは 1.37 から、ドキュメントでは 1.36 から Windows Server 2025 が既定です。ここでは Windows Server 2022 で計画しています。意図したイメージにするには OS イメージ (OS SKU) を指定してください。".into()
            }
        }
    }
}
