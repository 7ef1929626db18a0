//! The `concierged` command line.

use std::path::PathBuf;
use std::time::Duration;

use anyhow::Context;
use clap::{Args, Parser, Subcommand, ValueEnum};
use concierge_shared::protocol::Role;

use crate::config::{Config, RawConfig};

mod backup;
mod data;
mod docgen;
mod healthcheck;
mod init;

#[derive(Debug, Parser)]
#[command(
    name = "concierged",
    version,
    about = "Concierge daemon: AI-first customer-support chat for online shops",
    long_about = "Concierge daemon: WebSocket and HTTP server, SQLite or PostgreSQL storage, the AI assistant \
                  and staff routing, in one binary.\n\nStart it with `concierged serve`; get a token \
                  with `concierged token --sub ID --name NAME --role customer`."
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
    /// Log format on stderr.
    #[arg(long, global = true, value_enum, default_value_t = LogFormat::Text)]
    pub log_format: LogFormat,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum LogFormat {
    Text,
    Json,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Run the daemon.
    Serve(ServeArgs),
    /// Print a JWT signed with the daemon's secret.
    Token(TokenArgs),
    /// Score the assistant on labelled cases (docs/assistant.md); the last
    /// line of output is the JSON report.
    Eval(EvalArgs),
    /// Write a commented config file with a fresh JWT secret.
    Init(init::InitArgs),
    /// Copy the database to FILE while the daemon keeps running.
    Backup(backup::BackupArgs),
    /// Bring the configured database's schema up to date and print its
    /// version (SQLite, or PostgreSQL with DATABASE_URL).
    Migrate(data::MigrateArgs),
    /// Write every table of the configured database to FILE as JSON lines
    /// (see `import`).
    Export(data::ExportArgs),
    /// Load an export into the configured database, which must be new and
    /// migrated; all or nothing.
    Import(data::ImportArgs),
    /// Exit 0 if a daemon answers /healthz (for container health checks).
    Healthcheck(healthcheck::HealthcheckArgs),
    #[command(hide = true)]
    Man(docgen::ManArgs),
    #[command(hide = true)]
    Completions(docgen::CompletionsArgs),
}

/// Where settings come from, shared by every subcommand.
#[derive(Debug, Args, Clone, Default)]
pub struct SettingsArgs {
    /// Config file (TOML).
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// Data directory (database, generated secret). Default: the platform
    /// data dir (~/.local/share/concierge).
    #[arg(long, value_name = "DIR")]
    pub data_dir: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct ServeArgs {
    #[command(flatten)]
    pub settings: SettingsArgs,
    /// Address to listen on [default: 127.0.0.1:7878].
    #[arg(long, value_name = "ADDR")]
    pub listen: Option<std::net::SocketAddr>,
    /// Knowledge-base directory (default: the demo shop built in).
    #[arg(long, value_name = "DIR")]
    pub kb: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct TokenArgs {
    #[command(flatten)]
    pub settings: SettingsArgs,
    /// User id (the `sub` claim).
    #[arg(long)]
    pub sub: String,
    /// Display name.
    #[arg(long)]
    pub name: String,
    #[arg(long, value_enum)]
    pub role: RoleArg,
    /// Lifetime, like 30m, 8h or 7d.
    #[arg(long, default_value = "8h", value_parser = parse_duration)]
    pub ttl: Duration,
}

#[derive(Debug, Args)]
pub struct EvalArgs {
    #[command(flatten)]
    pub settings: SettingsArgs,
    /// Knowledge-base directory (default: the demo shop built in).
    #[arg(long, value_name = "DIR")]
    pub kb: Option<PathBuf>,
    /// Cases, JSON Lines (see docs/assistant.md).
    #[arg(long, value_name = "FILE")]
    pub cases: PathBuf,
    /// Also write one JSON line per case with what the assistant did.
    #[arg(long, value_name = "FILE")]
    pub predictions: Option<PathBuf>,
    /// Provider to evaluate (default: AI_PROVIDER, else embedded).
    #[arg(long, value_parser = ["embedded", "openai", "anthropic"])]
    pub provider: Option<String>,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum RoleArg {
    Customer,
    Staff,
    Admin,
}

impl From<RoleArg> for Role {
    fn from(r: RoleArg) -> Role {
        match r {
            RoleArg::Customer => Role::Customer,
            RoleArg::Staff => Role::Staff,
            RoleArg::Admin => Role::Admin,
        }
    }
}

/// `90s`, `30m`, `8h`, `7d`, or plain seconds.
pub fn parse_duration(s: &str) -> Result<Duration, String> {
    let s = s.trim();
    let (num, unit) = s.split_at(s.find(|c: char| !c.is_ascii_digit()).unwrap_or(s.len()));
    let n: u64 = num
        .parse()
        .map_err(|_| format!("{s:?} is not a duration like 30m, 8h or 7d"))?;
    let secs = match unit {
        "" | "s" => n,
        "m" => n * 60,
        "h" => n * 3600,
        "d" => n * 86400,
        _ => return Err(format!("{s:?}: unit must be s, m, h or d")),
    };
    Ok(Duration::from_secs(secs))
}

/// Layer the settings: defaults < file < environment (and `.env`) < flags.
pub fn load_config(settings: &SettingsArgs, flags: RawConfig) -> anyhow::Result<Config> {
    // A .env in the working directory fills the environment (real
    // environment variables win).
    let _ = dotenvy::dotenv();
    let file = match &settings.config {
        Some(p) => RawConfig::from_file(p)?,
        None => RawConfig::default(),
    };
    let env = RawConfig::from_env(|k| std::env::var(k).ok())?;
    let flags = RawConfig {
        data_dir: settings.data_dir.clone(),
        ..flags
    };
    Ok(RawConfig::default()
        .merge(file)
        .merge(env)
        .merge(flags)
        .resolve()?)
}

fn init_tracing(format: LogFormat) {
    use tracing_subscriber::EnvFilter;
    let filter = EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info"));
    // Colour only for a person at a terminal: under systemd, stderr goes to
    // the journal, where escape codes would be stored as text.
    use std::io::IsTerminal;
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_ansi(std::io::stderr().is_terminal())
        .with_writer(std::io::stderr);
    let _ = match format {
        LogFormat::Text => builder.try_init(),
        LogFormat::Json => builder.json().try_init(),
    };
}

pub fn run(cli: Cli) -> anyhow::Result<()> {
    match cli.command {
        Command::Serve(args) => {
            init_tracing(cli.log_format);
            let cfg = load_config(
                &args.settings,
                RawConfig {
                    listen: args.listen,
                    kb: args.kb,
                    ..RawConfig::default()
                },
            )?;
            let rt = tokio::runtime::Runtime::new().context("starting the async runtime")?;
            rt.block_on(async move {
                let listener = tokio::net::TcpListener::bind(cfg.listen)
                    .await
                    .with_context(|| format!("cannot listen on {}", cfg.listen))?;
                crate::server::serve(cfg, listener, crate::server::shutdown_signal()).await
            })
        }
        Command::Token(args) => {
            let cfg = load_config(&args.settings, RawConfig::default())?;
            if cfg.jwt.algorithm != crate::config::JwtAlgorithm::Hs256 {
                anyhow::bail!(
                    "concierged token signs HS256 tokens only; with JWT_ALGORITHM set to RS256 or \
                     ES256, tokens come from the holder of the private key"
                );
            }
            let (secret, _) = crate::auth::load_or_create_secret(&cfg.jwt, &cfg.data_dir)?;
            let token = concierge_shared::token::mint(
                &secret,
                &concierge_shared::token::NewToken {
                    sub: &args.sub,
                    name: &args.name,
                    role: args.role.into(),
                    ttl: args.ttl,
                    iss: cfg.jwt.issuer.as_deref(),
                    aud: cfg.jwt.audience.as_deref(),
                },
            )?;
            println!("{token}");
            Ok(())
        }
        Command::Eval(args) => {
            init_tracing(cli.log_format);
            let cfg = load_config(
                &args.settings,
                RawConfig {
                    kb: args.kb,
                    ai_provider: args.provider,
                    ..RawConfig::default()
                },
            )?;
            let assistant = concierge_assistant::Assistant::new(cfg.assistant)
                .context("loading the assistant")?;
            let rt = tokio::runtime::Runtime::new().context("starting the async runtime")?;
            let report = rt.block_on(concierge_assistant::eval::run(
                &assistant,
                &args.cases,
                args.predictions.as_deref(),
            ))?;
            println!("{}", serde_json::to_string(&report)?);
            Ok(())
        }
        Command::Init(args) => init::run(args),
        Command::Backup(args) => backup::run(args),
        Command::Migrate(args) => data::migrate(args),
        Command::Export(args) => data::export(args),
        Command::Import(args) => data::import(args),
        Command::Healthcheck(args) => healthcheck::run(args),
        Command::Man(args) => docgen::man(args),
        Command::Completions(args) => docgen::completions(args),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn cli_is_well_formed() {
        Cli::command().debug_assert();
    }

    #[test]
    fn durations_parse() {
        assert_eq!(parse_duration("8h"), Ok(Duration::from_secs(8 * 3600)));
        assert_eq!(parse_duration("90"), Ok(Duration::from_secs(90)));
        assert!(parse_duration("8 parsecs").is_err());
    }
}
