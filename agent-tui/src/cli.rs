//! Command-line flags. `--server` and `--token` also come from the
//! environment (`CONCIERGE_SERVER`, `CONCIERGE_TOKEN`); everything else
//! the config file can say lives there.

use std::path::PathBuf;

use clap::Parser;

use crate::config::{self, Config, ConfigError, Overrides, Secret};

#[derive(Debug, Parser)]
#[command(
    name = "concierge-agent",
    version,
    about = "Concierge staff console: take over customer chats from the terminal",
    after_help = "Keys: press ? inside the console. Config file: ~/.config/concierge/agent.toml \
                  (server, token, bell, [keys], [canned])."
)]
pub struct Cli {
    /// Daemon address: host:port, http(s)://… or ws(s)://…[/ws].
    #[arg(long, env = "CONCIERGE_SERVER", value_name = "URL")]
    pub server: Option<String>,
    /// Staff JWT (role staff or admin).
    #[arg(
        long,
        env = "CONCIERGE_TOKEN",
        value_name = "JWT",
        hide_env_values = true
    )]
    pub token: Option<String>,
    /// Mint a staff token for NAME from a local daemon's secret (its data
    /// dir's jwt_secret); for development and demos.
    #[arg(long, value_name = "NAME")]
    pub dev_login: Option<String>,
    /// The daemon's data dir, for --dev-login.
    #[arg(long, value_name = "DIR", requires = "dev_login")]
    pub data_dir: Option<PathBuf>,
    /// Config file (default: the platform config dir's concierge/agent.toml).
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// Where to write log files (overrides the config file).
    #[arg(long, value_name = "DIR")]
    pub log_dir: Option<PathBuf>,
    /// Write concierge-agent.1 into DIR and exit (packaging/gen-docs.sh).
    #[arg(long, value_name = "DIR", hide = true)]
    pub generate_man: Option<PathBuf>,
    /// Print the completion script for SHELL and exit (packaging/gen-docs.sh).
    #[arg(long, value_name = "SHELL", hide = true)]
    pub generate_completions: Option<clap_complete::Shell>,
}

impl Cli {
    /// Man page and completions come from these definitions so they cannot
    /// drift. Returns whether one was asked for (then the console must not
    /// start).
    pub fn generate_docs(&self) -> std::io::Result<bool> {
        use clap::CommandFactory;
        if let Some(dir) = &self.generate_man {
            std::fs::create_dir_all(dir)?;
            clap_mangen::Man::new(Cli::command()).generate_to(dir)?;
            return Ok(true);
        }
        if let Some(shell) = self.generate_completions {
            let mut cmd = Cli::command();
            clap_complete::generate(shell, &mut cmd, "concierge-agent", &mut std::io::stdout());
            return Ok(true);
        }
        Ok(false)
    }

    /// Read the config file and combine it with the flags.
    pub fn resolve(self) -> Result<Config, ConfigError> {
        let (path, must_exist) = match self.config {
            Some(p) => (Some(p), true),
            None => (config::default_config_path(), false),
        };
        let file = match path {
            Some(p) => config::load_file(&p, must_exist)?,
            None => Default::default(),
        };
        let mut cfg = config::resolve(
            file,
            Overrides {
                server: self.server,
                token: self.token.map(Secret::new),
                dev_login: self.dev_login,
                data_dir: self.data_dir,
            },
        )?;
        if let Some(dir) = self.log_dir {
            cfg.log_dir = dir;
        }
        Ok(cfg)
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
}
