// AKS capacity & IP calculator: https://intranet.example/tools/aks/#v=1
// Rule set: aks-rules 2026-12
// kubenet with IPv6: written dual-stack as planned, with the IPv4 and IPv6 pod and service ranges,
// assuming AKS still creates it. AKS may refuse it: for dual-stack its docs now name Azure CNI
// Overlay (and the release notes static block allocation).
// Warning: kubenet dual-stack is planned as a what-if: its docs page was removed on 2025-03-10, and
// the dual-stack page now requires Azure CNI Overlay. When documented it was limited to 200 nodes
// (two routes per node) and gave each node a /80 of the IPv6 pod range next to its IPv4 /24.
param location string = resourceGroup().location
param clusterName string = 'aks-cluster'

resource vnet 'Microsoft.Network/virtualNetworks@2024-05-01' = {
  name: 'vnet-aks'
  location: location
  properties: {
    addressSpace: {
      addressPrefixes: [
        '10.224.0.0/12'
        'fd00:db8::/56'
      ]
    }
    subnets: [
      // snet-aks-nodes — Node pools: nodes of nodepool1, apps, tuned at max + surge: 18 IPs. Placed by the layout (Fit into the VNet).
      {
        name: 'snet-aks-nodes'
        properties: {
          addressPrefixes: [
            '10.224.0.0/16'
            'fd00:db8::/64'
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

// Custom kube-reserved and hard eviction are a preview: API 2026-03-02-preview, with the
// feature flag CustomNodeConfigPreview (the reservations page calls it AKSNodeCustomizationPreview) registered.
resource aks 'Microsoft.ContainerService/managedClusters@2026-03-02-preview' = {
  name: clusterName
  location: location
  sku: {
    name: 'Base'
    tier: 'Free'
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
        name: 'nodepool1'
        mode: 'System'
        osType: 'Linux'
        vmSize: 'Standard_D4s_v5'
        count: 3
        maxPods: 110
        vnetSubnetID: resourceId('Microsoft.Network/virtualNetworks/subnets', vnet.name, 'snet-aks-nodes')
        upgradeSettings: {
          maxSurge: '10%'
        }
      }
      {
        name: 'apps'
        mode: 'User'
        osType: 'Linux'
        vmSize: 'Standard_D4s_v5'
        count: 10
        maxPods: 110
        vnetSubnetID: resourceId('Microsoft.Network/virtualNetworks/subnets', vnet.name, 'snet-aks-nodes')
        upgradeSettings: {
          maxSurge: '0'
          maxUnavailable: '2'
        }
      }
      {
        name: 'tuned'
        mode: 'User'
        osType: 'Linux'
        vmSize: 'Standard_D2s_v5'
        count: 3
        maxPods: 110
        vnetSubnetID: resourceId('Microsoft.Network/virtualNetworks/subnets', vnet.name, 'snet-aks-nodes')
        osSKU: 'AzureLinux'
        kubeletConfig: {
          kubeReserved: {
            cpuMillicores: 200
            memoryMB: 1000
          }
          hardEvictionThreshold: {
            memoryAvailable: '200Mi'
          }
        }
        upgradeSettings: {
          maxSurge: '10%'
        }
      }
    ]
    networkProfile: {
      networkPlugin: 'kubenet'
      ipFamilies: [
        'IPv4'
        'IPv6'
      ]
      podCidrs: [
        '10.244.0.0/16'
        'fd12:3456:789a::/64'
      ]
      serviceCidrs: [
        '10.0.0.0/16'
        'fd12:3456:789a:1::/108'
      ]
      dnsServiceIP: '10.0.0.10'
    }
  }
}
