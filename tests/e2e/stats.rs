//! `/stats` against a scripted day: the script is written straight into
//! the database of a stopped daemon, the test works out the true figures
//! from the script itself, and the restarted daemon must report them.

use concierge_shared::protocol::Role;
use concierge_tests::TestDaemon;
use rusqlite::params;
use serde_json::Value;

use crate::api::Http;

const MIN: i64 = 60_000;
/// 2024-03-05T00:00:00Z
const DAY: i64 = 1_709_596_800_000;

#[derive(Clone)]
struct Transfer {
    at: i64,
    status: &'static str,
    resolved: Option<i64>,
    staff: Option<&'static str>,
    reason: Option<&'static str>,
}

#[derive(Clone)]
struct Conv {
    start: i64,
    customer: Vec<i64>,
    ai: Vec<i64>,
    staff: Vec<i64>,
    transfer: Option<Transfer>,
    closed: i64,
    rating: Option<i64>,
}

fn conv(start: i64, customer: &[i64], ai: &[i64], closed: i64, rating: Option<i64>) -> Conv {
    Conv {
        start: DAY + start,
        customer: customer.iter().map(|t| DAY + t).collect(),
        ai: ai.iter().map(|t| DAY + t).collect(),
        staff: vec![],
        transfer: None,
        closed: DAY + closed,
        rating,
    }
}

fn escalated(mut c: Conv, t: Transfer, staff_lines: &[i64]) -> Conv {
    c.transfer = Some(Transfer {
        at: DAY + t.at,
        resolved: t.resolved.map(|r| DAY + r),
        ..t
    });
    c.staff = staff_lines.iter().map(|t| DAY + t).collect();
    c
}

fn script() -> Vec<Conv> {
    let s = 1000; // one second
    vec![
        // Assistant alone, rated 5.
        conv(
            9 * 60 * MIN,
            &[540 * MIN + 5 * s],
            &[540 * MIN + 7 * s],
            545 * MIN,
            Some(5),
        ),
        // Assistant alone, not rated.
        conv(
            10 * 60 * MIN,
            &[600 * MIN + 10 * s, 601 * MIN],
            &[600 * MIN + 11 * s, 601 * MIN + 2 * s],
            610 * MIN,
            None,
        ),
        // Escalated, accepted by sam after 2 min, sam answers 30 s later; rated 2.
        escalated(
            conv(
                11 * 60 * MIN,
                &[660 * MIN + 20 * s],
                &[660 * MIN + 24 * s],
                700 * MIN,
                Some(2),
            ),
            Transfer {
                at: 662 * MIN,
                status: "accepted",
                resolved: Some(664 * MIN),
                staff: Some("sam"),
                reason: Some("refund"),
            },
            &[664 * MIN + 30 * s, 670 * MIN],
        ),
        // Escalated, accepted by kim after 5 min, first answer 60 s later; rated 4.
        escalated(
            conv(
                12 * 60 * MIN,
                &[720 * MIN + 3 * s],
                &[720 * MIN + 4 * s],
                760 * MIN,
                Some(4),
            ),
            Transfer {
                at: 721 * MIN,
                status: "accepted",
                resolved: Some(726 * MIN),
                staff: Some("kim"),
                reason: Some("refund"),
            },
            &[727 * MIN],
        ),
        // Escalated, the customer closed while waiting: abandoned.
        escalated(
            conv(
                13 * 60 * MIN,
                &[780 * MIN + 8 * s],
                &[780 * MIN + 10 * s],
                790 * MIN,
                None,
            ),
            Transfer {
                at: 781 * MIN,
                status: "cancelled",
                resolved: Some(790 * MIN),
                staff: None,
                reason: None,
            },
            &[],
        ),
        // Escalated with nobody online: failed; the assistant carried on.
        escalated(
            conv(
                14 * 60 * MIN,
                &[840 * MIN + 2 * s],
                &[840 * MIN + 3 * s, 841 * MIN],
                850 * MIN,
                Some(3),
            ),
            Transfer {
                at: 840 * MIN + 30 * s,
                status: "failed",
                resolved: Some(840 * MIN + 30 * s),
                staff: None,
                reason: Some("damaged item"),
            },
            &[],
        ),
        // Accepted by sam, answered after 10 s; rated 5.
        escalated(
            conv(
                15 * 60 * MIN,
                &[900 * MIN + s],
                &[900 * MIN + 2 * s],
                930 * MIN,
                Some(5),
            ),
            Transfer {
                at: 901 * MIN,
                status: "accepted",
                resolved: Some(902 * MIN),
                staff: Some("sam"),
                reason: Some("  "),
            },
            &[902 * MIN + 10 * s],
        ),
        // The customer never wrote: no first response to measure.
        conv(16 * 60 * MIN, &[], &[], 990 * MIN, None),
        // The day before: outside the window.
        conv(-60 * MIN, &[-59 * MIN], &[-58 * MIN], -30 * MIN, Some(1)),
    ]
}

fn insert(db: &rusqlite::Connection, convs: &[Conv]) {
    for (i, c) in convs.iter().enumerate() {
        let uuid = format!("00000000-0000-4000-8000-{i:012}");
        let staff_id = c.transfer.as_ref().and_then(|t| {
            if t.status == "accepted" {
                t.staff
            } else {
                None
            }
        });
        // Every line with its role, in time order: the welcome first.
        let mut lines: Vec<(i64, &str, Option<&str>)> = vec![(c.start, "ai", None)];
        lines.extend(c.customer.iter().map(|t| (*t, "customer", Some("cust"))));
        lines.extend(c.ai.iter().map(|t| (*t, "ai", None)));
        lines.extend(c.staff.iter().map(|t| (*t, "staff", staff_id)));
        lines.sort_by_key(|l| l.0);
        db.execute(
            "INSERT INTO chat_sessions (uuid, user_id, user_name, staff_id, session_type, status, last_seq,
               created_at, updated_at, last_activity, closed_at, closed_by)
             VALUES (?1, ?2, 'Customer', ?3, ?4, 'closed', ?5, ?6, ?7, ?7, ?7, ?2)",
            params![uuid, format!("cust{i}"), staff_id, if staff_id.is_some() { "human" } else { "ai" }, lines.len() as i64, c.start, c.closed],
        )
        .unwrap();
        let sid = db.last_insert_rowid();
        for (seq, (at, role, sender)) in lines.iter().enumerate() {
            db.execute(
                "INSERT INTO chat_messages (session_id, seq, sender_id, sender_role, message_type, content, ai_generated, created_at)
                 VALUES (?1, ?2, ?3, ?4, 'text', 'line', ?5, ?6)",
                params![sid, seq as i64 + 1, sender, role, *role == "ai", at],
            )
            .unwrap();
        }
        if let Some(t) = &c.transfer {
            db.execute(
                "INSERT INTO chat_transfer_requests (session_id, customer_id, customer_name, reason, summary, status, staff_id, created_at, resolved_at)
                 VALUES (?1, ?2, 'Customer', ?3, 'summary', ?4, ?5, ?6, ?7)",
                params![sid, format!("cust{i}"), t.reason, t.status, t.staff, t.at, t.resolved],
            )
            .unwrap();
        }
        if let Some(r) = c.rating {
            db.execute(
                "INSERT INTO session_ratings (session_id, rating, created_at) VALUES (?1, ?2, ?3)",
                params![sid, r, c.closed + 1],
            )
            .unwrap();
        }
    }
}

fn avg(v: &[i64]) -> Option<f64> {
    (!v.is_empty()).then(|| v.iter().sum::<i64>() as f64 / v.len() as f64)
}

fn close(got: &Value, want: Option<f64>, what: &str) {
    match want {
        None => assert!(got.is_null(), "{what}: want null, got {got}"),
        Some(w) => {
            let g = got
                .as_f64()
                .unwrap_or_else(|| panic!("{what}: not a number: {got}"));
            assert!((g - w).abs() < 1e-6, "{what}: want {w}, got {g}");
        }
    }
}

#[tokio::test]
async fn stats_of_a_scripted_day_match_the_figures_worked_out_by_hand() {
    let d = TestDaemon::start().await;
    let (dir, _tmp) = d.stop().await;
    let all = script();
    concierge_tests::edit_db(&dir, |db| insert(db, &all));
    let d = TestDaemon::start_in(&dir, |_| {}).await;
    let api = Http::new(&d);
    let t = d.token("boss", "Boss", Role::Admin);
    let (s, v) = api
        .get(
            "/stats?from=2024-03-05T00:00:00Z&to=2024-03-06T00:00:00Z",
            &t,
        )
        .await;
    assert_eq!(s, 200, "{v}");

    // The truth, from the script alone.
    let day: Vec<&Conv> = all
        .iter()
        .filter(|c| c.start >= DAY && c.start < DAY + 1440 * MIN)
        .collect();
    let n = day.len();
    assert_eq!(v["conversations"], n as i64);
    let messages: usize = day
        .iter()
        .map(|c| 1 + c.customer.len() + c.ai.len() + c.staff.len())
        .sum();
    assert_eq!(v["messages"]["total"], messages as i64);
    assert_eq!(
        v["messages"]["byRole"]["staff"],
        day.iter().map(|c| c.staff.len()).sum::<usize>() as i64
    );
    let ai_only = day
        .iter()
        .filter(|c| c.transfer.is_none() && c.staff.is_empty())
        .count();
    assert_eq!(v["aiOnly"], ai_only as i64);
    close(
        &v["aiOnlyShare"],
        Some(ai_only as f64 / n as f64),
        "aiOnlyShare",
    );
    let esc = day.iter().filter(|c| c.transfer.is_some()).count();
    close(
        &v["escalationRate"],
        Some(esc as f64 / n as f64),
        "escalationRate",
    );
    let reasons = &v["escalationReasons"];
    assert_eq!(reasons[0]["reason"], "refund");
    assert_eq!(reasons[0]["count"], 2);
    let unspecified = reasons
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["reason"] == "unspecified")
        .unwrap();
    assert_eq!(unspecified["count"], 2, "no reason and a blank one");

    let first_ai: Vec<i64> = day
        .iter()
        .filter_map(|c| {
            let fc = *c.customer.first()?;
            Some(c.ai.iter().find(|a| **a > fc)? - fc)
        })
        .collect();
    close(
        &v["firstResponseAi"]["avgMs"],
        avg(&first_ai),
        "firstResponseAi",
    );
    assert_eq!(v["firstResponseAi"]["count"], first_ai.len() as i64);
    let accepted: Vec<(&Conv, &Transfer)> = day
        .iter()
        .filter_map(|c| {
            c.transfer
                .as_ref()
                .filter(|t| t.status == "accepted")
                .map(|t| (*c, t))
        })
        .collect();
    let human: Vec<i64> = accepted
        .iter()
        .map(|(c, t)| c.staff.iter().find(|s| **s >= t.at).unwrap() - t.at)
        .collect();
    close(
        &v["firstResponseHuman"]["avgMs"],
        avg(&human),
        "firstResponseHuman",
    );
    let mut sorted = human.clone();
    sorted.sort();
    close(
        &v["firstResponseHuman"]["medianMs"],
        Some(sorted[sorted.len() / 2] as f64),
        "median",
    );
    let waits: Vec<i64> = accepted
        .iter()
        .map(|(_, t)| t.resolved.unwrap() - t.at)
        .collect();
    close(&v["queueWait"]["avgMs"], avg(&waits), "queueWait");
    let resolution: Vec<i64> = day.iter().map(|c| c.closed - c.start).collect();
    close(&v["resolution"]["avgMs"], avg(&resolution), "resolution");
    let requests = day.iter().filter(|c| c.transfer.is_some()).count();
    let abandoned = day
        .iter()
        .filter(|c| c.transfer.as_ref().is_some_and(|t| t.status == "cancelled"))
        .count();
    assert_eq!(v["abandonment"]["requests"], requests as i64);
    assert_eq!(v["abandonment"]["abandoned"], abandoned as i64);
    assert_eq!(v["abandonment"]["failed"], 1);
    close(
        &v["abandonment"]["rate"],
        Some(abandoned as f64 / requests as f64),
        "abandonment",
    );
    let ratings: Vec<i64> = day.iter().filter_map(|c| c.rating).collect();
    close(&v["csat"]["average"], avg(&ratings), "csat");
    close(
        &v["csat"]["responseRate"],
        Some(ratings.len() as f64 / n as f64),
        "responseRate",
    );

    let per: Vec<&Value> = v["perStaff"].as_array().unwrap().iter().collect();
    assert_eq!(per.len(), 2);
    for p in per {
        let id = p["staffId"].as_str().unwrap();
        let mine: Vec<&(&Conv, &Transfer)> = accepted
            .iter()
            .filter(|(_, t)| t.staff == Some(id))
            .collect();
        assert_eq!(p["chats"], mine.len() as i64, "{id}");
        let fr: Vec<i64> = mine
            .iter()
            .map(|(c, t)| c.staff.iter().find(|s| **s >= t.at).unwrap() - t.at)
            .collect();
        close(&p["firstResponse"]["avgMs"], avg(&fr), id);
        let r: Vec<i64> = mine.iter().filter_map(|(c, _)| c.rating).collect();
        close(&p["csatAverage"], avg(&r), id);
    }

    // A window with nothing in it: zero counts and null rates, not NaN.
    let (_, v) = api.get("/stats?from=0&to=1000", &t).await;
    assert_eq!(v["conversations"], 0);
    assert!(v["csat"]["average"].is_null() && v["escalationRate"].is_null());
    // Staff may read the figures too.
    let (s, _) = api.get("/stats", &d.token("sam", "Sam", Role::Staff)).await;
    assert_eq!(s, 200);
}
