#!/usr/bin/env bash
# AKS capacity & IP calculator: https://intranet.example/tools/aks/#v=1
# Rule set: aks-rules 2026-12
set -euo pipefail

RG=rg-aks-prod
LOCATION=japaneast
CLUSTER=aks-prod-01
VNET=vnet-aks

az group create --name "$RG" --location "$LOCATION"
az network vnet create --resource-group "$RG" --name "$VNET" --location "$LOCATION" \
  --address-prefixes 10.20.0.0/22

# snet-system — Node pools: nodes of system at max + surge: 4 IPs. Placed by the layout (Fit into the VNet).
az network vnet subnet create \
  --resource-group "$RG" \
  --vnet-name "$VNET" \
  --name snet-system \
  --address-prefixes 10.20.0.0/28
SNET_SYSTEM_ID=$(az network vnet subnet show --resource-group "$RG" --vnet-name "$VNET" --name snet-system --query id --output tsv)

# snet-apps — Node pools: nodes of apps at max + surge: 11 IPs. Placed by the layout (Fit into the VNet).
az network vnet subnet create \
  --resource-group "$RG" \
  --vnet-name "$VNET" \
  --name snet-apps \
  --address-prefixes 10.20.0.16/28
SNET_APPS_ID=$(az network vnet subnet show --resource-group "$RG" --vnet-name "$VNET" --name snet-apps --query id --output tsv)

# userDefinedRouting: AKS requires this route table on the cluster's subnets before it is created;
# it sends 0.0.0.0/0 to your firewall (or NVA) at 10.50.0.4.
az network route-table create \
  --resource-group "$RG" \
  --name rt-aks \
  --location "$LOCATION"

az network route-table route create \
  --resource-group "$RG" \
  --route-table-name rt-aks \
  --name default-to-firewall \
  --address-prefix 0.0.0.0/0 \
  --next-hop-type VirtualAppliance \
  --next-hop-ip-address 10.50.0.4

az network vnet subnet update \
  --resource-group "$RG" \
  --vnet-name "$VNET" \
  --name snet-system \
  --route-table rt-aks

az network vnet subnet update \
  --resource-group "$RG" \
  --vnet-name "$VNET" \
  --name snet-apps \
  --route-table rt-aks

az aks create \
  --resource-group "$RG" \
  --name "$CLUSTER" \
  --location "$LOCATION" \
  --kubernetes-version 1.35 \
  --tier standard \
  --node-resource-group rg-aks-prod-nodes \
  --network-plugin azure \
  --network-plugin-mode overlay \
  --pod-cidr 100.64.0.0/16 \
  --service-cidr 172.16.0.0/16 \
  --dns-service-ip 172.16.0.10 \
  --vnet-subnet-id "$SNET_SYSTEM_ID" \
  --outbound-type userDefinedRouting \
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
  --node-vm-size Standard_D4s_v5 \
  --node-count 3 \
  --max-pods 250 \
  --max-surge 10% \
  --enable-cluster-autoscaler \
  --min-count 3 \
  --max-count 10 \
  --vnet-subnet-id "$SNET_APPS_ID"
