// AKS capacity & IP calculator: https://intranet.example/tools/aks/#v=1
// Rule set: aks-rules 2026-12
// Deploy into the resource group rg-aks-prod: az deployment group create --resource-group rg-aks-prod --template-file <this file>
param location string = 'japaneast'
param clusterName string = 'aks-prod-01'
param nodeResourceGroup string = 'rg-aks-prod-nodes'

// userDefinedRouting: AKS requires this route table on the cluster's subnets before it is created;
// it sends 0.0.0.0/0 to your firewall (or NVA) at 10.50.0.4.
resource routeTable 'Microsoft.Network/routeTables@2024-05-01' = {
  name: 'rt-aks'
  location: location
  properties: {
    routes: [
      {
        name: 'default-to-firewall'
        properties: {
          addressPrefix: '0.0.0.0/0'
          nextHopType: 'VirtualAppliance'
          nextHopIpAddress: '10.50.0.4'
        }
      }
    ]
  }
}

resource vnet 'Microsoft.Network/virtualNetworks@2024-05-01' = {
  name: 'vnet-aks'
  location: location
  properties: {
    addressSpace: {
      addressPrefixes: [
        '10.20.0.0/22'
      ]
    }
    subnets: [
      // snet-system — Node pools: nodes of system at max + surge: 4 IPs. Placed by the layout (Fit into the VNet).
      {
        name: 'snet-system'
        properties: {
          addressPrefix: '10.20.0.0/28'
          routeTable: {
            id: routeTable.id
          }
        }
      }
      // snet-apps — Node pools: nodes of apps at max + surge: 11 IPs. Placed by the layout (Fit into the VNet).
      {
        name: 'snet-apps'
        properties: {
          addressPrefix: '10.20.0.16/28'
          routeTable: {
            id: routeTable.id
          }
        }
      }
    ]
  }
}

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: 'id-${clusterName}'
  location: location
}

resource networkContributor 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(vnet.id, identity.id, 'network-contributor')
  scope: vnet
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '4d97b98b-1d4f-4787-a291-c67834d212e7')
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

// AKS reads the route table of its subnets (and with kubenet writes its pod routes there).
resource routeTableContributor 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(routeTable.id, identity.id, 'network-contributor')
  scope: routeTable
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '4d97b98b-1d4f-4787-a291-c67834d212e7')
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

resource aks 'Microsoft.ContainerService/managedClusters@2025-10-01' = {
  name: clusterName
  location: location
  sku: {
    name: 'Base'
    tier: 'Standard'
  }
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identity.id}': {}
    }
  }
  dependsOn: [
    networkContributor
    routeTableContributor
  ]
  properties: {
    kubernetesVersion: '1.35'
    dnsPrefix: clusterName
    nodeResourceGroup: nodeResourceGroup
    agentPoolProfiles: [
      {
        name: 'system'
        mode: 'System'
        osType: 'Linux'
        vmSize: 'Standard_D4s_v5'
        count: 3
        maxPods: 250
        vnetSubnetID: resourceId('Microsoft.Network/virtualNetworks/subnets', vnet.name, 'snet-system')
        upgradeSettings: {
          maxSurge: '10%'
        }
      }
      {
        name: 'apps'
        mode: 'User'
        osType: 'Linux'
        vmSize: 'Standard_D4s_v5'
        count: 3
        enableAutoScaling: true
        minCount: 3
        maxCount: 10
        maxPods: 250
        vnetSubnetID: resourceId('Microsoft.Network/virtualNetworks/subnets', vnet.name, 'snet-apps')
        upgradeSettings: {
          maxSurge: '10%'
        }
      }
    ]
    networkProfile: {
      networkPlugin: 'azure'
      networkPluginMode: 'overlay'
      podCidr: '100.64.0.0/16'
      serviceCidr: '172.16.0.0/16'
      dnsServiceIP: '172.16.0.10'
      outboundType: 'userDefinedRouting'
    }
  }
}
