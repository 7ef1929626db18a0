//! Key bindings: which key does what, parsed from names such as `ctrl-c`
//! or `alt-enter` so the config file can remap every action.

use std::collections::{BTreeMap, HashMap};
use std::fmt;

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

/// Everything a key can be bound to. The help overlay lists them in this
/// order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum KeyAction {
    Help,
    Quit,
    NextPane,
    Down,
    Up,
    Open,
    Compose,
    Accept,
    Decline,
    Preview,
    NextAttention,
    CloseChat,
    ToggleAway,
    PageUp,
    PageDown,
    Latest,
    Send,
    Newline,
    LeaveCompose,
    /// Issue 16.
    Note,
    Labels,
    Search,
    HandOver,
    CustomerPanel,
}

impl KeyAction {
    pub const ALL: [KeyAction; 24] = [
        KeyAction::Help,
        KeyAction::Quit,
        KeyAction::NextPane,
        KeyAction::Down,
        KeyAction::Up,
        KeyAction::Open,
        KeyAction::Compose,
        KeyAction::Accept,
        KeyAction::Decline,
        KeyAction::Preview,
        KeyAction::NextAttention,
        KeyAction::CloseChat,
        KeyAction::ToggleAway,
        KeyAction::PageUp,
        KeyAction::PageDown,
        KeyAction::Latest,
        KeyAction::Send,
        KeyAction::Newline,
        KeyAction::LeaveCompose,
        KeyAction::Note,
        KeyAction::Labels,
        KeyAction::Search,
        KeyAction::HandOver,
        KeyAction::CustomerPanel,
    ];

    /// The name used in the config file's `[keys]` table.
    pub fn config_name(self) -> &'static str {
        match self {
            KeyAction::Help => "help",
            KeyAction::Quit => "quit",
            KeyAction::NextPane => "next_pane",
            KeyAction::Down => "down",
            KeyAction::Up => "up",
            KeyAction::Open => "open",
            KeyAction::Compose => "compose",
            KeyAction::Accept => "accept",
            KeyAction::Decline => "decline",
            KeyAction::Preview => "preview",
            KeyAction::NextAttention => "next_attention",
            KeyAction::CloseChat => "close_chat",
            KeyAction::ToggleAway => "toggle_away",
            KeyAction::PageUp => "page_up",
            KeyAction::PageDown => "page_down",
            KeyAction::Latest => "latest",
            KeyAction::Send => "send",
            KeyAction::Newline => "newline",
            KeyAction::LeaveCompose => "leave_compose",
            KeyAction::Note => "note",
            KeyAction::Labels => "labels",
            KeyAction::Search => "search",
            KeyAction::HandOver => "hand_over",
            KeyAction::CustomerPanel => "customer_panel",
        }
    }

    pub fn from_config_name(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|a| a.config_name() == name)
    }

    pub fn describe(self) -> &'static str {
        match self {
            KeyAction::Help => "show or hide this help",
            KeyAction::Quit => "quit (asks first while chats are open)",
            KeyAction::NextPane => "switch focus: queue / messages / chats",
            KeyAction::Down => "select next item",
            KeyAction::Up => "select previous item",
            KeyAction::Open => "preview offer · answer message · reply",
            KeyAction::Compose => "write a reply in the selected chat",
            KeyAction::Accept => "accept the selected offer",
            KeyAction::Decline => "decline the selected offer (asks a reason)",
            KeyAction::Preview => "preview the selected offer's conversation",
            KeyAction::NextAttention => "jump to the next chat needing attention",
            KeyAction::CloseChat => "close the selected chat or message",
            KeyAction::ToggleAway => "toggle available / away",
            KeyAction::PageUp => "scroll conversation up (loads older)",
            KeyAction::PageDown => "scroll conversation down",
            KeyAction::Latest => "jump to the latest message",
            KeyAction::Send => "reply box: send (expands /shortcode first)",
            KeyAction::Newline => "reply box: new line",
            KeyAction::LeaveCompose => "reply box: back to navigation (keeps text)",
            KeyAction::Note => "private note, staff only (or /note in a reply)",
            KeyAction::Labels => "edit the chat's labels (Tab completes)",
            KeyAction::Search => "search every transcript (Enter opens a result)",
            KeyAction::HandOver => "hand the selected chat to a colleague or the queue",
            KeyAction::CustomerPanel => "show or hide the customer's past chats and orders",
        }
    }

    /// Actions that fire while the reply box has focus even though the key
    /// is bound in navigation mode (only non-text keys reach them).
    pub fn works_while_composing(self) -> bool {
        matches!(
            self,
            KeyAction::Quit
                | KeyAction::PageUp
                | KeyAction::PageDown
                | KeyAction::Send
                | KeyAction::Newline
                | KeyAction::LeaveCompose
                | KeyAction::NextAttention
        )
    }

    fn default_keys(self) -> &'static [&'static str] {
        match self {
            KeyAction::Help => &["?", "f1"],
            KeyAction::Quit => &["q", "ctrl-c"],
            KeyAction::NextPane => &["tab", "backtab"],
            KeyAction::Down => &["down", "j"],
            KeyAction::Up => &["up", "k"],
            KeyAction::Open => &["enter", "l", "right"],
            KeyAction::Compose => &["i"],
            KeyAction::Accept => &["a"],
            KeyAction::Decline => &["d"],
            KeyAction::Preview => &["p"],
            KeyAction::NextAttention => &["n", "ctrl-n"],
            KeyAction::CloseChat => &["x"],
            KeyAction::ToggleAway => &["s"],
            KeyAction::PageUp => &["pageup", "ctrl-u", "ctrl-b"],
            KeyAction::PageDown => &["pagedown", "ctrl-d", "ctrl-f"],
            KeyAction::Latest => &["G", "end"],
            KeyAction::Send => &["enter"],
            KeyAction::Newline => &["alt-enter", "ctrl-j"],
            KeyAction::LeaveCompose => &["esc"],
            KeyAction::Note => &["N"],
            KeyAction::Labels => &["L"],
            KeyAction::Search => &["/"],
            KeyAction::HandOver => &["t"],
            KeyAction::CustomerPanel => &["c"],
        }
    }

    /// Bindings of these actions live in the reply box's own table, so
    /// Enter can mean "open" in navigation and "send" while composing.
    fn is_compose_only(self) -> bool {
        matches!(
            self,
            KeyAction::Send | KeyAction::Newline | KeyAction::LeaveCompose
        )
    }
}

/// One key with its modifiers, normalised so that `?` matches whether or
/// not the terminal reports SHIFT with it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Chord {
    pub code: KeyCode,
    pub mods: KeyModifiers,
}

impl Chord {
    pub fn from_event(ev: &KeyEvent) -> Self {
        Self::new(ev.code, ev.modifiers)
    }

    pub fn new(code: KeyCode, mods: KeyModifiers) -> Self {
        // Shift is already in the character ('G', '?'), and BackTab is
        // Shift-Tab by definition, so terminals differ only in noise here.
        let mods = match code {
            KeyCode::Char(_) | KeyCode::BackTab => mods - KeyModifiers::SHIFT,
            _ => mods,
        };
        let mods = mods & (KeyModifiers::CONTROL | KeyModifiers::ALT | KeyModifiers::SHIFT);
        Self { code, mods }
    }

    /// A plain character with no Ctrl/Alt: text when typing.
    pub fn is_text(&self) -> bool {
        matches!(self.code, KeyCode::Char(_)) && self.mods.is_empty()
    }

    pub fn parse(name: &str) -> Result<Self, KeyParseError> {
        let err = || KeyParseError(name.to_string());
        let mut mods = KeyModifiers::NONE;
        let mut rest = name;
        // "-" alone is a key; "ctrl--" is ctrl plus "-".
        loop {
            let lower = rest.to_ascii_lowercase();
            if let Some(r) = lower.strip_prefix("ctrl-").filter(|r| !r.is_empty()) {
                mods |= KeyModifiers::CONTROL;
                rest = &rest[rest.len() - r.len()..];
            } else if let Some(r) = lower.strip_prefix("alt-").filter(|r| !r.is_empty()) {
                mods |= KeyModifiers::ALT;
                rest = &rest[rest.len() - r.len()..];
            } else if let Some(r) = lower.strip_prefix("shift-").filter(|r| !r.is_empty()) {
                mods |= KeyModifiers::SHIFT;
                rest = &rest[rest.len() - r.len()..];
            } else {
                break;
            }
        }
        let mut chars = rest.chars();
        let code = match (chars.next(), chars.next()) {
            (Some(c), None) => KeyCode::Char(if mods.contains(KeyModifiers::CONTROL) {
                c.to_ascii_lowercase()
            } else {
                c
            }),
            _ => match rest.to_ascii_lowercase().as_str() {
                "enter" | "return" => KeyCode::Enter,
                "esc" | "escape" => KeyCode::Esc,
                "tab" => KeyCode::Tab,
                "backtab" => KeyCode::BackTab,
                "space" => KeyCode::Char(' '),
                "backspace" => KeyCode::Backspace,
                "delete" | "del" => KeyCode::Delete,
                "up" => KeyCode::Up,
                "down" => KeyCode::Down,
                "left" => KeyCode::Left,
                "right" => KeyCode::Right,
                "home" => KeyCode::Home,
                "end" => KeyCode::End,
                "pageup" | "pgup" => KeyCode::PageUp,
                "pagedown" | "pgdn" => KeyCode::PageDown,
                f if f.starts_with('f') => {
                    let n: u8 = f[1..].parse().map_err(|_| err())?;
                    if !(1..=24).contains(&n) {
                        return Err(err());
                    }
                    KeyCode::F(n)
                }
                _ => return Err(err()),
            },
        };
        if rest.is_empty() {
            return Err(err());
        }
        let code = if code == KeyCode::Tab && mods.contains(KeyModifiers::SHIFT) {
            KeyCode::BackTab
        } else {
            code
        };
        Ok(Self::new(code, mods))
    }
}

impl fmt::Display for Chord {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.mods.contains(KeyModifiers::CONTROL) {
            f.write_str("Ctrl-")?;
        }
        if self.mods.contains(KeyModifiers::ALT) {
            f.write_str("Alt-")?;
        }
        if self.mods.contains(KeyModifiers::SHIFT) {
            f.write_str("Shift-")?;
        }
        match self.code {
            KeyCode::Char(' ') => f.write_str("Space"),
            KeyCode::Char(c) => write!(f, "{c}"),
            KeyCode::Enter => f.write_str("Enter"),
            KeyCode::Esc => f.write_str("Esc"),
            KeyCode::Tab => f.write_str("Tab"),
            KeyCode::BackTab => f.write_str("Shift-Tab"),
            KeyCode::Backspace => f.write_str("Backspace"),
            KeyCode::Delete => f.write_str("Del"),
            KeyCode::Up => f.write_str("↑"),
            KeyCode::Down => f.write_str("↓"),
            KeyCode::Left => f.write_str("←"),
            KeyCode::Right => f.write_str("→"),
            KeyCode::Home => f.write_str("Home"),
            KeyCode::End => f.write_str("End"),
            KeyCode::PageUp => f.write_str("PgUp"),
            KeyCode::PageDown => f.write_str("PgDn"),
            KeyCode::F(n) => write!(f, "F{n}"),
            other => write!(f, "{other:?}"),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "unknown key name \"{0}\" (try e.g. \"a\", \"ctrl-k\", \"alt-enter\", \"pagedown\", \"f2\")"
)]
pub struct KeyParseError(pub String);

#[derive(Debug, thiserror::Error)]
pub enum KeymapError {
    #[error("unknown action \"{0}\" in [keys]")]
    UnknownAction(String),
    #[error(transparent)]
    Key(#[from] KeyParseError),
}

/// Two tables: navigation keys, and the reply box's own keys (which win
/// while composing).
#[derive(Debug, Clone)]
pub struct Keymap {
    nav: HashMap<Chord, KeyAction>,
    compose: HashMap<Chord, KeyAction>,
    labels: BTreeMap<KeyAction, Vec<Chord>>,
}

impl Default for Keymap {
    fn default() -> Self {
        let mut map = Self {
            nav: HashMap::new(),
            compose: HashMap::new(),
            labels: BTreeMap::new(),
        };
        for action in KeyAction::ALL {
            for name in action.default_keys() {
                // Defaults are spelled right; a typo here is caught by the
                // `defaults_parse` test, so skipping keeps this infallible.
                if let Ok(chord) = Chord::parse(name) {
                    map.bind(action, chord);
                }
            }
        }
        map
    }
}

impl Keymap {
    /// The defaults with the config file's `[keys]` applied: each listed
    /// action gets exactly the keys given, taking them from other actions.
    pub fn with_overrides<'a>(
        overrides: impl IntoIterator<Item = (&'a String, &'a Vec<String>)>,
    ) -> Result<Self, KeymapError> {
        let mut map = Self::default();
        for (name, keys) in overrides {
            let action = KeyAction::from_config_name(name)
                .ok_or_else(|| KeymapError::UnknownAction(name.clone()))?;
            let chords = keys
                .iter()
                .map(|k| Chord::parse(k))
                .collect::<Result<Vec<_>, _>>()?;
            let table = map.table_mut(action);
            table.retain(|_, a| *a != action);
            map.labels.insert(action, Vec::new());
            for chord in chords {
                map.bind(action, chord);
            }
        }
        Ok(map)
    }

    fn table_mut(&mut self, action: KeyAction) -> &mut HashMap<Chord, KeyAction> {
        if action.is_compose_only() {
            &mut self.compose
        } else {
            &mut self.nav
        }
    }

    fn bind(&mut self, action: KeyAction, chord: Chord) {
        if let Some(previous) = self.table_mut(action).insert(chord, action)
            && let Some(list) = self.labels.get_mut(&previous)
        {
            list.retain(|c| *c != chord);
        }
        self.labels.entry(action).or_default().push(chord);
    }

    /// What a key does in navigation mode.
    pub fn nav(&self, chord: &Chord) -> Option<KeyAction> {
        self.nav.get(chord).copied()
    }

    /// What a non-text key does while the reply box has focus.
    pub fn compose(&self, chord: &Chord) -> Option<KeyAction> {
        self.compose.get(chord).copied().or_else(|| {
            self.nav
                .get(chord)
                .copied()
                .filter(|a| a.works_while_composing())
        })
    }

    /// The keys bound to an action, for help and hints ("?, F1").
    pub fn label(&self, action: KeyAction) -> String {
        self.labels
            .get(&action)
            .map(|cs| {
                cs.iter()
                    .map(Chord::to_string)
                    .collect::<Vec<_>>()
                    .join(", ")
            })
            .unwrap_or_default()
    }

    /// The first key bound to an action, for short hints.
    pub fn short(&self, action: KeyAction) -> String {
        self.labels
            .get(&action)
            .and_then(|cs| cs.first())
            .map(Chord::to_string)
            .unwrap_or_else(|| "(unbound)".into())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_parse() {
        for action in KeyAction::ALL {
            for name in action.default_keys() {
                assert!(Chord::parse(name).is_ok(), "{name}");
            }
        }
    }

    #[test]
    fn parses_modifiers_and_names() {
        assert_eq!(
            Chord::parse("ctrl-c").ok(),
            Some(Chord::new(KeyCode::Char('c'), KeyModifiers::CONTROL))
        );
        assert_eq!(
            Chord::parse("Alt-Enter").ok(),
            Some(Chord::new(KeyCode::Enter, KeyModifiers::ALT))
        );
        assert_eq!(
            Chord::parse("shift-tab").ok(),
            Some(Chord::new(KeyCode::BackTab, KeyModifiers::NONE))
        );
        assert!(Chord::parse("ctrl-").is_err());
        assert!(Chord::parse("hyper-x").is_err());
        assert!(Chord::parse("f99").is_err());
    }

    #[test]
    fn shifted_chars_match_with_or_without_shift() {
        let map = Keymap::default();
        let with = Chord::new(KeyCode::Char('?'), KeyModifiers::SHIFT);
        assert_eq!(map.nav(&with), Some(KeyAction::Help));
    }

    #[test]
    fn override_moves_a_key_between_actions() {
        let overrides = [("accept".to_string(), vec!["d".to_string()])];
        let map = Keymap::with_overrides(overrides.iter().map(|(a, b)| (a, b))).unwrap();
        let d = Chord::new(KeyCode::Char('d'), KeyModifiers::NONE);
        let a = Chord::new(KeyCode::Char('a'), KeyModifiers::NONE);
        assert_eq!(map.nav(&d), Some(KeyAction::Accept));
        assert_eq!(map.nav(&a), None);
        assert_eq!(map.label(KeyAction::Decline), "");
    }

    #[test]
    fn unknown_action_is_an_error() {
        let overrides = [("explode".to_string(), vec!["e".to_string()])];
        assert!(Keymap::with_overrides(overrides.iter().map(|(a, b)| (a, b))).is_err());
    }
}
