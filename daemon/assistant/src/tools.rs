//! The tools every provider may use, and their executor. The executor is
//! the only way order data reaches a reply, and it records what it returned
//! in a per-turn [`Ledger`] that the grounding guard and the hand-over
//! summary read.

use serde::Deserialize;
use serde_json::{Value, json};

use crate::kb::{KnowledgeBase, Order, OrderStatus};
use crate::orders::OrderSource;
use crate::provider::{ToolCall, ToolSpec};
use crate::retrieval::{Query, Retriever};

/// The specs sent to remote models (JSON Schema objects).
pub fn specs() -> Vec<ToolSpec> {
    vec![
        ToolSpec {
            name: "lookup_order".into(),
            description: "Look up one of the customer's orders by its order number. Returns \
                          status, items, carrier and tracking number, or found=false."
                .into(),
            parameters: json!({
                "type": "object",
                "properties": {"orderId": {"type": "string", "description": "The order number"}},
                "required": ["orderId"],
                "additionalProperties": false
            }),
        },
        ToolSpec {
            name: "list_my_orders".into(),
            description: "List the customer's orders, newest first.".into(),
            parameters: json!({"type": "object", "properties": {}, "additionalProperties": false}),
        },
        ToolSpec {
            name: "search_products".into(),
            description: "Search the shop's products; returns name, SKU, price and stock.".into(),
            parameters: json!({
                "type": "object",
                "properties": {"query": {"type": "string"}},
                "required": ["query"],
                "additionalProperties": false
            }),
        },
        ToolSpec {
            name: "search_kb".into(),
            description: "Search the shop's help articles; returns article ids, titles and the \
                          relevant sentences. Cite the article id you answer from."
                .into(),
            parameters: json!({
                "type": "object",
                "properties": {"query": {"type": "string"}},
                "required": ["query"],
                "additionalProperties": false
            }),
        },
        ToolSpec {
            name: "transfer_to_human".into(),
            description: "Hand the conversation to a member of staff.".into(),
            parameters: json!({
                "type": "object",
                "properties": {
                    "reason": {"type": "string"},
                    "summary": {"type": "string", "description": "What the customer needs, for staff"}
                },
                "required": ["reason", "summary"],
                "additionalProperties": false
            }),
        },
    ]
}

/// What the tools returned during one customer turn.
#[derive(Debug, Clone, Default)]
pub struct Ledger {
    /// Orders returned (found and owned by the customer).
    pub orders: Vec<Order>,
    /// Order ids the customer or model asked about that were not found.
    pub not_found: Vec<String>,
    pub articles: Vec<String>,
    pub products: Vec<String>,
    /// Set when the model called `transfer_to_human`.
    pub transfer: Option<(String, String)>,
    /// Human-readable steps, for the staff summary.
    pub steps: Vec<String>,
    /// The order system could not be reached.
    pub orders_unavailable: bool,
}

impl Ledger {
    pub fn knows_order(&self, id: &str) -> bool {
        let id = id.trim_start_matches('#');
        self.orders
            .iter()
            .any(|o| crate::orders::names_order(&o.order_id, id))
            || self.not_found.iter().any(|o| o.eq_ignore_ascii_case(id))
    }

    pub fn statuses(&self) -> Vec<OrderStatus> {
        self.orders.iter().map(|o| o.status).collect()
    }

    pub fn order_ids(&self) -> Vec<String> {
        let mut ids: Vec<String> = self.orders.iter().map(|o| o.order_id.clone()).collect();
        ids.extend(self.not_found.iter().cloned());
        ids
    }

    fn record_order(&mut self, o: &Order) {
        if !self.orders.iter().any(|x| x.order_id == o.order_id) {
            self.orders.push(o.clone());
        }
    }
}

/// Tool executor over one KB and order source.
pub struct ToolBox<'a> {
    pub kb: &'a KnowledgeBase,
    pub retriever: &'a Retriever,
    pub orders: &'a OrderSource,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct OrderArgs {
    #[serde(alias = "order_id", alias = "id")]
    order_id: String,
}

#[derive(Deserialize)]
struct QueryArgs {
    query: String,
}

#[derive(Deserialize)]
struct TransferArgs {
    #[serde(default)]
    reason: String,
    #[serde(default)]
    summary: String,
}

impl ToolBox<'_> {
    /// Run a model's tool call. The customer id comes from the session,
    /// never from the arguments. Bad arguments become an error result the
    /// model can read and correct, not a failure of the turn.
    pub async fn execute(&self, customer_id: &str, call: &ToolCall, ledger: &mut Ledger) -> String {
        let args: Value = if call.arguments.trim().is_empty() {
            json!({})
        } else {
            match serde_json::from_str(&call.arguments) {
                Ok(v) => v,
                Err(e) => {
                    return json!({"error": format!("arguments are not valid JSON: {e}")})
                        .to_string();
                }
            }
        };
        let bad =
            |e: serde_json::Error| json!({"error": format!("invalid arguments: {e}")}).to_string();
        match call.name.as_str() {
            "lookup_order" => match serde_json::from_value::<OrderArgs>(args) {
                Ok(a) => self.lookup_order(customer_id, &a.order_id, ledger).await,
                Err(e) => bad(e),
            },
            "list_my_orders" => self.list_my_orders(customer_id, ledger).await,
            "search_products" => match serde_json::from_value::<QueryArgs>(args) {
                Ok(a) => self.search_products(&a.query, ledger),
                Err(e) => bad(e),
            },
            "search_kb" => match serde_json::from_value::<QueryArgs>(args) {
                Ok(a) => self.search_kb(&a.query, ledger),
                Err(e) => bad(e),
            },
            "transfer_to_human" => match serde_json::from_value::<TransferArgs>(args) {
                Ok(a) => {
                    ledger.steps.push("asked to transfer to a person".into());
                    ledger.transfer = Some((a.reason, a.summary));
                    json!({"ok": true}).to_string()
                }
                Err(e) => bad(e),
            },
            other => json!({"error": format!("unknown tool {other:?}")}).to_string(),
        }
    }

    pub async fn lookup_order(
        &self,
        customer_id: &str,
        order_id: &str,
        ledger: &mut Ledger,
    ) -> String {
        ledger.steps.push(format!("looked up order {order_id}"));
        match self.orders.lookup(customer_id, order_id).await {
            Ok(Some(o)) => {
                ledger.record_order(&o);
                json!({"found": true, "order": self.order_json(&o)}).to_string()
            }
            Ok(None) => {
                if !ledger
                    .not_found
                    .iter()
                    .any(|x| x.eq_ignore_ascii_case(order_id))
                {
                    ledger.not_found.push(order_id.to_string());
                }
                json!({"found": false, "message": "No order with this number was found for this customer."})
                    .to_string()
            }
            Err(e) => {
                tracing::warn!(error = %e, "order lookup failed");
                ledger.orders_unavailable = true;
                json!({"error": "The order system is unavailable right now."}).to_string()
            }
        }
    }

    pub async fn list_my_orders(&self, customer_id: &str, ledger: &mut Ledger) -> String {
        ledger.steps.push("listed the customer's orders".into());
        match self.orders.list(customer_id).await {
            Ok(list) => {
                for o in &list {
                    ledger.record_order(o);
                }
                let v: Vec<Value> = list.iter().map(|o| self.order_json(o)).collect();
                json!({"orders": v}).to_string()
            }
            Err(e) => {
                tracing::warn!(error = %e, "order listing failed");
                ledger.orders_unavailable = true;
                json!({"error": "The order system is unavailable right now."}).to_string()
            }
        }
    }

    pub fn search_products(&self, query: &str, ledger: &mut Ledger) -> String {
        ledger
            .steps
            .push(format!("searched products for {query:?}"));
        let hits = self.retriever.products(&Query::new(query));
        let v: Vec<Value> = hits
            .iter()
            .take(3)
            .filter_map(|h| self.kb.products.get(h.index))
            .map(|p| {
                ledger.products.push(p.sku.clone());
                json!({"sku": p.sku, "name": p.name, "price": p.price, "currency": p.currency,
                       "stock": p.stock, "description": p.description})
            })
            .collect();
        json!({"products": v}).to_string()
    }

    pub fn search_kb(&self, query: &str, ledger: &mut Ledger) -> String {
        ledger
            .steps
            .push(format!("searched help articles for {query:?}"));
        let q = Query::new(query);
        let hits = self.retriever.articles(&q);
        let v: Vec<Value> = hits
            .iter()
            .take(3)
            .filter_map(|h| self.kb.articles.get(h.index).map(|a| (h, a)))
            .map(|(h, a)| {
                ledger.articles.push(a.id.clone());
                json!({"id": a.id, "title": a.title,
                       "excerpt": self.retriever.best_sentences(h.index, &q).join(" ")})
            })
            .collect();
        json!({"articles": v}).to_string()
    }

    fn order_json(&self, o: &Order) -> Value {
        let items: Vec<Value> = o
            .items
            .iter()
            .map(|i| {
                let name = self
                    .kb
                    .product(&i.sku)
                    .map(|p| p.name.as_str())
                    .unwrap_or(&i.sku);
                json!({"sku": i.sku, "name": name, "qty": i.qty})
            })
            .collect();
        json!({"orderId": o.order_id, "status": o.status, "items": items, "total": o.total,
               "currency": o.currency, "carrier": o.carrier, "trackingNumber": o.tracking_number,
               "updatedAt": o.updated_at.to_rfc3339()})
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn call(name: &str, args: &str) -> ToolCall {
        ToolCall {
            id: "c1".into(),
            name: name.into(),
            arguments: args.into(),
        }
    }

    #[tokio::test]
    async fn order_tools_are_scoped_to_the_session_customer() {
        let kb = KnowledgeBase::demo().unwrap();
        let r = Retriever::new(&kb);
        let src = OrderSource::Local(kb.orders.clone());
        let tb = ToolBox {
            kb: &kb,
            retriever: &r,
            orders: &src,
        };
        let mut l = Ledger::default();
        // The model cannot widen the scope by passing a customer id.
        let other = tb
            .execute(
                "u42",
                &call(
                    "lookup_order",
                    r#"{"orderId":"1044","customerId":"demo-customer"}"#,
                ),
                &mut l,
            )
            .await;
        let missing = tb
            .execute(
                "u42",
                &call("lookup_order", r#"{"orderId":"77777"}"#),
                &mut l,
            )
            .await;
        assert_eq!(other, missing);
        assert!(l.orders.is_empty());
        let mine = tb
            .execute(
                "u42",
                &call("lookup_order", r#"{"orderId":"1042"}"#),
                &mut l,
            )
            .await;
        assert!(mine.contains("\"shipped\""), "{mine}");
        assert_eq!(l.statuses(), [OrderStatus::Shipped]);
        let list = tb
            .execute("demo-customer", &call("list_my_orders", ""), &mut l)
            .await;
        assert!(list.contains("1044") && !list.contains("1043"));
    }

    #[tokio::test]
    async fn bad_arguments_are_reported_to_the_model() {
        let kb = KnowledgeBase::demo().unwrap();
        let r = Retriever::new(&kb);
        let src = OrderSource::Local(kb.orders.clone());
        let tb = ToolBox {
            kb: &kb,
            retriever: &r,
            orders: &src,
        };
        let mut l = Ledger::default();
        assert!(
            tb.execute("u42", &call("lookup_order", "{not json"), &mut l)
                .await
                .contains("error")
        );
        assert!(
            tb.execute("u42", &call("lookup_order", "{}"), &mut l)
                .await
                .contains("invalid arguments")
        );
        assert!(
            tb.execute("u42", &call("drop_tables", "{}"), &mut l)
                .await
                .contains("unknown tool")
        );
        let kbres = tb
            .execute(
                "u42",
                &call("search_kb", r#"{"query":"refund time"}"#),
                &mut l,
            )
            .await;
        assert!(kbres.contains("refunds"), "{kbres}");
        assert_eq!(l.articles.first().map(String::as_str), Some("refunds"));
    }
}
