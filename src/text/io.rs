//! Words about what carries a plan in and out of the page: the names of the exports, what an
//! import recognised, and what a link or an import could not use. The formats map their own
//! types onto these (`Format::name`, `Notice::message`, `ImportNotice::message`), so this layer
//! never needs a format's type.

use alloc::format;
use alloc::string::String;

use super::{Lang, T, t};

/// The name of each export, as the Export panel lists it.
pub mod export_name {
    use super::{T, t};
    pub const MARKDOWN: T = t("Markdown (design docs, wikis)", "Markdown(設計書・Wiki 用)");
    pub const CSV_POOLS: T = t("CSV: node pools", "CSV: ノードプール");
    pub const CSV_ALLOCATION: T = t("CSV: pod CIDR per node", "CSV: ノードごとのポッド CIDR");
    pub const JSON: T = t(
        "JSON (inputs, results, findings)",
        "JSON(入力・結果・指摘事項)",
    );
    pub const AZURE_CLI: T = t(
        "Azure CLI (az network, az aks)",
        "Azure CLI(az network、az aks)",
    );
    pub const TERRAFORM: T = t("Terraform (azurerm 4.x)", "Terraform(azurerm 4.x)");
    pub const BICEP: T = t("Bicep (managedClusters)", "Bicep(managedClusters)");
    pub const CSV_SUBNETS: T = t("CSV: subnets of the VNet", "CSV: VNet のサブネット");
    pub const TERRAFORM_IPAM: T = t(
        "Terraform with AVNM IPAM (subnets by number of IPs)",
        "Terraform(AVNM IPAM: サブネットを IP 数で割り当て)",
    );
    pub const BICEP_IPAM: T = t(
        "Bicep with AVNM IPAM (subnets by number of IPs)",
        "Bicep(AVNM IPAM: サブネットを IP 数で割り当て)",
    );
    pub const EGRESS_MARKDOWN: T = t("Egress rules: Markdown", "エグレス規則: Markdown");
    pub const EGRESS_CSV: T = t("Egress rules: CSV", "エグレス規則: CSV");
    pub const EGRESS_AZURE_CLI: T = t(
        "Egress rules: Azure Firewall policy (Azure CLI)",
        "エグレス規則: Azure Firewall ポリシー(Azure CLI)",
    );
    pub const EGRESS_TERRAFORM: T = t(
        "Egress rules: Azure Firewall policy (Terraform)",
        "エグレス規則: Azure Firewall ポリシー(Terraform)",
    );
    pub const EGRESS_BICEP: T = t(
        "Egress rules: Azure Firewall policy (Bicep)",
        "エグレス規則: Azure Firewall ポリシー(Bicep)",
    );
}

/// What an import recognised.
pub mod import_source {
    use super::{T, t};
    pub const EXPORT: T = t(
        "Imported a plan exported from this page.",
        "このページからエクスポートした計画を読み込みました。",
    );
    pub const AKS_SHOW: T = t(
        "Imported the cluster and its node pools from az aks show (or its ARM body), each pool in the subnets its IDs name; the VNet's ranges were kept.",
        "az aks show(または ARM の本文)からクラスターとノードプールを読み込み、各プールを ID が示すサブネットに割り当てました。VNet のアドレス範囲はそのままです。",
    );
    pub const NODEPOOL_LIST: T = t(
        "Imported the node pools from az aks nodepool list.",
        "az aks nodepool list からノードプールを読み込みました。",
    );
    pub const NODEPOOL_SHOW: T = t(
        "Imported one node pool from az aks nodepool show: it replaced the pool of the same name, or was added; the rest of the plan was kept.",
        "az aks nodepool show から 1 つのノードプールを読み込みました。同じ名前のプールを置き換えるか追加し、計画のそれ以外の部分はそのままです。",
    );
    pub const VNET_SHOW: T = t(
        "Imported the address space, subnets and peerings from az network vnet show.",
        "az network vnet show からアドレス空間・サブネット・ピアリングを読み込みました。",
    );
}

/// A link had a key this version does not know.
pub fn unknown_key(key: &str, lang: Lang) -> String {
    match lang {
        Lang::En => {
            format!("The link has a setting this version does not know (“{key}”); it was ignored.")
        }
        Lang::Ja => {
            format!("リンクにこのバージョンでは使えない設定「{key}」があったため、無視しました。")
        }
    }
}

/// A link had a value its key does not allow.
pub fn bad_value(key: &str, value: &str, lang: Lang) -> String {
    match lang {
        Lang::En => {
            format!("The link's “{key}={value}” is not a valid value; the default is used.")
        }
        Lang::Ja => format!("リンクの「{key}={value}」は無効な値のため、既定値を使いました。"),
    }
}

/// A link (or an export) made by a newer version.
pub fn future_version(version: &str, lang: Lang) -> String {
    match lang {
        Lang::En => format!(
            "This link was made by a newer version of the calculator (schema “{version}”); some settings may not be read as intended."
        ),
        Lang::Ja => format!(
            "このリンクは新しいバージョンの計算ツールで作られています(スキーマ「{version}」)。一部の設定が意図どおりに読めない可能性があります。"
        ),
    }
}

pub const LINK_TOO_MANY_POOLS: T = t(
    "The link has more than 100 node pools, the AKS limit; only the first 100 were kept.",
    "リンクに AKS の上限である 100 を超えるノードプールがあったため、最初の 100 個だけを読み込みました。",
);

/// A value longer than links may carry was cut.
pub fn value_cut(key: &str, lang: Lang) -> String {
    match lang {
        Lang::En => format!("The link's “{key}” was too long and was cut."),
        Lang::Ja => format!("リンクの「{key}」の値が長すぎたため、切り詰めました。"),
    }
}

pub const LINK_TOO_MANY_SUBNETS: T = t(
    "The link has more than 100 subnets; only the first 100 were kept.",
    "リンクのサブネットが 100 を超えていたため、最初の 100 個だけを読み込みました。",
);

pub const LINK_TOO_MANY_PAIRS: T = t(
    "The link is too long; only its first 4,096 settings were read.",
    "リンクが長すぎるため、最初の 4,096 個の設定だけを読み込みました。",
);

/// What an imported subnet is for was guessed from its name.
pub fn purpose_guessed(name: &str, purpose: &str, lang: Lang) -> String {
    match lang {
        Lang::En => format!(
            "Subnet “{name}” has no delegation or fixed name that says what it is for; from its name it was taken for: {purpose}. Check it in the design."
        ),
        Lang::Ja => format!(
            "サブネット「{name}」は委任や固定名から用途を判断できないため、名前から「{purpose}」と判断しました。設計で確認してください。"
        ),
    }
}

/// The cluster names a subnet whose range the import did not carry.
pub fn subnet_range_unknown(name: &str, purpose: &str, lang: Lang) -> String {
    match lang {
        Lang::En => format!(
            "The cluster uses subnet “{name}” ({purpose}), but its range is not in what was imported: it was added as auto, placed by the layout. Import az network vnet show for its real prefix."
        ),
        Lang::Ja => format!(
            "クラスターはサブネット「{name}」({purpose})を使用していますが、読み込んだ内容にそのアドレス範囲がありません。自動(レイアウトで配置)として追加しました。実際のプレフィックスは az network vnet show を読み込んで反映してください。"
        ),
    }
}

/// An imported pool's OS image is not one the page plans by that name: read as `read` (the
/// image of its family), or, when `None`, left to AKS's default.
pub fn os_sku_read(pool: &str, sku: &str, read: Option<&str>, lang: Lang) -> String {
    match (lang, read) {
        (Lang::En, Some(read)) => format!(
            "Node pool “{pool}”: its OS image {sku} was read as {read}, the image of its family the calculator plans."
        ),
        (Lang::En, None) => format!(
            "Node pool “{pool}”: its OS image {sku} is none the calculator plans (Ubuntu, Azure Linux, Windows Server 2022, Windows Server 2025), so AKS's default for its OS and version is assumed."
        ),
        (Lang::Ja, Some(read)) => format!(
            "ノードプール「{pool}」: OS イメージ {sku} は、計算で扱う同系統のイメージ {read} として読み込みました。"
        ),
        (Lang::Ja, None) => format!(
            "ノードプール「{pool}」: OS イメージ {sku} は計算の対象外(対象は Ubuntu、Azure Linux、Windows Server 2022、Windows Server 2025)のため、OS とバージョンに応じた AKS の既定値を前提にしました。"
        ),
    }
}

/// Where pasted text stopped being JSON (line and column counted from 1).
pub fn import_not_json(line: usize, column: usize, lang: Lang) -> String {
    match lang {
        Lang::En => format!("This is not JSON (line {line}, column {column})"),
        Lang::Ja => format!("JSON として読めません({line} 行 {column} 文字目)"),
    }
}

pub const BYO_CNI: T = t(
    "This cluster brings its own CNI (networkPlugin none), which the calculator does not model; the network model was kept.",
    "このクラスターは独自の CNI(networkPlugin none)を使っており、計算の対象外です。ネットワークモデルは変更していません。",
);

pub const IMPORT_TOO_MANY_POOLS: T = t(
    "More than 100 node pools, the AKS limit: only the first 100 were kept.",
    "ノードプールが AKS の上限 100 を超えているため、最初の 100 個だけを読み込みました。",
);
