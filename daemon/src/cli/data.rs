//! `concierged migrate`, `export` and `import`: the schema and the data of
//! the configured database (SQLite, or PostgreSQL with DATABASE_URL).
//!
//! Moving from SQLite to PostgreSQL: `concierged export --output FILE`
//! with the old settings, then with DATABASE_URL set `concierged migrate`
//! and `concierged import --input FILE`.

use std::io::{BufReader, BufWriter};
use std::path::PathBuf;

use anyhow::{Context, bail};
use clap::Args;

use super::SettingsArgs;
use crate::config::{Config, RawConfig};
use crate::store::export;
use crate::store::{Direct, StoreError};

#[derive(Debug, Args)]
pub struct MigrateArgs {
    #[command(flatten)]
    pub settings: SettingsArgs,
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    /// Where to write the JSON lines (a new file, mode 0600).
    #[arg(long, value_name = "FILE")]
    pub output: PathBuf,
    #[command(flatten)]
    pub settings: SettingsArgs,
    /// Replace FILE if it exists.
    #[arg(long)]
    pub force: bool,
}

#[derive(Debug, Args)]
pub struct ImportArgs {
    /// An export written by `concierged export`.
    #[arg(long, value_name = "FILE")]
    pub input: PathBuf,
    #[command(flatten)]
    pub settings: SettingsArgs,
}

fn describe(cfg: &Config) -> String {
    match &cfg.database_url {
        Some(_) => "the PostgreSQL database (DATABASE_URL)".into(),
        None => cfg.data_dir.join("concierge.db").display().to_string(),
    }
}

fn rows(n: u64) -> String {
    format!("{n} row{}", if n == 1 { "" } else { "s" })
}

fn open(cfg: &Config, migrate: bool) -> anyhow::Result<Direct> {
    match Direct::open(cfg, migrate) {
        Err(StoreError::NotFound) => bail!("no database at {}", describe(cfg)),
        r => r.with_context(|| format!("opening {}", describe(cfg))),
    }
}

pub fn migrate(args: MigrateArgs) -> anyhow::Result<()> {
    let cfg = super::load_config(&args.settings, RawConfig::default())?;
    let mut conn = open(&cfg, true)?;
    let version = export::schema_version(&mut conn.db())?;
    println!("{} is at schema version {version}", describe(&cfg));
    Ok(())
}

pub fn export(args: ExportArgs) -> anyhow::Result<()> {
    let cfg = super::load_config(&args.settings, RawConfig::default())?;
    let mut conn = open(&cfg, false)?;
    // Customer data: readable by the owner only, like the database.
    let mut options = std::fs::OpenOptions::new();
    options.write(true);
    if args.force {
        options.create(true).truncate(true);
    } else {
        options.create_new(true);
    }
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let file = options.open(&args.output).with_context(|| {
        if args.output.exists() && !args.force {
            format!(
                "{} already exists; pass --force to replace it",
                args.output.display()
            )
        } else {
            format!("cannot create {}", args.output.display())
        }
    })?;
    let mut out = BufWriter::new(file);
    let summary = export::export(&mut conn.db(), &mut out)
        .with_context(|| format!("exporting {}", describe(&cfg)))?;
    println!(
        "exported {} (schema version {}) to {}",
        rows(summary.rows),
        summary.schema_version,
        args.output.display()
    );
    Ok(())
}

pub fn import(args: ImportArgs) -> anyhow::Result<()> {
    let cfg = super::load_config(&args.settings, RawConfig::default())?;
    let file = std::fs::File::open(&args.input)
        .with_context(|| format!("cannot open {}", args.input.display()))?;
    let mut conn = open(&cfg, false)?;
    let summary = export::import(&mut conn.db(), &mut BufReader::new(file))
        .with_context(|| format!("importing {} into {}", args.input.display(), describe(&cfg)))?;
    println!(
        "imported {} (schema version {}) into {}",
        rows(summary.rows),
        summary.schema_version,
        describe(&cfg)
    );
    Ok(())
}
