# AKS capacity & IP calculator: https://intranet.example/tools/aks/#v=1
# Rule set: aks-rules 2026-12
# Egress rules for a firewall · aks-cluster (japaneast, Azure (public))

variable "firewall_policy_id" {
  type = string
}

resource "azurerm_firewall_policy_rule_collection_group" "aks_egress" {
  name               = "aks-egress"
  firewall_policy_id = var.firewall_policy_id
  priority           = 200

  application_rule_collection {
    name     = "aks-application"
    priority = 200
    action   = "Allow"

    # Container images (Microsoft Container Registry)
    rule {
      name = "images"
      protocols {
        type = "Https"
        port = 443
      }
      source_addresses  = ["10.20.0.128/27", "10.20.0.0/26"]
      destination_fqdns = ["mcr.microsoft.com"]
    }

    # MCR's storage and CDN behind the registry
    rule {
      name = "image-storage"
      protocols {
        type = "Https"
        port = 443
      }
      source_addresses  = ["10.20.0.128/27", "10.20.0.0/26"]
      destination_fqdns = ["*.data.mcr.microsoft.com"]
    }

    # MCR's storage and CDN behind the registry
    rule {
      name = "image-storage-2"
      protocols {
        type = "Https"
        port = 443
      }
      source_addresses  = ["10.20.0.128/27", "10.20.0.0/26"]
      destination_fqdns = ["mcr-0001.mcr-msedge.net"]
    }

    # Kubernetes operations against the Azure API
    rule {
      name = "azure-api"
      protocols {
        type = "Https"
        port = 443
      }
      source_addresses  = ["10.20.0.128/27", "10.20.0.0/26"]
      destination_fqdns = ["management.azure.com"]
    }

    # Microsoft Entra authentication
    rule {
      name = "entra"
      protocols {
        type = "Https"
        port = 443
      }
      source_addresses  = ["10.20.0.128/27", "10.20.0.0/26"]
      destination_fqdns = ["login.microsoftonline.com"]
    }

    # Microsoft packages (e.g. moby, the cached apt-get operation)
    rule {
      name = "microsoft-packages"
      protocols {
        type = "Https"
        port = 443
      }
      source_addresses  = ["10.20.0.128/27", "10.20.0.0/26"]
      destination_fqdns = ["packages.microsoft.com"]
    }

    # Kubernetes and CNI binaries, old host: the docs still list it, but Azure/AKS#4792 retired it on 31 May 2025 for packages.aks.azure.com. Allow both.
    rule {
      name = "acs-mirror"
      protocols {
        type = "Https"
        port = 443
      }
      source_addresses  = ["10.20.0.128/27", "10.20.0.0/26"]
      destination_fqdns = ["acs-mirror.azureedge.net"]
    }

    # Kubernetes and CNI binaries: replaces acs-mirror.azureedge.net
    rule {
      name = "aks-packages"
      protocols {
        type = "Https"
        port = 443
      }
      source_addresses  = ["10.20.0.128/27", "10.20.0.0/26"]
      destination_fqdns = ["packages.aks.azure.com"]
    }

    # Ubuntu security and OS updates (optional)
    rule {
      name = "ubuntu-updates"
      protocols {
        type = "Http"
        port = 80
      }
      source_addresses  = ["10.20.0.128/27", "10.20.0.0/26"]
      destination_fqdns = ["security.ubuntu.com"]
    }

    # Ubuntu security and OS updates (optional)
    rule {
      name = "ubuntu-updates-2"
      protocols {
        type = "Http"
        port = 80
      }
      source_addresses  = ["10.20.0.128/27", "10.20.0.0/26"]
      destination_fqdns = ["azure.archive.ubuntu.com"]
    }

    # Ubuntu security and OS updates (optional)
    rule {
      name = "ubuntu-updates-3"
      protocols {
        type = "Http"
        port = 80
      }
      source_addresses  = ["10.20.0.128/27", "10.20.0.0/26"]
      destination_fqdns = ["changelogs.ubuntu.com"]
    }

    # Ubuntu security and OS updates (optional)
    rule {
      name = "ubuntu-updates-4"
      protocols {
        type = "Https"
        port = 443
      }
      source_addresses  = ["10.20.0.128/27", "10.20.0.0/26"]
      destination_fqdns = ["snapshot.ubuntu.com"]
    }
  }
}
