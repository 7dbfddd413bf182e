#!/usr/bin/env bash
# AKS capacity & IP calculator: https://intranet.example/tools/aks/#v=1
# Rule set: aks-rules 2026-12
# Egress rules for a firewall · aks-cluster (japaneast, Azure (public))
# Needs the azure-firewall extension: az extension add --name azure-firewall
set -euo pipefail

RG='rg-aks'  # the firewall policy's resource group
POLICY=afwp-aks  # your firewall policy
# The API server's public IP, once the cluster exists (resolve az aks show --query fqdn).
API_SERVER_IP="${API_SERVER_IP:?set it to the public IP of the API server}"

az network firewall policy rule-collection-group create --resource-group "$RG" --policy-name "$POLICY" \
  --name aks-egress --priority 200

# Pods and nodes that call the API server's public address (not for private clusters)
az network firewall policy rule-collection-group collection add-filter-collection --resource-group "$RG" --policy-name "$POLICY" \
  --rule-collection-group-name aks-egress --name aks-network --collection-priority 100 --action Allow \
  --rule-name api-server --rule-type NetworkRule \
  --source-addresses '10.10.0.0/22' --destination-addresses "$API_SERVER_IP" --destination-ports 443 --ip-protocols TCP

# konnectivity: nodes ↔ control plane (kubectl logs, exec, port-forward, top). TLS ALPN must pass unmodified.
az network firewall policy rule-collection-group collection add-filter-collection --resource-group "$RG" --policy-name "$POLICY" \
  --rule-collection-group-name aks-egress --name aks-application --collection-priority 200 --action Allow \
  --rule-name konnectivity --rule-type ApplicationRule \
  --source-addresses '10.10.0.0/22' --protocols Https=443 --target-fqdns '*.hcp.japaneast.azmk8s.io'

# Container images (Microsoft Container Registry)
az network firewall policy rule-collection-group collection rule add --resource-group "$RG" --policy-name "$POLICY" \
  --rule-collection-group-name aks-egress --collection-name aks-application \
  --name images --rule-type ApplicationRule \
  --source-addresses '10.10.0.0/22' --protocols Https=443 --target-fqdns 'mcr.microsoft.com'

# MCR's storage and CDN behind the registry
az network firewall policy rule-collection-group collection rule add --resource-group "$RG" --policy-name "$POLICY" \
  --rule-collection-group-name aks-egress --collection-name aks-application \
  --name image-storage --rule-type ApplicationRule \
  --source-addresses '10.10.0.0/22' --protocols Https=443 --target-fqdns '*.data.mcr.microsoft.com'

# MCR's storage and CDN behind the registry
az network firewall policy rule-collection-group collection rule add --resource-group "$RG" --policy-name "$POLICY" \
  --rule-collection-group-name aks-egress --collection-name aks-application \
  --name image-storage-2 --rule-type ApplicationRule \
  --source-addresses '10.10.0.0/22' --protocols Https=443 --target-fqdns 'mcr-0001.mcr-msedge.net'

# Kubernetes operations against the Azure API
az network firewall policy rule-collection-group collection rule add --resource-group "$RG" --policy-name "$POLICY" \
  --rule-collection-group-name aks-egress --collection-name aks-application \
  --name azure-api --rule-type ApplicationRule \
  --source-addresses '10.10.0.0/22' --protocols Https=443 --target-fqdns 'management.azure.com'

# Microsoft Entra authentication
az network firewall policy rule-collection-group collection rule add --resource-group "$RG" --policy-name "$POLICY" \
  --rule-collection-group-name aks-egress --collection-name aks-application \
  --name entra --rule-type ApplicationRule \
  --source-addresses '10.10.0.0/22' --protocols Https=443 --target-fqdns 'login.microsoftonline.com'

# Microsoft packages (e.g. moby, the cached apt-get operation)
az network firewall policy rule-collection-group collection rule add --resource-group "$RG" --policy-name "$POLICY" \
  --rule-collection-group-name aks-egress --collection-name aks-application \
  --name microsoft-packages --rule-type ApplicationRule \
  --source-addresses '10.10.0.0/22' --protocols Https=443 --target-fqdns 'packages.microsoft.com'

# Kubernetes and CNI binaries, old host: the docs still list it, but Azure/AKS#4792 retired it on 31 May 2025 for packages.aks.azure.com. Allow both.
az network firewall policy rule-collection-group collection rule add --resource-group "$RG" --policy-name "$POLICY" \
  --rule-collection-group-name aks-egress --collection-name aks-application \
  --name acs-mirror --rule-type ApplicationRule \
  --source-addresses '10.10.0.0/22' --protocols Https=443 --target-fqdns 'acs-mirror.azureedge.net'

# Kubernetes and CNI binaries: replaces acs-mirror.azureedge.net
az network firewall policy rule-collection-group collection rule add --resource-group "$RG" --policy-name "$POLICY" \
  --rule-collection-group-name aks-egress --collection-name aks-application \
  --name aks-packages --rule-type ApplicationRule \
  --source-addresses '10.10.0.0/22' --protocols Https=443 --target-fqdns 'packages.aks.azure.com'

# Ubuntu security and OS updates (optional)
az network firewall policy rule-collection-group collection rule add --resource-group "$RG" --policy-name "$POLICY" \
  --rule-collection-group-name aks-egress --collection-name aks-application \
  --name ubuntu-updates --rule-type ApplicationRule \
  --source-addresses '10.10.0.0/22' --protocols Http=80 --target-fqdns 'security.ubuntu.com'

# Ubuntu security and OS updates (optional)
az network firewall policy rule-collection-group collection rule add --resource-group "$RG" --policy-name "$POLICY" \
  --rule-collection-group-name aks-egress --collection-name aks-application \
  --name ubuntu-updates-2 --rule-type ApplicationRule \
  --source-addresses '10.10.0.0/22' --protocols Http=80 --target-fqdns 'azure.archive.ubuntu.com'

# Ubuntu security and OS updates (optional)
az network firewall policy rule-collection-group collection rule add --resource-group "$RG" --policy-name "$POLICY" \
  --rule-collection-group-name aks-egress --collection-name aks-application \
  --name ubuntu-updates-3 --rule-type ApplicationRule \
  --source-addresses '10.10.0.0/22' --protocols Http=80 --target-fqdns 'changelogs.ubuntu.com'

# Ubuntu security and OS updates (optional)
az network firewall policy rule-collection-group collection rule add --resource-group "$RG" --policy-name "$POLICY" \
  --rule-collection-group-name aks-egress --collection-name aks-application \
  --name ubuntu-updates-4 --rule-type ApplicationRule \
  --source-addresses '10.10.0.0/22' --protocols Https=443 --target-fqdns 'snapshot.ubuntu.com'
