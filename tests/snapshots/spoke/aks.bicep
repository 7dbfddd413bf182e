// AKS capacity & IP calculator: https://intranet.example/tools/aks/#v=1
// Rule set: aks-rules 2026-12
param location string = resourceGroup().location
param clusterName string = 'aks-cluster'

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
      // snet-system — Node pools: nodes of system at max + surge, 2 other IPs: 8 IPs. Placed by the layout (Fit into the VNet).
      {
        name: 'snet-system'
        properties: {
          addressPrefix: '10.20.0.128/27'
        }
      }
      // snet-apps — Node pools: nodes of apps at max + surge: 27 IPs. Placed by the layout (Fit into the VNet).
      {
        name: 'snet-apps'
        properties: {
          addressPrefix: '10.20.0.0/26'
        }
      }
      // snet-apiserver — API server (VNet integration): AKS reserves at least 9 IPs.
      {
        name: 'snet-apiserver'
        properties: {
          addressPrefix: '10.20.3.240/28'
          delegations: [
            {
              name: 'aks-delegation'
              properties: {
                serviceName: 'Microsoft.ContainerService/managedClusters'
              }
            }
          ]
        }
      }
      // snet-private-endpoints — Private endpoints: 20 private endpoints. Placed by the layout (Fit into the VNet).
      {
        name: 'snet-private-endpoints'
        properties: {
          addressPrefix: '10.20.0.64/26'
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
  ]
  properties: {
    kubernetesVersion: '1.35'
    dnsPrefix: clusterName
    agentPoolProfiles: [
      {
        name: 'system'
        mode: 'System'
        osType: 'Linux'
        vmSize: 'Standard_D4s_v5'
        count: 3
        enableAutoScaling: true
        minCount: 3
        maxCount: 5
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
        vmSize: 'Standard_D8s_v5'
        count: 2
        enableAutoScaling: true
        minCount: 2
        maxCount: 20
        maxPods: 110
        vnetSubnetID: resourceId('Microsoft.Network/virtualNetworks/subnets', vnet.name, 'snet-apps')
        upgradeSettings: {
          maxSurge: '33%'
        }
      }
    ]
    networkProfile: {
      networkPlugin: 'azure'
      networkPluginMode: 'overlay'
      podCidr: '100.64.0.0/16'
      serviceCidr: '172.16.0.0/16'
      dnsServiceIP: '172.16.0.10'
    }
    apiServerAccessProfile: {
      enableVnetIntegration: true
      subnetId: resourceId('Microsoft.Network/virtualNetworks/subnets', vnet.name, 'snet-apiserver')
    }
  }
}
