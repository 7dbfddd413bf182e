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
  --address-prefixes 10.10.0.0/16

# snet-aks-nodes — Node pools: nodes of system, apps at max + surge, 1 other IP: 19 IPs.
az network vnet subnet create \
  --resource-group "$RG" \
  --vnet-name "$VNET" \
  --name snet-aks-nodes \
  --address-prefixes 10.10.0.0/22
SNET_AKS_NODES_ID=$(az network vnet subnet show --resource-group "$RG" --vnet-name "$VNET" --name snet-aks-nodes --query id --output tsv)

az aks create \
  --resource-group "$RG" \
  --name "$CLUSTER" \
  --location "$LOCATION" \
  --kubernetes-version 1.35 \
  --tier standard \
  --network-plugin azure \
  --network-plugin-mode overlay \
  --network-dataplane cilium \
  --enable-acns \
  --acns-transit-encryption-type WireGuard \
  --pod-cidr 100.64.0.0/16 \
  --service-cidr 10.0.0.0/16 \
  --dns-service-ip 10.0.0.10 \
  --vnet-subnet-id "$SNET_AKS_NODES_ID" \
  --nodepool-name system \
  --node-vm-size Standard_D4s_v5 \
  --node-count 3 \
  --max-pods 250 \
  --generate-ssh-keys

az aks nodepool add \
  --resource-group "$RG" \
  --cluster-name "$CLUSTER" \
  --name apps \
  --mode User \
  --os-type Linux \
  --node-vm-size Standard_E8s_v5 \
  --node-count 4 \
  --max-pods 110 \
  --max-surge 33% \
  --enable-cluster-autoscaler \
  --min-count 1 \
  --max-count 10 \
  --vnet-subnet-id "$SNET_AKS_NODES_ID"
