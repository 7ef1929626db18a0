//! Business hours: when staff are expected. Pure: no clock and no I/O;
//! callers pass the time (milliseconds since the epoch) and get answers.
//!
//! A [`Schedule`] is a time zone, weekly shifts (several a day: split
//! shifts) and dated closures (holidays). Shifts are civil times in the
//! shop's zone, so "09:00-17:00" stays 09:00-17:00 across a DST change.
//! A shift that starts inside a DST gap opens when the clocks reach a time
//! inside it; one wholly inside a gap does not open that day.
//!
//! The text forms, used by the config file, the environment and the API:
//! - weekly: `mon-fri 09:00-12:00,13:00-17:00; sat 10:00-14:00` (day
//!   ranges may wrap: `fri-mon`; `24:00` ends a shift at midnight);
//! - closures: `2026-12-24, 2026-12-25` or a range `2026-12-24..2026-12-31`.

use std::collections::BTreeSet;
use std::fmt;
use std::sync::{Arc, RwLock};

use jiff::Timestamp;
use jiff::civil::{Date, Weekday};
use jiff::tz::TimeZone;
use serde::{Deserialize, Serialize};

/// Longest closure range and the furthest [`Schedule::next_opening`] looks.
const MAX_DAYS: usize = 400;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum HoursError {
    #[error("unknown time zone {0:?} (use an IANA name like Europe/Berlin)")]
    TimeZone(String),
    #[error("bad day {0:?} (use mon, tue, wed, thu, fri, sat, sun or a range like mon-fri)")]
    Day(String),
    #[error("bad shift {0:?} (use HH:MM-HH:MM with the end after the start, e.g. 09:00-17:00)")]
    Shift(String),
    #[error("overlapping shifts on {0}")]
    Overlap(&'static str),
    #[error("bad date {0:?} (use YYYY-MM-DD or a range YYYY-MM-DD..YYYY-MM-DD)")]
    Date(String),
    #[error("too many closed days (at most {MAX_DAYS})")]
    TooManyClosures,
    #[error("a schedule needs at least one shift")]
    Empty,
}

const DAY_NAMES: [&str; 7] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

/// One shift, in minutes after local midnight: `start..end`, end up to 1440.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Shift {
    pub start: u16,
    pub end: u16,
}

/// What the API and the config file hold: the text forms.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct HoursSpec {
    pub timezone: String,
    pub weekly: String,
    #[serde(default)]
    pub closed: Vec<String>,
}

#[derive(Clone, PartialEq)]
pub struct Schedule {
    tz_name: String,
    tz: TimeZone,
    /// Monday first, each sorted and without overlaps.
    weekly: [Vec<Shift>; 7],
    closed: BTreeSet<Date>,
}

impl fmt::Debug for Schedule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&format!("Schedule({:?})", self.spec()))
    }
}

/// Whether staff are expected now, and when next.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Availability {
    pub open: bool,
    /// When they are next expected (`None` while open, or when the
    /// schedule never opens again within a year).
    pub next_opening: Option<i64>,
}

impl Availability {
    /// No schedule: always open.
    pub const ALWAYS: Availability = Availability {
        open: true,
        next_opening: None,
    };
}

impl Schedule {
    pub fn parse(spec: &HoursSpec) -> Result<Schedule, HoursError> {
        let tz_name = spec.timezone.trim().to_string();
        let tz = TimeZone::get(&tz_name).map_err(|_| HoursError::TimeZone(tz_name.clone()))?;
        let weekly = parse_weekly(&spec.weekly)?;
        let mut closed = BTreeSet::new();
        for item in spec.closed.iter().flat_map(|c| c.split(',')) {
            let item = item.trim();
            if item.is_empty() {
                continue;
            }
            for d in parse_closure(item)? {
                closed.insert(d);
                if closed.len() > MAX_DAYS {
                    return Err(HoursError::TooManyClosures);
                }
            }
        }
        Ok(Schedule {
            tz_name,
            tz,
            weekly,
            closed,
        })
    }

    /// The text forms back (closures one date each, in order).
    pub fn spec(&self) -> HoursSpec {
        HoursSpec {
            timezone: self.tz_name.clone(),
            weekly: format_weekly(&self.weekly),
            closed: self.closed.iter().map(|d| d.to_string()).collect(),
        }
    }

    pub fn timezone(&self) -> &str {
        &self.tz_name
    }

    /// Is the shop staffed at `at_ms`?
    pub fn is_open(&self, at_ms: i64) -> bool {
        let Ok(ts) = Timestamp::from_millisecond(at_ms) else {
            return false;
        };
        let z = ts.to_zoned_datetime(self.tz.clone());
        let date = z.date();
        if self.closed.contains(&date) {
            return false;
        }
        let t = z.time();
        let minute = u16::try_from(i16::from(t.hour()) * 60 + i16::from(t.minute())).unwrap_or(0);
        self.weekly[day_index(date.weekday())]
            .iter()
            .any(|s| s.start <= minute && minute < s.end)
    }

    /// The first instant at or after `from_ms` when the shop is open
    /// (`from_ms` itself when it is open now).
    pub fn next_opening(&self, from_ms: i64) -> Option<i64> {
        if self.is_open(from_ms) {
            return Some(from_ms);
        }
        let ts = Timestamp::from_millisecond(from_ms).ok()?;
        let mut date = ts.to_zoned_datetime(self.tz.clone()).date();
        for _ in 0..MAX_DAYS {
            if !self.closed.contains(&date) {
                for s in &self.weekly[day_index(date.weekday())] {
                    let hour = i8::try_from(s.start / 60).ok()?;
                    let minute = i8::try_from(s.start % 60).ok()?;
                    // A start inside a DST gap lands after the gap.
                    let Ok(z) = date
                        .at(hour, minute, 0, 0)
                        .to_zoned_datetime(self.tz.clone())
                    else {
                        continue;
                    };
                    let mut at = z.timestamp().as_millisecond();
                    if at <= from_ms || !self.is_open(at) {
                        continue;
                    }
                    // In a gap the clocks reached the shift before the
                    // shifted start: step back to the transition.
                    if z.time().hour() != hour || z.time().minute() != minute {
                        for _ in 0..24 * 60 {
                            let earlier = at - 60_000;
                            if earlier <= from_ms || !self.is_open(earlier) {
                                break;
                            }
                            at = earlier;
                        }
                    }
                    return Some(at);
                }
            }
            date = date.tomorrow().ok()?;
        }
        None
    }

    pub fn availability(&self, now_ms: i64) -> Availability {
        if self.is_open(now_ms) {
            Availability::ALWAYS
        } else {
            Availability {
                open: false,
                next_opening: self.next_opening(now_ms),
            }
        }
    }
}

fn day_index(w: Weekday) -> usize {
    usize::try_from(w.to_monday_zero_offset()).unwrap_or(0)
}

fn parse_day(s: &str) -> Result<usize, HoursError> {
    let s = s.trim().to_ascii_lowercase();
    DAY_NAMES
        .iter()
        .position(|d| s == *d || (s.len() > 3 && full_name(d).starts_with(&s)))
        .ok_or(HoursError::Day(s))
}

fn full_name(d: &str) -> &'static str {
    match d {
        "mon" => "monday",
        "tue" => "tuesday",
        "wed" => "wednesday",
        "thu" => "thursday",
        "fri" => "friday",
        "sat" => "saturday",
        _ => "sunday",
    }
}

fn parse_minute(s: &str, shift: &str) -> Result<u16, HoursError> {
    let bad = || HoursError::Shift(shift.to_string());
    let (h, m) = s.trim().split_once(':').ok_or_else(bad)?;
    if h.is_empty() || h.len() > 2 || m.len() != 2 {
        return Err(bad());
    }
    let h: u16 = h.parse().map_err(|_| bad())?;
    let m: u16 = m.parse().map_err(|_| bad())?;
    if m >= 60 || h > 24 || (h == 24 && m != 0) {
        return Err(bad());
    }
    Ok(h * 60 + m)
}

fn parse_weekly(text: &str) -> Result<[Vec<Shift>; 7], HoursError> {
    let mut weekly: [Vec<Shift>; 7] = Default::default();
    for group in text.split(';').map(str::trim).filter(|g| !g.is_empty()) {
        let (days, shifts) = group
            .split_once(char::is_whitespace)
            .ok_or_else(|| HoursError::Shift(group.to_string()))?;
        let days: Vec<usize> = match days.split_once('-') {
            Some((a, b)) => {
                let (a, b) = (parse_day(a)?, parse_day(b)?);
                let len = (b + 7 - a) % 7 + 1;
                (0..len).map(|i| (a + i) % 7).collect()
            }
            None => days.split(',').map(parse_day).collect::<Result<_, _>>()?,
        };
        for shift in shifts.split(',').map(str::trim).filter(|s| !s.is_empty()) {
            let (a, b) = shift
                .split_once('-')
                .ok_or_else(|| HoursError::Shift(shift.to_string()))?;
            let s = Shift {
                start: parse_minute(a, shift)?,
                end: parse_minute(b, shift)?,
            };
            if s.end <= s.start {
                return Err(HoursError::Shift(shift.to_string()));
            }
            for d in &days {
                weekly[*d].push(s);
            }
        }
    }
    for (i, day) in weekly.iter_mut().enumerate() {
        day.sort();
        if day.windows(2).any(|w| w[1].start < w[0].end) {
            return Err(HoursError::Overlap(DAY_NAMES[i]));
        }
    }
    if weekly.iter().all(Vec::is_empty) {
        return Err(HoursError::Empty);
    }
    Ok(weekly)
}

fn format_weekly(weekly: &[Vec<Shift>; 7]) -> String {
    let hm = |m: u16| format!("{:02}:{:02}", m / 60, m % 60);
    let mut groups: Vec<String> = Vec::new();
    let mut i = 0;
    while i < 7 {
        if weekly[i].is_empty() {
            i += 1;
            continue;
        }
        let mut j = i;
        while j + 1 < 7 && weekly[j + 1] == weekly[i] {
            j += 1;
        }
        let days = if i == j {
            DAY_NAMES[i].to_string()
        } else {
            format!("{}-{}", DAY_NAMES[i], DAY_NAMES[j])
        };
        let shifts: Vec<String> = weekly[i]
            .iter()
            .map(|s| format!("{}-{}", hm(s.start), hm(s.end)))
            .collect();
        groups.push(format!("{days} {}", shifts.join(",")));
        i = j + 1;
    }
    groups.join("; ")
}

fn parse_closure(item: &str) -> Result<Vec<Date>, HoursError> {
    let date = |s: &str| {
        s.trim()
            .parse::<Date>()
            .map_err(|_| HoursError::Date(item.to_string()))
    };
    match item.split_once("..") {
        None => Ok(vec![date(item)?]),
        Some((a, b)) => {
            let (mut d, end) = (date(a)?, date(b)?);
            if end < d {
                return Err(HoursError::Date(item.to_string()));
            }
            let mut out = Vec::new();
            while d <= end {
                out.push(d);
                if out.len() > MAX_DAYS {
                    return Err(HoursError::TooManyClosures);
                }
                d = d
                    .tomorrow()
                    .map_err(|_| HoursError::Date(item.to_string()))?;
            }
            Ok(out)
        }
    }
}

/// The schedule in force, shared by the hub and the API: the config
/// file's at start, or the one an admin set last (kept in the database).
/// `None` means no hours are set: staff are expected whenever online.
#[derive(Debug, Clone, Default)]
pub struct Live(Arc<RwLock<Option<Schedule>>>);

impl Live {
    pub fn new(s: Option<Schedule>) -> Live {
        Live(Arc::new(RwLock::new(s)))
    }

    pub fn get(&self) -> Option<Schedule> {
        match self.0.read() {
            Ok(g) => g.clone(),
            Err(p) => p.into_inner().clone(),
        }
    }

    pub fn set(&self, s: Option<Schedule>) {
        match self.0.write() {
            Ok(mut g) => *g = s,
            Err(p) => *p.into_inner() = s,
        }
    }

    pub fn availability(&self, now_ms: i64) -> Availability {
        match self.0.read() {
            Ok(g) => g
                .as_ref()
                .map_or(Availability::ALWAYS, |s| s.availability(now_ms)),
            Err(_) => Availability::ALWAYS,
        }
    }
}

/// The business hours from their three settings (`BUSINESS_HOURS`,
/// `BUSINESS_TIMEZONE`, `BUSINESS_CLOSED`), each error naming its setting.
pub fn from_settings(
    weekly: Option<String>,
    timezone: Option<String>,
    closed: Option<String>,
) -> Result<Option<Schedule>, crate::config::ConfigError> {
    let Some(weekly) = weekly.filter(|w| !w.trim().is_empty()) else {
        if closed.is_some() {
            return Err(crate::config::ConfigError::Invalid {
                name: "BUSINESS_CLOSED",
                value: closed.unwrap_or_default(),
                expected: "to be set together with BUSINESS_HOURS",
            });
        }
        return Ok(None);
    };
    let spec = HoursSpec {
        timezone: timezone.unwrap_or_else(|| "UTC".into()),
        weekly: weekly.clone(),
        closed: closed.into_iter().collect(),
    };
    Schedule::parse(&spec)
        .map(Some)
        .map_err(|e| crate::config::ConfigError::Invalid {
            name: match e {
                HoursError::TimeZone(_) => "BUSINESS_TIMEZONE",
                HoursError::Date(_) | HoursError::TooManyClosures => "BUSINESS_CLOSED",
                _ => "BUSINESS_HOURS",
            },
            value: e.to_string(),
            expected: "see docs/configuration.md, \"Business hours\"",
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sched(tz: &str, weekly: &str, closed: &[&str]) -> Schedule {
        Schedule::parse(&HoursSpec {
            timezone: tz.into(),
            weekly: weekly.into(),
            closed: closed.iter().map(|s| s.to_string()).collect(),
        })
        .unwrap()
    }

    /// Milliseconds for a civil time in a zone.
    fn at(tz: &str, s: &str) -> i64 {
        let dt: jiff::civil::DateTime = s.parse().unwrap();
        dt.to_zoned_datetime(TimeZone::get(tz).unwrap())
            .unwrap()
            .timestamp()
            .as_millisecond()
    }

    fn utc(s: &str) -> i64 {
        s.parse::<Timestamp>().unwrap().as_millisecond()
    }

    #[test]
    fn split_shifts_and_weekends() {
        let s = sched(
            "Europe/Berlin",
            "mon-fri 09:00-12:00,13:00-17:00; sat 10:00-14:00",
            &[],
        );
        let b = |t: &str| at("Europe/Berlin", t);
        // 2026-12-07 is a Monday.
        assert!(s.is_open(b("2026-12-07T09:00")));
        assert!(s.is_open(b("2026-12-07T11:59")));
        assert!(!s.is_open(b("2026-12-07T12:00")));
        assert!(!s.is_open(b("2026-12-07T08:59")));
        assert_eq!(
            s.next_opening(b("2026-12-07T12:30")),
            Some(b("2026-12-07T13:00"))
        );
        assert_eq!(
            s.next_opening(b("2026-12-11T17:00")),
            Some(b("2026-12-12T10:00"))
        );
        // Saturday after two: Monday at nine.
        assert_eq!(
            s.next_opening(b("2026-12-12T14:00")),
            Some(b("2026-12-14T09:00"))
        );
        let now = b("2026-12-07T10:00");
        assert_eq!(s.next_opening(now), Some(now));
        assert_eq!(s.availability(now), Availability::ALWAYS);
    }

    #[test]
    fn closures_skip_whole_days() {
        let s = sched(
            "Europe/Berlin",
            "mon-fri 09:00-17:00",
            &["2026-12-24..2026-12-26", "2026-12-31"],
        );
        let b = |t: &str| at("Europe/Berlin", t);
        assert!(!s.is_open(b("2026-12-24T10:00")));
        // Thursday 24th to Saturday 26th closed, Sunday off: Monday 28th.
        assert_eq!(
            s.next_opening(b("2026-12-23T18:00")),
            Some(b("2026-12-28T09:00"))
        );
        assert_eq!(
            s.next_opening(b("2026-12-30T17:30")),
            Some(b("2027-01-01T09:00"))
        );
        assert_eq!(s.spec().closed.len(), 4);
    }

    #[test]
    fn dst_spring_forward_keeps_civil_hours() {
        // Europe/Berlin: 2027-03-28 02:00 → 03:00.
        let s = sched("Europe/Berlin", "sun 02:30-04:00; mon 09:00-17:00", &[]);
        // The shift starts in the gap: it opens when the clocks show 03:00.
        let open = s.next_opening(utc("2027-03-27T23:00:00Z")).unwrap();
        assert_eq!(open, utc("2027-03-28T01:00:00Z"));
        assert!(s.is_open(open));
        assert!(!s.is_open(open - 1));
        // A Monday shift after the change is at 09:00 summer time (07:00 UTC).
        assert_eq!(
            s.next_opening(utc("2027-03-28T03:00:00Z")),
            Some(utc("2027-03-29T07:00:00Z"))
        );
    }

    #[test]
    fn dst_gap_swallowing_a_whole_shift_is_skipped() {
        let s = sched("Europe/Berlin", "sun 02:00-02:59", &[]);
        let from = utc("2027-03-27T12:00:00Z");
        let next = s.next_opening(from).unwrap();
        // Not the day of the change: a week later at 02:00 CEST (00:00 UTC).
        assert_eq!(next, utc("2027-04-04T00:00:00Z"));
    }

    #[test]
    fn dst_fall_back_repeats_the_hour() {
        // 2026-10-25 03:00 CEST → 02:00 CET: 02:30 happens twice.
        let s = sched("Europe/Berlin", "sun 02:00-03:00", &[]);
        assert!(s.is_open(utc("2026-10-25T00:30:00Z")));
        assert!(s.is_open(utc("2026-10-25T01:30:00Z")));
        assert!(!s.is_open(utc("2026-10-25T02:00:00Z")));
        // Before the change the shift opens at the first 02:00 (00:00 UTC).
        assert_eq!(
            s.next_opening(utc("2026-10-24T12:00:00Z")),
            Some(utc("2026-10-25T00:00:00Z"))
        );
    }

    #[test]
    fn midnight_and_wrapping_day_ranges() {
        let s = sched("UTC", "fri-mon 00:00-24:00", &[]);
        assert!(s.is_open(utc("2026-12-05T23:59:00Z"))); // Saturday
        assert!(s.is_open(utc("2026-12-07T12:00:00Z"))); // Monday
        assert!(!s.is_open(utc("2026-12-08T12:00:00Z"))); // Tuesday
        assert_eq!(
            s.next_opening(utc("2026-12-08T12:00:00Z")),
            Some(utc("2026-12-11T00:00:00Z"))
        );
        assert_eq!(s.spec().weekly, "mon 00:00-24:00; fri-sun 00:00-24:00");
    }

    #[test]
    fn text_form_round_trips() {
        let s = sched(
            "America/New_York",
            "Monday-Friday 09:00-12:00, 13:00-17:00; sat 10:00-14:00",
            &["2026-12-25"],
        );
        let spec = s.spec();
        assert_eq!(
            spec.weekly,
            "mon-fri 09:00-12:00,13:00-17:00; sat 10:00-14:00"
        );
        assert_eq!(Schedule::parse(&spec).unwrap(), s);
    }

    #[test]
    fn every_bad_input_is_named() {
        let p = |tz: &str, w: &str, c: &[&str]| {
            Schedule::parse(&HoursSpec {
                timezone: tz.into(),
                weekly: w.into(),
                closed: c.iter().map(|s| s.to_string()).collect(),
            })
        };
        assert!(matches!(
            p("Mars/Olympus", "mon 09:00-17:00", &[]),
            Err(HoursError::TimeZone(_))
        ));
        assert!(matches!(
            p("UTC", "moon 09:00-17:00", &[]),
            Err(HoursError::Day(_))
        ));
        for bad in [
            "mon 17:00-09:00",
            "mon 9-17",
            "mon 09:00-25:00",
            "mon 09:60-10:00",
            "mon",
        ] {
            assert!(
                matches!(p("UTC", bad, &[]), Err(HoursError::Shift(_))),
                "{bad}"
            );
        }
        assert!(matches!(
            p("UTC", "mon 09:00-12:00,11:00-13:00", &[]),
            Err(HoursError::Overlap("mon"))
        ));
        assert!(matches!(p("UTC", "", &[]), Err(HoursError::Empty)));
        assert!(matches!(
            p("UTC", "mon 09:00-17:00", &["2026-13-01"]),
            Err(HoursError::Date(_))
        ));
        assert!(matches!(
            p("UTC", "mon 09:00-17:00", &["2026-12-31..2026-12-01"]),
            Err(HoursError::Date(_))
        ));
        assert!(matches!(
            p("UTC", "mon 09:00-17:00", &["2026-01-01..2028-01-01"]),
            Err(HoursError::TooManyClosures)
        ));
    }

    #[test]
    fn never_open_again_within_the_horizon_is_none() {
        let s = sched("UTC", "mon 09:00-10:00", &["2026-12-01..2028-01-04"]);
        assert_eq!(s.next_opening(utc("2026-12-01T00:00:00Z")), None);
    }
}
