//! A small linear text classifier: multinomial logistic regression over
//! hashed word, word-pair and character 3- to 5-gram features and the
//! glossary's English stems of the words, trained by
//! SGD with a fixed shuffle (so the same corpus gives the same weights on
//! every start). The hand-over reader and the intent reader are two
//! instances, each trained from a labelled corpus compiled into the binary.

use crate::text;

const DIM: usize = 1 << 16;
const EPOCHS: usize = 40;
const LEARNING_RATE: f32 = 0.4;
const L2: f32 = 1e-5;

pub struct Linear {
    labels: usize,
    /// `labels` rows of `DIM` weights.
    weights: Vec<f32>,
    bias: Vec<f32>,
}

/// `label<TAB>line` rows of a corpus; `#` lines are comments. Labels that
/// `parse` rejects are skipped, and so are the lines of a shop held out
/// by `hold_out`: the rows after its `# shop: <name>` line, up to the
/// next one, and every other row that says what one of its customers
/// said (`line_key`), in another shop's section or the hand-written
/// lines.
pub fn corpus<L>(text: &str, parse: impl Fn(&str) -> Option<L>) -> Vec<(L, String)> {
    corpus_without(text, parse, HELD_OUT.get())
}

fn corpus_without<L>(
    text: &str,
    parse: impl Fn(&str) -> Option<L>,
    held_out: Option<&HoldOut>,
) -> Vec<(L, String)> {
    let mut shop: Option<&str> = None;
    let mut rows = Vec::new();
    for l in text.lines() {
        if let Some(name) = l.strip_prefix("# shop:") {
            shop = Some(name.trim());
            continue;
        }
        let held = match (shop, held_out) {
            (Some(_), Some(HoldOut::EveryShop)) => true,
            (Some(shop), Some(HoldOut::Shop { name, .. })) => shop == name,
            _ => false,
        };
        if l.starts_with('#') || l.trim().is_empty() || held {
            continue;
        }
        let Some((label, line)) = l.split_once('\t') else {
            continue;
        };
        if let Some(HoldOut::Shop { lines, .. }) = held_out
            && lines.contains(&line_key(line))
        {
            continue;
        }
        if let Some(label) = parse(label.trim()) {
            rows.push((label, line.trim().to_string()));
        }
    }
    rows
}

/// Which shops' lines the readers leave out of training, for a tuning
/// tool's leave-one-shop-out check.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HoldOut {
    /// One tuning shop (`HoldOut::shop`): its `# shop:` section by name,
    /// and the keys (`line_key`) of the lines its customers said. Shops were written
    /// one from another, and a line two of them share is kept once in the
    /// corpus, in the first one's section: holding the later shop out
    /// must drop it there too, or the shop is measured on lines the
    /// readers learned.
    Shop {
        name: String,
        lines: std::collections::HashSet<String>,
    },
    /// Every shop's lines: the readers as the hand-written corpus alone
    /// trains them.
    EveryShop,
}

static HELD_OUT: std::sync::OnceLock<HoldOut> = std::sync::OnceLock::new();

/// Train the readers without `shops`' lines, so that a tuning tool can
/// measure a tuning shop as if the readers had never seen it. Takes effect
/// only before the first reading; false if something was already held out.
pub fn hold_out(shops: HoldOut) -> bool {
    HELD_OUT.set(shops).is_ok()
}

/// The fewest words a line held out with its shop has elsewhere in the
/// corpus: "hi", "thanks a lot" and "human please" are what every shop's
/// customers say, and a shop never seen says them too; a longer line two
/// shops share was copied from one to the other.
pub const HELD_LINE_WORDS: usize = 3;

impl HoldOut {
    /// Hold out the shop of the `# shop: <name>` section whose customers
    /// said `lines`: its section, and its lines of `HELD_LINE_WORDS` or
    /// more wherever else the corpus has them.
    pub fn shop<'a>(name: &str, lines: impl IntoIterator<Item = &'a str>) -> Self {
        HoldOut::Shop {
            name: name.to_string(),
            lines: lines
                .into_iter()
                .map(line_key)
                .filter(|k| k.split(' ').count() >= HELD_LINE_WORDS)
                .collect(),
        }
    }
}

/// What makes two customer lines the same line for a hold-out: their
/// words, lowercased, with every digit a `0` ("order 1042 never came" and
/// "Order 2210 never came!" are one line with two order numbers).
pub fn line_key(line: &str) -> String {
    text::words(line)
        .iter()
        .map(|w| digits_as_zero(w))
        .collect::<Vec<_>>()
        .join(" ")
}

/// A word with every digit a `0`: its shape, not its number.
fn digits_as_zero(w: &str) -> String {
    w.chars()
        .map(|c| if c.is_ascii_digit() { '0' } else { c })
        .collect()
}

/// Every word of a corpus: how much of a line a reader has seen words of.
pub struct Vocabulary(std::collections::HashSet<String>);

impl Vocabulary {
    pub fn of<'a>(lines: impl IntoIterator<Item = &'a str>) -> Self {
        Self(lines.into_iter().flat_map(text::words).collect())
    }

    /// The share of `line`'s words (of three letters or more, without
    /// digits) the corpus has; 1 for a line with none. A line mostly in
    /// words the reader never saw is read from stray letter groups.
    pub fn known_share(&self, line: &str) -> f32 {
        let words: Vec<String> = text::words(line)
            .into_iter()
            .filter(|w| w.chars().count() >= 3 && !w.chars().any(|c| c.is_ascii_digit()))
            .collect();
        if words.is_empty() {
            return 1.0;
        }
        let known = words.iter().filter(|w| self.0.contains(*w)).count();
        known as f32 / words.len() as f32
    }
}

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0100_0000_01b3;

fn fnv_bytes(mut h: u64, bytes: impl IntoIterator<Item = u8>) -> u64 {
    for b in bytes.into_iter().chain(std::iter::once(0xff)) {
        h ^= u64::from(b);
        h = h.wrapping_mul(FNV_PRIME);
    }
    h
}

fn fnv(parts: &[&str]) -> usize {
    let h = parts
        .iter()
        .fold(FNV_OFFSET, |h, p| fnv_bytes(h, p.bytes()));
    (h % DIM as u64) as usize
}

/// The hash of a run of characters, without building a string for it
/// (the same value `fnv` gives for the string).
fn fnv_chars(kind: &str, chars: &[char]) -> usize {
    let mut h = fnv_bytes(FNV_OFFSET, kind.bytes());
    let mut buf = [0u8; 4];
    for c in chars {
        for &b in c.encode_utf8(&mut buf).as_bytes() {
            h ^= u64::from(b);
            h = h.wrapping_mul(FNV_PRIME);
        }
    }
    h ^= 0xff;
    h = h.wrapping_mul(FNV_PRIME);
    (h % DIM as u64) as usize
}

/// Hashed features with unit L2 norm: words, word pairs and the character
/// 3- to 5-grams of each word with its boundaries.
pub fn features(line: &str) -> Vec<(usize, f32)> {
    let words = text::words(line);
    let mut idx: Vec<usize> = Vec::new();
    for w in &words {
        // Digits say nothing about what a line asks for; their shape does.
        let w = digits_as_zero(w);
        idx.push(fnv(&["w", &w]));
        let padded: Vec<char> = format!("<{w}>").chars().collect();
        for n in 3..=5 {
            for win in padded.windows(n) {
                idx.push(fnv_chars("c", win));
            }
        }
    }
    for pair in words.windows(2) {
        idx.push(fnv(&["b", &pair[0], &pair[1]]));
    }
    // The line's words as retrieval reads them: other languages' words in
    // English where the glossary knows them, stemmed. A shop's Danish line
    // then shares features with another shop's English one, which the
    // letters alone do not give (leave-one-shop-out, `examples/readers`:
    // intent .748 -> .763, hand-over F1 .876 -> .882 over eleven shops).
    for t in text::words(&crate::glossary::for_retrieval(line)) {
        idx.push(fnv(&["s", &text::stem(&t)]));
    }
    idx.sort_unstable();
    let mut out: Vec<(usize, f32)> = Vec::new();
    for i in idx {
        match out.last_mut() {
            Some((j, c)) if *j == i => *c += 1.0,
            _ => out.push((i, 1.0)),
        }
    }
    let norm = out.iter().map(|(_, c)| c * c).sum::<f32>().sqrt();
    if norm > 0.0 {
        for (_, c) in &mut out {
            *c /= norm;
        }
    }
    out
}

/// What is wrong with stored weights.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum StoredError {
    #[error("stored weights do not start with {MAGIC:?}")]
    Magic,
    #[error("stored weights end early")]
    Truncated,
    #[error("stored weights have {labels} labels and {dim} features, not {want_labels} and {DIM}")]
    Shape {
        labels: usize,
        dim: usize,
        want_labels: usize,
    },
    #[error(
        "stored weights were trained from another corpus (fingerprint {stored:016x}, not {expected:016x})"
    )]
    Stale { stored: u64, expected: u64 },
    #[error("stored weights have {0} bytes after their end")]
    Trailing(usize),
}

const MAGIC: &[u8; 4] = b"CRW1";

/// The fingerprint of what trains a reader: its rows in order, its number
/// of labels and the trainer's settings. Weights stored under another
/// fingerprint were trained from something else. (A change to how lines
/// become `features` does not show here; a test retrains the stored
/// readers and compares them byte for byte.)
pub fn fingerprint(data: &[(usize, String)], labels: usize) -> u64 {
    let settings = format!("{DIM} {EPOCHS} {LEARNING_RATE} {L2} {labels}");
    data.iter()
        .fold(fnv_bytes(FNV_OFFSET, settings.bytes()), |h, (y, line)| {
            fnv_bytes(fnv_bytes(h, y.to_le_bytes()), line.bytes())
        })
}

/// Little-endian reads from stored weights.
struct Cursor<'a>(&'a [u8]);

impl Cursor<'_> {
    fn take<const N: usize>(&mut self) -> Result<[u8; N], StoredError> {
        let (head, rest) = self
            .0
            .split_first_chunk::<N>()
            .ok_or(StoredError::Truncated)?;
        self.0 = rest;
        Ok(*head)
    }
    fn u32(&mut self) -> Result<usize, StoredError> {
        Ok(u32::from_le_bytes(self.take()?) as usize)
    }
    fn f32(&mut self) -> Result<f32, StoredError> {
        Ok(f32::from_le_bytes(self.take()?))
    }
}

impl Linear {
    /// The weights as the binary stores them: a header (`CRW1`, the
    /// fingerprint of what trained them, labels, features), the biases, a
    /// bitmap of the features any label weighs, and those features'
    /// weights, label by label. Features no line of the corpus has stay
    /// at zero and take no room.
    pub fn to_bytes(&self, fingerprint: u64) -> Vec<u8> {
        let used: Vec<usize> = (0..DIM)
            .filter(|&i| (0..self.labels).any(|k| self.weights[k * DIM + i].to_bits() != 0))
            .collect();
        let mut out = Vec::with_capacity(24 + DIM / 8 + used.len() * self.labels * 4);
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&fingerprint.to_le_bytes());
        out.extend_from_slice(&(self.labels as u32).to_le_bytes());
        out.extend_from_slice(&(DIM as u32).to_le_bytes());
        for b in &self.bias {
            out.extend_from_slice(&b.to_le_bytes());
        }
        let mut bitmap = vec![0u8; DIM / 8];
        for &i in &used {
            bitmap[i / 8] |= 1 << (i % 8);
        }
        out.extend_from_slice(&bitmap);
        for &i in &used {
            for k in 0..self.labels {
                out.extend_from_slice(&self.weights[k * DIM + i].to_le_bytes());
            }
        }
        out
    }

    /// Read weights written by `to_bytes`, if they have `labels` labels
    /// and were trained from what has `fingerprint`.
    pub fn from_bytes(bytes: &[u8], fingerprint: u64, labels: usize) -> Result<Self, StoredError> {
        let mut c = Cursor(bytes);
        if &c.take::<4>()? != MAGIC {
            return Err(StoredError::Magic);
        }
        let stored = u64::from_le_bytes(c.take()?);
        let (n, dim) = (c.u32()?, c.u32()?);
        if n != labels || dim != DIM {
            return Err(StoredError::Shape {
                labels: n,
                dim,
                want_labels: labels,
            });
        }
        if stored != fingerprint {
            return Err(StoredError::Stale {
                stored,
                expected: fingerprint,
            });
        }
        let bias = (0..labels)
            .map(|_| c.f32())
            .collect::<Result<Vec<_>, _>>()?;
        let bitmap = c.take::<{ DIM / 8 }>()?;
        let mut weights = vec![0.0; labels * DIM];
        for i in (0..DIM).filter(|i| bitmap[i / 8] & (1 << (i % 8)) != 0) {
            for k in 0..labels {
                weights[k * DIM + i] = c.f32()?;
            }
        }
        if !c.0.is_empty() {
            return Err(StoredError::Trailing(c.0.len()));
        }
        Ok(Linear {
            labels,
            weights,
            bias,
        })
    }

    /// The weights `stored` in the binary when they were trained from
    /// exactly `data`; otherwise (a tuning tool holding a shop out, or a
    /// corpus changed without storing its readers again) trained now,
    /// which takes seconds.
    pub fn stored_or_trained(stored: &[u8], data: &[(usize, String)], labels: usize) -> Self {
        let fp = fingerprint(data, labels);
        match Linear::from_bytes(stored, fp, labels) {
            Ok(m) => m,
            Err(e) => {
                if HELD_OUT.get().is_none() {
                    tracing::warn!(error = %e, "training a reader at start-up instead");
                }
                Linear::train(data, labels)
            }
        }
    }

    /// Train on `data` and return the weights as `store_readers` stores
    /// them, under `data`'s fingerprint.
    pub fn trained_bytes(data: &[(usize, String)], labels: usize) -> Vec<u8> {
        Linear::train(data, labels).to_bytes(fingerprint(data, labels))
    }

    /// Train on `(label index, line)` pairs with labels below `labels`.
    pub fn train(data: &[(usize, String)], labels: usize) -> Self {
        let mut m = Linear {
            labels,
            weights: vec![0.0; labels * DIM],
            bias: vec![0.0; labels],
        };
        let examples: Vec<(usize, Vec<(usize, f32)>)> = data
            .iter()
            .filter(|(y, _)| *y < labels)
            .map(|(y, line)| (*y, features(line)))
            .collect();
        let mut order: Vec<usize> = (0..examples.len()).collect();
        let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
        for epoch in 0..EPOCHS {
            for i in (1..order.len()).rev() {
                seed = seed
                    .wrapping_mul(6_364_136_223_846_793_005)
                    .wrapping_add(1_442_695_040_888_963_407);
                let j = (seed >> 33) as usize % (i + 1);
                order.swap(i, j);
            }
            let lr = LEARNING_RATE / (1.0 + epoch as f32 * 0.1);
            for &e in &order {
                let (y, x) = &examples[e];
                let p = m.probabilities_of(x);
                for (k, pk) in p.iter().enumerate() {
                    let g = pk - if k == *y { 1.0 } else { 0.0 };
                    let row = &mut m.weights[k * DIM..(k + 1) * DIM];
                    for &(i, v) in x {
                        row[i] -= lr * (g * v + L2 * row[i]);
                    }
                    m.bias[k] -= lr * g;
                }
            }
        }
        m
    }

    /// The probability of every label for a line's `features`: two
    /// readers of the same line hash it once.
    pub fn probabilities_of(&self, x: &[(usize, f32)]) -> Vec<f32> {
        let mut z: Vec<f32> = (0..self.labels)
            .map(|k| {
                let row = &self.weights[k * DIM..(k + 1) * DIM];
                self.bias[k] + x.iter().map(|&(i, v)| row[i] * v).sum::<f32>()
            })
            .collect();
        let max = z.iter().copied().fold(f32::MIN, f32::max);
        let mut sum = 0.0;
        for zk in &mut z {
            *zk = (*zk - max).exp();
            sum += *zk;
        }
        for zk in &mut z {
            *zk /= sum;
        }
        z
    }

    /// The probability of every label for `line`, by label index.
    pub fn probabilities(&self, line: &str) -> Vec<f32> {
        self.probabilities_of(&features(line))
    }

    /// The most likely label index for `line` and its probability.
    pub fn predict(&self, line: &str) -> (usize, f32) {
        self.probabilities_of(&features(line))
            .iter()
            .enumerate()
            .fold(
                (0, 0.0f32),
                |best, (k, &pk)| if pk > best.1 { (k, pk) } else { best },
            )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "# hand-written\nnone\thello\n# shop: tea\nstaff\tcharged twice\n# shop: garden\nnone\tdo you sell seeds\nbogus\tignored\n";

    fn lines(held_out: Option<&HoldOut>) -> Vec<String> {
        corpus_without(TEXT, |l| (l != "bogus").then_some(()), held_out)
            .into_iter()
            .map(|(_, line)| line)
            .collect()
    }

    fn tiny() -> (Vec<(usize, String)>, Linear) {
        let data: Vec<(usize, String)> = [
            (0, "hello there"),
            (1, "charged twice"),
            (2, "où est ma commande"),
        ]
        .into_iter()
        .map(|(y, l)| (y, l.to_string()))
        .collect();
        let m = Linear::train(&data, 3);
        (data, m)
    }

    #[test]
    fn stored_weights_read_back_as_they_were() {
        let (data, m) = tiny();
        let fp = fingerprint(&data, 3);
        let bytes = m.to_bytes(fp);
        let back = Linear::from_bytes(&bytes, fp, 3).unwrap();
        assert_eq!(back.bias, m.bias);
        assert!(
            back.weights
                .iter()
                .zip(&m.weights)
                .all(|(a, b)| a.to_bits() == b.to_bits())
        );
        // Only the features the lines have take room.
        assert!(bytes.len() < 24 + DIM / 8 + 3 * 4 * 200, "{}", bytes.len());
        assert_eq!(back.predict("charged twice").0, 1);
    }

    #[test]
    fn stored_weights_from_another_corpus_or_damaged_are_refused() {
        let (data, m) = tiny();
        let fp = fingerprint(&data, 3);
        let bytes = m.to_bytes(fp);
        let mut other = data.clone();
        other[1].1.push('!');
        assert!(matches!(
            Linear::from_bytes(&bytes, fingerprint(&other, 3), 3),
            Err(StoredError::Stale { .. })
        ));
        assert!(matches!(
            Linear::from_bytes(&bytes, fp, 4),
            Err(StoredError::Shape { labels: 3, .. })
        ));
        assert_eq!(
            Linear::from_bytes(&bytes[..bytes.len() - 1], fp, 3).err(),
            Some(StoredError::Truncated)
        );
        let mut longer = bytes.clone();
        longer.push(0);
        assert_eq!(
            Linear::from_bytes(&longer, fp, 3).err(),
            Some(StoredError::Trailing(1))
        );
        assert_eq!(
            Linear::from_bytes(b"nope", fp, 3).err(),
            Some(StoredError::Magic)
        );
        // Stale weights are not used: the reader is trained instead.
        let trained = Linear::stored_or_trained(&bytes, &other, 3);
        assert_eq!(trained.predict("charged twice!").0, 1);
    }

    #[test]
    fn a_held_out_shop_is_left_out_and_the_rest_kept() {
        assert_eq!(lines(None), ["hello", "charged twice", "do you sell seeds"]);
        let shop = |name: &str, said: &[&str]| HoldOut::shop(name, said.iter().copied());
        assert_eq!(
            lines(Some(&shop("tea", &["charged twice"]))),
            ["hello", "do you sell seeds"]
        );
        assert_eq!(lines(Some(&HoldOut::EveryShop)), ["hello"]);
        // A name no section has holds nothing out.
        assert_eq!(lines(Some(&shop("fourth", &[]))).len(), 3);
        // A line the held-out shop's customers said goes wherever it is,
        // whatever its case, punctuation and numbers.
        assert_eq!(
            lines(Some(&shop("tea", &["Do you sell seeds?!", "Hello 42"]))),
            ["hello"]
        );
        // Lines of one or two words are every shop's: they stay.
        assert_eq!(
            lines(Some(&shop("fourth", &["CHARGED twice", "hello"]))).len(),
            3
        );
        assert_eq!(
            line_key("Order 1042 never came!"),
            line_key("order 2210 never  came")
        );
    }
}
