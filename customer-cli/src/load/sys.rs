//! The machine side of a load run: the open-files limit, loopback source
//! addresses, and the daemon's resident memory read from /proc.

use std::net::{IpAddr, Ipv4Addr};

/// Connections per source address. One address has ≈ 28k ephemeral ports
/// (32768–60999 by default); staying well below leaves room for the rest
/// of the machine.
pub const PER_SOURCE: usize = 25_000;

/// Raise the soft RLIMIT_NOFILE towards `want` (bounded by the hard limit).
/// Returns the soft limit now in force.
pub fn raise_nofile(want: u64) -> u64 {
    use rustix::process::{Resource, Rlimit, getrlimit, setrlimit};
    let cur = getrlimit(Resource::Nofile);
    let soft = cur.current.unwrap_or(u64::MAX);
    if soft >= want {
        return soft;
    }
    // A privileged process may raise the hard limit too; try that first.
    if cur.maximum.is_some_and(|hard| hard < want) {
        let both = Rlimit {
            current: Some(want),
            maximum: Some(want),
        };
        if setrlimit(Resource::Nofile, both).is_ok() {
            return want;
        }
    }
    let target = cur.maximum.map_or(want, |hard| want.min(hard));
    let new = Rlimit {
        current: Some(target),
        maximum: cur.maximum,
    };
    match setrlimit(Resource::Nofile, new) {
        Ok(()) => target,
        Err(e) => {
            tracing::warn!("cannot raise the open-files limit to {target}: {e}");
            soft
        }
    }
}

/// Source addresses for `connections` connections to a loopback target:
/// none (let the kernel choose) while one address suffices, else
/// 127.0.0.2, 127.0.0.3, … (all of 127/8 is loopback on Linux).
pub fn source_addrs(connections: usize) -> Vec<IpAddr> {
    if connections <= PER_SOURCE {
        return Vec::new();
    }
    loopback_sources(connections.div_ceil(PER_SOURCE))
}

/// `n` loopback addresses from 127.0.0.2 on.
pub fn loopback_sources(n: usize) -> Vec<IpAddr> {
    (0..n.min(250))
        .map(|i| IpAddr::V4(Ipv4Addr::new(127, 0, 0, (i + 2) as u8)))
        .collect()
}

/// Resident set size of a process in KiB (`VmRSS` in /proc/PID/status).
pub fn rss_kb(pid: u32) -> Option<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    parse_vm_rss(&status)
}

pub fn own_rss_kb() -> Option<u64> {
    rss_kb(std::process::id())
}

fn parse_vm_rss(status: &str) -> Option<u64> {
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmRSS:"))
        .and_then(|v| v.split_whitespace().next())
        .and_then(|n| n.parse().ok())
}

/// The process listening on TCP `port`: the socket's inode from
/// /proc/net/tcp{,6}, then the process holding an fd on it. Works for
/// processes this user may inspect (the daemon started by the same user).
pub fn pid_listening_on(port: u16) -> Option<u32> {
    let inodes: Vec<u64> = ["/proc/net/tcp", "/proc/net/tcp6"]
        .iter()
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .flat_map(|t| listening_inodes(&t, port))
        .collect();
    if inodes.is_empty() {
        return None;
    }
    let wanted: Vec<String> = inodes.iter().map(|i| format!("socket:[{i}]")).collect();
    for entry in std::fs::read_dir("/proc").ok()?.flatten() {
        let Some(pid) = entry
            .file_name()
            .to_str()
            .and_then(|s| s.parse::<u32>().ok())
        else {
            continue;
        };
        let Ok(fds) = std::fs::read_dir(entry.path().join("fd")) else {
            continue;
        };
        for fd in fds.flatten() {
            if let Ok(link) = std::fs::read_link(fd.path())
                && wanted.iter().any(|w| link.as_os_str() == w.as_str())
            {
                return Some(pid);
            }
        }
    }
    None
}

/// Inodes of sockets in LISTEN state (0A) on `port` in a /proc/net/tcp table.
fn listening_inodes(table: &str, port: u16) -> Vec<u64> {
    table
        .lines()
        .skip(1)
        .filter_map(|l| {
            let f: Vec<&str> = l.split_whitespace().collect();
            let local = f.get(1)?;
            let state = f.get(3)?;
            let p = u16::from_str_radix(local.rsplit(':').next()?, 16).ok()?;
            (p == port && *state == "0A").then(|| f.get(9)?.parse().ok())?
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_source_per_25k_connections_starting_at_127_0_0_2() {
        assert!(source_addrs(10).is_empty());
        let a = source_addrs(50_000);
        assert_eq!(a.len(), 2);
        assert_eq!(a[0].to_string(), "127.0.0.2");
        assert_eq!(a[1].to_string(), "127.0.0.3");
        assert_eq!(source_addrs(50_001).len(), 3);
    }

    #[test]
    fn proc_tables_parse() {
        let t = "  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode\n   0: 0100007F:1EC6 00000000:0000 0A 00000000:00000000 00:00000000 00000000  1000        0 424242 1 0000000000000000 100 0 0 10 0\n   1: 0100007F:1EC6 0100007F:9C40 01 00000000:00000000 00:00000000 00000000  1000        0 424243 1\n";
        assert_eq!(listening_inodes(t, 7878), vec![424242]);
        assert!(listening_inodes(t, 80).is_empty());
        assert_eq!(parse_vm_rss("Name:\tx\nVmRSS:\t  12345 kB\n"), Some(12345));
    }

    #[test]
    fn own_rss_is_readable() {
        assert!(own_rss_kb().is_some_and(|k| k > 0));
        assert!(raise_nofile(64) >= 64);
    }
}
