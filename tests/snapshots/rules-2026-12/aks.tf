# AKS capacity & IP calculator: https://intranet.example/tools/aks/#v=1
# Rule set: aks-rules 2026-12
# kubenet with IPv6: written dual-stack as planned, with the IPv4 and IPv6 pod and service ranges,
# assuming AKS still creates it. AKS may refuse it: for dual-stack its docs now name Azure CNI
# Overlay (and the release notes static block allocation).
# Warning: kubenet dual-stack is planned as a what-if: its docs page was removed on 2025-03-10, and
# the dual-stack page now requires Azure CNI Overlay. When documented it was limited to 200 nodes
# (two routes per node) and gave each node a /80 of the IPv6 pod range next to its IPv4 /24.
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
  address_space       = ["10.224.0.0/12", "fd00:db8::/56"]
}

# snet-aks-nodes — Node pools: nodes of nodepool1, apps, tuned at max + surge: 18 IPs. Placed by the layout (Fit into the VNet).
resource "azurerm_subnet" "snet_aks_nodes" {
  name                 = "snet-aks-nodes"
  resource_group_name  = azurerm_resource_group.aks.name
  virtual_network_name = azurerm_virtual_network.aks.name
  address_prefixes     = ["10.224.0.0/16", "fd00:db8::/64"]
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
  sku_tier            = "Free"

  default_node_pool {
    name           = "nodepool1"
    vm_size        = "Standard_D4s_v5"
    node_count     = 3
    max_pods       = 110
    vnet_subnet_id = azurerm_subnet.snet_aks_nodes.id

    upgrade_settings {
      max_surge = "10%"
    }
  }

  network_profile {
    network_plugin = "kubenet"
    ip_versions    = ["IPv4", "IPv6"]
    pod_cidrs      = ["10.244.0.0/16", "fd12:3456:789a::/64"]
    service_cidrs  = ["10.0.0.0/16", "fd12:3456:789a:1::/108"]
    dns_service_ip = "10.0.0.10"
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
  vm_size               = "Standard_D4s_v5"
  node_count            = 10
  max_pods              = 110
  vnet_subnet_id        = azurerm_subnet.snet_aks_nodes.id
  mode                  = "User"
  os_type               = "Linux"

  upgrade_settings {
    max_unavailable = "2"
  }
}

resource "azurerm_kubernetes_cluster_node_pool" "tuned" {
  kubernetes_cluster_id = azurerm_kubernetes_cluster.aks.id
  name                  = "tuned"
  vm_size               = "Standard_D2s_v5"
  node_count            = 3
  max_pods              = 110
  vnet_subnet_id        = azurerm_subnet.snet_aks_nodes.id
  os_sku                = "AzureLinux"
  mode                  = "User"
  os_type               = "Linux"
  # Custom kube-reserved and hard eviction are a preview (feature flag CustomNodeConfigPreview (the reservations page calls it AKSNodeCustomizationPreview))
  # that azurerm, on the stable API, cannot set. Set
  # kubeletConfig = {"kubeReserved": {"cpuMillicores": 200, "memoryMB": 1000}, "hardEvictionThreshold": {"memoryAvailable": "200Mi"}} with az (aks-preview) or Bicep.

  upgrade_settings {
    max_surge = "10%"
  }
}
