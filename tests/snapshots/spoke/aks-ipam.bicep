// AKS capacity & IP calculator: https://intranet.example/tools/aks/#v=1
// Rule set: aks-rules 2026-12
param location string = resourceGroup().location
param clusterName string = 'aks-cluster'
// The Azure Virtual Network Manager IPAM pool the VNet and its subnets take their addresses from.
param ipamPoolId string

resource vnet 'Microsoft.Network/virtualNetworks@2024-05-01' = {
  name: 'vnet-aks'
  location: location
  properties: {
    addressSpace: {
      ipamPoolPrefixAllocations: [
        {
          numberOfIpAddresses: '1024'
          pool: {
            id: ipamPoolId
          }
        }
      ]
    }
    subnets: [
      // snet-system — Node pools: nodes of system at max + surge, 2 other IPs: 8 IPs.
      {
        name: 'snet-system'
        properties: {
          // 32 addresses (a /27): the smallest block for 8 IPs at the plan's most × 2 growth, Azure's 5 reserved included.
          ipamPoolPrefixAllocations: [
            {
              numberOfIpAddresses: '32'
              pool: {
                id: ipamPoolId
              }
            }
          ]
        }
      }
      // snet-apps — Node pools: nodes of apps at max + surge: 27 IPs.
      {
        name: 'snet-apps'
        properties: {
          // 64 addresses (a /26): the smallest block for 27 IPs at the plan's most × 2 growth, Azure's 5 reserved included.
          ipamPoolPrefixAllocations: [
            {
              numberOfIpAddresses: '64'
              pool: {
                id: ipamPoolId
              }
            }
          ]
        }
      }
      // snet-apiserver — API server (VNet integration): AKS reserves at least 9 IPs.
      {
        name: 'snet-apiserver'
        properties: {
          // 16 addresses (a /28): the size of the prefix typed for it.
          ipamPoolPrefixAllocations: [
            {
              numberOfIpAddresses: '16'
              pool: {
                id: ipamPoolId
              }
            }
          ]
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
      // snet-private-endpoints — Private endpoints: 20 private endpoints.
      {
        name: 'snet-private-endpoints'
        properties: {
          // 64 addresses (a /26): the smallest block for 20 IPs at the plan's most × 2 growth, Azure's 5 reserved included.
          ipamPoolPrefixAllocations: [
            {
              numberOfIpAddresses: '64'
              pool: {
                id: ipamPoolId
              }
            }
          ]
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
