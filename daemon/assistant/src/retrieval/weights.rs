//! The learned models' weights, shared by the page reranker
//! (`rerank.rs`) and the quote model (`quote/learned.rs`): a table of
//! feature weights read once from the shipped file, or from another one a
//! tuning tool chose before the first use, and a recorder of what a model
//! saw while capture is on, for training.

use std::collections::HashMap;
use std::sync::{Mutex, OnceLock};

/// Which weights a model uses: a tuning tool trains without the shop it
/// measures and points here at its own file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Weights {
    Shipped,
    /// No model: the hand-set order (for the reranker, BM25's order as the
    /// boosts leave it).
    Off,
    /// Weights read from this TSV text.
    Text(String),
}

/// A learned model's weights, read once: the shipped ones, unless a
/// tuning tool chose others before the first use.
pub struct Learned {
    shipped: &'static str,
    what: &'static str,
    chosen: OnceLock<Weights>,
    model: OnceLock<LinearModel>,
}

impl Learned {
    pub const fn new(shipped: &'static str, what: &'static str) -> Self {
        Learned {
            shipped,
            what,
            chosen: OnceLock::new(),
            model: OnceLock::new(),
        }
    }

    /// Use `weights` instead of the shipped ones. Takes effect only before
    /// the first use; false if weights were already chosen.
    pub fn use_weights(&self, weights: Weights) -> bool {
        self.chosen.set(weights).is_ok()
    }

    /// The model in use. Weights that do not parse leave the hand-set
    /// order (and a test keeps each shipped file parsing).
    pub fn model(&self) -> &LinearModel {
        self.model.get_or_init(|| {
            let text = match self.chosen.get().unwrap_or(&Weights::Shipped) {
                Weights::Shipped => self.shipped,
                Weights::Off => "",
                Weights::Text(t) => t.as_str(),
            };
            LinearModel::parse(text).unwrap_or_else(|e| {
                tracing::warn!(model = self.what, error = %e, "weights unreadable; keeping the hand-set order");
                LinearModel::default()
            })
        })
    }
}

/// What a model saw while capture is on, for training.
pub struct Recorder<T>(Mutex<Option<Vec<T>>>);

impl<T> Recorder<T> {
    pub const fn new() -> Self {
        Recorder(Mutex::new(None))
    }

    /// Start (or stop) recording.
    pub fn capture(&self, on: bool) {
        if let Ok(mut c) = self.0.lock() {
            *c = on.then(Vec::new);
        }
    }

    pub fn is_on(&self) -> bool {
        self.0.lock().is_ok_and(|c| c.is_some())
    }

    pub fn push(&self, item: T) {
        if let Ok(mut c) = self.0.lock()
            && let Some(c) = c.as_mut()
        {
            c.push(item);
        }
    }

    /// What was recorded since the last call.
    pub fn take(&self) -> Vec<T> {
        self.0
            .lock()
            .ok()
            .and_then(|mut c| c.as_mut().map(std::mem::take))
            .unwrap_or_default()
    }
}

impl<T> Default for Recorder<T> {
    fn default() -> Self {
        Self::new()
    }
}

#[derive(Debug, thiserror::Error)]
pub enum WeightsError {
    #[error("weights line {line}: expected `feature<TAB>weight`")]
    Line { line: usize },
}

/// A linear model's weights by feature name, one `feature<TAB>weight`
/// line each, as `corpus/gen_rerank.py` writes them.
#[derive(Debug, Default)]
pub struct LinearModel {
    weights: HashMap<String, f32>,
}

impl LinearModel {
    pub fn parse(text: &str) -> Result<Self, WeightsError> {
        let mut weights = HashMap::new();
        for (i, line) in text.lines().enumerate() {
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let (feature, w) = line
                .rsplit_once('\t')
                .and_then(|(f, w)| Some((f, w.trim().parse::<f32>().ok()?)))
                .ok_or(WeightsError::Line { line: i + 1 })?;
            weights.insert(feature.to_string(), w);
        }
        Ok(LinearModel { weights })
    }

    pub fn is_empty(&self) -> bool {
        self.weights.is_empty()
    }

    /// The weight of feature `name` (0 for one the model does not know).
    pub fn weight(&self, name: &str) -> f32 {
        self.weights.get(name).copied().unwrap_or(0.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_line_without_a_weight_is_an_error() {
        assert!(matches!(
            LinearModel::parse("rank0\t0.5\nq:tear|damag\n"),
            Err(WeightsError::Line { line: 2 })
        ));
    }

    #[test]
    fn unreadable_chosen_weights_leave_the_hand_set_order() {
        let learned = Learned::new("rank0\t0.5\n", "test");
        assert!(learned.use_weights(Weights::Text("rank0 0.5\n".into())));
        assert!(learned.model().is_empty());
        // Chosen once: a later choice does not take.
        assert!(!learned.use_weights(Weights::Shipped));
    }

    #[test]
    fn a_recorder_keeps_only_what_came_while_on() {
        let r = Recorder::new();
        r.push(1);
        r.capture(true);
        r.push(2);
        assert_eq!(r.take(), vec![2]);
        r.capture(false);
        r.push(3);
        assert!(r.take().is_empty());
    }
}
