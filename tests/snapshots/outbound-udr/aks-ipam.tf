# AKS capacity & IP calculator: https://intranet.example/tools/aks/#v=1
# Rule set: aks-rules 2026-12
# azurerm provider 4.53 or later (attribute names as of v4.81.0).
terraform {
  required_providers {
    azurerm = {
      source  = "hashicorp/azurerm"
      version = "~> 4.53"
    }
  }
}

provider "azurerm" {
  features {}
}

variable "location" {
  type    = string
  default = "japaneast"
}

# The Azure Virtual Network Manager IPAM pool the VNet and its subnets take their addresses from.
variable "ipam_pool_id" {
  type = string
}

resource "azurerm_resource_group" "aks" {
  name     = "rg-aks-prod"
  location = var.location
}

resource "azurerm_virtual_network" "aks" {
  name                = "vnet-aks"
  location            = azurerm_resource_group.aks.location
  resource_group_name = azurerm_resource_group.aks.name

  # The VNet's address space: 1024 addresses.
  ip_address_pool {
    id                     = var.ipam_pool_id
    number_of_ip_addresses = "1024"
  }
}

# snet-system — Node pools: nodes of system at max + surge: 4 IPs.
resource "azurerm_subnet" "snet_system" {
  name                 = "snet-system"
  resource_group_name  = azurerm_resource_group.aks.name
  virtual_network_name = azurerm_virtual_network.aks.name

  # 16 addresses (a /28): the smallest block for 4 IPs at the plan's most, Azure's 5 reserved included.
  ip_address_pool {
    id                     = var.ipam_pool_id
    number_of_ip_addresses = "16"
  }
}

# snet-apps — Node pools: nodes of apps at max + surge: 11 IPs.
resource "azurerm_subnet" "snet_apps" {
  name                 = "snet-apps"
  resource_group_name  = azurerm_resource_group.aks.name
  virtual_network_name = azurerm_virtual_network.aks.name

  # 16 addresses (a /28): the smallest block for 11 IPs at the plan's most, Azure's 5 reserved included.
  ip_address_pool {
    id                     = var.ipam_pool_id
    number_of_ip_addresses = "16"
  }
}

# userDefinedRouting: AKS requires this route table on the cluster's subnets before it is created;
# it sends 0.0.0.0/0 to your firewall (or NVA) at 10.50.0.4.
resource "azurerm_route_table" "aks" {
  name                = "rt-aks"
  location            = azurerm_resource_group.aks.location
  resource_group_name = azurerm_resource_group.aks.name
}

resource "azurerm_route" "default_to_firewall" {
  name                   = "default-to-firewall"
  resource_group_name    = azurerm_resource_group.aks.name
  route_table_name       = azurerm_route_table.aks.name
  address_prefix         = "0.0.0.0/0"
  next_hop_type          = "VirtualAppliance"
  next_hop_in_ip_address = "10.50.0.4"
}

resource "azurerm_subnet_route_table_association" "snet_system" {
  subnet_id      = azurerm_subnet.snet_system.id
  route_table_id = azurerm_route_table.aks.id
}

resource "azurerm_subnet_route_table_association" "snet_apps" {
  subnet_id      = azurerm_subnet.snet_apps.id
  route_table_id = azurerm_route_table.aks.id
}

resource "azurerm_user_assigned_identity" "aks" {
  name                = "id-aks-prod-01"
  location            = azurerm_resource_group.aks.location
  resource_group_name = azurerm_resource_group.aks.name
}

resource "azurerm_role_assignment" "aks_network" {
  scope                = azurerm_virtual_network.aks.id
  role_definition_name = "Network Contributor"
  principal_id         = azurerm_user_assigned_identity.aks.principal_id
}

# AKS reads the route table of its subnets (and with kubenet writes its pod routes there).
resource "azurerm_role_assignment" "aks_route_table" {
  scope                = azurerm_route_table.aks.id
  role_definition_name = "Network Contributor"
  principal_id         = azurerm_user_assigned_identity.aks.principal_id
}

resource "azurerm_kubernetes_cluster" "aks" {
  name                = "aks-prod-01"
  location            = azurerm_resource_group.aks.location
  resource_group_name = azurerm_resource_group.aks.name
  dns_prefix          = "aks-prod-01"
  kubernetes_version  = "1.35"
  sku_tier            = "Standard"
  node_resource_group = "rg-aks-prod-nodes"

  default_node_pool {
    name           = "system"
    vm_size        = "Standard_D4s_v5"
    node_count     = 3
    max_pods       = 250
    vnet_subnet_id = azurerm_subnet.snet_system.id

    upgrade_settings {
      max_surge = "10%"
    }
  }

  network_profile {
    network_plugin      = "azure"
    network_plugin_mode = "overlay"
    pod_cidr            = "100.64.0.0/16"
    service_cidr        = "172.16.0.0/16"
    dns_service_ip      = "172.16.0.10"
    outbound_type       = "userDefinedRouting"
  }

  identity {
    type         = "UserAssigned"
    identity_ids = [azurerm_user_assigned_identity.aks.id]
  }

  depends_on = [
    azurerm_role_assignment.aks_network,
    azurerm_role_assignment.aks_route_table,
    azurerm_route.default_to_firewall,
    azurerm_subnet_route_table_association.snet_system,
    azurerm_subnet_route_table_association.snet_apps,
  ]
}

resource "azurerm_kubernetes_cluster_node_pool" "apps" {
  kubernetes_cluster_id = azurerm_kubernetes_cluster.aks.id
  name                  = "apps"
  vm_size               = "Standard_D4s_v5"
  node_count            = 3
  auto_scaling_enabled  = true
  min_count             = 3
  max_count             = 10
  max_pods              = 250
  vnet_subnet_id        = azurerm_subnet.snet_apps.id
  mode                  = "User"
  os_type               = "Linux"

  upgrade_settings {
    max_surge = "10%"
  }
}
