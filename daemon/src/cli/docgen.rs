//! Hidden `man` and `completions`: generated from the clap definitions so
//! they cannot drift from the real flags. `packaging/gen-docs.sh` calls them.

use std::path::PathBuf;

use anyhow::Context;
use clap::{Args, CommandFactory};

use super::Cli;

/// Write concierged.1 and one page per subcommand (concierged-serve.1, …)
/// into DIR.
#[derive(Debug, Args)]
pub struct ManArgs {
    #[arg(value_name = "DIR")]
    pub dir: PathBuf,
}

/// Print a shell completion script: concierged completions bash > concierged.bash
#[derive(Debug, Args)]
pub struct CompletionsArgs {
    pub shell: clap_complete::Shell,
}

pub fn man(args: ManArgs) -> anyhow::Result<()> {
    std::fs::create_dir_all(&args.dir)
        .with_context(|| format!("cannot create {}", args.dir.display()))?;
    // Hidden subcommands (these two) get no page.
    clap_mangen::generate_to(Cli::command(), &args.dir)
        .with_context(|| format!("cannot write man pages to {}", args.dir.display()))
}

pub fn completions(args: CompletionsArgs) -> anyhow::Result<()> {
    let mut cmd = Cli::command();
    clap_complete::generate(args.shell, &mut cmd, "concierged", &mut std::io::stdout());
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn man_pages_cover_the_visible_subcommands() {
        let tmp = tempfile::tempdir().unwrap();
        man(ManArgs {
            dir: tmp.path().into(),
        })
        .unwrap();
        let mut names: Vec<String> = std::fs::read_dir(tmp.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        for want in [
            "concierged.1",
            "concierged-serve.1",
            "concierged-backup.1",
            "concierged-init.1",
        ] {
            assert!(
                names.iter().any(|n| n == want),
                "{want} missing from {names:?}"
            );
        }
        assert!(
            !names.iter().any(|n| n.contains("completions")),
            "{names:?}"
        );
        let page = std::fs::read_to_string(tmp.path().join("concierged-backup.1")).unwrap();
        assert!(page.contains("\\-\\-data\\-dir"), "{page}");
    }
}
