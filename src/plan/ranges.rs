//! Reading address ranges and addresses the way people type them: one CIDR, a list of CIDRs,
//! an IP address. Host bits set is an error that names the network meant.

use alloc::string::{String, ToString};
use core::net::IpAddr;
use core::str::FromStr;

use ipnet::IpNet;

use crate::plan::quantity::shown;
use crate::rules::typed::Trimmed;

/// Why a range or address could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AddressError {
    /// Required and empty.
    Empty,
    /// Not a CIDR at all ("10.0.0/33", "abc").
    NotCidr(String),
    /// Not an IP address.
    NotAddress(String),
    /// `10.0.0.1/24`: an address, not a network. Carries the network it probably means.
    HostBits { typed: String, network: String },
    /// More ranges than the field takes (one IPv4 and one IPv6 for pod and service ranges).
    TooManyRanges,
}

/// Reads one CIDR. Host bits set is an error that names the network meant; a bare address
/// is not a range.
///
/// # Examples
/// ```
/// use aks_calc::plan::ranges::{parse_cidr, AddressError};
/// assert_eq!(parse_cidr(" 10.0.0.0/24 ").unwrap().to_string(), "10.0.0.0/24");
/// assert_eq!(
///     parse_cidr("10.0.0.1/24"),
///     Err(AddressError::HostBits { typed: "10.0.0.1/24".into(), network: "10.0.0.0/24".into() })
/// );
/// assert!(parse_cidr("10.0.0.0/33").is_err());
/// ```
pub fn parse_cidr(text: &str) -> Result<IpNet, AddressError> {
    let t = text.trimmed();
    if t.is_empty() {
        return Err(AddressError::Empty);
    }
    let net = IpNet::from_str(t).map_err(|_| AddressError::NotCidr(shown(t)))?;
    let network = net.trunc();
    if network != net {
        return Err(AddressError::HostBits {
            typed: shown(t),
            network: network.to_string(),
        });
    }
    Ok(net)
}

/// Reads a CIDR and, when only its host bits are wrong, also returns the network meant, so the
/// rest of the plan can still be computed while the field shows the error.
pub fn parse_cidr_lenient(text: &str) -> (Option<IpNet>, Option<AddressError>) {
    match parse_cidr(text) {
        Ok(net) => (Some(net), None),
        Err(e @ AddressError::HostBits { .. }) => (
            IpNet::from_str(text.trimmed()).ok().map(|n| n.trunc()),
            Some(e),
        ),
        Err(e) => (None, Some(e)),
    }
}

/// The network a typed range means, as the exports write it: `10.1.0.5/24` → `10.1.0.0/24` (the
/// reading of [`parse_cidr_lenient`], the one the report computes with); text that is no range
/// stays as typed, so the tool it reaches refuses it where the plan has its error.
///
/// # Examples
/// ```
/// use aks_calc::plan::ranges::network_of;
/// assert_eq!(network_of(" 10.1.0.5/24 "), "10.1.0.0/24");
/// assert_eq!(network_of("fd00:1::5/64"), "fd00:1::/64");
/// assert_eq!(network_of("10.1.0.0/24"), "10.1.0.0/24");
/// assert_eq!(network_of("10.1.0/33"), "10.1.0/33");
/// ```
pub fn network_of(item: &str) -> String {
    match parse_cidr_lenient(item) {
        (Some(net), _) => net.to_string(),
        (None, _) => String::from(item.trimmed()),
    }
}

/// A typed list with each range as [`network_of`] writes it and the separators as typed:
/// `10.1.0.5/16,fd00::1/56` → `10.1.0.0/16,fd00::/56`.
///
/// # Examples
/// ```
/// use aks_calc::plan::ranges::networks_of;
/// assert_eq!(networks_of("10.1.0.5/16,fd00::1/56"), "10.1.0.0/16,fd00::/56");
/// assert_eq!(networks_of("10.0.0.0/8; 192.168.1.1/16"), "10.0.0.0/8; 192.168.0.0/16");
/// ```
pub fn networks_of(text: &str) -> String {
    let mut out = String::new();
    let mut start: Option<usize> = None;
    let flush = |out: &mut String, from: Option<usize>, to: usize| {
        if let Some(item) = from.and_then(|f| text.get(f..to)) {
            out.push_str(&network_of(item));
        }
    };
    for (i, c) in text.char_indices() {
        if is_separator(c) {
            flush(&mut out, start.take(), i);
            out.push(c);
        } else if start.is_none() {
            start = Some(i);
        }
    }
    flush(&mut out, start, text.len());
    out
}

fn is_separator(c: char) -> bool {
    c == ',' || c == ';' || c.is_whitespace()
}

/// Splits a list typed with commas, spaces, semicolons or new lines.
pub fn split_list(text: &str) -> impl Iterator<Item = &str> {
    text.split(is_separator).filter(|s| !s.is_empty())
}

/// Reads an IP address.
///
/// # Examples
/// ```
/// use aks_calc::plan::ranges::parse_ip;
/// assert!(parse_ip("10.0.0.10").is_ok());
/// assert!(parse_ip("10.0.0.256").is_err());
/// ```
pub fn parse_ip(text: &str) -> Result<IpAddr, AddressError> {
    let t = text.trimmed();
    if t.is_empty() {
        return Err(AddressError::Empty);
    }
    IpAddr::from_str(t).map_err(|_| AddressError::NotAddress(shown(t)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn net(s: &str) -> IpNet {
        parse_cidr(s).unwrap()
    }

    #[test]
    fn reading_ranges() {
        assert_eq!(parse_cidr(""), Err(AddressError::Empty));
        assert_eq!(parse_cidr("abc"), Err(AddressError::NotCidr("abc".into())));
        assert_eq!(
            parse_cidr("10.0.0.0"),
            Err(AddressError::NotCidr("10.0.0.0".into()))
        );
        assert_eq!(parse_cidr("fd12:3456:789a::/64").unwrap().prefix_len(), 64);
        assert_eq!(
            parse_cidr("fd12::1/64"),
            Err(AddressError::HostBits {
                typed: "fd12::1/64".into(),
                network: "fd12::/64".into()
            })
        );
        let (n, e) = parse_cidr_lenient("10.0.0.1/24");
        assert_eq!(n, Some(net("10.0.0.0/24")));
        assert!(matches!(e, Some(AddressError::HostBits { .. })));
        assert_eq!(
            split_list("10.0.0.0/8, 192.168.0.0/16;\n172.16.0.0/12").count(),
            3
        );
    }
}
