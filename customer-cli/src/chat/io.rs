//! Where the chat's text goes and where typed lines come from: plain
//! stdout/stdin when piped, a line editor (rustyline, with input history)
//! on a terminal.

use std::io::{IsTerminal, Write};
use std::path::PathBuf;

use rustyline::ExternalPrinter;
use rustyline::error::ReadlineError;
use tokio::io::AsyncBufReadExt;
use tokio::sync::mpsc;

use super::state::Out;

/// Shows chat text.
pub trait Output: Send {
    fn show(&mut self, out: Out);
}

/// Plain lines on stdout; streamed text continues the current line.
#[derive(Default)]
pub struct Plain {
    open: bool,
}

impl Output for Plain {
    fn show(&mut self, out: Out) {
        let mut stdout = std::io::stdout().lock();
        // A closed pipe is not worth dying over mid-conversation; the input
        // side notices the end soon enough.
        let _ = match out {
            Out::Partial(p) => {
                self.open = true;
                write!(stdout, "{p}")
            }
            Out::Line(l) => {
                let close = std::mem::take(&mut self.open);
                if close && l.is_empty() {
                    writeln!(stdout)
                } else if close {
                    writeln!(stdout, "\n{l}")
                } else if l.is_empty() {
                    Ok(())
                } else {
                    writeln!(stdout, "{l}")
                }
            }
        };
        let _ = stdout.flush();
    }
}

/// Prints above the line being edited. The editor always ends a print with
/// a newline, so streamed text is shown in chunks that end at a line break
/// or a word boundary near the terminal width.
pub struct Editor<P: ExternalPrinter + Send> {
    printer: P,
    buf: String,
    width: usize,
}

impl<P: ExternalPrinter + Send> Editor<P> {
    fn print(&mut self, s: String) {
        let _ = self.printer.print(s);
    }
}

impl<P: ExternalPrinter + Send> Output for Editor<P> {
    fn show(&mut self, out: Out) {
        match out {
            Out::Partial(p) => {
                self.buf.push_str(&p);
                while let Some(cut) = wrap_point(&self.buf, self.width) {
                    let rest = self.buf.split_off(cut);
                    let line = std::mem::replace(&mut self.buf, rest.trim_start().to_string());
                    self.print(line.trim_end().to_string());
                }
            }
            Out::Line(l) => {
                if !self.buf.is_empty() {
                    let b = std::mem::take(&mut self.buf);
                    self.print(b);
                }
                if !l.is_empty() {
                    self.print(l);
                }
            }
        }
    }
}

/// Where to break streamed text: after a newline, or at the last space
/// before `width` characters once the buffer is longer than that.
fn wrap_point(buf: &str, width: usize) -> Option<usize> {
    if let Some(i) = buf.find('\n') {
        return Some(i + 1);
    }
    if buf.chars().count() <= width {
        return None;
    }
    let limit = buf.char_indices().nth(width).map_or(buf.len(), |(i, _)| i);
    buf[..limit].rfind(' ').filter(|&i| i > 0)
}

/// What the user did at the input.
#[derive(Debug)]
pub enum Input {
    Line(String),
    /// End of input (Ctrl-D, or stdin closed).
    End,
    /// Ctrl-C at the prompt.
    Interrupt,
}

pub fn is_terminal() -> bool {
    std::io::stdin().is_terminal() && std::io::stdout().is_terminal()
}

/// Read stdin line by line on the runtime.
pub fn spawn_stdin() -> mpsc::Receiver<Input> {
    let (tx, rx) = mpsc::channel(64);
    tokio::spawn(async move {
        let mut lines = tokio::io::BufReader::new(tokio::io::stdin()).lines();
        loop {
            let item = match lines.next_line().await {
                Ok(Some(l)) => Input::Line(l),
                Ok(None) | Err(_) => Input::End,
            };
            let end = matches!(item, Input::End);
            if tx.send(item).await.is_err() || end {
                break;
            }
        }
    });
    rx
}

/// Start the line editor on its own thread (it blocks); its printer is how
/// the chat shows text without trampling the line being typed.
pub fn spawn_editor(
    history: Option<PathBuf>,
) -> Result<(mpsc::Receiver<Input>, Box<dyn Output>), ReadlineError> {
    let mut rl = rustyline::DefaultEditor::new()?;
    if let Some(h) = &history {
        // No history yet is the normal first run.
        let _ = rl.load_history(h);
    }
    let printer = rl.create_external_printer()?;
    let (tx, rx) = mpsc::channel(16);
    std::thread::spawn(move || {
        loop {
            let item = match rl.readline("> ") {
                Ok(line) => {
                    if !line.trim().is_empty() {
                        let _ = rl.add_history_entry(line.as_str());
                    }
                    Input::Line(line)
                }
                Err(ReadlineError::Interrupted) => Input::Interrupt,
                Err(_) => Input::End,
            };
            let stop = match &item {
                Input::Line(l) => matches!(l.trim(), "/quit" | "/exit" | "/q"),
                _ => true,
            };
            if tx.blocking_send(item).is_err() || stop {
                break;
            }
        }
        if let Some(h) = &history {
            if let Some(dir) = h.parent() {
                let _ = std::fs::create_dir_all(dir);
            }
            let _ = rl.save_history(h);
        }
    });
    let width = terminal_width().saturating_sub(2).clamp(20, 100);
    Ok((
        rx,
        Box::new(Editor {
            printer,
            buf: String::new(),
            width,
        }),
    ))
}

fn terminal_width() -> usize {
    std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.parse().ok())
        .unwrap_or(80)
}

#[cfg(test)]
mod tests {
    use super::wrap_point;

    #[test]
    fn streamed_text_breaks_at_newlines_and_word_boundaries() {
        assert_eq!(wrap_point("short", 20), None);
        assert_eq!(wrap_point("a\nb", 20), Some(2));
        assert_eq!(wrap_point("one two three four", 10), Some(7));
        assert_eq!(wrap_point("averyveryverylongword", 10), None);
    }
}
