#!/usr/bin/env bash
# AKS capacity & IP calculator: https://intranet.example/tools/aks/#v=1
# Rule set: aks-rules 2026-12
set -euo pipefail

RG=rg-aks
LOCATION=japaneast  # your region
CLUSTER=aks-cluster
VNET=vnet-aks

az group create --name "$RG" --location "$LOCATION"
az network vnet create --resource-group "$RG" --name "$VNET" --location "$LOCATION" \
  --address-prefixes 10.20.0.0/22

# snet-system — Node pools: nodes of system at max + surge, 2 other IPs: 8 IPs. Placed by the layout (Fit into the VNet).
az network vnet subnet create \
  --resource-group "$RG" \
  --vnet-name "$VNET" \
  --name snet-system \
  --address-prefixes 10.20.0.128/27
SNET_SYSTEM_ID=$(az network vnet subnet show --resource-group "$RG" --vnet-name "$VNET" --name snet-system --query id --output tsv)

# snet-apps — Node pools: nodes of apps at max + surge: 27 IPs. Placed by the layout (Fit into the VNet).
az network vnet subnet create \
  --resource-group "$RG" \
  --vnet-name "$VNET" \
  --name snet-apps \
  --address-prefixes 10.20.0.0/26
SNET_APPS_ID=$(az network vnet subnet show --resource-group "$RG" --vnet-name "$VNET" --name snet-apps --query id --output tsv)

# snet-apiserver — API server (VNet integration): AKS reserves at least 9 IPs.
az network vnet subnet create \
  --resource-group "$RG" \
  --vnet-name "$VNET" \
  --name snet-apiserver \
  --address-prefixes 10.20.3.240/28 \
  --delegations Microsoft.ContainerService/managedClusters
SNET_APISERVER_ID=$(az network vnet subnet show --resource-group "$RG" --vnet-name "$VNET" --name snet-apiserver --query id --output tsv)

# snet-private-endpoints — Private endpoints: 20 private endpoints. Placed by the layout (Fit into the VNet).
az network vnet subnet create \
  --resource-group "$RG" \
  --vnet-name "$VNET" \
  --name snet-private-endpoints \
  --address-prefixes 10.20.0.64/26
SNET_PRIVATE_ENDPOINTS_ID=$(az network vnet subnet show --resource-group "$RG" --vnet-name "$VNET" --name snet-private-endpoints --query id --output tsv)

az aks create \
  --resource-group "$RG" \
  --name "$CLUSTER" \
  --location "$LOCATION" \
  --kubernetes-version 1.35 \
  --tier standard \
  --network-plugin azure \
  --network-plugin-mode overlay \
  --pod-cidr 100.64.0.0/16 \
  --service-cidr 172.16.0.0/16 \
  --dns-service-ip 172.16.0.10 \
  --vnet-subnet-id "$SNET_SYSTEM_ID" \
  --enable-apiserver-vnet-integration \
  --apiserver-subnet-id "$SNET_APISERVER_ID" \
  --nodepool-name system \
  --node-vm-size Standard_D4s_v5 \
  --node-count 3 \
  --max-pods 250 \
  --enable-cluster-autoscaler \
  --min-count 3 \
  --max-count 5 \
  --generate-ssh-keys

az aks nodepool add \
  --resource-group "$RG" \
  --cluster-name "$CLUSTER" \
  --name apps \
  --mode User \
  --os-type Linux \
  --node-vm-size Standard_D8s_v5 \
  --node-count 2 \
  --max-pods 110 \
  --max-surge 33% \
  --enable-cluster-autoscaler \
  --min-count 2 \
  --max-count 20 \
  --vnet-subnet-id "$SNET_APPS_ID"
