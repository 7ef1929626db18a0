//! The knowledge base: articles, products and orders in the public format of
//! `docs/EVAL.md`, loaded from a directory or from the demo shop compiled
//! into the binary (so one installed binary works with no files at all).

use std::path::{Path, PathBuf};

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};

/// A help article. `body` is the Markdown after the title line.
#[derive(Debug, Clone, PartialEq)]
pub struct Article {
    pub id: String,
    pub title: String,
    pub tags: Vec<String>,
    pub body: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Product {
    pub sku: String,
    pub name: String,
    pub description: String,
    pub price: f64,
    pub currency: String,
    pub stock: i64,
    #[serde(default)]
    pub tags: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum OrderStatus {
    Pending,
    Paid,
    Shipped,
    Delivered,
    Cancelled,
    Refunded,
}

impl OrderStatus {
    pub const ALL: [OrderStatus; 6] = [
        OrderStatus::Pending,
        OrderStatus::Paid,
        OrderStatus::Shipped,
        OrderStatus::Delivered,
        OrderStatus::Cancelled,
        OrderStatus::Refunded,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            OrderStatus::Pending => "pending",
            OrderStatus::Paid => "paid",
            OrderStatus::Shipped => "shipped",
            OrderStatus::Delivered => "delivered",
            OrderStatus::Cancelled => "cancelled",
            OrderStatus::Refunded => "refunded",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OrderItem {
    pub sku: String,
    pub qty: u32,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Order {
    pub order_id: String,
    pub customer_id: String,
    pub status: OrderStatus,
    pub items: Vec<OrderItem>,
    pub total: f64,
    pub currency: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub carrier: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tracking_number: Option<String>,
    pub updated_at: DateTime<FixedOffset>,
}

/// Why a KB directory could not be loaded. Each names the file at fault.
#[derive(Debug, thiserror::Error)]
pub enum KbError {
    #[error("{path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{path}: not valid JSON in the expected shape: {source}")]
    Json {
        path: PathBuf,
        source: serde_json::Error,
    },
    #[error("{path}: front matter: {reason}")]
    FrontMatter { path: PathBuf, reason: String },
    #[error("{path}: the first line must be a \"# Title\" heading")]
    MissingTitle { path: PathBuf },
    #[error("{path}: article id {id:?} is used by another article too")]
    DuplicateId { path: PathBuf, id: String },
    #[error("{path}: {reason}")]
    Invalid { path: PathBuf, reason: String },
    #[error("{path} is not a directory")]
    NotADirectory { path: PathBuf },
}

impl KbError {
    pub fn path(&self) -> &Path {
        match self {
            KbError::Io { path, .. }
            | KbError::Json { path, .. }
            | KbError::FrontMatter { path, .. }
            | KbError::MissingTitle { path }
            | KbError::DuplicateId { path, .. }
            | KbError::Invalid { path, .. }
            | KbError::NotADirectory { path } => path,
        }
    }
}

#[derive(Debug, Clone, Default)]
pub struct KnowledgeBase {
    pub articles: Vec<Article>,
    pub products: Vec<Product>,
    pub orders: Vec<Order>,
}

impl KnowledgeBase {
    /// Load a KB directory. Missing parts are empty; malformed ones are
    /// errors (a half-loaded KB would answer wrongly without anyone noticing).
    pub fn load(dir: &Path) -> Result<Self, KbError> {
        if !dir.is_dir() {
            return Err(KbError::NotADirectory {
                path: dir.to_path_buf(),
            });
        }
        let mut kb = KnowledgeBase::default();
        let articles_dir = dir.join("articles");
        if articles_dir.is_dir() {
            let entries = std::fs::read_dir(&articles_dir).map_err(|source| KbError::Io {
                path: articles_dir.clone(),
                source,
            })?;
            let mut files = Vec::new();
            for entry in entries {
                let entry = entry.map_err(|source| KbError::Io {
                    path: articles_dir.clone(),
                    source,
                })?;
                let path = entry.path();
                if path.extension().is_some_and(|e| e == "md") {
                    files.push(path);
                }
            }
            // Directory order is arbitrary; sorting keeps ties in ranking stable.
            files.sort();
            for path in files {
                let text = read(&path)?;
                let stem = path
                    .file_stem()
                    .map(|s| s.to_string_lossy().into_owned())
                    .unwrap_or_default();
                let article = parse_article(&path, &stem, &text)?;
                kb.push_article(&path, article)?;
            }
        }
        let products = dir.join("products.json");
        if products.is_file() {
            kb.products = parse_json(&products, &read(&products)?)?;
        }
        let orders = dir.join("orders.json");
        if orders.is_file() {
            kb.orders = parse_json(&orders, &read(&orders)?)?;
        }
        Ok(kb)
    }

    /// The demo shop compiled into the binary.
    pub fn demo() -> Result<Self, KbError> {
        let mut kb = KnowledgeBase::default();
        for (name, text) in DEMO_ARTICLES {
            let path = PathBuf::from(format!("<demo>/articles/{name}"));
            let stem = name.trim_end_matches(".md");
            let article = parse_article(&path, stem, text)?;
            kb.push_article(&path, article)?;
        }
        kb.products = parse_json(Path::new("<demo>/products.json"), DEMO_PRODUCTS)?;
        kb.orders = parse_json(Path::new("<demo>/orders.json"), DEMO_ORDERS)?;
        Ok(kb)
    }

    pub fn article(&self, id: &str) -> Option<&Article> {
        self.articles.iter().find(|a| a.id == id)
    }

    pub fn product(&self, sku: &str) -> Option<&Product> {
        self.products
            .iter()
            .find(|p| p.sku.eq_ignore_ascii_case(sku))
    }

    fn push_article(&mut self, path: &Path, article: Article) -> Result<(), KbError> {
        if self.article(&article.id).is_some() {
            return Err(KbError::DuplicateId {
                path: path.to_path_buf(),
                id: article.id,
            });
        }
        self.articles.push(article);
        Ok(())
    }
}

fn read(path: &Path) -> Result<String, KbError> {
    std::fs::read_to_string(path).map_err(|source| KbError::Io {
        path: path.to_path_buf(),
        source,
    })
}

fn parse_json<T: serde::de::DeserializeOwned>(path: &Path, text: &str) -> Result<T, KbError> {
    serde_json::from_str(text).map_err(|source| KbError::Json {
        path: path.to_path_buf(),
        source,
    })
}

/// Parse one article file: optional `---` front matter (id, tags), then a
/// `# Title` line, then the body.
pub fn parse_article(path: &Path, default_id: &str, text: &str) -> Result<Article, KbError> {
    let front_err = |reason: String| KbError::FrontMatter {
        path: path.to_path_buf(),
        reason,
    };
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut lines = text.lines().peekable();
    let mut id = default_id.to_string();
    let mut tags = Vec::new();
    if lines.peek().is_some_and(|l| l.trim() == "---") {
        lines.next();
        let mut closed = false;
        for line in lines.by_ref() {
            let line = line.trim();
            if line == "---" {
                closed = true;
                break;
            }
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let Some((key, value)) = line.split_once(':') else {
                return Err(front_err(format!(
                    "expected \"key: value\", found {line:?}"
                )));
            };
            let value = value.trim();
            match key.trim() {
                "id" => {
                    let v = value.trim_matches(|c| c == '"' || c == '\'');
                    if v.is_empty() || v.chars().any(char::is_whitespace) {
                        return Err(front_err(format!(
                            "id must be a non-empty slug, found {value:?}"
                        )));
                    }
                    id = v.to_string();
                }
                "tags" => tags = parse_tags(value).map_err(front_err)?,
                // Other keys (author, updated...) are the shop's business.
                _ => {}
            }
        }
        if !closed {
            return Err(front_err("no closing \"---\" line".to_string()));
        }
    }
    let mut title = None;
    for line in lines.by_ref() {
        if line.trim().is_empty() {
            continue;
        }
        if let Some(t) = line.trim().strip_prefix("# ") {
            title = Some(t.trim().to_string());
        }
        break;
    }
    let Some(title) = title.filter(|t| !t.is_empty()) else {
        return Err(KbError::MissingTitle {
            path: path.to_path_buf(),
        });
    };
    let body = lines.collect::<Vec<_>>().join("\n").trim().to_string();
    Ok(Article {
        id,
        title,
        tags,
        body,
    })
}

fn parse_tags(value: &str) -> Result<Vec<String>, String> {
    let inner = match (value.strip_prefix('['), value.strip_suffix(']')) {
        (Some(_), Some(_)) => &value[1..value.len() - 1],
        (None, None) => value,
        _ => return Err(format!("unbalanced brackets in tags: {value:?}")),
    };
    Ok(inner
        .split(',')
        .map(|t| t.trim().trim_matches(|c| c == '"' || c == '\'').to_string())
        .filter(|t| !t.is_empty())
        .collect())
}

macro_rules! demo_articles {
    ($($name:literal),* $(,)?) => {
        &[$(($name, include_str!(concat!("../kb/demo/articles/", $name)))),*]
    };
}

const DEMO_ARTICLES: &[(&str, &str)] = demo_articles![
    "account-create.md",
    "account-password.md",
    "contact-us.md",
    "damaged-items.md",
    "discount-codes.md",
    "gift-cards.md",
    "international-shipping.md",
    "order-changes.md",
    "order-tracking.md",
    "payment-methods.md",
    "price-match.md",
    "privacy.md",
    "product-care.md",
    "refunds.md",
    "returns-policy.md",
    "shipping-times.md",
    "size-guide.md",
    "warranty.md",
];
const DEMO_PRODUCTS: &str = include_str!("../kb/demo/products.json");
const DEMO_ORDERS: &str = include_str!("../kb/demo/orders.json");

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn demo_kb_is_complete_enough_to_demo() {
        let kb = KnowledgeBase::demo().unwrap();
        assert!(kb.articles.len() >= 12);
        assert!(kb.products.len() >= 20);
        assert!(kb.orders.len() >= 10);
        for customer in ["u42", "demo-customer"] {
            assert!(kb.orders.iter().any(|o| o.customer_id == customer));
        }
        // Every ordered SKU exists, or order replies would name unknown items.
        for o in &kb.orders {
            for item in &o.items {
                assert!(
                    kb.product(&item.sku).is_some(),
                    "{} in {}",
                    item.sku,
                    o.order_id
                );
            }
        }
    }

    #[test]
    fn front_matter_sets_id_and_tags() {
        let a = parse_article(
            Path::new("x.md"),
            "x",
            "---\nid: returns\ntags: [returns, \"refunds\"]\n---\n# Returns\n\nBody text.",
        )
        .unwrap();
        assert_eq!(a.id, "returns");
        assert_eq!(a.tags, ["returns", "refunds"]);
        assert_eq!(a.title, "Returns");
        assert_eq!(a.body, "Body text.");
    }

    #[test]
    fn id_defaults_to_file_stem() {
        let a = parse_article(Path::new("faq.md"), "faq", "# FAQ\nhello").unwrap();
        assert_eq!(a.id, "faq");
        assert!(a.tags.is_empty());
    }

    #[test]
    fn malformed_articles_are_typed_errors() {
        let p = Path::new("bad.md");
        assert!(matches!(
            parse_article(p, "bad", "---\nid: x\n# never closed"),
            Err(KbError::FrontMatter { .. })
        ));
        assert!(matches!(
            parse_article(p, "bad", "---\nnonsense line\n---\n# T"),
            Err(KbError::FrontMatter { .. })
        ));
        assert!(matches!(
            parse_article(p, "bad", "no heading here"),
            Err(KbError::MissingTitle { .. })
        ));
        assert!(matches!(
            parse_article(p, "bad", "---\ntags: [a, b\n---\n# T"),
            Err(KbError::FrontMatter { .. })
        ));
    }
}
