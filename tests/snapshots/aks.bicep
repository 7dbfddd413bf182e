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
        '10.10.0.0/16'
      ]
    }
    subnets: [
      // snet-aks-nodes — Node pools: nodes of system, apps at max + surge, 1 other IP: 19 IPs.
      {
        name: 'snet-aks-nodes'
        properties: {
          addressPrefix: '10.10.0.0/22'
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

// WireGuard (networkProfile.advancedNetworking.security.transitEncryption) is in API
// 2026-06-01, which 2025-10-01 lacks.
resource aks 'Microsoft.ContainerService/managedClusters@2026-06-01' = {
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
        maxPods: 250
        vnetSubnetID: resourceId('Microsoft.Network/virtualNetworks/subnets', vnet.name, 'snet-aks-nodes')
        upgradeSettings: {
          maxSurge: '10%'
        }
      }
      {
        name: 'apps'
        mode: 'User'
        osType: 'Linux'
        vmSize: 'Standard_E8s_v5'
        count: 4
        enableAutoScaling: true
        minCount: 1
        maxCount: 10
        maxPods: 110
        vnetSubnetID: resourceId('Microsoft.Network/virtualNetworks/subnets', vnet.name, 'snet-aks-nodes')
        upgradeSettings: {
          maxSurge: '33%'
        }
      }
    ]
    networkProfile: {
      networkPlugin: 'azure'
      networkPluginMode: 'overlay'
      networkDataplane: 'cilium'
      advancedNetworking: {
        enabled: true
        security: {
          transitEncryption: {
            type: 'WireGuard'
          }
        }
      }
      podCidr: '100.64.0.0/16'
      serviceCidr: '10.0.0.0/16'
      dnsServiceIP: '10.0.0.10'
    }
  }
}
