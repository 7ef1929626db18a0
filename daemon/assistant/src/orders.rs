//! Where order lookups go: the KB's `orders.json`, or the shop's own HTTP
//! API. Both scope every answer to the asking customer: an order of someone
//! else is reported exactly like a missing one, so probing order numbers
//! tells nothing.

use std::time::Duration;

use crate::OrdersApiConfig;
use crate::kb::Order;

#[derive(Debug, thiserror::Error)]
pub enum OrdersError {
    #[error("order API request failed: {0}")]
    Request(String),
    #[error("order API returned HTTP {0}")]
    Status(u16),
    #[error("order API sent an unexpected body: {0}")]
    Body(String),
    #[error("order API URL is invalid: {0}")]
    Url(String),
}

/// The prefix of the customer ids the daemon gives web-widget guests
/// (`POST /api/v1/guest`). A guest proved nothing about who they are, so
/// no order is ever looked up for them, whatever the shop's own ids are.
pub const GUEST_PREFIX: &str = "guest-";

pub fn is_guest(customer_id: &str) -> bool {
    customer_id.starts_with(GUEST_PREFIX)
}

/// The fewest digits a number written without the shop's letters must
/// have to be looked up among the customer's orders by them.
pub const MIN_BARE_DIGITS: usize = 6;

/// Whether a word of a customer's line may be an order's number: three
/// digits or more ("1042", "FZ-73044", "#58266"). The policy reads such a
/// word as naming an order where the words around it allow; a year or a
/// price passes too, so it is never enough on its own.
pub fn number_like(word: &str) -> bool {
    word.chars().filter(char::is_ascii_digit).count() >= 3
}

/// Whether the order id `full` is the one a customer wrote as `asked`:
/// the same id, or its digits with the shop's letters left off.
pub fn names_order(full: &str, asked: &str) -> bool {
    let asked = asked.trim().trim_start_matches('#');
    full.eq_ignore_ascii_case(asked) || (bare_digits(asked) && digits_end(full, asked))
}

/// Whether `id` is only digits, and enough of them to name an order.
pub(crate) fn bare_digits(id: &str) -> bool {
    id.len() >= MIN_BARE_DIGITS && id.chars().all(|c| c.is_ascii_digit())
}

/// Whether the order id `full` ends with the number `digits`, and no
/// digit comes before them ("AR-7741150" and "7741150", not "17741150").
fn digits_end(full: &str, digits: &str) -> bool {
    full.strip_suffix(digits)
        .is_some_and(|rest| !rest.ends_with(|c: char| c.is_ascii_digit()))
}

#[derive(Debug)]
pub enum OrderSource {
    Local(Vec<Order>),
    Api(OrdersApi),
}

impl OrderSource {
    /// The order if it exists *and* belongs to `customer_id`.
    pub async fn lookup(
        &self,
        customer_id: &str,
        order_id: &str,
    ) -> Result<Option<Order>, OrdersError> {
        let order_id = order_id.trim().trim_start_matches('#');
        if is_guest(customer_id) || !plausible_id(order_id) {
            return Ok(None);
        }
        let found = match self {
            OrderSource::Local(orders) => orders
                .iter()
                .find(|o| o.order_id.eq_ignore_ascii_case(order_id))
                .cloned(),
            OrderSource::Api(api) => api.get_order(order_id).await?,
        };
        let found = found.filter(|o| o.customer_id == customer_id);
        if found.is_some() || !bare_digits(order_id) {
            return Ok(found);
        }
        // "Where is 7741150?" for AR-7741150: the shop's letters left off.
        // Only among the customer's own orders: digits alone name no one
        // else's.
        Ok(self
            .list(customer_id)
            .await?
            .into_iter()
            .find(|o| digits_end(&o.order_id, order_id)))
    }

    /// The customer's orders, newest first.
    pub async fn list(&self, customer_id: &str) -> Result<Vec<Order>, OrdersError> {
        if is_guest(customer_id) {
            return Ok(Vec::new());
        }
        let mut orders: Vec<Order> = match self {
            OrderSource::Local(orders) => orders
                .iter()
                .filter(|o| o.customer_id == customer_id)
                .cloned()
                .collect(),
            // The API is asked for this customer's orders; filtering again
            // guards against an API that ignores the query parameter.
            OrderSource::Api(api) => api
                .list_orders(customer_id)
                .await?
                .into_iter()
                .filter(|o| o.customer_id == customer_id)
                .collect(),
        };
        orders.sort_by_key(|o| std::cmp::Reverse(o.updated_at));
        Ok(orders)
    }
}

/// Ids are passed to the API as a path segment; anything but a short
/// token of letters, digits, dashes and underscores cannot be an order id.
fn plausible_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 64
        && id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

#[derive(Debug)]
pub struct OrdersApi {
    client: reqwest::Client,
    base: reqwest::Url,
    token: Option<String>,
}

impl OrdersApi {
    pub fn new(cfg: &OrdersApiConfig, timeout: Duration) -> Result<Self, OrdersError> {
        let mut base =
            reqwest::Url::parse(&cfg.url).map_err(|e| OrdersError::Url(e.to_string()))?;
        if base.cannot_be_a_base() {
            return Err(OrdersError::Url(format!(
                "{} cannot be a base URL",
                cfg.url
            )));
        }
        // Keep any path prefix ("https://shop/api") and drop a trailing "/".
        let path = base.path().trim_end_matches('/').to_string();
        base.set_path(&path);
        let client = reqwest::Client::builder()
            .timeout(timeout)
            .build()
            .map_err(|e| OrdersError::Request(e.to_string()))?;
        Ok(Self {
            client,
            base,
            token: cfg.token.clone(),
        })
    }

    fn url(&self, segments: &[&str]) -> Result<reqwest::Url, OrdersError> {
        let mut url = self.base.clone();
        {
            let mut path = url
                .path_segments_mut()
                .map_err(|()| OrdersError::Url("cannot be a base".into()))?;
            path.pop_if_empty();
            // push() percent-encodes, so an id can never climb the path.
            for s in segments {
                path.push(s);
            }
        }
        Ok(url)
    }

    async fn get(&self, url: reqwest::Url) -> Result<reqwest::Response, OrdersError> {
        let mut req = self.client.get(url);
        if let Some(token) = &self.token {
            req = req.bearer_auth(token);
        }
        req.send()
            .await
            .map_err(|e| OrdersError::Request(e.without_url().to_string()))
    }

    async fn get_order(&self, order_id: &str) -> Result<Option<Order>, OrdersError> {
        let resp = self.get(self.url(&["orders", order_id])?).await?;
        let status = resp.status();
        // 403 too: an API that says "not yours" must look like "not there".
        if status == reqwest::StatusCode::NOT_FOUND || status == reqwest::StatusCode::FORBIDDEN {
            return Ok(None);
        }
        if !status.is_success() {
            return Err(OrdersError::Status(status.as_u16()));
        }
        let body = resp
            .bytes()
            .await
            .map_err(|e| OrdersError::Request(e.to_string()))?;
        serde_json::from_slice(&body)
            .map(Some)
            .map_err(|e| OrdersError::Body(e.to_string()))
    }

    async fn list_orders(&self, customer_id: &str) -> Result<Vec<Order>, OrdersError> {
        let mut url = self.url(&["orders"])?;
        url.query_pairs_mut().append_pair("customerId", customer_id);
        let resp = self.get(url).await?;
        let status = resp.status();
        if status == reqwest::StatusCode::NOT_FOUND {
            return Ok(Vec::new());
        }
        if !status.is_success() {
            return Err(OrdersError::Status(status.as_u16()));
        }
        let body = resp
            .bytes()
            .await
            .map_err(|e| OrdersError::Request(e.to_string()))?;
        // Accept a bare array or {"orders": [...]}: both are common.
        #[derive(serde::Deserialize)]
        #[serde(untagged)]
        enum ListBody {
            Bare(Vec<Order>),
            Wrapped { orders: Vec<Order> },
        }
        match serde_json::from_slice::<ListBody>(&body) {
            Ok(ListBody::Bare(v)) | Ok(ListBody::Wrapped { orders: v }) => Ok(v),
            Err(e) => Err(OrdersError::Body(e.to_string())),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::kb::KnowledgeBase;

    #[tokio::test]
    async fn another_customers_order_looks_missing() {
        let kb = KnowledgeBase::demo().unwrap();
        let src = OrderSource::Local(kb.orders.clone());
        let mine = src.lookup("u42", "1042").await.unwrap();
        assert_eq!(mine.map(|o| o.order_id), Some("1042".to_string()));
        assert_eq!(src.lookup("u42", "1044").await.unwrap(), None);
        assert_eq!(src.lookup("u42", "9999").await.unwrap(), None);
        assert_eq!(src.lookup("u42", "../1042").await.unwrap(), None);
        let list = src.list("u42").await.unwrap();
        assert!(list.len() >= 2 && list.iter().all(|o| o.customer_id == "u42"));
        assert!(list.windows(2).all(|w| w[0].updated_at >= w[1].updated_at));
    }

    #[tokio::test]
    async fn a_guest_sees_no_order_even_one_filed_under_its_id() {
        let kb = KnowledgeBase::demo().unwrap();
        let mut orders = kb.orders.clone();
        for o in &mut orders {
            o.customer_id = "guest-abc".into();
        }
        let id = orders[0].order_id.clone();
        let src = OrderSource::Local(orders);
        assert_eq!(src.lookup("guest-abc", &id).await.unwrap(), None);
        assert!(src.list("guest-abc").await.unwrap().is_empty());
    }
}
