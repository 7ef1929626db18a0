//! A product's own data or a help page: what the question asks of a
//! product it names. The embedded assistant weighs these against each
//! other to choose which one answers (`embedded.rs`).

use super::{AnswerKind, Hit, Query, Retriever};

impl Retriever {
    /// Whether the question names product `index` by a word of its name
    /// that no help page uses ("Featherlite"): it asks about that product.
    pub fn names_product(&self, index: usize, query: &Query) -> bool {
        self.product_names.get(index).is_some_and(|name| {
            query.originals.iter().any(|t| {
                name.contains(t)
                    && !t.chars().all(|c| c.is_ascii_digit())
                    && (0..self.articles.len()).all(|d| !self.articles.contains(d, t))
            })
        })
    }

    /// "Is the owl rattle recalled?", "do you fit car seats": article
    /// `article` names what the question names of product `product`, and
    /// its title or tags have a word of the question the product's name
    /// lacks (recall, fitting). The page is about that aspect of the
    /// product; the product's own data (price, stock) is not asked for.
    /// A page that does not name the product is about the aspect too when
    /// its title has a word of the question that the product's name and
    /// description both lack ("does the education discount work on audio
    /// interfaces?"): the product's data cannot answer it.
    pub fn page_on_products_aspect(&self, article: usize, product: usize, query: &Query) -> bool {
        const PRODUCT_DATA: &[&str] = &["pric", "cost", "fee", "stock", "avail", "much", "cheap"];
        let Some(name) = self.product_names.get(product) else {
            return false;
        };
        let named: Vec<&String> = query
            .originals
            .iter()
            .filter(|t| name.contains(t))
            .collect();
        let page_names_it = named.iter().all(|t| self.articles.contains(article, t));
        let title = self.titles.get(article);
        !named.is_empty()
            && query.kind != AnswerKind::Price
            && query.originals.iter().any(|t| {
                !name.contains(t)
                    && !PRODUCT_DATA.iter().any(|p| t.starts_with(p))
                    && self.heading_index.contains(article, t)
                    && (page_names_it
                        || !self.products.contains(product, t)
                            && title.is_some_and(|title| title.contains(t)))
            })
    }

    /// "What amounts do gift cards come in?": the words of product
    /// `product`'s name that the question uses are the words of article
    /// `article`'s title. The page is about the kind of thing the product
    /// is one of, and a question that does not ask a price is about that.
    pub fn title_names_product(&self, article: usize, product: usize, query: &Query) -> bool {
        let (Some(name), Some(title)) = (self.product_names.get(product), self.titles.get(article))
        else {
            return false;
        };
        let mut named = query
            .originals
            .iter()
            .filter(|t| name.contains(t) && !t.chars().all(|c| c.is_ascii_digit()))
            .peekable();
        query.kind != AnswerKind::Price
            && named.peek().is_some()
            && named.all(|t| title.contains(t))
    }

    /// "How much is the Coat 1950?", "wie viel kostet der Cashmere
    /// Rollneck": a price asked of product `index` by its name and nothing
    /// else. Every word the customer wrote, other than the words for a
    /// price, is a word of the product's name, so a help page that merely
    /// mentions the product (a restock note, a care tip) is not the answer.
    pub fn asks_price_of(&self, index: usize, query: &Query) -> bool {
        let Some(name) = self.product_names.get(index) else {
            return false;
        };
        let mut named = query
            .originals
            .iter()
            .filter(|t| !super::PRICE_WORDS.iter().any(|p| t.starts_with(p)))
            .peekable();
        query.kind == AnswerKind::Price && named.peek().is_some() && named.all(|t| name.contains(t))
    }

    /// Products ranked for `query`; `heading` marks a hit on the name or
    /// SKU by a word, not by a bare number: "run 50 km a week" does not
    /// name the "Gift Card 50", while "gift card 50" and "Beacon 800" do.
    pub fn products(&self, query: &Query) -> Vec<Hit> {
        let near = self.with_near_spellings(query);
        let query = near.as_ref().unwrap_or(query);
        let mut hits = self.products.rank(query);
        for h in &mut hits {
            if let Some(name) = self.product_names.get(h.index) {
                h.heading = query
                    .originals
                    .iter()
                    .any(|t| name.contains(t) && !t.chars().all(|c| c.is_ascii_digit()));
            }
        }
        hits
    }
}
