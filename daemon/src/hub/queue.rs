//! A connection's queue of frames from the hub: bounded like a channel,
//! but holding no memory while empty.
//!
//! tokio's bounded `mpsc` allocates its first block of 32 slots when the
//! channel is made, about 1.3 KiB with our `Out`; every idle connection
//! paid that for a queue that is empty nearly all the time (issue 18).
//! Here the slots are a `VecDeque` that allocates on the first frame and
//! gives its memory back once a burst has drained.

use std::collections::VecDeque;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

use tokio::sync::Notify;

use super::Out;

/// Capacity kept after the queue drains; a larger one is given back.
const KEEP: usize = 4;

struct Shared {
    queue: Mutex<VecDeque<Out>>,
    cap: usize,
    /// One receiver: `notify_one` leaves a permit if it is not waiting.
    ready: Notify,
    senders: AtomicUsize,
    receiver_gone: AtomicBool,
}

/// Why a frame was not queued.
#[derive(Debug, PartialEq, Eq)]
pub enum SendError {
    /// The queue holds `cap` items: the connection is not keeping up.
    Full,
    /// The connection is gone.
    Closed,
}

pub struct QueueTx(Arc<Shared>);
pub struct QueueRx(Arc<Shared>);

impl std::fmt::Debug for QueueTx {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("QueueTx").field("cap", &self.0.cap).finish()
    }
}

/// A queue that holds at most `cap` items.
pub fn queue(cap: usize) -> (QueueTx, QueueRx) {
    let shared = Arc::new(Shared {
        queue: Mutex::new(VecDeque::new()),
        cap,
        ready: Notify::new(),
        senders: AtomicUsize::new(1),
        receiver_gone: AtomicBool::new(false),
    });
    (QueueTx(shared.clone()), QueueRx(shared))
}

impl QueueTx {
    pub fn try_send(&self, out: Out) -> Result<(), SendError> {
        if self.0.receiver_gone.load(Ordering::Acquire) {
            return Err(SendError::Closed);
        }
        {
            let Ok(mut q) = self.0.queue.lock() else {
                return Err(SendError::Closed);
            };
            if q.len() >= self.0.cap {
                return Err(SendError::Full);
            }
            q.push_back(out);
        }
        self.0.ready.notify_one();
        Ok(())
    }
}

impl Clone for QueueTx {
    fn clone(&self) -> Self {
        self.0.senders.fetch_add(1, Ordering::Relaxed);
        QueueTx(self.0.clone())
    }
}

impl Drop for QueueTx {
    fn drop(&mut self) {
        if self.0.senders.fetch_sub(1, Ordering::AcqRel) == 1 {
            // The last sender: a waiting receiver must see the end.
            self.0.ready.notify_one();
        }
    }
}

impl QueueRx {
    /// The next item, without waiting.
    pub fn try_recv(&mut self) -> Option<Out> {
        let mut q = self.0.queue.lock().ok()?;
        let out = q.pop_front();
        if q.is_empty() && q.capacity() > KEEP {
            q.shrink_to(KEEP);
        }
        out
    }

    /// The next item; `None` once every sender is gone and the queue is
    /// empty. Cancel-safe: an item is taken only when it is returned.
    pub async fn recv(&mut self) -> Option<Out> {
        loop {
            if let Some(out) = self.try_recv() {
                return Some(out);
            }
            if self.0.senders.load(Ordering::Acquire) == 0 {
                // A sender may have pushed just before it went.
                return self.try_recv();
            }
            self.0.ready.notified().await;
        }
    }
}

impl Drop for QueueRx {
    fn drop(&mut self) {
        self.0.receiver_gone.store(true, Ordering::Release);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn frame(s: &'static str) -> Out {
        Out::Frame(s.into())
    }

    fn text(o: Option<Out>) -> String {
        match o {
            Some(Out::Frame(f)) => f.as_str().to_string(),
            Some(Out::Close) => "close".into(),
            Some(Out::StaffChatJoined(_)) => "joined".into(),
            None => "none".into(),
        }
    }

    #[tokio::test]
    async fn items_come_out_in_order_up_to_the_bound() {
        let (tx, mut rx) = queue(2);
        assert_eq!(tx.try_send(frame("a")), Ok(()));
        assert_eq!(tx.try_send(frame("b")), Ok(()));
        assert_eq!(tx.try_send(frame("c")), Err(SendError::Full));
        assert_eq!(text(rx.recv().await), "a");
        assert_eq!(text(rx.try_recv()), "b");
        assert_eq!(text(rx.try_recv()), "none");
        // Room again after draining; the memory of the burst is given back.
        assert_eq!(tx.try_send(frame("d")), Ok(()));
        assert_eq!(text(rx.recv().await), "d");
        assert!(rx.0.queue.lock().unwrap().capacity() <= KEEP);
    }

    #[tokio::test]
    async fn a_waiting_receiver_wakes_for_an_item_and_for_the_end() {
        let (tx, mut rx) = queue(8);
        let tx2 = tx.clone();
        let waiter = tokio::spawn(async move {
            let first = text(rx.recv().await);
            let end = text(rx.recv().await);
            (first, end)
        });
        tokio::task::yield_now().await;
        tx.try_send(frame("x")).unwrap();
        drop(tx);
        drop(tx2);
        assert_eq!(waiter.await.unwrap(), ("x".to_string(), "none".to_string()));
    }

    #[tokio::test]
    async fn items_sent_before_the_last_sender_went_are_still_received() {
        let (tx, mut rx) = queue(8);
        tx.try_send(frame("last words")).unwrap();
        drop(tx);
        assert_eq!(text(rx.recv().await), "last words");
        assert_eq!(text(rx.recv().await), "none");
    }

    #[test]
    fn sending_to_a_gone_receiver_is_closed() {
        let (tx, rx) = queue(8);
        drop(rx);
        assert_eq!(tx.try_send(frame("x")), Err(SendError::Closed));
    }

    #[test]
    fn an_empty_queue_holds_no_slots() {
        let (_tx, rx) = queue(1024);
        assert_eq!(rx.0.queue.lock().unwrap().capacity(), 0);
    }
}
