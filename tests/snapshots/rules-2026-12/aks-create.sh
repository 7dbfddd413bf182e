#!/usr/bin/env bash
# AKS capacity & IP calculator: https://intranet.example/tools/aks/#v=1
# Rule set: aks-rules 2026-12
# kubenet with IPv6: written dual-stack as planned, with the IPv4 and IPv6 pod and service ranges,
# assuming AKS still creates it. AKS may refuse it: for dual-stack its docs now name Azure CNI
# Overlay (and the release notes static block allocation).
# Warning: kubenet dual-stack is planned as a what-if: its docs page was removed on 2025-03-10, and
# the dual-stack page now requires Azure CNI Overlay. When documented it was limited to 200 nodes
# (two routes per node) and gave each node a /80 of the IPv6 pod range next to its IPv4 /24.
set -euo pipefail

RG=rg-aks
LOCATION=japaneast  # your region
CLUSTER=aks-cluster
VNET=vnet-aks

az group create --name "$RG" --location "$LOCATION"

# Custom kube-reserved and hard eviction (preview, API 2026-03-02-preview) need the aks-preview
# extension (the core CLI sends the stable API, which has no such settings) and the feature
# flag CustomNodeConfigPreview (the reservations page calls it AKSNodeCustomizationPreview):
#   az extension add --name aks-preview
#   az feature register --namespace Microsoft.ContainerService --name CustomNodeConfigPreview
az network vnet create --resource-group "$RG" --name "$VNET" --location "$LOCATION" \
  --address-prefixes 10.224.0.0/12 fd00:db8::/56

# snet-aks-nodes — Node pools: nodes of nodepool1, apps, tuned at max + surge: 18 IPs. Placed by the layout (Fit into the VNet).
az network vnet subnet create \
  --resource-group "$RG" \
  --vnet-name "$VNET" \
  --name snet-aks-nodes \
  --address-prefixes 10.224.0.0/16 fd00:db8::/64
SNET_AKS_NODES_ID=$(az network vnet subnet show --resource-group "$RG" --vnet-name "$VNET" --name snet-aks-nodes --query id --output tsv)

az aks create \
  --resource-group "$RG" \
  --name "$CLUSTER" \
  --location "$LOCATION" \
  --kubernetes-version 1.35 \
  --tier free \
  --network-plugin kubenet \
  --ip-families IPv4,IPv6 \
  --pod-cidrs 10.244.0.0/16,fd12:3456:789a::/64 \
  --service-cidrs 10.0.0.0/16,fd12:3456:789a:1::/108 \
  --dns-service-ip 10.0.0.10 \
  --vnet-subnet-id "$SNET_AKS_NODES_ID" \
  --nodepool-name nodepool1 \
  --node-vm-size Standard_D4s_v5 \
  --node-count 3 \
  --max-pods 110 \
  --generate-ssh-keys

az aks nodepool add \
  --resource-group "$RG" \
  --cluster-name "$CLUSTER" \
  --name apps \
  --mode User \
  --os-type Linux \
  --node-vm-size Standard_D4s_v5 \
  --node-count 10 \
  --max-pods 110 \
  --max-surge 0 \
  --max-unavailable 2 \
  --vnet-subnet-id "$SNET_AKS_NODES_ID"

# tuned: custom kube-reserved and hard eviction (preview, see above).
cat > kubelet-tuned.json <<'EOF'
{"kubeReserved": {"cpuMillicores": 200, "memoryMB": 1000}, "hardEvictionThreshold": {"memoryAvailable": "200Mi"}}
EOF

az aks nodepool add \
  --resource-group "$RG" \
  --cluster-name "$CLUSTER" \
  --name tuned \
  --mode User \
  --os-type Linux \
  --node-vm-size Standard_D2s_v5 \
  --node-count 3 \
  --max-pods 110 \
  --max-surge 10% \
  --vnet-subnet-id "$SNET_AKS_NODES_ID" \
  --os-sku AzureLinux \
  --kubelet-config kubelet-tuned.json
