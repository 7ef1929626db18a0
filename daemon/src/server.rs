//! Wiring: open the store, load the secret and the assistant, start the
//! hub, and serve HTTP and WebSocket on one listener until shutdown.

use std::future::Future;
use std::sync::Arc;
use std::sync::atomic::AtomicU64;
use std::time::Duration;

use axum::Router;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use concierge_assistant::Assistant;
use tokio::net::TcpListener;
use tokio_util::sync::CancellationToken;
use tokio_util::task::TaskTracker;

use crate::admission::{Admission, AdmissionLimits, Rate, Sockets};
use crate::auth::{Authenticator, load_or_create_secret};
use crate::config::Config;
use crate::hub::{Hub, HubHandle, HubMsg, Input};
use crate::metrics::Metrics;
use crate::store::Store;

/// Everything a request handler or connection needs. Cheap to clone.
#[derive(Clone)]
pub struct AppState {
    pub cfg: Arc<Config>,
    pub store: Store,
    pub hub: HubHandle,
    pub auth: Arc<Authenticator>,
    pub metrics: Arc<Metrics>,
    pub assistant: Arc<Assistant>,
    /// Cancelled when the server stops: connections close with a frame.
    pub shutdown: CancellationToken,
    pub tracker: TaskTracker,
    pub next_conn: Arc<AtomicU64>,
    /// Open sockets per user, and the caps on connections.
    pub sockets: Arc<Sockets>,
    /// The web widget's files and guest tokens.
    pub widget: Arc<crate::widget::Widget>,
    /// Issue 17: the business hours in force.
    pub hours: crate::hours::Live,
}

/// Descriptors kept free for everything that is not a client socket (the
/// database, Redis, webhooks, logs).
const FD_RESERVE: u64 = 256;

/// How long connections get to close after shutdown begins.
const SHUTDOWN_DEADLINE: Duration = Duration::from_secs(5);

/// Run a daemon on `listener` until `shutdown` resolves; then stop
/// accepting, close every socket with a close frame and flush pending
/// writes. Tests call this with a listener on `127.0.0.1:0`.
pub async fn serve(
    cfg: Config,
    listener: TcpListener,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> anyhow::Result<()> {
    use anyhow::Context;
    let cfg = Arc::new(cfg);
    let store = open_store(cfg.clone()).await?;
    let (secret, from_file) = load_or_create_secret(&cfg.jwt, &cfg.data_dir)?;
    if let Some((path, created)) = from_file {
        if created {
            tracing::info!(path = %path.display(), "no JWT_SECRET configured: generated one and saved it (mode 0600)");
        } else {
            tracing::info!(path = %path.display(), "using the JWT secret saved in the data dir");
        }
    }
    let auth = Arc::new(Authenticator::from_settings(&secret, &cfg.jwt)?);
    let widget = Arc::new(crate::widget::Widget::new(&cfg, &secret));
    let assistant =
        Arc::new(Assistant::new(cfg.assistant.clone()).context("loading the assistant")?);
    let metrics = Arc::new(Metrics::default());
    crate::webhook::enable(&store, cfg.webhook.url.is_some())
        .await
        .context("switching webhook recording")?;
    let token = CancellationToken::new();
    let node_id = cfg
        .redis_url
        .as_ref()
        .map(|_| cfg.node_id.clone().unwrap_or_else(default_node_id));
    let (bus, channel) = match (&cfg.redis_url, &node_id) {
        (Some(url), Some(node)) => {
            let (tx, rx) = tokio::sync::mpsc::unbounded_channel();
            let to_hub = tx.clone();
            let bus = crate::cluster::Bus::start(
                &url.0,
                cfg.redis_ca_file.as_deref(),
                &cfg.redis_key_prefix,
                node,
                move |m| to_hub.send(HubMsg::Core(m.into())).is_ok(),
                token.clone(),
            )
            .context("REDIS_URL")?;
            let _ = metrics.cluster.set(bus.stats.clone());
            tracing::info!(node, prefix = %cfg.redis_key_prefix, "clustered: news of commits goes through redis");
            (Some(bus), Some((tx, rx)))
        }
        _ => (None, None),
    };
    let hours = crate::hours::Live::new(load_hours(&store, &cfg).await?);
    let (hub, hub_task) = Hub::start(
        cfg.clone(),
        store.clone(),
        assistant.clone(),
        metrics.clone(),
        bus,
        channel,
        hours.clone(),
    )
    .await
    .context("rebuilding state from the database")?;
    let admission = Admission::new(admission_limits(&cfg));
    let sockets = Sockets::new(
        admission.clone(),
        cfg.limits.max_sockets_per_user,
        Rate::new(
            cfg.limits
                .user_rate_limit_per_sec
                .unwrap_or(cfg.rate_limit_per_sec * 2.0),
            cfg.limits
                .user_rate_limit_burst
                .unwrap_or(cfg.rate_limit_burst.saturating_mul(2)),
        ),
    );
    let state = AppState {
        sockets,
        cfg: cfg.clone(),
        store: store.clone(),
        hub: hub.clone(),
        auth,
        metrics,
        assistant,
        shutdown: token.clone(),
        tracker: TaskTracker::new(),
        next_conn: Arc::new(AtomicU64::new(1)),
        widget,
        hours: hours.clone(),
    };
    // Issue 17: the mail outbox's sender.
    if let Some(mail) = &cfg.mail {
        let mut sender = crate::mail::Sender::new(store.clone(), mail)?;
        if let Some(node) = &node_id {
            sender = sender.clustered(node);
        }
        state.tracker.spawn(sender.run(token.clone()));
    }
    if cfg.redis_url.is_some() {
        // Several daemons: an admin's change reaches the others here.
        state.tracker.spawn(refresh_hours(
            store.clone(),
            cfg.clone(),
            hours,
            token.clone(),
        ));
    }
    if let Some(mut worker) =
        crate::webhook::Worker::new(store.clone(), &cfg.webhook, state.metrics.clone())
    {
        if let Some(node) = &node_id {
            worker = worker.clustered(node);
        }
        state.tracker.spawn(worker.run(token.clone()));
    }
    let app = router(state.clone());
    let addr = listener.local_addr()?;
    tracing::info!(%addr, data_dir = %cfg.data_dir.display(), provider = state.assistant.provider_name(), "concierged listening");

    let accepting = tokio::spawn(crate::accept::run(
        listener,
        app,
        admission,
        crate::accept::AcceptSettings {
            max_header_bytes: cfg.limits.max_header_bytes,
            header_read_timeout: cfg.limits.header_read_timeout,
            request_timeout: cfg.limits.request_timeout,
        },
        token.clone(),
    ));
    shutdown.await;
    // Before any socket closes, so those closes are not read as staff
    // leaving.
    hub.send(HubMsg::Core(Input::Draining));
    // Stops accepting, lets HTTP requests finish and closes every
    // WebSocket with a close frame.
    token.cancel();
    if let Err(e) = accepting.await {
        tracing::warn!(error = %e, "the accept loop failed");
    }
    token.cancel();
    state.tracker.close();
    if tokio::time::timeout(SHUTDOWN_DEADLINE, state.tracker.wait())
        .await
        .is_err()
    {
        tracing::warn!("some connections did not close in time");
    }
    let (done, wait) = tokio::sync::oneshot::channel();
    if hub.send(HubMsg::Shutdown { done }) {
        let _ = tokio::time::timeout(SHUTDOWN_DEADLINE, wait).await;
    }
    drop(hub);
    let _ = tokio::time::timeout(SHUTDOWN_DEADLINE, hub_task).await;
    store.flush().await.ok();
    tracing::info!("concierged stopped");
    Ok(())
}

/// Issue 17: the hours an admin stored win over the config file's.
async fn load_hours(store: &Store, cfg: &Config) -> anyhow::Result<Option<crate::hours::Schedule>> {
    use anyhow::Context;
    let stored = store
        .read(crate::store::offline::hours_spec)
        .await
        .context("reading the business hours")?;
    let Some(text) = stored else {
        return Ok(cfg.hours.clone());
    };
    let parsed = serde_json::from_str::<crate::hours::HoursSpec>(&text)
        .map_err(|e| e.to_string())
        .and_then(|spec| crate::hours::Schedule::parse(&spec).map_err(|e| e.to_string()));
    match parsed {
        Ok(s) => Ok(Some(s)),
        Err(error) => {
            tracing::warn!(%error, "the stored business hours do not parse; using the config file's");
            Ok(cfg.hours.clone())
        }
    }
}

async fn refresh_hours(
    store: Store,
    cfg: Arc<Config>,
    hours: crate::hours::Live,
    stop: CancellationToken,
) {
    let mut tick = tokio::time::interval(Duration::from_secs(5));
    loop {
        tokio::select! {
            _ = stop.cancelled() => return,
            _ = tick.tick() => {
                if let Ok(s) = load_hours(&store, &cfg).await {
                    hours.set(s);
                }
            }
        }
    }
}

/// The connection caps, kept below the open-files limit (raised to its
/// hard limit first): past it, accepting fails instead of answering 503.
fn admission_limits(cfg: &Config) -> AdmissionLimits {
    let mut max = cfg.limits.max_connections;
    if let Some(fds) = crate::accept::raise_fd_limit() {
        let room = usize::try_from(fds.saturating_sub(FD_RESERVE).max(16)).unwrap_or(usize::MAX);
        if room < max {
            tracing::warn!(
                max_connections = max,
                open_files_limit = fds,
                lowered_to = room,
                "MAX_CONNECTIONS is above what the open-files limit allows; lowered"
            );
            max = room;
        }
    }
    AdmissionLimits {
        max_connections: max,
        max_pending: cfg.limits.max_pending.min(max),
        max_pending_per_address: cfg.limits.max_pending_per_address,
    }
}

/// The configured store, opened off the async threads (connecting and
/// migrating block).
pub async fn open_store(cfg: Arc<Config>) -> anyhow::Result<Store> {
    use anyhow::Context;
    let what = match &cfg.database_url {
        Some(_) => "connecting to PostgreSQL (DATABASE_URL)".to_string(),
        None => format!("opening the database in {}", cfg.data_dir.display()),
    };
    tokio::task::spawn_blocking(move || Store::open_config(&cfg))
        .await
        .context("the store's start-up task failed")?
        .context(what)
}

pub fn router(state: AppState) -> Router {
    let mut router = Router::new()
        .route("/healthz", get(healthz))
        .route("/readyz", get(readyz))
        .route("/ws", get(crate::ws::handler))
        .route("/metrics", get(crate::metrics::handler))
        .nest("/api/v1", crate::api::router(&state))
        .merge(crate::widget::routes())
        .fallback(not_found);
    let origins: Vec<axum::http::HeaderValue> = state
        .cfg
        .cors_origins
        .iter()
        .filter_map(|o| o.parse().ok())
        .collect();
    if !origins.is_empty() {
        router = router.layer(
            tower_http::cors::CorsLayer::new()
                .allow_origin(origins)
                .allow_methods(tower_http::cors::Any)
                .allow_headers(tower_http::cors::Any),
        );
    }
    router.with_state(state)
}

async fn healthz() -> Response {
    axum::Json(serde_json::json!({"status": "ok"})).into_response()
}

/// Ready when the database answers a read and the write path works. After
/// a write failed (a full disk, a lost database), every call tries a write
/// of its own, larger than any message ([`PROBE_BYTES`]), and readiness
/// comes back by itself once that succeeds.
async fn readyz(State(app): State<AppState>) -> Response {
    use std::sync::atomic::Ordering;
    let unavailable = |message: &str| {
        (
            StatusCode::SERVICE_UNAVAILABLE,
            axum::Json(serde_json::json!({"status": "unavailable", "message": message})),
        )
            .into_response()
    };
    let read_ok = app
        .store
        .read(|db| db.query_value::<i64>("SELECT 1", &[]))
        .await
        .is_ok();
    if !read_ok {
        return unavailable("database unreachable");
    }
    let failing = &app.store.stats.writes_failing;
    if failing.load(Ordering::Relaxed) {
        // Written and deleted in one group: it leaves nothing behind.
        let name = format!(
            "readiness-probe:{}",
            app.cfg.node_id.as_deref().unwrap_or("node")
        );
        let probe = vec![
            crate::store::Op::ClaimLease {
                name: name.clone(),
                holder: "p".repeat(PROBE_BYTES),
                ttl_ms: 1,
                now: crate::hub::now_ms(),
            },
            crate::store::Op::ReleaseLease {
                name,
                holder: "p".repeat(PROBE_BYTES),
            },
        ];
        if app.store.submit(probe).await.is_err() {
            return unavailable(
                "writes are failing (see the log and concierge_store_failed_commits_total)",
            );
        }
        failing.store(false, Ordering::Relaxed);
    }
    axum::Json(serde_json::json!({"status": "ready"})).into_response()
}

/// The size of `/readyz`'s probe write: more than the longest message
/// (`MAX_CONTENT_CHARS` of four-byte characters).
const PROBE_BYTES: usize = 64 * 1024;

async fn not_found() -> Response {
    (
        StatusCode::NOT_FOUND,
        axum::Json(serde_json::json!({"error": "not_found", "message": "no such path"})),
    )
        .into_response()
}

/// Resolves on SIGINT or SIGTERM.
pub async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {},
        _ = term => {},
    }
    tracing::info!("shutdown requested");
}

/// A node name that is unique per process: host name and a random suffix.
fn default_node_id() -> String {
    let host = std::fs::read_to_string("/etc/hostname")
        .ok()
        .map(|h| h.trim().to_string())
        .filter(|h| !h.is_empty())
        .unwrap_or_else(|| "node".into());
    let id = uuid::Uuid::new_v4().simple().to_string();
    format!("{host}-{}", &id[..8])
}
