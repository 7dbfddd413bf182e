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

resource "azurerm_resource_group" "aks" {
  name     = "rg-aks"
  location = var.location
}

resource "azurerm_virtual_network" "aks" {
  name                = "vnet-aks"
  location            = azurerm_resource_group.aks.location
  resource_group_name = azurerm_resource_group.aks.name
  address_space       = ["10.20.0.0/22"]
}

# snet-system — Node pools: nodes of system at max + surge, 2 other IPs: 8 IPs. Placed by the layout (Fit into the VNet).
resource "azurerm_subnet" "snet_system" {
  name                 = "snet-system"
  resource_group_name  = azurerm_resource_group.aks.name
  virtual_network_name = azurerm_virtual_network.aks.name
  address_prefixes     = ["10.20.0.128/27"]
}

# snet-apps — Node pools: nodes of apps at max + surge: 27 IPs. Placed by the layout (Fit into the VNet).
resource "azurerm_subnet" "snet_apps" {
  name                 = "snet-apps"
  resource_group_name  = azurerm_resource_group.aks.name
  virtual_network_name = azurerm_virtual_network.aks.name
  address_prefixes     = ["10.20.0.0/26"]
}

# snet-apiserver — API server (VNet integration): AKS reserves at least 9 IPs.
resource "azurerm_subnet" "snet_apiserver" {
  name                 = "snet-apiserver"
  resource_group_name  = azurerm_resource_group.aks.name
  virtual_network_name = azurerm_virtual_network.aks.name
  address_prefixes     = ["10.20.3.240/28"]

  delegation {
    name = "aks-delegation"

    service_delegation {
      name    = "Microsoft.ContainerService/managedClusters"
      actions = ["Microsoft.Network/virtualNetworks/subnets/join/action"]
    }
  }
}

# snet-private-endpoints — Private endpoints: 20 private endpoints. Placed by the layout (Fit into the VNet).
resource "azurerm_subnet" "snet_private_endpoints" {
  name                 = "snet-private-endpoints"
  resource_group_name  = azurerm_resource_group.aks.name
  virtual_network_name = azurerm_virtual_network.aks.name
  address_prefixes     = ["10.20.0.64/26"]
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
    name                 = "system"
    vm_size              = "Standard_D4s_v5"
    node_count           = 3
    auto_scaling_enabled = true
    min_count            = 3
    max_count            = 5
    max_pods             = 250
    vnet_subnet_id       = azurerm_subnet.snet_system.id

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
  }

  api_server_access_profile {
    virtual_network_integration_enabled = true
    subnet_id                           = azurerm_subnet.snet_apiserver.id
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
  vm_size               = "Standard_D8s_v5"
  node_count            = 2
  auto_scaling_enabled  = true
  min_count             = 2
  max_count             = 20
  max_pods              = 110
  vnet_subnet_id        = azurerm_subnet.snet_apps.id
  mode                  = "User"
  os_type               = "Linux"

  upgrade_settings {
    max_surge = "33%"
  }
}
