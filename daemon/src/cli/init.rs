//! `concierged init`: write a commented config file holding every setting.
//!
//! The file lists each key of [`RawConfig`] with its environment name and
//! default, commented out, so an operator edits one file instead of reading
//! the docs. Only `data_dir` and a fresh `jwt_secret` are live: pinning the
//! secret in the file keeps tokens valid if the data dir is ever rebuilt
//! from a backup that lacks `jwt_secret`. The same text without a secret is
//! shipped as `packaging/concierged.example.toml` (a test keeps them equal).
//!
//! [`RawConfig`]: crate::config::RawConfig

use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::{Context, bail};
use clap::Args;

#[derive(Debug, Args)]
pub struct InitArgs {
    /// Where to write the file [default: the platform config dir's
    /// concierge/concierged.toml, e.g. ~/.config/concierge/concierged.toml].
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// The data_dir to write into the file [default: the platform data
    /// dir, e.g. ~/.local/share/concierge].
    #[arg(long, value_name = "DIR")]
    pub data_dir: Option<PathBuf>,
    /// Replace an existing file (its secret is lost, so tokens signed with
    /// it stop working).
    #[arg(long)]
    pub force: bool,
}

use crate::settings::{Fallback, GROUPS};

/// What [`render`] writes live (uncommented).
pub struct Live<'a> {
    /// Absolute, UTF-8.
    pub data_dir: Option<&'a str>,
    pub jwt_secret: Option<&'a str>,
}

/// The config file text.
pub fn render(live: &Live<'_>) -> String {
    let mut out = String::from(
        "# Concierge daemon configuration (concierged --config FILE).\n\
         #\n\
         # Written by `concierged init`. Every setting is listed with its\n\
         # environment variable and default; a line starting with `#key =` is\n\
         # commented out, so the default applies. Layers, later wins:\n\
         # defaults < this file < environment (and .env) < command-line flags.\n\
         # An unknown key is an error. See docs/configuration.md.\n",
    );
    for group in GROUPS {
        out.push_str(&format!("\n# ---- {} ----\n", group.title.replace('`', "")));
        for s in group.settings {
            out.push('\n');
            for line in wrap(&s.doc.replace('`', ""), 74) {
                out.push_str(&format!("# {line}\n"));
            }
            match s.fallback {
                Fallback::Value(v) => out.push_str(&format!("# env {}; default {v}\n", s.env)),
                Fallback::Unset { meaning, .. } => out.push_str(&format!(
                    "# env {}; unset: {}\n",
                    s.env,
                    meaning.replace('`', "")
                )),
                Fallback::Derived { meaning, .. } => out.push_str(&format!(
                    "# env {}; default: {}\n",
                    s.env,
                    meaning.replace('`', "")
                )),
            }
            let live_value = match s.key {
                "data_dir" => live.data_dir,
                "jwt_secret" => live.jwt_secret,
                _ => None,
            };
            match live_value {
                Some(v) => out.push_str(&format!("{} = {}\n", s.key, toml_string(v))),
                None => out.push_str(&format!("#{} = {}\n", s.key, s.fallback.toml_value())),
            }
        }
    }
    out
}

/// Words of `text` in lines of at most `width` characters (a longer word
/// gets a line of its own).
fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        if !line.is_empty() && line.chars().count() + 1 + word.chars().count() > width {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

/// A TOML basic string with everything escaped that needs it.
fn toml_string(s: &str) -> String {
    toml::Value::String(s.to_owned()).to_string()
}

pub fn default_config_path() -> Option<PathBuf> {
    directories::ProjectDirs::from("", "", "concierge")
        .map(|d| d.config_dir().join("concierged.toml"))
}

pub fn run(args: InitArgs) -> anyhow::Result<()> {
    let path = match args.config {
        Some(p) => p,
        None => {
            default_config_path().context("no config dir on this platform: pass --config FILE")?
        }
    };
    let data_dir = match args.data_dir {
        Some(d) => d,
        None => concierge_shared::token::default_data_dir()
            .context("no data dir on this platform: pass --data-dir DIR")?,
    };
    // The daemon may start from another working directory (systemd starts
    // it in /), so a relative data dir would point somewhere else.
    let data_dir = std::path::absolute(&data_dir)
        .with_context(|| format!("cannot make {} absolute", data_dir.display()))?;
    let Some(data_dir) = data_dir.to_str() else {
        bail!("the data dir {} is not valid UTF-8", data_dir.display());
    };
    let secret = {
        use rand::RngCore;
        let mut bytes = [0u8; 32];
        rand::rng().fill_bytes(&mut bytes);
        hex::encode(bytes)
    };
    let text = render(&Live {
        data_dir: Some(data_dir),
        jwt_secret: Some(&secret),
    });
    write_private(&path, text.as_bytes(), args.force)?;
    println!("wrote {}", path.display());
    println!(
        "start the daemon with: concierged serve --config {}",
        path.display()
    );
    Ok(())
}

/// Write `bytes` to `path` with mode 0600, refusing to replace a file unless
/// `force`. The text goes to a temporary file in the same directory first and
/// is renamed into place, so the secret is never readable by others, not even
/// for a moment, and an interrupted run leaves no half-written config.
fn write_private(path: &Path, bytes: &[u8], force: bool) -> anyhow::Result<()> {
    if !force && path.symlink_metadata().is_ok() {
        bail!(
            "{} already exists; pass --force to replace it (its jwt_secret is lost)",
            path.display()
        );
    }
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
    std::fs::create_dir_all(&dir).with_context(|| format!("cannot create {}", dir.display()))?;
    let mut tmp = tempfile_in(&dir)?;
    tmp.1
        .write_all(bytes)
        .and_then(|()| tmp.1.sync_all())
        .with_context(|| format!("cannot write {}", tmp.0.display()))?;
    let result = std::fs::rename(&tmp.0, path);
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp.0);
    }
    result.with_context(|| format!("cannot write {}", path.display()))
}

/// A new file in `dir` that only its owner may read.
fn tempfile_in(dir: &Path) -> anyhow::Result<(PathBuf, std::fs::File)> {
    let mut opts = std::fs::OpenOptions::new();
    opts.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut opts, 0o600);
    let name = format!(".concierged.toml.{}.tmp", uuid::Uuid::new_v4().simple());
    let path = dir.join(name);
    let file = opts
        .open(&path)
        .with_context(|| format!("cannot create {}", path.display()))?;
    Ok((path, file))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::RawConfig;

    fn example() -> String {
        render(&Live {
            data_dir: Some("/var/lib/concierge"),
            jwt_secret: None,
        })
    }

    /// Every `#key = value` line made live.
    fn uncomment_all(text: &str) -> String {
        text.lines()
            .map(|l| match l.strip_prefix('#') {
                Some(rest) if rest.starts_with(|c: char| c.is_ascii_lowercase()) => rest,
                _ => l,
            })
            .collect::<Vec<_>>()
            .join("\n")
    }

    fn init_into(dir: &Path, force: bool) -> anyhow::Result<()> {
        run(InitArgs {
            config: Some(dir.join("etc/concierged.toml")),
            data_dir: Some(dir.join("data")),
            force,
        })
    }

    #[test]
    fn written_file_parses_and_holds_only_data_dir_and_a_fresh_secret() {
        let tmp = tempfile::tempdir().unwrap();
        init_into(tmp.path(), false).unwrap();
        let path = tmp.path().join("etc/concierged.toml");
        let raw = RawConfig::from_file(&path).unwrap();
        let secret = raw.jwt_secret.clone().unwrap();
        assert_eq!(secret.len(), 64);
        assert!(secret.bytes().all(|b| b.is_ascii_hexdigit()));
        assert_eq!(
            raw.data_dir.as_deref(),
            Some(tmp.path().join("data").as_path())
        );
        let expected = RawConfig {
            data_dir: raw.data_dir.clone(),
            jwt_secret: raw.jwt_secret.clone(),
            ..RawConfig::default()
        };
        assert_eq!(format!("{raw:?}"), format!("{expected:?}"));
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&path).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o600);
        }
        // The daemon starts from it.
        let cfg = RawConfig::default().merge(raw).resolve().unwrap();
        assert_eq!(cfg.data_dir, tmp.path().join("data"));
    }

    #[test]
    fn refuses_to_overwrite_without_force_and_force_makes_a_new_secret() {
        let tmp = tempfile::tempdir().unwrap();
        let path = tmp.path().join("etc/concierged.toml");
        init_into(tmp.path(), false).unwrap();
        let first = std::fs::read_to_string(&path).unwrap();
        let e = init_into(tmp.path(), false).unwrap_err();
        assert!(e.to_string().contains("--force"), "{e}");
        assert_eq!(std::fs::read_to_string(&path).unwrap(), first);
        init_into(tmp.path(), true).unwrap();
        let second = std::fs::read_to_string(&path).unwrap();
        assert_ne!(first, second);
        // No temporary files left behind.
        let names: Vec<_> = std::fs::read_dir(tmp.path().join("etc"))
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names, vec![std::ffi::OsString::from("concierged.toml")]);
    }

    #[test]
    fn every_setting_is_listed_and_parses_when_uncommented() {
        let text = uncomment_all(&example());
        let raw: RawConfig = toml::from_str(&text).unwrap();
        // A field of RawConfig missing from the template stays None.
        let debug = format!("{raw:?}");
        assert!(
            !debug.contains("None"),
            "missing from the template: {debug}"
        );
    }

    #[test]
    fn listed_env_names_set_the_listed_key() {
        for group in GROUPS {
            for s in group.settings {
                let value_text = s.fallback.toml_value();
                let from_file: RawConfig =
                    toml::from_str(&format!("{} = {value_text}", s.key)).unwrap();
                let value: toml::Table = toml::from_str(&format!("v = {value_text}")).unwrap();
                let env_value = match &value["v"] {
                    toml::Value::String(v) => v.clone(),
                    other => other.to_string(),
                };
                let from_env =
                    RawConfig::from_env(|k| (k == s.env).then(|| env_value.clone())).unwrap();
                assert_eq!(
                    format!("{from_env:?}"),
                    format!("{from_file:?}"),
                    "{} should set {}",
                    s.env,
                    s.key
                );
            }
        }
    }

    #[test]
    fn data_dir_with_quotes_is_escaped() {
        let text = render(&Live {
            data_dir: Some(r#"/srv/a "b" \c"#),
            jwt_secret: None,
        });
        let raw: RawConfig = toml::from_str(&text).unwrap();
        assert_eq!(raw.data_dir.unwrap(), PathBuf::from(r#"/srv/a "b" \c"#));
    }

    /// The packaged example is `init`'s text with the packaged data dir and
    /// no secret (the daemon generates one in /var/lib/concierge). Run with
    /// CONCIERGE_BLESS=1 to rewrite it after changing a setting.
    #[test]
    fn packaged_example_is_current() {
        let path =
            Path::new(env!("CARGO_MANIFEST_DIR")).join("../packaging/concierged.example.toml");
        let want = example();
        if std::env::var_os("CONCIERGE_BLESS").is_some() {
            std::fs::write(&path, &want).unwrap();
        }
        let have = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            have == want,
            "{} is stale: run CONCIERGE_BLESS=1 cargo nextest run -p concierged packaged_example",
            path.display()
        );
        RawConfig::from_file(&path).unwrap();
    }
}
