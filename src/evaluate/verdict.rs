//! The answer a design meeting asks for first: does the plan fit, what is wrong (each problem a
//! link to its field), and how full each address space is. Every figure is already in the report;
//! this gathers them and works out the shares, so the page adds nothing up.

use alloc::vec::Vec;

use ipnet::IpNet;

use super::finding::{Finding, Severity};
use super::report::{
    DesignReport, NetworkReport, PlanVerdict, Space, SpaceUnit, SpaceUse, SubnetUnit,
    share_permille,
};
use crate::rules::network::{PodSpaceKind, Scenarios};
use crate::rules::subnet::Purpose;

fn space(
    space: Space,
    net: IpNet,
    unit: SpaceUnit,
    need: Scenarios<u128>,
    capacity: u128,
) -> SpaceUse {
    let permille = (|| {
        Some(Scenarios {
            now: share_permille(need.now, capacity)?,
            scaled: share_permille(need.scaled, capacity)?,
            upgrade: share_permille(need.upgrade, capacity)?,
        })
    })();
    SpaceUse {
        space,
        net,
        unit,
        need,
        capacity,
        permille,
    }
}

/// The verdict of a plan from its findings (already errors first) and its address spaces.
pub(super) fn verdict(
    findings: &[Finding],
    design: &DesignReport,
    network: &NetworkReport,
) -> PlanVerdict {
    let count = |s: Severity| findings.iter().filter(|f| f.severity == s).count();
    let problems = findings
        .iter()
        .enumerate()
        .filter(|(_, f)| f.severity != Severity::Info)
        .map(|(i, _)| i)
        .collect();
    let mut spaces: Vec<SpaceUse> = design
        .subnets
        .iter()
        .enumerate()
        .filter_map(|(i, s)| {
            let kind = match s.purpose {
                Purpose::Nodes if !s.node_pools.is_empty() => Space::NodeSubnet(i),
                Purpose::Pods if !s.pod_pools.is_empty() => Space::PodSubnet(i),
                _ => return None,
            };
            let unit = match s.unit {
                SubnetUnit::Ips => SpaceUnit::Ips,
                SubnetUnit::Blocks => SpaceUnit::Blocks,
            };
            Some(space(kind, IpNet::V4(s.net?), unit, s.need, s.capacity?))
        })
        .collect();
    if let Some(p) = network
        .pod_space
        .filter(|p| p.kind == PodSpaceKind::NodeBlocks)
    {
        if let (Some(net), Some(capacity)) = (p.net, p.capacity) {
            spaces.push(space(
                Space::PodCidr,
                net,
                SpaceUnit::Nodes,
                p.needed,
                capacity,
            ));
        }
    }
    PlanVerdict {
        errors: count(Severity::Error),
        warnings: count(Severity::Warning),
        problems,
        spaces,
    }
}
