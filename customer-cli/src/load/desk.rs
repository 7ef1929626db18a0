//! A staff bot's desk: the offers open to it, the chats it holds and the
//! accepts it has in flight. It asks for no more chats than it has room
//! for, oldest offer first, and an offer it lost or could not take stays
//! open to it until the daemon says it is gone, to be tried again when a
//! slot frees or the offer comes again.
//!
//! Why not simply accept every offer once, as the bots once did: an accept
//! refused because the bot's slots were all promised to accepts still in
//! flight was never tried again, and when those accepts then lost their
//! races the bot had room but no offer. On a slow machine every bot with
//! room could end up like that, and the last customers waited unserved.
//!
//! Pure: no I/O. The bot feeds it what the daemon says and sends the
//! accepts [`Desk::next`] returns.

use std::collections::BTreeSet;

use concierge_shared::protocol::Workload;

#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Desk {
    /// Offers not yet taken or withdrawn, as far as this bot has heard.
    open: BTreeSet<i64>,
    /// Accepts sent and not yet answered; each holds a slot.
    in_flight: BTreeSet<i64>,
    /// Open offers whose accept was refused: not tried again until the
    /// bot's chats change or the offer comes again, so a refusal the bot
    /// cannot tell apart (taken, or at capacity elsewhere) costs one
    /// accept, not a loop.
    refused: BTreeSet<i64>,
    held: u32,
    max: u32,
}

impl Desk {
    /// The desk as the daemon describes it on connect (`staff_data`).
    pub fn start(&mut self, workload: &Workload, queue: impl IntoIterator<Item = i64>) {
        self.held = workload.current_chats;
        self.max = workload.max_concurrent_chats;
        self.open.extend(queue);
    }

    /// An offer (new, or offered again: then it is worth another try).
    pub fn offered(&mut self, id: i64) {
        self.open.insert(id);
        self.refused.remove(&id);
    }

    /// Taken by someone else, or withdrawn.
    pub fn gone(&mut self, id: i64) {
        self.open.remove(&id);
        self.refused.remove(&id);
    }

    /// This bot's accept of `id` was stored: the chat is its own.
    pub fn accepted(&mut self, id: i64) {
        if self.in_flight.remove(&id) {
            self.held = self.held.saturating_add(1);
        }
        self.open.remove(&id);
    }

    /// This bot's accept of `id` was refused; the slot it held is free.
    pub fn refused(&mut self, id: i64) {
        if self.in_flight.remove(&id) && self.open.contains(&id) {
            self.refused.insert(id);
        }
    }

    /// The daemon's count of this bot's chats (it follows every change,
    /// after the ack of an accept that caused it).
    pub fn workload(&mut self, w: &Workload) {
        if w.current_chats != self.held || w.max_concurrent_chats != self.max {
            // Room changed: what was refused may be taken now.
            self.refused.clear();
        }
        self.held = w.current_chats;
        self.max = w.max_concurrent_chats;
    }

    /// The accepts to send now, oldest offer first, marked in flight.
    pub fn next(&mut self) -> Vec<i64> {
        let room = self
            .max
            .saturating_sub(self.held)
            .saturating_sub(u32::try_from(self.in_flight.len()).unwrap_or(u32::MAX));
        let picked: Vec<i64> = self
            .open
            .iter()
            .filter(|id| !self.in_flight.contains(id) && !self.refused.contains(id))
            .take(room as usize)
            .copied()
            .collect();
        self.in_flight.extend(picked.iter().copied());
        picked
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn workload(current: u32, max: u32) -> Workload {
        Workload {
            max_concurrent_chats: max,
            current_chats: current,
            is_available: true,
        }
    }

    fn desk(current: u32, max: u32, queue: &[i64]) -> Desk {
        let mut d = Desk::default();
        d.start(&workload(current, max), queue.iter().copied());
        d
    }

    #[test]
    fn asks_for_no_more_than_its_room_oldest_first() {
        let mut d = desk(3, 5, &[7, 4, 9]);
        assert_eq!(d.next(), vec![4, 7]);
        d.offered(2);
        assert_eq!(d.next(), Vec::<i64>::new(), "both slots are promised");
    }

    /// The unserved customer: slots promised to accepts that lose their
    /// races free up, and the waiting offer is tried then.
    #[test]
    fn an_offer_waits_while_slots_are_promised_and_is_tried_when_one_frees() {
        let mut d = desk(4, 5, &[1, 2]);
        assert_eq!(d.next(), vec![1]);
        d.gone(1);
        d.refused(1);
        assert_eq!(d.next(), vec![2]);
        d.accepted(2);
        d.workload(&workload(5, 5));
        d.offered(3);
        assert_eq!(d.next(), Vec::<i64>::new(), "full");
    }

    #[test]
    fn a_refused_offer_is_tried_again_only_when_something_changes() {
        let mut d = desk(0, 2, &[1]);
        assert_eq!(d.next(), vec![1]);
        d.refused(1);
        assert_eq!(d.next(), Vec::<i64>::new(), "no loop on a refusal");
        d.offered(1);
        assert_eq!(d.next(), vec![1], "offered again");
        d.refused(1);
        d.workload(&workload(1, 2));
        assert_eq!(d.next(), vec![1], "its chats changed");
        d.refused(1);
        d.gone(1);
        d.workload(&workload(0, 2));
        assert_eq!(d.next(), Vec::<i64>::new(), "taken by someone else");
    }

    #[test]
    fn the_daemons_count_after_an_ack_is_not_counted_twice() {
        let mut d = desk(0, 2, &[1, 2, 3]);
        assert_eq!(d.next(), vec![1, 2]);
        d.accepted(1);
        d.workload(&workload(1, 2));
        assert_eq!(d.next(), Vec::<i64>::new());
        d.refused(2);
        assert_eq!(d.next(), vec![3]);
    }

    #[test]
    fn an_answer_to_nothing_in_flight_changes_nothing() {
        let mut d = desk(0, 1, &[1]);
        let before = d.clone();
        d.accepted(5);
        d.refused(1);
        assert_eq!(d, before);
    }
}
