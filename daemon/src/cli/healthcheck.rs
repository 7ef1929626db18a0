//! `concierged healthcheck`: exit 0 if a daemon answers `/healthz`.
//!
//! For container health checks: the runtime image has no curl, and the
//! daemon binary already carries an HTTP client.

use std::time::Duration;

use anyhow::{Context, bail};
use clap::Args;

#[derive(Debug, Args)]
pub struct HealthcheckArgs {
    /// The URL to GET.
    #[arg(long, default_value = "http://127.0.0.1:7878/healthz")]
    pub url: String,
    /// Give up after this many seconds.
    #[arg(long, default_value_t = 5)]
    pub timeout_secs: u64,
}

pub fn run(args: HealthcheckArgs) -> anyhow::Result<()> {
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .context("starting the async runtime")?;
    rt.block_on(check(&args.url, Duration::from_secs(args.timeout_secs)))?;
    println!("ok");
    Ok(())
}

pub async fn check(url: &str, timeout: Duration) -> anyhow::Result<()> {
    let client = reqwest::Client::builder()
        .timeout(timeout)
        .build()
        .context("building the HTTP client")?;
    let resp = client
        .get(url)
        .send()
        .await
        .with_context(|| format!("no answer from {url}"))?;
    if !resp.status().is_success() {
        bail!("{url} answered {}", resp.status());
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn healthy_daemon_passes_and_a_closed_port_fails() {
        let tmp = tempfile::tempdir().unwrap();
        let cfg = crate::config::Config::for_data_dir(tmp.path());
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
        let server = tokio::spawn(crate::server::serve(cfg, listener, async move {
            let _ = stopped.await;
        }));
        check(&format!("http://{addr}/healthz"), Duration::from_secs(5))
            .await
            .unwrap();
        let e = check(
            &format!("http://{addr}/no-such-page"),
            Duration::from_secs(5),
        )
        .await
        .unwrap_err();
        assert!(e.to_string().contains("404"), "{e}");
        let _ = stop.send(());
        server.await.unwrap().unwrap();
        assert!(
            check(&format!("http://{addr}/healthz"), Duration::from_secs(2))
                .await
                .is_err()
        );
    }
}
