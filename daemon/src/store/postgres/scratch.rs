//! Throwaway schemas for tests: each test gets an empty schema of its own
//! in a shared database, reached through a URL whose `options` set the
//! `search_path`, and drops it afterwards. Used by this crate's tests and
//! by the end-to-end harness.
//!
//! Names are `concierge_t_<pid>_<n>_<random>`. A schema whose process is
//! gone (a test killed before it cleaned up) is dropped by the next
//! [`create`].

use std::sync::atomic::{AtomicU64, Ordering};

use postgres::NoTls;

use crate::store::StoreError;

const PREFIX: &str = "concierge_t_";

/// The database tests use: `CONCIERGE_TEST_DATABASE_URL`, else the local
/// server with trust authentication that `.ci/run` starts.
pub fn base_url() -> String {
    std::env::var("CONCIERGE_TEST_DATABASE_URL")
        .unwrap_or_else(|_| "postgres://root@127.0.0.1:5432/test".into())
}

/// `base` with the schema as its `search_path`.
pub fn url_for(base: &str, schema: &str) -> String {
    let sep = if base.contains('?') { '&' } else { '?' };
    format!("{base}{sep}options=-csearch_path%3D{schema}")
}

/// Create a fresh schema in `base`'s database: its name and its URL.
/// Runs on a thread of its own, so async tests may call it.
pub fn create(base: &str) -> Result<(String, String), StoreError> {
    static NEXT: AtomicU64 = AtomicU64::new(0);
    let name = format!(
        "{PREFIX}{}_{}_{:08x}",
        std::process::id(),
        NEXT.fetch_add(1, Ordering::Relaxed),
        rand::random::<u32>()
    );
    let base = base.to_string();
    let schema = name.clone();
    off_runtime(move || {
        let mut client = postgres::Client::connect(&base, NoTls)?;
        drop_orphans(&mut client);
        client.batch_execute(&format!("CREATE SCHEMA {schema}"))?;
        Ok(url_for(&base, &schema))
    })
    .map(|url| (name, url))
}

/// Drop a schema made by [`create`] and everything in it.
pub fn drop(base: &str, schema: &str) -> Result<(), StoreError> {
    if !valid_name(schema) {
        return Err(StoreError::Conflict("not a scratch schema"));
    }
    let base = base.to_string();
    let schema = schema.to_string();
    off_runtime(move || {
        let mut client = postgres::Client::connect(&base, NoTls)?;
        client.batch_execute(&format!("DROP SCHEMA IF EXISTS {schema} CASCADE"))?;
        Ok(())
    })
}

fn valid_name(s: &str) -> bool {
    s.starts_with(PREFIX) && s.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
}

/// Best effort: schemas left by processes that no longer run.
fn drop_orphans(client: &mut postgres::Client) {
    let Ok(rows) = client.query(
        "SELECT nspname FROM pg_namespace WHERE nspname LIKE 'concierge\\_t\\_%'",
        &[],
    ) else {
        return;
    };
    for row in rows {
        let Ok(name) = row.try_get::<_, String>(0) else {
            continue;
        };
        let pid = name[PREFIX.len()..].split('_').next().unwrap_or("");
        let alive = pid.is_empty() || std::path::Path::new(&format!("/proc/{pid}")).exists();
        if !alive && valid_name(&name) {
            let _ = client.batch_execute(&format!("DROP SCHEMA IF EXISTS {name} CASCADE"));
        }
    }
}

/// The sync client runs its own runtime, which cannot start on an async
/// thread: do the work on a plain thread.
fn off_runtime<T: Send + 'static>(
    f: impl FnOnce() -> Result<T, StoreError> + Send + 'static,
) -> Result<T, StoreError> {
    std::thread::spawn(f)
        .join()
        .unwrap_or(Err(StoreError::Closed))
}
