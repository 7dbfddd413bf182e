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
  type = string
}

# The Azure Virtual Network Manager IPAM pool the VNet and its subnets take their addresses from.
variable "ipam_pool_id" {
  type = string
}

resource "azurerm_resource_group" "aks" {
  name     = "rg-aks"
  location = var.location
}

resource "azurerm_virtual_network" "aks" {
  name                = "vnet-aks"
  location            = azurerm_resource_group.aks.location
  resource_group_name = azurerm_resource_group.aks.name

  # The VNet's address space: 65536 addresses.
  ip_address_pool {
    id                     = var.ipam_pool_id
    number_of_ip_addresses = "65536"
  }
}

# snet-aks-nodes — Node pools: nodes of system, apps at max + surge, 1 other IP: 19 IPs.
resource "azurerm_subnet" "snet_aks_nodes" {
  name                 = "snet-aks-nodes"
  resource_group_name  = azurerm_resource_group.aks.name
  virtual_network_name = azurerm_virtual_network.aks.name

  # 1024 addresses (a /22): the size of the prefix typed for it.
  ip_address_pool {
    id                     = var.ipam_pool_id
    number_of_ip_addresses = "1024"
  }
}

resource "azurerm_user_assigned_identity" "aks" {
  name                = "id-aks-cluster"
  location            = azurerm_resource_group.aks.location
  resource_group_name = azurerm_resource_group.aks.name
}

resource "azurerm_role_assignment" "aks_network" {
  scope                = azurerm_virtual_network.aks.id
  role_definition_name = "Network Contributor"
  principal_id         = azurerm_user_assigned_identity.aks.principal_id
}

resource "azurerm_kubernetes_cluster" "aks" {
  name                = "aks-cluster"
  location            = azurerm_resource_group.aks.location
  resource_group_name = azurerm_resource_group.aks.name
  dns_prefix          = "aks-cluster"
  kubernetes_version  = "1.35"
  sku_tier            = "Standard"

  default_node_pool {
    name           = "system"
    vm_size        = "Standard_D4s_v5"
    node_count     = 3
    max_pods       = 250
    vnet_subnet_id = azurerm_subnet.snet_aks_nodes.id

    upgrade_settings {
      max_surge = "10%"
    }
  }

  network_profile {
    # WireGuard transit encryption: azurerm (v4.81.0) has no attribute for it
    # (hashicorp/terraform-provider-azurerm#33357). Turn it on after apply:
    #   az aks update --resource-group rg-aks --name aks-cluster --enable-acns --acns-transit-encryption-type WireGuard
    network_plugin      = "azure"
    network_plugin_mode = "overlay"
    network_data_plane  = "cilium"
    pod_cidr            = "100.64.0.0/16"
    service_cidr        = "10.0.0.0/16"
    dns_service_ip      = "10.0.0.10"
  }

  identity {
    type         = "UserAssigned"
    identity_ids = [azurerm_user_assigned_identity.aks.id]
  }

  depends_on = [azurerm_role_assignment.aks_network]
}

resource "azurerm_kubernetes_cluster_node_pool" "apps" {
  kubernetes_cluster_id = azurerm_kubernetes_cluster.aks.id
  name                  = "apps"
  vm_size               = "Standard_E8s_v5"
  node_count            = 4
  auto_scaling_enabled  = true
  min_count             = 1
  max_count             = 10
  max_pods              = 110
  vnet_subnet_id        = azurerm_subnet.snet_aks_nodes.id
  mode                  = "User"
  os_type               = "Linux"

  upgrade_settings {
    max_surge = "33%"
  }
}
