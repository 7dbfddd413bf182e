//! What each subnet of a cluster design is for, and what Azure and AKS require of it
//! (aks-rules §8): delegations, fixed names, minimum sizes and the addresses a purpose always
//! takes.

use super::typed::Trimmed;
use serde::{Deserialize, Serialize};

/// What a subnet of the VNet is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Purpose {
    /// Node pools (`--vnet-subnet-id`); with Azure CNI node subnet, their pods too.
    Nodes,
    /// Pods of the pod-subnet models (`--pod-subnet-id`).
    Pods,
    /// API Server VNet Integration (`--apiserver-subnet-id`).
    ApiServer,
    /// Virtual nodes: pods on Azure Container Instances.
    VirtualNodes,
    /// Application Gateway for Containers.
    AppGatewayForContainers,
    /// Private endpoints of other services.
    PrivateEndpoints,
    AzureFirewall,
    AzureFirewallManagement,
    AzureBastion,
    /// VPN or ExpressRoute gateway.
    Gateway,
    /// Application Gateway v2 (a dedicated subnet).
    ApplicationGateway,
    /// Anything else: VMs, other services. Its size comes from the IPs it needs.
    Other,
}

impl Purpose {
    pub const ALL: [Purpose; 12] = [
        Purpose::Nodes,
        Purpose::Pods,
        Purpose::ApiServer,
        Purpose::VirtualNodes,
        Purpose::AppGatewayForContainers,
        Purpose::PrivateEndpoints,
        Purpose::AzureFirewall,
        Purpose::AzureFirewallManagement,
        Purpose::AzureBastion,
        Purpose::Gateway,
        Purpose::ApplicationGateway,
        Purpose::Other,
    ];

    /// The stable name links and exports use.
    ///
    /// # Examples
    /// ```
    /// use aks_calc::rules::subnet::Purpose;
    /// assert_eq!(Purpose::ApiServer.id(), "apiserver");
    /// assert_eq!(Purpose::from_id("APISERVER"), Some(Purpose::ApiServer));
    /// ```
    pub fn id(self) -> &'static str {
        match self {
            Purpose::Nodes => "nodes",
            Purpose::Pods => "pods",
            Purpose::ApiServer => "apiserver",
            Purpose::VirtualNodes => "virtual-nodes",
            Purpose::AppGatewayForContainers => "agc",
            Purpose::PrivateEndpoints => "private-endpoints",
            Purpose::AzureFirewall => "firewall",
            Purpose::AzureFirewallManagement => "firewall-management",
            Purpose::AzureBastion => "bastion",
            Purpose::Gateway => "gateway",
            Purpose::ApplicationGateway => "appgw",
            Purpose::Other => "other",
        }
    }

    /// The purpose a link names, ignoring ASCII case.
    pub fn from_id(id: &str) -> Option<Purpose> {
        Purpose::ALL
            .iter()
            .copied()
            .find(|p| p.id().eq_ignore_ascii_case(id.trimmed()))
    }

    /// The service the subnet must be delegated to, if any.
    ///
    /// AKS itself adds `Microsoft.ContainerService/managedClusters` to a pod subnet; declaring
    /// it keeps Terraform and Bicep from showing drift after the cluster exists.
    pub fn delegation(self) -> Option<&'static str> {
        match self {
            Purpose::Pods | Purpose::ApiServer => {
                Some("Microsoft.ContainerService/managedClusters")
            }
            Purpose::VirtualNodes => Some("Microsoft.ContainerInstance/containerGroups"),
            Purpose::AppGatewayForContainers => {
                Some("Microsoft.ServiceNetworking/trafficControllers")
            }
            _ => None,
        }
    }

    /// The name Azure requires for the subnet.
    pub fn required_name(self) -> Option<&'static str> {
        match self {
            Purpose::AzureFirewall => Some("AzureFirewallSubnet"),
            Purpose::AzureFirewallManagement => Some("AzureFirewallManagementSubnet"),
            Purpose::AzureBastion => Some("AzureBastionSubnet"),
            Purpose::Gateway => Some("GatewaySubnet"),
            _ => None,
        }
    }

    /// The purpose a subnet of this fixed name must have.
    pub fn for_required_name(name: &str) -> Option<Purpose> {
        Purpose::ALL.iter().copied().find(|p| {
            p.required_name()
                .is_some_and(|n| n.eq_ignore_ascii_case(name.trimmed()))
        })
    }

    /// The smallest prefix Azure or AKS accepts (a larger prefix length is refused).
    pub fn min_size(self) -> Option<MinSize> {
        let (prefix, hard) = match self {
            // API Server VNet Integration: at least a /28.
            Purpose::ApiServer => (28, true),
            // Application Gateway for Containers: at least 250 available addresses, a /24.
            Purpose::AppGatewayForContainers => (24, true),
            Purpose::AzureFirewall | Purpose::AzureFirewallManagement | Purpose::AzureBastion => {
                (26, true)
            }
            // A /27 or larger is what the gateway docs recommend; /29 is accepted.
            Purpose::Gateway => (27, false),
            // Application Gateway v2: "A minimum subnet size of /24 is recommended" (up to 125
            // instances + 1 private frontend + 5 reserved; rules-check A5). Advice, not a rule.
            Purpose::ApplicationGateway => (24, false),
            _ => return None,
        };
        Some(MinSize { prefix, hard })
    }

    /// Addresses the purpose takes whatever else is planned: the API server's reservation.
    pub fn fixed_ips(self) -> u64 {
        match self {
            // AKS reserves at least 9 addresses in the API server subnet.
            Purpose::ApiServer => 9,
            _ => 0,
        }
    }

    /// How many clusters can share a subnet of this purpose with `usable` addresses, when each
    /// takes addresses of its own in it: the API server subnet, where "An AKS cluster reserves
    /// at least nine IPs" and several clusters of one VNet may share it (rules-check A1). The count
    /// is derived (the docs allow sharing but give no number): a /28 (11 usable) holds one.
    /// `None`: the purpose takes nothing per cluster.
    ///
    /// # Examples
    /// ```
    /// use aks_calc::rules::subnet::Purpose;
    /// assert_eq!(Purpose::ApiServer.clusters_sharing(11), Some(1)); // a /28
    /// assert_eq!(Purpose::ApiServer.clusters_sharing(27), Some(3)); // a /27: 3 × 9 = 27
    /// assert_eq!(Purpose::ApiServer.clusters_sharing(59), Some(6)); // a /26
    /// assert_eq!(Purpose::ApiServer.clusters_sharing(8), Some(0));
    /// assert_eq!(Purpose::PrivateEndpoints.clusters_sharing(251), None);
    /// ```
    pub fn clusters_sharing(self, usable: u128) -> Option<u128> {
        match self.fixed_ips() {
            0 => None,
            per_cluster => Some(usable / u128::from(per_cluster)),
        }
    }

    /// Node pools may be placed in this subnet.
    pub fn hosts_nodes(self) -> bool {
        self == Purpose::Nodes
    }

    /// Several clusters of one VNet may share this subnet, so a copy of the cluster needs none
    /// of its own: the API-server subnet and the infrastructure around the clusters. (Each
    /// cluster still takes addresses in the API-server subnet: [`Purpose::clusters_sharing`].)
    pub fn shared_by_clusters(self) -> bool {
        !matches!(
            self,
            Purpose::Nodes
                | Purpose::Pods
                | Purpose::VirtualNodes
                | Purpose::AppGatewayForContainers
        )
    }
}

/// The smallest size a purpose allows; `hard`: refused below it, otherwise advised.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MinSize {
    pub prefix: u8,
    pub hard: bool,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_unique_and_read_back() {
        for p in Purpose::ALL {
            assert_eq!(Purpose::from_id(p.id()), Some(p));
            assert_eq!(Purpose::ALL.iter().filter(|q| q.id() == p.id()).count(), 1);
        }
        assert_eq!(Purpose::from_id("nodepool"), None);
    }

    #[test]
    fn fixed_names_belong_to_their_purpose() {
        assert_eq!(
            Purpose::for_required_name("azurefirewallsubnet"),
            Some(Purpose::AzureFirewall)
        );
        assert_eq!(
            Purpose::for_required_name("GatewaySubnet"),
            Some(Purpose::Gateway)
        );
        assert_eq!(Purpose::for_required_name("snet-aks"), None);
        for p in Purpose::ALL {
            if let Some(name) = p.required_name() {
                assert_eq!(Purpose::for_required_name(name), Some(p));
            }
        }
    }

    #[test]
    fn only_node_subnets_host_nodes_and_they_are_never_delegated() {
        for p in Purpose::ALL {
            if p.hosts_nodes() {
                assert_eq!(p.delegation(), None);
            }
        }
        assert_eq!(
            Purpose::ApiServer.min_size(),
            Some(MinSize {
                prefix: 28,
                hard: true
            })
        );
        assert_eq!(Purpose::ApiServer.fixed_ips(), 9);
    }
}
