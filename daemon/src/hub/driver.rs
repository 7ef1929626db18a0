//! The driver: the one task that feeds [`Conversations`] its inputs and
//! carries out the effects it returns. It owns everything that does I/O:
//! the store, the bus to the other nodes, the sockets' queues, timers and
//! the tasks that run look-ups. It waits only for its inbox and, when the
//! store's queue is full, for room in it.

use std::collections::HashMap;
use std::sync::Arc;
use std::time::Duration;

use concierge_assistant::Assistant;
use futures_util::StreamExt;
use futures_util::future::BoxFuture;
use futures_util::stream::FuturesOrdered;
use tokio::sync::{Semaphore, mpsc};

use super::core::{Conversations, Done, Effect, Input};
use super::jobs::{self, Context, Job, LoadJob};
use super::queue::SendError;
use super::{ConnHandle, ConnId, HubHandle, HubMsg, Out, Timer};
use crate::cluster::Bus;
use crate::config::Config;
use crate::metrics::Metrics;
use crate::store::{Store, StoreError};

pub struct Hub {
    core: Conversations,
    cx: Context,
    cfg: Arc<Config>,
    /// How to reach each connection.
    conns: HashMap<ConnId, ConnHandle>,
    /// Write groups in flight, completing in submission order.
    pending: FuturesOrdered<BoxFuture<'static, Done>>,
}

impl Hub {
    /// Load the state from the database and start the hub task.
    pub async fn start(
        cfg: Arc<Config>,
        store: Store,
        assistant: Arc<Assistant>,
        metrics: Arc<Metrics>,
        bus: Option<Bus>,
        rx_tx: Option<(
            mpsc::UnboundedSender<HubMsg>,
            mpsc::UnboundedReceiver<HubMsg>,
        )>,
        hours: crate::hours::Live,
    ) -> Result<(HubHandle, tokio::task::JoinHandle<()>), StoreError> {
        let (tx, rx) = rx_tx.unwrap_or_else(mpsc::unbounded_channel);
        // Nothing is served yet: start-up may wait here.
        let chores = match &bus {
            Some(b) => jobs::claim_chores(&store, b).await,
            None => true,
        };
        let node = bus.as_ref().map(|b| b.node().to_string());
        let mut core =
            Conversations::new(cfg.clone(), assistant.clone(), metrics, node, chores, hours);
        let loaded = jobs::load(
            &store,
            LoadJob {
                startup: true,
                ..LoadJob::default()
            },
        )
        .await?;
        let effects = core.start(loaded);
        let mut hub = Hub {
            core,
            cx: Context {
                store,
                bus,
                assistant,
                ai_permits: Arc::new(Semaphore::new(cfg.ai_workers)),
                me: tx.clone(),
                shop_name: cfg.shop_name.clone(),
            },
            cfg,
            conns: HashMap::new(),
            pending: FuturesOrdered::new(),
        };
        hub.carry_out(effects).await;
        let task = tokio::spawn(hub.run(rx));
        Ok((HubHandle { tx }, task))
    }

    async fn run(mut self, mut rx: mpsc::UnboundedReceiver<HubMsg>) {
        let sweep_every = (self.cfg.session_timeout / 4)
            .clamp(Duration::from_millis(100), Duration::from_secs(30));
        let mut sweep = tokio::time::interval(sweep_every);
        sweep.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        let mut presence = tokio::time::interval(crate::cluster::PRESENCE_RENEW);
        presence.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        let clustered = self.cx.bus.is_some();
        loop {
            tokio::select! {
                biased;
                Some(done) = self.pending.next(), if !self.pending.is_empty() => {
                    self.input(Input::Committed(done)).await;
                }
                msg = rx.recv() => match msg {
                    Some(HubMsg::Shutdown { done }) => {
                        while let Some(d) = self.pending.next().await {
                            self.input(Input::Committed(d)).await;
                        }
                        if let Some(bus) = &self.cx.bus
                            && self.core.holds_chores()
                        {
                            jobs::release_chores(&self.cx.store, bus).await;
                        }
                        let _ = self.cx.store.flush().await;
                        let _ = done.send(());
                        break;
                    }
                    Some(m) => {
                        if let Some(input) = self.inbox(m) {
                            self.input(input).await;
                        }
                    }
                    None => break,
                },
                _ = sweep.tick() => self.input(Input::Sweep).await,
                _ = presence.tick(), if clustered => self.input(Input::ClusterTick).await,
            }
        }
        tracing::debug!("hub stopped");
    }

    /// A message from outside as the core's input; the connection
    /// handles stay here.
    fn inbox(&mut self, msg: HubMsg) -> Option<Input> {
        match msg {
            HubMsg::Join {
                conn,
                user,
                handle,
                reply,
            } => {
                self.conns.insert(conn, handle);
                Some(Input::Join { conn, user, reply })
            }
            HubMsg::Core(input) => Some(input),
            HubMsg::Shutdown { done } => {
                let _ = done.send(());
                None
            }
        }
    }

    async fn input(&mut self, input: Input) {
        let leaving = match &input {
            Input::Leave { conn } => Some(*conn),
            _ => None,
        };
        let effects = self.core.handle(input);
        self.carry_out(effects).await;
        if let Some(conn) = leaving {
            self.conns.remove(&conn);
        }
    }

    async fn carry_out(&mut self, effects: Vec<Effect>) {
        for effect in effects {
            match effect {
                Effect::Persist { ops, after, stream } => self.persist(ops, after, stream).await,
                Effect::Send { conn, out } => self.send(conn, out),
                Effect::Publish(e) => {
                    if let Some(b) = &self.cx.bus {
                        b.publish(e);
                    }
                }
                Effect::PublishDroppable(e) => {
                    if let Some(b) = &self.cx.bus {
                        b.publish_droppable(e);
                    }
                }
                Effect::Schedule { after, timer } => self.schedule(after, timer),
                Effect::Job(job) => self.job(job),
            }
        }
    }

    async fn persist(
        &mut self,
        ops: Vec<crate::store::Op>,
        after: super::core::After,
        stream: Option<String>,
    ) {
        match self.cx.store.submit_deferred(ops).await {
            Ok(rx) => self.pending.push_back(Box::pin(async move {
                let r = rx.await.unwrap_or(Err(StoreError::Closed));
                (r, after, stream)
            })),
            // Answered in order like any other result.
            Err(e) => self
                .pending
                .push_back(Box::pin(async move { (Err(e), after, stream) })),
        }
    }

    fn send(&self, conn: ConnId, out: Out) {
        let Some(handle) = self.conns.get(&conn) else {
            return;
        };
        match handle.tx.try_send(out) {
            Ok(()) => {}
            Err(SendError::Full) => {
                // A client that cannot keep up is dropped rather than
                // allowed to hold up everyone else; it resumes from its
                // last seq when it reconnects. Said once per connection:
                // every frame after this one would say it again.
                if !handle.kill.is_cancelled() {
                    tracing::warn!(conn = %conn, "connection queue full; dropping it");
                    handle.kill.cancel();
                }
            }
            Err(SendError::Closed) => {}
        }
    }

    fn schedule(&self, after: Duration, timer: Timer) {
        let me = self.cx.me.clone();
        tokio::spawn(async move {
            tokio::time::sleep(after).await;
            let _ = me.send(HubMsg::Core(Input::Timer(timer)));
        });
    }

    fn job(&self, job: Job) {
        self.cx.spawn(job);
    }
}
