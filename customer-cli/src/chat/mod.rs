//! `concierge chat`: talk to the shop as a customer.
//!
//! [`state`] is the pure core (what to send, what to show); [`io`] is the
//! terminal or pipe; this file is the driver: one `select!` loop per
//! connection over server frames, typed lines and a tick, and a reconnect
//! loop around it.

pub mod io;
pub mod state;

use std::process::ExitCode;
use std::time::{Duration, Instant};

use concierge_shared::Role;
use futures_util::StreamExt;
use tokio::sync::mpsc;

use crate::target::{ServerArgs, TargetError};
use crate::ws::{self, ConnectOptions, WsError};
use io::{Input, Output};
use state::{ChatState, Command, Effect, Out};

#[derive(Debug, thiserror::Error)]
pub enum ChatError {
    #[error(transparent)]
    Target(#[from] TargetError),
    #[error(transparent)]
    Connect(#[from] WsError),
    #[error("cannot start the line editor: {0}")]
    Editor(#[from] rustyline::error::ReadlineError),
    #[error("gave up after {0} reconnect attempts")]
    GaveUp(u32),
}

/// Chat with the shop's assistant, and with a person when you ask for one.
///
/// On a terminal you get line editing and input history; type /help for the
/// commands. When stdin or stdout is not a terminal the chat reads plain
/// lines from stdin and prints one line per event, so it can be piped:
///
///   printf 'where is my order?\n/wait\n/quit\n' | concierge chat --dev-login Carol
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub struct ChatArgs {
    #[command(flatten)]
    pub server: ServerArgs,
    /// Plain line output even on a terminal (no line editor).
    #[arg(long)]
    pub plain: bool,
    /// When input ends (stdin closed), leave once every message is
    /// acknowledged and nothing has arrived for this many seconds.
    #[arg(long, value_name = "SECS", default_value_t = 2.0)]
    pub idle_exit: f64,
    /// Give up after this many failed reconnects in a row.
    #[arg(long, value_name = "N", default_value_t = 20)]
    pub max_reconnects: u32,
}

enum Ended {
    Quit,
    Dropped(String),
}

pub async fn run(args: ChatArgs) -> Result<ExitCode, ChatError> {
    let target = args.server.resolve(Role::Customer)?;
    let opts = ConnectOptions::default();
    let mut state = ChatState::new();
    // Connect before starting the editor so a bad token or a daemon that is
    // not running fails with a plain message and an untouched terminal.
    let mut conn = Some(ws::connect(&target.server, &target.token, None, opts).await?);
    let tty = !args.plain && io::is_terminal();
    let (mut input, mut out): (mpsc::Receiver<Input>, Box<dyn Output>) = if tty {
        let history = directories::ProjectDirs::from("", "", "concierge")
            .map(|d| d.data_local_dir().join("chat_history"));
        let (rx, out) = io::spawn_editor(history)?;
        (rx, out)
    } else {
        (io::spawn_stdin(), Box::new(io::Plain::default()))
    };
    if tty {
        out.show(Out::Line(state::HELP.into()));
    }
    let idle_exit = Duration::from_secs_f64(args.idle_exit.max(0.0));
    let mut input_done = false;
    let mut failures = 0u32;
    loop {
        let ws = match conn.take() {
            Some(ws) => ws,
            None => {
                let resume = state.resume();
                match ws::connect(&target.server, &target.token, resume.as_ref(), opts).await {
                    Ok(ws) => ws,
                    Err(e @ WsError::Refused { status: 401, .. }) => return Err(e.into()),
                    Err(e) => {
                        failures += 1;
                        tracing::debug!("reconnect failed: {e}");
                        if failures > args.max_reconnects {
                            return Err(ChatError::GaveUp(failures - 1));
                        }
                        tokio::time::sleep(backoff(failures)).await;
                        continue;
                    }
                }
            }
        };
        match converse(
            ws,
            &mut state,
            &mut input,
            out.as_mut(),
            &mut input_done,
            idle_exit,
        )
        .await
        {
            Ended::Quit => return Ok(ExitCode::SUCCESS),
            Ended::Dropped(why) => {
                tracing::debug!("connection dropped: {why}");
                for fx in state.on_disconnect() {
                    if let Effect::Show(o) = fx {
                        out.show(o);
                    }
                }
                failures = failures.max(1);
                tokio::time::sleep(backoff(failures)).await;
            }
        }
    }
}

/// 0.25 s, 0.5 s, 1 s … capped at 5 s.
fn backoff(failures: u32) -> Duration {
    Duration::from_millis((250u64 << failures.min(5).saturating_sub(1)).min(5_000))
}

/// One connection's life: returns when the user quits or the link drops.
async fn converse(
    ws: ws::Ws,
    state: &mut ChatState,
    input: &mut mpsc::Receiver<Input>,
    out: &mut dyn Output,
    input_done: &mut bool,
    idle_exit: Duration,
) -> Ended {
    let (mut sink, mut stream) = ws.split();
    let mut tick = tokio::time::interval(Duration::from_millis(200));
    let mut waiting_until: Option<Instant> = None;
    let mut quit_by: Option<Instant> = None;
    let mut last_activity = Instant::now();
    let mut last_retry = Instant::now();
    loop {
        let reading = waiting_until.is_none() && quit_by.is_none() && !*input_done;
        let fx = tokio::select! {
            frame = ws::next_frame(&mut stream) => match frame {
                Ok(Some(f)) => {
                    last_activity = Instant::now();
                    state.on_frame(f)
                }
                Ok(None) => return Ended::Dropped("closed by the server".into()),
                Err(e) => return Ended::Dropped(e.to_string()),
            },
            item = input.recv(), if reading => match item {
                Some(Input::Line(l)) => match state::parse_command(&l) {
                    Ok(Some(Command::Wait(secs))) => {
                        waiting_until = Some(Instant::now() + Duration::from_secs(secs));
                        Vec::new()
                    }
                    Ok(Some(cmd)) => state.on_input(cmd),
                    Ok(None) => Vec::new(),
                    Err(msg) => vec![Effect::Show(Out::Line(msg))],
                },
                Some(Input::Interrupt) => vec![Effect::Quit],
                Some(Input::End) | None => {
                    *input_done = true;
                    last_activity = Instant::now();
                    Vec::new()
                }
            },
            _ = tick.tick() => {
                let now = Instant::now();
                if waiting_until.is_some_and(|t| now >= t) {
                    waiting_until = None;
                }
                let settled = state.settled();
                // `settled` waits for the server to name the session: a /quit
                // read with the connect would otherwise leave before the chat
                // it resumes is shown (the tick's first fire is at once).
                if quit_by.is_some_and(|t| settled || now >= t) {
                    let _ = futures_util::SinkExt::close(&mut sink).await;
                    return Ended::Quit;
                }
                if *input_done && settled && waiting_until.is_none()
                    && now.duration_since(last_activity) >= idle_exit
                {
                    let _ = futures_util::SinkExt::close(&mut sink).await;
                    return Ended::Quit;
                }
                if now.duration_since(last_retry) >= Duration::from_secs(1) {
                    last_retry = now;
                    state.retry()
                } else {
                    Vec::new()
                }
            }
        };
        for effect in fx {
            match effect {
                Effect::Send(event, r) => {
                    if let Err(e) = ws::send(&mut sink, event, r).await {
                        return Ended::Dropped(e.to_string());
                    }
                }
                Effect::Show(o) => out.show(o),
                Effect::Replied => waiting_until = None,
                // Leave once what was typed is acknowledged (bounded).
                Effect::Quit => quit_by = Some(Instant::now() + Duration::from_secs(5)),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::backoff;
    use std::time::Duration;

    #[test]
    fn backoff_grows_and_is_capped() {
        assert_eq!(backoff(1), Duration::from_millis(250));
        assert_eq!(backoff(2), Duration::from_millis(500));
        assert_eq!(backoff(50), Duration::from_millis(4_000));
    }
}
