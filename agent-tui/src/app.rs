//! The driver: terminal setup and restore, and the one `select!` loop
//! that merges keys, server frames and a tick, runs [`update`] and
//! performs its commands, drawing once per turn.

use std::io::{self, Stdout, Write};
use std::ops::{Deref, DerefMut};
use std::time::Duration;

use chrono::{Local, Offset, Utc};
use crossterm::event::{
    DisableBracketedPaste, EnableBracketedPaste, Event, EventStream, KeyEventKind,
};
use crossterm::terminal::{
    EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};
use futures_util::StreamExt;
use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;

use crate::config::Config;
use crate::state::{Settings, State};
use crate::update::{Action, Command, update};
use crate::view;
use concierge_client::link::{self, Incoming};

const TICK: Duration = Duration::from_secs(1);

#[derive(Debug, thiserror::Error)]
pub enum AppError {
    #[error("terminal: {0}")]
    Terminal(#[from] io::Error),
    #[error("the connection task stopped unexpectedly")]
    ConnectionGone,
}

/// Raw mode and the alternate screen for as long as it lives; dropping it
/// (or a panic, through the hook) gives the terminal back as it was.
pub struct TerminalGuard {
    terminal: Terminal<CrosstermBackend<Stdout>>,
}

impl TerminalGuard {
    pub fn enter() -> io::Result<Self> {
        install_panic_hook();
        enable_raw_mode()?;
        // From here on, a failure must still restore: the guard exists
        // only after Terminal::new, so undo by hand if that fails.
        // Clear with a plain escape rather than Terminal::clear, which asks
        // the terminal for the cursor position and fails on terminals (and
        // test emulators) that do not answer.
        let setup = crossterm::execute!(
            io::stdout(),
            EnterAlternateScreen,
            EnableBracketedPaste,
            crossterm::terminal::Clear(crossterm::terminal::ClearType::All)
        )
        .and_then(|_| Terminal::new(CrosstermBackend::new(io::stdout())));
        match setup {
            Ok(terminal) => Ok(Self { terminal }),
            Err(e) => {
                restore_terminal();
                Err(e)
            }
        }
    }
}

impl Deref for TerminalGuard {
    type Target = Terminal<CrosstermBackend<Stdout>>;
    fn deref(&self) -> &Self::Target {
        &self.terminal
    }
}

impl DerefMut for TerminalGuard {
    fn deref_mut(&mut self) -> &mut Self::Target {
        &mut self.terminal
    }
}

impl Drop for TerminalGuard {
    fn drop(&mut self) {
        restore_terminal();
    }
}

/// Best effort and idempotent: called from Drop and from the panic hook,
/// where an error has nowhere to go.
pub fn restore_terminal() {
    let _ = disable_raw_mode();
    let _ = crossterm::execute!(
        io::stdout(),
        DisableBracketedPaste,
        LeaveAlternateScreen,
        crossterm::cursor::Show
    );
}

/// Restore the terminal before the default hook prints the panic, so the
/// message is readable and the shell is usable afterwards.
fn install_panic_hook() {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        restore_terminal();
        previous(info);
    }));
}

pub async fn run(config: Config) -> Result<(), AppError> {
    let settings = Settings {
        server_label: config.ws_url.clone(),
        bell: config.bell,
        keymap: config.keymap.clone(),
        canned: config.canned.clone(),
        tz: Local::now().offset().fix(),
    };
    let mut state = State::new(settings, Utc::now());
    let (out_tx, mut incoming) = link::spawn(config.server.clone(), config.token.clone());
    let mut terminal = TerminalGuard::enter()?;
    let mut keys = EventStream::new();
    let mut tick = tokio::time::interval(TICK);
    let mut hangup = signal(tokio::signal::unix::SignalKind::hangup())?;
    let mut term = signal(tokio::signal::unix::SignalKind::terminate())?;
    tracing::info!(server = %config.ws_url, "console started");

    loop {
        terminal.draw(|f| view::render(&state, f))?;
        let action = tokio::select! {
            ev = keys.next() => match ev {
                Some(Ok(ev)) => match to_action(ev) {
                    Some(a) => a,
                    None => continue,
                },
                Some(Err(e)) => return Err(AppError::Terminal(e)),
                None => return Ok(()),
            },
            inc = incoming.recv() => match inc {
                Some(Incoming::Frame(text)) => Action::Server(text),
                Some(Incoming::Conn(ev)) => Action::Conn(ev),
                None => return Err(AppError::ConnectionGone),
            },
            _ = tick.tick() => Action::Tick(Utc::now()),
            _ = hangup.recv() => return Ok(()),
            _ = term.recv() => return Ok(()),
        };
        for command in update(&mut state, action) {
            match command {
                Command::Send(frame) => {
                    tracing::debug!(event = frame.event.name(), "send");
                    if out_tx.send(frame).is_err() {
                        return Err(AppError::ConnectionGone);
                    }
                }
                Command::Bell => ring_bell(),
                Command::Quit => {
                    tracing::info!("quit");
                    return Ok(());
                }
            }
        }
    }
}

fn signal(kind: tokio::signal::unix::SignalKind) -> io::Result<tokio::signal::unix::Signal> {
    tokio::signal::unix::signal(kind)
}

fn to_action(ev: Event) -> Option<Action> {
    match ev {
        Event::Key(k) if k.kind != KeyEventKind::Release => Some(Action::Key(k)),
        Event::Paste(text) => Some(Action::Paste(text)),
        Event::Resize(..) => Some(Action::Resize),
        _ => None,
    }
}

fn ring_bell() {
    let mut out = io::stdout();
    let _ = out.write_all(b"\x07").and_then(|_| out.flush());
}
