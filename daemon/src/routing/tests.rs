//! The routing rules, case by case and as a property over random runs.
use super::*;
use proptest::prelude::*;

fn req(id: i64, session: &str) -> Request {
    Request {
        id: TransferId(id),
        session: session.into(),
        customer_id: format!("c-{session}"),
        customer_name: "C".into(),
        reason: None,
        summary: String::new(),
        waiting_since: id,
        declined_by: vec![],
        offered_to: BTreeSet::new(),
        reoffered: false,
        round: 0,
        preferred: None,
        handover: None,
    }
}

fn online(r: &mut Routing, id: &str) {
    r.ensure_staff(id, id, None, true);
    r.set_status(id, Some(true), None);
}

#[test]
fn offers_go_to_eligible_staff_and_accept_is_granted_once() {
    let mut r = Routing::new(1);
    online(&mut r, "a");
    online(&mut r, "b");
    let offers = r.enqueue(req(1, "s1"), false);
    assert_eq!(
        offers,
        vec![(TransferId(1), vec!["a".to_string(), "b".to_string()])]
    );
    assert!(r.accept(TransferId(1), "a").is_ok());
    assert_eq!(r.accept(TransferId(1), "b"), Err(RouteError::AlreadyTaken));
    // a is at capacity (max 1): the next request goes to b only.
    let offers = r.enqueue(req(2, "s2"), false);
    assert_eq!(offers, vec![(TransferId(2), vec!["b".to_string()])]);
    r.enqueue(req(3, "s3"), false);
    assert_eq!(r.accept(TransferId(3), "a"), Err(RouteError::AtCapacity));
    r.check_invariants().unwrap();
}

#[test]
fn declined_by_all_eligible_fails_and_freed_capacity_offers_again() {
    let mut r = Routing::new(1);
    online(&mut r, "a");
    online(&mut r, "b");
    r.enqueue(req(1, "s1"), false);
    assert_eq!(r.decline(TransferId(1), "a"), Ok(DeclineOutcome::Continue));
    assert!(matches!(
        r.decline(TransferId(1), "b"),
        Ok(DeclineOutcome::AllDeclined(_))
    ));
    assert!(r.request(TransferId(1)).is_none());
    r.enqueue(req(2, "s2"), false);
    r.accept(TransferId(2), "a").unwrap();
    r.enqueue(req(3, "s3"), false);
    r.accept(TransferId(3), "b").unwrap();
    // both busy: a new request waits, offered to nobody
    assert!(r.enqueue(req(4, "s4"), false).is_empty());
    let (staff, offers) = r.release("s2");
    assert_eq!(staff.as_deref(), Some("a"));
    assert_eq!(offers, vec![(TransferId(4), vec!["a".to_string()])]);
}

#[test]
fn going_offline_releases_held_chats() {
    let mut r = Routing::new(3);
    online(&mut r, "a");
    r.enqueue(req(1, "s1"), false);
    r.accept(TransferId(1), "a").unwrap();
    assert_eq!(r.go_offline("a"), vec!["s1".to_string()]);
    assert_eq!(r.owner("s1"), None);
    assert_eq!(r.online_count(), 0);
    r.check_invariants().unwrap();
}

#[test]
fn reoffer_goes_to_everyone_again_and_ignores_stale_rounds() {
    let mut r = Routing::new(3);
    online(&mut r, "a");
    online(&mut r, "b");
    online(&mut r, "c");
    r.enqueue(req(1, "s1"), false);
    r.decline(TransferId(1), "a").unwrap();
    let to = r.reoffer(TransferId(1), 0).unwrap();
    assert_eq!(to, vec!["a", "b", "c"]);
    assert!(r.request(TransferId(1)).unwrap().reoffered);
    assert_eq!(r.reoffer(TransferId(1), 0), None, "stale timer");
}

#[test]
fn a_preferred_staff_member_is_offered_first_and_alone() {
    let mut r = Routing::new(1);
    online(&mut r, "a");
    online(&mut r, "b");
    let mut q = req(1, "s1");
    q.preferred = Some("b".into());
    assert_eq!(
        r.enqueue(q, false),
        vec![(TransferId(1), vec!["b".to_string()])]
    );
    r.check_invariants().unwrap();
    // b declines: everyone else gets it.
    assert_eq!(r.decline(TransferId(1), "b"), Ok(DeclineOutcome::Continue));
    assert_eq!(
        r.refresh_offers(),
        vec![(TransferId(1), vec!["a".to_string()])]
    );
    // The offer times out: everyone, as for any request.
    let mut q = req(2, "s2");
    q.preferred = Some("b".into());
    r.enqueue(q, false);
    assert_eq!(r.reoffer(TransferId(2), 0).unwrap(), vec!["a", "b"]);
    // Preferred but at capacity: an ordinary request.
    r.accept(TransferId(2), "b").unwrap();
    let mut q = req(3, "s3");
    q.preferred = Some("b".into());
    assert_eq!(
        r.enqueue(q, false),
        vec![(TransferId(3), vec!["a".to_string()])]
    );
    // Preferred and offline: an ordinary request too.
    let mut r = Routing::new(1);
    online(&mut r, "a");
    r.ensure_staff("b", "b", None, true);
    let mut q = req(4, "s4");
    q.preferred = Some("b".into());
    assert_eq!(
        r.enqueue(q, false),
        vec![(TransferId(4), vec!["a".to_string()])]
    );
    // b comes online: offered it too, and accept is still granted once.
    assert_eq!(
        r.set_status("b", Some(true), None),
        vec![(TransferId(4), vec!["b".to_string()])]
    );
    r.accept(TransferId(4), "a").unwrap();
    assert_eq!(r.accept(TransferId(4), "b"), Err(RouteError::AlreadyTaken));
    r.check_invariants().unwrap();
}

fn handed(id: i64, session: &str, from: &str, target: Option<&str>) -> Request {
    let mut q = req(id, session);
    q.preferred = target.map(str::to_string);
    q.handover = Some(Box::new(Handover {
        from: from.into(),
        from_name: from.into(),
        target: target.map(str::to_string),
        note: Some("note".into()),
    }));
    q
}

#[test]
fn a_chat_handed_to_a_colleague_is_theirs_then_the_queues_never_nobodys() {
    let mut r = Routing::new(2);
    for s in ["a", "b", "c"] {
        online(&mut r, s);
    }
    r.enqueue(req(1, "s1"), false);
    r.accept(TransferId(1), "a").unwrap();
    // a hands s1 to b: released, offered to b alone.
    r.release("s1");
    assert_eq!(
        r.enqueue(handed(2, "s1", "a", Some("b")), true),
        vec![(TransferId(2), vec!["b".to_string()])]
    );
    r.check_invariants().unwrap();
    // c may not take it while it is b's; a may take it back.
    assert_eq!(
        r.check_accept(TransferId(2), "c", 0).err(),
        Some(RouteError::Reserved)
    );
    assert!(r.check_accept(TransferId(2), "a", 0).is_ok());
    // b declines: the queue, but not its sender while c may take it.
    assert_eq!(r.decline(TransferId(2), "b"), Ok(DeclineOutcome::Continue));
    assert_eq!(
        r.refresh_offers(),
        vec![(TransferId(2), vec!["c".to_string()])]
    );
    r.check_invariants().unwrap();
    // c declines too: back to its sender, as an offer.
    assert_eq!(r.decline(TransferId(2), "c"), Ok(DeclineOutcome::Continue));
    assert_eq!(
        r.refresh_offers(),
        vec![(TransferId(2), vec!["a".to_string()])]
    );
    assert!(matches!(
        r.decline(TransferId(2), "a"),
        Ok(DeclineOutcome::AllDeclined(_))
    ));
    // A colleague who fills up meanwhile loses the reservation for good.
    r.enqueue(req(3, "s3"), false);
    r.accept(TransferId(3), "a").unwrap();
    r.release("s3");
    r.enqueue(handed(4, "s3", "a", Some("b")), true);
    r.enqueue(req(5, "s5"), false);
    r.accept(TransferId(5), "b").unwrap();
    r.enqueue(req(6, "s6"), false);
    r.accept(TransferId(6), "b").unwrap();
    assert_eq!(
        r.refresh_offers(),
        vec![(TransferId(4), vec!["c".to_string()])]
    );
    r.release("s6");
    assert!(r.refresh_offers().is_empty(), "not b's again");
    assert!(r.accept(TransferId(4), "c").is_ok());
    r.check_invariants().unwrap();
}

#[derive(Debug, Clone)]
enum Step {
    Online(u8),
    Offline(u8),
    Available(u8, bool),
    Request(u8),
    Accept(u8, u8),
    Decline(u8, u8),
    Close(u8),
    Timeout(u8),
    /// The owner of a session hands it to a colleague or the queue.
    HandOver(u8, Option<u8>),
}

fn step() -> impl Strategy<Value = Step> {
    prop_oneof![
        (0u8..4).prop_map(Step::Online),
        (0u8..4).prop_map(Step::Offline),
        (0u8..4, any::<bool>()).prop_map(|(s, a)| Step::Available(s, a)),
        (0u8..8).prop_map(Step::Request),
        (0u8..8, 0u8..4).prop_map(|(q, s)| Step::Accept(q, s)),
        (0u8..8, 0u8..4).prop_map(|(q, s)| Step::Decline(q, s)),
        (0u8..8).prop_map(Step::Close),
        (0u8..8).prop_map(Step::Timeout),
        (0u8..8, proptest::option::of(0u8..4)).prop_map(|(q, t)| Step::HandOver(q, t)),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]
    /// Random sequences of connect, disconnect, status change, request,
    /// accept, decline, close and timeout never break the invariants,
    /// and the hub's rule (no staff online ⇒ requests fail) keeps the
    /// queue empty when nobody is online.
    #[test]
    fn routing_invariants_hold(steps in proptest::collection::vec(step(), 1..80)) {
        let mut r = Routing::new(2);
        let mut next_id = 1i64;
        let mut granted: HashMap<TransferId, String> = HashMap::new();
        for st in steps {
            let staff = |n: u8| format!("s{n}");
            match st {
                Step::Online(n) => { r.ensure_staff(&staff(n), "x", None, true); r.set_status(&staff(n), Some(true), None); }
                Step::Offline(n) => {
                    for session in r.go_offline(&staff(n)) {
                        if r.online_count() > 0 {
                            r.enqueue(req(next_id, &session), true);
                            next_id += 1;
                        }
                    }
                    if r.online_count() == 0 {
                        let ids: Vec<TransferId> = r.queue().map(|q| q.id).collect();
                        for id in ids { r.remove_request(id); }
                    }
                    r.refresh_offers();
                }
                Step::Available(n, a) => { r.set_status(&staff(n), None, Some(a)); }
                Step::Request(s) => {
                    let session = format!("sess{s}");
                    if r.owner(&session).is_none() && r.request_for_session(&session).is_none() && r.online_count() > 0 {
                        // Some customers have a staff member they talked to.
                        let mut q = req(next_id, &session);
                        q.preferred = (s % 2 == 1).then(|| staff(s % 4));
                        r.enqueue(q, false);
                        next_id += 1;
                    }
                }
                Step::Accept(q, n) => {
                    let id = TransferId(i64::from(q) + 1);
                    // Issue 16: while a hand-over is its colleague's,
                    // nobody else but its sender takes it.
                    let reserved_for_other = r.request(id).is_some_and(|q| {
                        q.handover.as_ref().is_some_and(|h| {
                            q.reserved_for(&r.staff)
                                .is_some_and(|p| p != staff(n) && h.from != staff(n))
                        })
                    });
                    let result = r.accept(id, &staff(n));
                    if reserved_for_other {
                        prop_assert!(result.is_err(), "a hand-over taken by someone else");
                    }
                    if let Ok(won) = result {
                        prop_assert!(granted.insert(won.id, staff(n)).is_none(), "granted twice");
                        // As the hub does after an accept that filled the
                        // staff member: a request held for them goes to
                        // everyone.
                        if r.staff(&staff(n)).is_some_and(|s| !s.eligible()) {
                            r.refresh_offers();
                        }
                    }
                }
                Step::Decline(q, n) => { let _ = r.decline(TransferId(i64::from(q) + 1), &staff(n)); r.refresh_offers(); }
                Step::Close(s) => { let session = format!("sess{s}"); r.release(&session); if let Some(id) = r.request_for_session(&session).map(|q| q.id) { r.remove_request(id); } }
                Step::Timeout(q) => {
                    let id = TransferId(i64::from(q) + 1);
                    if let Some(round) = r.request(id).map(|q| q.round) { r.reoffer(id, round); }
                }
                Step::HandOver(s, target) => {
                    // As the hub checks before a hand-over: the owner
                    // hands to an eligible colleague, or to the queue
                    // when some other eligible staff member is there.
                    let session = format!("sess{s}");
                    if let Some(from) = r.owner(&session).map(str::to_string) {
                        let target = target.map(staff);
                        let ok = match &target {
                            Some(t) => *t != from && r.staff(t).is_some_and(StaffState::eligible),
                            None => r.all_staff().any(|(id, st)| *id != from && st.eligible()),
                        };
                        if ok {
                            r.release(&session);
                            let q = handed(next_id, &session, &from, target.as_deref());
                            let offers = r.enqueue(q, true);
                            if let Some(t) = &target {
                                for (id, to) in &offers {
                                    if *id == TransferId(next_id) {
                                        prop_assert_eq!(to, &vec![t.clone()]);
                                    }
                                }
                            }
                            next_id += 1;
                        }
                    }
                }
            }
            r.check_invariants().map_err(TestCaseError::fail)?;
            let positions: Vec<u32> = r.queue().filter_map(|q| r.position(q.id)).collect();
            let expected: Vec<u32> = (1..=u32::try_from(positions.len()).unwrap()).collect();
            prop_assert_eq!(positions, expected);
            if r.online_count() == 0 { prop_assert_eq!(r.queue().count(), 0); }
        }
    }
}
