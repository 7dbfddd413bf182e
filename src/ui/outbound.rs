//! The outbound panel: outbound type and SNAT, the egress rules, the control-plane path and
//! what AKS creates.

use crate::plan::field::{ClusterField, NameField, OutboundField};

/// The id of an outbound or name field's input.
pub fn field_id(field: ClusterField) -> &'static str {
    use OutboundField as O;
    match field {
        ClusterField::Outbound(o) => match o {
            O::Type => "o-type",
            O::ManagedVnet => "o-managed-vnet",
            O::LbManagedIps => "o-lb-managed-ips",
            O::LbOwnIps => "o-lb-own-ips",
            O::LbPorts => "o-lb-ports",
            O::LbIdle => "o-lb-idle",
            O::NatIps => "o-nat-ips",
            O::NatIdle => "o-nat-idle",
            O::FirewallIp => "o-firewall-ip",
            O::FirewallIps => "o-firewall-ips",
            O::FirewallInstances => "o-firewall-instances",
            O::Connections => "o-connections",
            O::Cloud => "o-cloud",
            O::DnsServers => "o-dns-servers",
            O::LegacyTunnel => "o-legacy-tunnel",
            O::PublicLbs => "o-public-lbs",
        },
        ClusterField::Names(n) => match n {
            NameField::ResourceGroup => "n-resource-group",
            NameField::ClusterName => "n-cluster-name",
            NameField::Region => "n-region",
            NameField::NodeResourceGroup => "n-node-resource-group",
        },
        _ => "",
    }
}
