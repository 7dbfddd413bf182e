// AKS capacity & IP calculator: https://intranet.example/tools/aks/#v=1
// Rule set: aks-rules 2026-12
// Egress rules for a firewall · aks-cluster (japaneast, Azure (public))

param firewallPolicyName string

resource policy 'Microsoft.Network/firewallPolicies@2024-05-01' existing = {
  name: firewallPolicyName
}

resource aksEgress 'Microsoft.Network/firewallPolicies/ruleCollectionGroups@2024-05-01' = {
  parent: policy
  name: 'aks-egress'
  properties: {
    priority: 200
    ruleCollections: [
      {
        ruleCollectionType: 'FirewallPolicyFilterRuleCollection'
        name: 'aks-application'
        priority: 200
        action: {
          type: 'Allow'
        }
        rules: [
          // Container images (Microsoft Container Registry)
          {
            name: 'images'
            ruleType: 'ApplicationRule'
            protocols: [
              {
                protocolType: 'Https'
                port: 443
              }
            ]
            sourceAddresses: [
              '10.20.0.128/27'
              '10.20.0.0/26'
            ]
            targetFqdns: [
              'mcr.microsoft.com'
            ]
          }
          // MCR's storage and CDN behind the registry
          {
            name: 'image-storage'
            ruleType: 'ApplicationRule'
            protocols: [
              {
                protocolType: 'Https'
                port: 443
              }
            ]
            sourceAddresses: [
              '10.20.0.128/27'
              '10.20.0.0/26'
            ]
            targetFqdns: [
              '*.data.mcr.microsoft.com'
            ]
          }
          // MCR's storage and CDN behind the registry
          {
            name: 'image-storage-2'
            ruleType: 'ApplicationRule'
            protocols: [
              {
                protocolType: 'Https'
                port: 443
              }
            ]
            sourceAddresses: [
              '10.20.0.128/27'
              '10.20.0.0/26'
            ]
            targetFqdns: [
              'mcr-0001.mcr-msedge.net'
            ]
          }
          // Kubernetes operations against the Azure API
          {
            name: 'azure-api'
            ruleType: 'ApplicationRule'
            protocols: [
              {
                protocolType: 'Https'
                port: 443
              }
            ]
            sourceAddresses: [
              '10.20.0.128/27'
              '10.20.0.0/26'
            ]
            targetFqdns: [
              'management.azure.com'
            ]
          }
          // Microsoft Entra authentication
          {
            name: 'entra'
            ruleType: 'ApplicationRule'
            protocols: [
              {
                protocolType: 'Https'
                port: 443
              }
            ]
            sourceAddresses: [
              '10.20.0.128/27'
              '10.20.0.0/26'
            ]
            targetFqdns: [
              'login.microsoftonline.com'
            ]
          }
          // Microsoft packages (e.g. moby, the cached apt-get operation)
          {
            name: 'microsoft-packages'
            ruleType: 'ApplicationRule'
            protocols: [
              {
                protocolType: 'Https'
                port: 443
              }
            ]
            sourceAddresses: [
              '10.20.0.128/27'
              '10.20.0.0/26'
            ]
            targetFqdns: [
              'packages.microsoft.com'
            ]
          }
          // Kubernetes and CNI binaries, old host: the docs still list it, but Azure/AKS#4792 retired it on 31 May 2025 for packages.aks.azure.com. Allow both.
          {
            name: 'acs-mirror'
            ruleType: 'ApplicationRule'
            protocols: [
              {
                protocolType: 'Https'
                port: 443
              }
            ]
            sourceAddresses: [
              '10.20.0.128/27'
              '10.20.0.0/26'
            ]
            targetFqdns: [
              'acs-mirror.azureedge.net'
            ]
          }
          // Kubernetes and CNI binaries: replaces acs-mirror.azureedge.net
          {
            name: 'aks-packages'
            ruleType: 'ApplicationRule'
            protocols: [
              {
                protocolType: 'Https'
                port: 443
              }
            ]
            sourceAddresses: [
              '10.20.0.128/27'
              '10.20.0.0/26'
            ]
            targetFqdns: [
              'packages.aks.azure.com'
            ]
          }
          // Ubuntu security and OS updates (optional)
          {
            name: 'ubuntu-updates'
            ruleType: 'ApplicationRule'
            protocols: [
              {
                protocolType: 'Http'
                port: 80
              }
            ]
            sourceAddresses: [
              '10.20.0.128/27'
              '10.20.0.0/26'
            ]
            targetFqdns: [
              'security.ubuntu.com'
            ]
          }
          // Ubuntu security and OS updates (optional)
          {
            name: 'ubuntu-updates-2'
            ruleType: 'ApplicationRule'
            protocols: [
              {
                protocolType: 'Http'
                port: 80
              }
            ]
            sourceAddresses: [
              '10.20.0.128/27'
              '10.20.0.0/26'
            ]
            targetFqdns: [
              'azure.archive.ubuntu.com'
            ]
          }
          // Ubuntu security and OS updates (optional)
          {
            name: 'ubuntu-updates-3'
            ruleType: 'ApplicationRule'
            protocols: [
              {
                protocolType: 'Http'
                port: 80
              }
            ]
            sourceAddresses: [
              '10.20.0.128/27'
              '10.20.0.0/26'
            ]
            targetFqdns: [
              'changelogs.ubuntu.com'
            ]
          }
          // Ubuntu security and OS updates (optional)
          {
            name: 'ubuntu-updates-4'
            ruleType: 'ApplicationRule'
            protocols: [
              {
                protocolType: 'Https'
                port: 443
              }
            ]
            sourceAddresses: [
              '10.20.0.128/27'
              '10.20.0.0/26'
            ]
            targetFqdns: [
              'snapshot.ubuntu.com'
            ]
          }
        ]
      }
    ]
  }
}
