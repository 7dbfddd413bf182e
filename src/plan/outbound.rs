//! The plan's outbound settings (aks-rules §9–§10) and the names of what AKS creates (§11):
//! the outbound type and its settings, what the egress rules depend on, and the resource group,
//! cluster name and region.
//!
//! Text fields hold what was typed; empty means "AKS's default" (the page shows it as the
//! placeholder). [`crate::evaluate`] reads them.

use crate::rules::typed::Trimmed;
use alloc::string::String;

use serde::{Deserialize, Serialize};

pub use crate::rules::egress::Cloud;
pub use crate::rules::outbound::OutboundType;

/// How traffic leaves the cluster and what a firewall in its way must allow.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Outbound {
    pub outbound_type: OutboundType,
    /// AKS creates the VNet (no `--vnet-subnet-id`); off: the VNet of the design, your own.
    pub managed_vnet: bool,
    /// `--load-balancer-managed-outbound-ip-count`; empty: 1.
    pub lb_managed_ips: String,
    /// Your own public IPs on the load balancer (`--load-balancer-outbound-ips` or the IPs of
    /// `--load-balancer-outbound-ip-prefixes`), counted; empty: AKS's managed IPs.
    pub lb_own_ips: String,
    /// `--load-balancer-outbound-ports` (allocatedOutboundPorts); empty or 0: AKS's table.
    pub lb_ports: String,
    /// `--load-balancer-idle-timeout` in minutes; empty: 30.
    pub lb_idle: String,
    /// The NAT gateway's public IPs (`--nat-gateway-managed-outbound-ip-count` for a managed
    /// one); empty: 1.
    pub nat_ips: String,
    /// `--nat-gateway-idle-timeout` in minutes; empty: 4.
    pub nat_idle: String,
    /// userDefinedRouting: the firewall's (or NVA's) private IP, the route's next hop.
    pub firewall_ip: String,
    /// Azure Firewall's public IPs; empty: not planned here.
    pub firewall_ips: String,
    /// Azure Firewall's instances; empty: 2, the minimum.
    pub firewall_instances: String,
    /// Connections a node keeps open to one destination at once; empty: not planned.
    pub connections: String,
    pub cloud: Cloud,
    /// Custom DNS servers of the VNet (`az network vnet create --dns-servers`).
    pub dns_servers: String,
    /// The cluster still runs tunnelfront or aks-link rather than konnectivity.
    pub legacy_tunnel: bool,
    /// Kubernetes `LoadBalancer` services with a public IP.
    pub public_lbs: String,
}

impl Default for Outbound {
    fn default() -> Self {
        Outbound {
            outbound_type: OutboundType::LoadBalancer,
            managed_vnet: false,
            lb_managed_ips: String::new(),
            lb_own_ips: String::new(),
            lb_ports: String::new(),
            lb_idle: String::new(),
            nat_ips: String::new(),
            nat_idle: String::new(),
            firewall_ip: String::new(),
            firewall_ips: String::new(),
            firewall_instances: String::new(),
            connections: String::new(),
            cloud: Cloud::Public,
            dns_servers: String::new(),
            legacy_tunnel: false,
            public_lbs: String::new(),
        }
    }
}

/// An outbound input.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum OutboundField {
    Type,
    ManagedVnet,
    LbManagedIps,
    LbOwnIps,
    LbPorts,
    LbIdle,
    NatIps,
    NatIdle,
    FirewallIp,
    FirewallIps,
    FirewallInstances,
    Connections,
    Cloud,
    DnsServers,
    LegacyTunnel,
    PublicLbs,
}

impl OutboundField {
    pub const ALL: [OutboundField; 16] = {
        use OutboundField as F;
        [
            F::Type,
            F::ManagedVnet,
            F::LbManagedIps,
            F::LbOwnIps,
            F::LbPorts,
            F::LbIdle,
            F::NatIps,
            F::NatIdle,
            F::FirewallIp,
            F::FirewallIps,
            F::FirewallInstances,
            F::Connections,
            F::Cloud,
            F::DnsServers,
            F::LegacyTunnel,
            F::PublicLbs,
        ]
    };
}

/// A change to the outbound settings that is not text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OutboundEdit {
    Type(OutboundType),
    ManagedVnet(bool),
    Cloud(Cloud),
    LegacyTunnel(bool),
}

impl Outbound {
    pub fn apply(&mut self, edit: OutboundEdit) {
        match edit {
            OutboundEdit::Type(t) => self.outbound_type = t,
            OutboundEdit::ManagedVnet(on) => self.managed_vnet = on,
            OutboundEdit::Cloud(c) => self.cloud = c,
            OutboundEdit::LegacyTunnel(on) => self.legacy_tunnel = on,
        }
    }

    /// The text behind a field, for fields that are text.
    pub fn text(&self, field: OutboundField) -> Option<&str> {
        use OutboundField as F;
        Some(match field {
            F::LbManagedIps => &self.lb_managed_ips,
            F::LbOwnIps => &self.lb_own_ips,
            F::LbPorts => &self.lb_ports,
            F::LbIdle => &self.lb_idle,
            F::NatIps => &self.nat_ips,
            F::NatIdle => &self.nat_idle,
            F::FirewallIp => &self.firewall_ip,
            F::FirewallIps => &self.firewall_ips,
            F::FirewallInstances => &self.firewall_instances,
            F::Connections => &self.connections,
            F::DnsServers => &self.dns_servers,
            F::PublicLbs => &self.public_lbs,
            F::Type | F::ManagedVnet | F::Cloud | F::LegacyTunnel => return None,
        })
    }

    pub fn text_mut(&mut self, field: OutboundField) -> Option<&mut String> {
        use OutboundField as F;
        Some(match field {
            F::LbManagedIps => &mut self.lb_managed_ips,
            F::LbOwnIps => &mut self.lb_own_ips,
            F::LbPorts => &mut self.lb_ports,
            F::LbIdle => &mut self.lb_idle,
            F::NatIps => &mut self.nat_ips,
            F::NatIdle => &mut self.nat_idle,
            F::FirewallIp => &mut self.firewall_ip,
            F::FirewallIps => &mut self.firewall_ips,
            F::FirewallInstances => &mut self.firewall_instances,
            F::Connections => &mut self.connections,
            F::DnsServers => &mut self.dns_servers,
            F::PublicLbs => &mut self.public_lbs,
            F::Type | F::ManagedVnet | F::Cloud | F::LegacyTunnel => return None,
        })
    }
}

/// What the cluster is called and where it lives; empty: the exports' placeholders.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Names {
    /// `--resource-group`.
    pub resource_group: String,
    /// `--name`.
    pub cluster_name: String,
    /// `--location`.
    pub region: String,
    /// `--node-resource-group`; empty: `MC_<resource group>_<cluster>_<region>`.
    pub node_resource_group: String,
}

/// A name input.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum NameField {
    ResourceGroup,
    ClusterName,
    Region,
    NodeResourceGroup,
}

impl NameField {
    pub const ALL: [NameField; 4] = [
        NameField::ResourceGroup,
        NameField::ClusterName,
        NameField::Region,
        NameField::NodeResourceGroup,
    ];
}

/// The names the exports write while the plan names nothing (the snippets' own placeholders).
pub mod placeholders {
    pub const RESOURCE_GROUP: &str = "rg-aks";
    pub const CLUSTER_NAME: &str = "aks-cluster";
    pub const REGION: &str = "japaneast";
}

impl Names {
    pub fn text(&self, field: NameField) -> &str {
        match field {
            NameField::ResourceGroup => &self.resource_group,
            NameField::ClusterName => &self.cluster_name,
            NameField::Region => &self.region,
            NameField::NodeResourceGroup => &self.node_resource_group,
        }
    }

    pub fn text_mut(&mut self, field: NameField) -> &mut String {
        match field {
            NameField::ResourceGroup => &mut self.resource_group,
            NameField::ClusterName => &mut self.cluster_name,
            NameField::Region => &mut self.region,
            NameField::NodeResourceGroup => &mut self.node_resource_group,
        }
    }

    /// The typed name, trimmed, or `placeholder` when nothing is typed.
    fn or<'a>(typed: &'a str, placeholder: &'static str) -> &'a str {
        match typed.trimmed() {
            "" => placeholder,
            t => t,
        }
    }

    /// The resource group the exports write.
    ///
    /// # Examples
    /// ```
    /// let mut names = aks_calc::plan::outbound::Names::default();
    /// assert_eq!(names.resource_group(), "rg-aks");
    /// names.resource_group = " rg-prod ".into();
    /// assert_eq!(names.resource_group(), "rg-prod");
    /// ```
    pub fn resource_group(&self) -> &str {
        Self::or(&self.resource_group, placeholders::RESOURCE_GROUP)
    }

    pub fn cluster_name(&self) -> &str {
        Self::or(&self.cluster_name, placeholders::CLUSTER_NAME)
    }

    /// The region as typed (trimmed), or the placeholder; [`crate::evaluate`] reports the
    /// normalised name (`Japan East` → `japaneast`).
    pub fn region(&self) -> &str {
        Self::or(&self.region, placeholders::REGION)
    }

    /// `--node-resource-group` as typed, trimmed; `None` when AKS names it.
    pub fn node_resource_group(&self) -> Option<&str> {
        Some(self.node_resource_group.trimmed()).filter(|n| !n.is_empty())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_fields_round_trip_and_choices_are_not_text() {
        let mut o = Outbound::default();
        for (i, f) in OutboundField::ALL.into_iter().enumerate() {
            let value = alloc::format!("v{i}");
            match o.text_mut(f) {
                Some(slot) => {
                    *slot = value.clone();
                    assert_eq!(o.text(f), Some(value.as_str()));
                }
                None => assert_eq!(o.text(f), None),
            }
        }
        let mut n = Names::default();
        for f in NameField::ALL {
            *n.text_mut(f) = alloc::format!("{f:?}");
            assert_eq!(n.text(f), alloc::format!("{f:?}"));
        }
        assert_eq!(n.node_resource_group(), Some("NodeResourceGroup"));
        assert_eq!(Names::default().node_resource_group(), None);
        assert_eq!(Names::default().cluster_name(), "aks-cluster");
        assert_eq!(Names::default().region(), "japaneast");
    }
}
