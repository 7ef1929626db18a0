//! `concierged backup FILE`: a consistent copy of the database while the
//! daemon keeps running.
//!
//! Copying `concierge.db` with `cp` is not safe: in WAL mode the latest
//! commits live in `concierge.db-wal` until a checkpoint, and a copy taken
//! mid-checkpoint can be torn. SQLite's online backup API reads one snapshot
//! through the normal locking protocol instead.

use std::path::{Path, PathBuf};
use std::time::Duration;

use anyhow::{Context, bail};
use clap::Args;
use rusqlite::backup::{Backup, StepResult};
use rusqlite::{Connection, OpenFlags};

use super::SettingsArgs;
use crate::config::RawConfig;

#[derive(Debug, Args)]
pub struct BackupArgs {
    /// Where to write the copy (a new SQLite file, mode 0600).
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
    #[command(flatten)]
    pub settings: SettingsArgs,
    /// Replace FILE if it exists.
    #[arg(long)]
    pub force: bool,
}

pub fn run(args: BackupArgs) -> anyhow::Result<()> {
    let cfg = super::load_config(&args.settings, RawConfig::default())?;
    if cfg.database_url.is_some() {
        bail!(
            "concierged backup copies the SQLite file; with DATABASE_URL the data is in \
             PostgreSQL: back it up with pg_dump (or use concierged export)"
        );
    }
    let source = cfg.data_dir.join("concierge.db");
    let stats = backup(&source, &args.file, args.force)?;
    println!(
        "backed up {} to {} ({} pages, integrity ok)",
        source.display(),
        args.file.display(),
        stats.pages
    );
    Ok(())
}

#[derive(Debug)]
pub struct BackupStats {
    pub pages: i32,
}

/// Copy the database at `source` to a new file `dest`.
///
/// The copy is written next to `dest` under a temporary name, checked with
/// `PRAGMA integrity_check` and then renamed, so `dest` is either a good
/// backup or untouched.
pub fn backup(source: &Path, dest: &Path, force: bool) -> anyhow::Result<BackupStats> {
    if !source.is_file() {
        bail!("no database at {}", source.display());
    }
    if !force && dest.symlink_metadata().is_ok() {
        bail!(
            "{} already exists; pass --force to replace it",
            dest.display()
        );
    }
    // Writing over the live database (or its WAL) would destroy it.
    if let (Ok(a), Ok(b)) = (source.canonicalize(), dest.canonicalize())
        && a == b
    {
        bail!("{} is the live database", dest.display());
    }
    // Read-only: the backup must never change the daemon's file, and it
    // must not create the database when the path is wrong.
    let src = Connection::open_with_flags(
        source,
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
    .with_context(|| format!("cannot open {}", source.display()))?;
    src.busy_timeout(Duration::from_secs(10))?;

    let dir = match dest.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
    std::fs::create_dir_all(&dir).with_context(|| format!("cannot create {}", dir.display()))?;
    let tmp = dir.join(format!(
        ".{}.{}.tmp",
        dest.file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| "backup".into()),
        uuid::Uuid::new_v4().simple()
    ));
    let result = copy_into(&src, &tmp).and_then(|pages| {
        std::fs::rename(&tmp, dest)
            .with_context(|| format!("cannot move the backup to {}", dest.display()))?;
        Ok(BackupStats { pages })
    });
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}

fn copy_into(src: &Connection, tmp: &Path) -> anyhow::Result<i32> {
    // Create the file ourselves so it is private from the first byte: it
    // holds every customer conversation.
    {
        let mut opts = std::fs::OpenOptions::new();
        opts.write(true).create_new(true);
        #[cfg(unix)]
        std::os::unix::fs::OpenOptionsExt::mode(&mut opts, 0o600);
        opts.open(tmp)
            .with_context(|| format!("cannot create {}", tmp.display()))?;
    }
    let mut dst =
        Connection::open(tmp).with_context(|| format!("cannot open {}", tmp.display()))?;
    let pages = {
        let backup = Backup::new(src, &mut dst)?;
        // All pages in one step: the copy happens inside one read
        // transaction, so it is one snapshot. In WAL mode that transaction
        // does not block the daemon's writer. Copying in slices instead
        // would restart from scratch each time the daemon (another
        // process) commits, which under steady traffic may never finish.
        let mut tries = 0;
        loop {
            match backup.step(-1)? {
                StepResult::Done => break,
                StepResult::More => {}
                StepResult::Busy | StepResult::Locked => {
                    tries += 1;
                    if tries > 100 {
                        bail!("the database stayed locked; is a migration running?");
                    }
                    std::thread::sleep(Duration::from_millis(100));
                }
                // StepResult is non_exhaustive.
                _ => std::thread::sleep(Duration::from_millis(100)),
            }
        }
        backup.progress().pagecount
    };
    // The copy keeps WAL mode from the source header; make it a single
    // self-contained file so it can be moved or restored as is.
    dst.pragma_update(None, "journal_mode", "DELETE")?;
    let check: String = dst.query_row("PRAGMA integrity_check", [], |r| r.get(0))?;
    if check != "ok" {
        bail!("the copy failed its integrity check: {check}");
    }
    dst.close()
        .map_err(|(_, e)| e)
        .with_context(|| format!("cannot finish {}", tmp.display()))?;
    std::fs::File::open(tmp)
        .and_then(|f| f.sync_all())
        .with_context(|| format!("cannot sync {}", tmp.display()))?;
    Ok(pages)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::{NewMessage, Op, Store, SyncMode};
    use concierge_shared::protocol::{MessageType, SenderRole};

    fn count(path: &Path, sql: &str) -> i64 {
        let c = Connection::open(path).unwrap();
        c.query_row(sql, [], |r| r.get(0)).unwrap()
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn backup_while_the_store_writes_is_a_valid_database() {
        let tmp = tempfile::tempdir().unwrap();
        let data = tmp.path().join("data");
        let store = Store::open(&data, SyncMode::Normal).unwrap();
        let sid = uuid::Uuid::new_v4().to_string();
        store
            .submit(vec![Op::CreateSession {
                uuid: sid.clone(),
                user_id: "c1".into(),
                user_name: "Carol".into(),
                now: 1,
            }])
            .await
            .unwrap();
        // Writes keep landing on another task while the backups run.
        let writer = store.clone();
        let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
        let stop_w = stop.clone();
        let writes = tokio::spawn(async move {
            let mut n = 0u64;
            while !stop_w.load(std::sync::atomic::Ordering::Relaxed) {
                writer
                    .submit(vec![Op::AppendMessage {
                        session_uuid: sid.clone(),
                        message: NewMessage {
                            sender_id: Some("c1".into()),
                            sender_name: Some("Carol".into()),
                            sender_role: SenderRole::Customer,
                            message_type: MessageType::Text,
                            content: format!("message {n}"),
                            ai_generated: false,
                            client_msg_id: None,
                        },
                        now: n as i64,
                    }])
                    .await
                    .unwrap();
                n += 1;
            }
            n
        });
        // Let some rows land first.
        while count(
            &data.join("concierge.db"),
            "SELECT count(*) FROM chat_messages",
        ) < 50
        {
            tokio::time::sleep(Duration::from_millis(5)).await;
        }
        let src = data.join("concierge.db");
        let mut seen = Vec::new();
        for i in 0..3 {
            let dest = tmp.path().join(format!("backups/b{i}.db"));
            let (s, d) = (src.clone(), dest.clone());
            tokio::task::spawn_blocking(move || backup(&s, &d, false))
                .await
                .unwrap()
                .unwrap();
            let c = Connection::open(&dest).unwrap();
            let check: String = c
                .query_row("PRAGMA integrity_check", [], |r| r.get(0))
                .unwrap();
            assert_eq!(check, "ok");
            let rows = count(&dest, "SELECT count(*) FROM chat_messages");
            let sessions = count(&dest, "SELECT count(*) FROM chat_sessions");
            assert_eq!(sessions, 1);
            assert!(rows >= 50, "backup {i} has {rows} messages");
            // A snapshot: the messages are a gap-free prefix of what was
            // written.
            let max_seq = count(&dest, "SELECT coalesce(max(seq), 0) FROM chat_messages");
            assert_eq!(max_seq, rows, "backup {i} is not a consistent prefix");
            seen.push(rows);
            #[cfg(unix)]
            {
                use std::os::unix::fs::PermissionsExt;
                let mode = std::fs::metadata(&dest).unwrap().permissions().mode();
                assert_eq!(mode & 0o777, 0o600);
            }
        }
        stop.store(true, std::sync::atomic::Ordering::Relaxed);
        let written = writes.await.unwrap();
        assert!(seen.windows(2).all(|w| w[0] <= w[1]), "{seen:?}");
        assert!(*seen.last().unwrap() as u64 <= written);
        // The copy opens as a store: it is a restorable data dir.
        let restored = tmp.path().join("restored");
        std::fs::create_dir_all(&restored).unwrap();
        std::fs::copy(
            tmp.path().join("backups/b2.db"),
            restored.join("concierge.db"),
        )
        .unwrap();
        Store::open(&restored, SyncMode::Full).unwrap();
    }

    #[test]
    fn refuses_missing_source_existing_dest_and_the_live_file() {
        let tmp = tempfile::tempdir().unwrap();
        let src = tmp.path().join("concierge.db");
        let e = backup(&src, &tmp.path().join("b.db"), false).unwrap_err();
        assert!(e.to_string().contains("no database"), "{e}");
        assert!(!src.exists(), "a backup must not create the database");

        Connection::open(&src)
            .unwrap()
            .execute_batch("CREATE TABLE t(x); INSERT INTO t VALUES (1);")
            .unwrap();
        let dest = tmp.path().join("b.db");
        std::fs::write(&dest, b"keep me").unwrap();
        let e = backup(&src, &dest, false).unwrap_err();
        assert!(e.to_string().contains("--force"), "{e}");
        assert_eq!(std::fs::read(&dest).unwrap(), b"keep me");
        let e = backup(&src, &src, true).unwrap_err();
        assert!(e.to_string().contains("live database"), "{e}");
        backup(&src, &dest, true).unwrap();
        assert_eq!(count(&dest, "SELECT count(*) FROM t"), 1);
    }
}
