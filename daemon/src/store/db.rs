//! One connection, either engine: what reads and ops are written against.
//!
//! Most queries are the same text on SQLite and PostgreSQL, so they are
//! written once, with SQLite's `?N` placeholders; [`Db`] runs them on
//! whichever engine it holds (PostgreSQL gets them rewritten to `$N` and
//! prepared once per connection). Values cross through [`Arg`] and
//! [`DbRow::get`], which smooth over the two type systems (SQLite's
//! INTEGER booleans, PostgreSQL's INT4 against INT8). Queries whose text
//! differs ask [`Db::engine`] and pick their dialect.

use std::collections::HashMap;

use postgres::types::{IsNull, ToSql, Type, to_sql_checked};
use rusqlite::types::{ToSqlOutput, ValueRef};

use super::StoreError;

/// Which database a [`Db`] talks to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Engine {
    Sqlite,
    Postgres,
}

/// A connection handed to a read closure or an op.
pub enum Db<'a> {
    Sqlite(&'a rusqlite::Connection),
    Postgres(&'a mut PgConn),
}

/// A PostgreSQL client with its prepared statements (one round trip per
/// query instead of two once a statement is known).
pub struct PgConn {
    client: postgres::Client,
    statements: HashMap<String, postgres::Statement>,
}

impl PgConn {
    pub fn new(client: postgres::Client) -> Self {
        PgConn {
            client,
            statements: HashMap::new(),
        }
    }

    pub fn client(&mut self) -> &mut postgres::Client {
        &mut self.client
    }

    pub fn is_closed(&self) -> bool {
        self.client.is_closed()
    }

    /// `sql` prepared on this connection (once; `?N` placeholders).
    pub(super) fn statement(&mut self, sql: &str) -> Result<postgres::Statement, StoreError> {
        if let Some(s) = self.statements.get(sql) {
            return Ok(s.clone());
        }
        let s = self.client.prepare(&dollar_placeholders(sql))?;
        self.statements.insert(sql.to_owned(), s.clone());
        Ok(s)
    }

    pub fn query(&mut self, sql: &str, args: &[Arg<'_>]) -> Result<Vec<postgres::Row>, StoreError> {
        let st = self.statement(sql)?;
        let params: Vec<&(dyn ToSql + Sync)> = args.iter().map(|a| a as _).collect();
        Ok(self.client.query(&st, &params)?)
    }

    pub fn execute(&mut self, sql: &str, args: &[Arg<'_>]) -> Result<u64, StoreError> {
        let st = self.statement(sql)?;
        let params: Vec<&(dyn ToSql + Sync)> = args.iter().map(|a| a as _).collect();
        Ok(self.client.execute(&st, &params)?)
    }

    /// Statements without parameters or results (transaction control, DDL).
    pub fn batch(&mut self, sql: &str) -> Result<(), StoreError> {
        Ok(self.client.batch_execute(sql)?)
    }
}

/// `?N` → `$N`, outside quoted text. Our queries use only numbered
/// placeholders, which mean the same thing in both engines.
pub(super) fn dollar_placeholders(sql: &str) -> String {
    let mut out = String::with_capacity(sql.len());
    let mut quoted = false;
    let mut chars = sql.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\'' => {
                quoted = !quoted;
                out.push(c);
            }
            '?' if !quoted && chars.peek().is_some_and(char::is_ascii_digit) => out.push('$'),
            _ => out.push(c),
        }
    }
    out
}

impl Db<'_> {
    pub fn engine(&self) -> Engine {
        match self {
            Db::Sqlite(_) => Engine::Sqlite,
            Db::Postgres(_) => Engine::Postgres,
        }
    }

    /// `sqlite` or `postgres`, whichever this connection speaks.
    pub fn dialect<'s>(&self, sqlite: &'s str, postgres: &'s str) -> &'s str {
        match self.engine() {
            Engine::Sqlite => sqlite,
            Engine::Postgres => postgres,
        }
    }

    /// Every row, mapped by `f`.
    pub fn query<T>(
        &mut self,
        sql: &str,
        args: &[Arg<'_>],
        mut f: impl FnMut(&DbRow<'_>) -> Result<T, StoreError>,
    ) -> Result<Vec<T>, StoreError> {
        match self {
            Db::Sqlite(c) => {
                let mut st = c.prepare_cached(sql)?;
                let mut rows = st.query(rusqlite::params_from_iter(args.iter()))?;
                let mut out = Vec::new();
                while let Some(r) = rows.next()? {
                    out.push(f(&DbRow::Sqlite(r))?);
                }
                Ok(out)
            }
            Db::Postgres(pg) => pg
                .query(sql, args)?
                .iter()
                .map(|r| f(&DbRow::Postgres(r)))
                .collect(),
        }
    }

    /// The first row, if any, mapped by `f`.
    pub fn query_opt<T>(
        &mut self,
        sql: &str,
        args: &[Arg<'_>],
        f: impl FnOnce(&DbRow<'_>) -> Result<T, StoreError>,
    ) -> Result<Option<T>, StoreError> {
        match self {
            Db::Sqlite(c) => {
                let mut st = c.prepare_cached(sql)?;
                let mut rows = st.query(rusqlite::params_from_iter(args.iter()))?;
                match rows.next()? {
                    Some(r) => Ok(Some(f(&DbRow::Sqlite(r))?)),
                    None => Ok(None),
                }
            }
            Db::Postgres(pg) => match pg.query(sql, args)?.first() {
                Some(r) => Ok(Some(f(&DbRow::Postgres(r))?)),
                None => Ok(None),
            },
        }
    }

    /// The first row's first column; a query that returns no row is
    /// [`StoreError::NotFound`].
    pub fn query_value<T: Column>(&mut self, sql: &str, args: &[Arg<'_>]) -> Result<T, StoreError> {
        self.query_opt(sql, args, |r| r.get(0))?
            .ok_or(StoreError::NotFound)
    }

    /// Statements without parameters or results (transaction control).
    pub fn batch(&mut self, sql: &str) -> Result<(), StoreError> {
        match self {
            Db::Sqlite(c) => Ok(c.execute_batch(sql)?),
            Db::Postgres(pg) => pg.batch(sql),
        }
    }

    /// Run `f`'s reads in one snapshot: each sees the database as the
    /// first one did, whatever commits in between. Without it every
    /// statement sees its own moment, and a read of several tables can
    /// pair a session from before a commit with a request from after it.
    pub fn snapshot<T>(
        &mut self,
        f: impl FnOnce(&mut Db<'_>) -> Result<T, StoreError>,
    ) -> Result<T, StoreError> {
        self.batch(self.dialect(
            // WAL: a deferred transaction's snapshot is taken at its first
            // read and held until it ends.
            "BEGIN DEFERRED",
            "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY",
        ))?;
        let result = f(self);
        // Nothing was written: ending it either way only lets the snapshot go.
        let end = self.batch(if result.is_ok() { "COMMIT" } else { "ROLLBACK" });
        let value = result?;
        end?;
        Ok(value)
    }

    /// Run a statement; the number of rows it changed.
    pub fn execute(&mut self, sql: &str, args: &[Arg<'_>]) -> Result<u64, StoreError> {
        match self {
            Db::Sqlite(c) => {
                let n = c
                    .prepare_cached(sql)?
                    .execute(rusqlite::params_from_iter(args.iter()))?;
                Ok(n as u64)
            }
            Db::Postgres(pg) => pg.execute(sql, args),
        }
    }
}

/// A parameter, in a form both engines accept.
#[derive(Debug, Clone, Copy)]
pub enum Arg<'a> {
    Null,
    Int(i64),
    Bool(bool),
    Text(&'a str),
}

impl From<i64> for Arg<'_> {
    fn from(v: i64) -> Self {
        Arg::Int(v)
    }
}
impl From<&i64> for Arg<'_> {
    fn from(v: &i64) -> Self {
        Arg::Int(*v)
    }
}
impl From<u32> for Arg<'_> {
    fn from(v: u32) -> Self {
        Arg::Int(i64::from(v))
    }
}
impl From<&u32> for Arg<'_> {
    fn from(v: &u32) -> Self {
        Arg::Int(i64::from(*v))
    }
}
impl From<u8> for Arg<'_> {
    fn from(v: u8) -> Self {
        Arg::Int(i64::from(v))
    }
}
impl From<&u8> for Arg<'_> {
    fn from(v: &u8) -> Self {
        Arg::Int(i64::from(*v))
    }
}
impl From<bool> for Arg<'_> {
    fn from(v: bool) -> Self {
        Arg::Bool(v)
    }
}
impl From<&bool> for Arg<'_> {
    fn from(v: &bool) -> Self {
        Arg::Bool(*v)
    }
}
impl<'a> From<&'a str> for Arg<'a> {
    fn from(v: &'a str) -> Self {
        Arg::Text(v)
    }
}
impl<'a> From<&'a &'a str> for Arg<'a> {
    fn from(v: &'a &'a str) -> Self {
        Arg::Text(v)
    }
}
impl<'a> From<&'a String> for Arg<'a> {
    fn from(v: &'a String) -> Self {
        Arg::Text(v)
    }
}
impl<'a> From<&'a Option<String>> for Arg<'a> {
    fn from(v: &'a Option<String>) -> Self {
        v.as_deref().map_or(Arg::Null, Arg::Text)
    }
}
impl<'a> From<Option<&'a str>> for Arg<'a> {
    fn from(v: Option<&'a str>) -> Self {
        v.map_or(Arg::Null, Arg::Text)
    }
}
impl From<Option<i64>> for Arg<'_> {
    fn from(v: Option<i64>) -> Self {
        v.map_or(Arg::Null, Arg::Int)
    }
}
impl From<&Option<i64>> for Arg<'_> {
    fn from(v: &Option<i64>) -> Self {
        Arg::from(*v)
    }
}
impl From<Option<u32>> for Arg<'_> {
    fn from(v: Option<u32>) -> Self {
        v.map_or(Arg::Null, Arg::from)
    }
}
impl From<&Option<u32>> for Arg<'_> {
    fn from(v: &Option<u32>) -> Self {
        Arg::from(*v)
    }
}

/// `args![a, b]`: a slice of [`Arg`]s from anything convertible.
#[macro_export]
macro_rules! args {
    ($($v:expr),* $(,)?) => {
        &[$($crate::store::Arg::from($v)),*]
    };
}

impl rusqlite::ToSql for Arg<'_> {
    fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
        Ok(match self {
            Arg::Null => ToSqlOutput::Borrowed(ValueRef::Null),
            Arg::Int(v) => ToSqlOutput::from(*v),
            Arg::Bool(v) => ToSqlOutput::from(*v),
            Arg::Text(v) => ToSqlOutput::Borrowed(ValueRef::Text(v.as_bytes())),
        })
    }
}

type BoxError = Box<dyn std::error::Error + Sync + Send>;

impl ToSql for Arg<'_> {
    fn to_sql(&self, ty: &Type, out: &mut bytes::BytesMut) -> Result<IsNull, BoxError> {
        // The server decides a parameter's type from the query; convert to
        // it, refusing only values that do not fit.
        match (self, ty) {
            (Arg::Null, _) => Ok(IsNull::Yes),
            (Arg::Int(v), &Type::INT8) => v.to_sql(ty, out),
            (Arg::Int(v), &Type::INT4) => i32::try_from(*v)?.to_sql(ty, out),
            (Arg::Int(v), &Type::INT2) => i16::try_from(*v)?.to_sql(ty, out),
            (Arg::Int(v), &Type::BOOL) => (*v != 0).to_sql(ty, out),
            (Arg::Int(v), _) => v.to_string().to_sql(ty, out),
            (Arg::Bool(v), &Type::BOOL) => v.to_sql(ty, out),
            (Arg::Bool(v), &Type::INT8) => i64::from(*v).to_sql(ty, out),
            (Arg::Bool(v), &Type::INT4) => i32::from(*v).to_sql(ty, out),
            (Arg::Bool(v), &Type::INT2) => i16::from(*v).to_sql(ty, out),
            (Arg::Bool(v), _) => Err(format!("boolean {v} for a {ty} parameter").into()),
            (Arg::Text(v), _) => v.to_sql(ty, out),
        }
    }

    fn accepts(ty: &Type) -> bool {
        matches!(
            *ty,
            Type::INT2
                | Type::INT4
                | Type::INT8
                | Type::BOOL
                | Type::TEXT
                | Type::VARCHAR
                | Type::BPCHAR
                | Type::NAME
                | Type::UNKNOWN
        )
    }

    to_sql_checked!();
}

/// A result row of either engine.
pub enum DbRow<'r> {
    Sqlite(&'r rusqlite::Row<'r>),
    Postgres(&'r postgres::Row),
}

impl DbRow<'_> {
    pub fn get<T: Column>(&self, i: usize) -> Result<T, StoreError> {
        T::get(self, i)
    }
}

/// A Rust type a column converts into.
pub trait Column: Sized {
    fn get(row: &DbRow<'_>, i: usize) -> Result<Self, StoreError>;
}

fn pg_type(r: &postgres::Row, i: usize) -> Result<Type, StoreError> {
    r.columns()
        .get(i)
        .map(|c| c.type_().clone())
        .ok_or_else(|| StoreError::Column(i, "no such column".into()))
}

/// Integers of any width, and booleans as 0/1, like SQLite.
fn pg_int(r: &postgres::Row, i: usize) -> Result<Option<i64>, StoreError> {
    Ok(match pg_type(r, i)? {
        Type::INT8 => r.try_get::<_, Option<i64>>(i)?,
        Type::INT4 => r.try_get::<_, Option<i32>>(i)?.map(i64::from),
        Type::INT2 => r.try_get::<_, Option<i16>>(i)?.map(i64::from),
        Type::BOOL => r.try_get::<_, Option<bool>>(i)?.map(i64::from),
        t => return Err(StoreError::Column(i, format!("{t} is not an integer"))),
    })
}

fn pg_bool(r: &postgres::Row, i: usize) -> Result<Option<bool>, StoreError> {
    Ok(match pg_type(r, i)? {
        Type::BOOL => r.try_get::<_, Option<bool>>(i)?,
        _ => pg_int(r, i)?.map(|v| v != 0),
    })
}

fn pg_text(r: &postgres::Row, i: usize) -> Result<Option<String>, StoreError> {
    Ok(r.try_get::<_, Option<String>>(i)?)
}

fn not_null<T>(v: Option<T>, i: usize) -> Result<T, StoreError> {
    v.ok_or_else(|| StoreError::Column(i, "unexpected NULL".into()))
}

fn to_u32(v: i64, i: usize) -> Result<u32, StoreError> {
    u32::try_from(v).map_err(|_| StoreError::Column(i, format!("{v} is out of range")))
}

macro_rules! column {
    ($t:ty, |$r:ident, $i:ident| $pg:expr) => {
        impl Column for $t {
            fn get(row: &DbRow<'_>, $i: usize) -> Result<Self, StoreError> {
                match row {
                    DbRow::Sqlite(r) => Ok(r.get::<_, $t>($i)?),
                    DbRow::Postgres($r) => $pg,
                }
            }
        }
    };
}

column!(i64, |r, i| not_null(pg_int(r, i)?, i));
column!(Option<i64>, |r, i| pg_int(r, i));
column!(u32, |r, i| to_u32(not_null(pg_int(r, i)?, i)?, i));
column!(Option<u32>, |r, i| pg_int(r, i)?
    .map(|v| to_u32(v, i))
    .transpose());
column!(bool, |r, i| not_null(pg_bool(r, i)?, i));
column!(Option<bool>, |r, i| pg_bool(r, i));
column!(String, |r, i| not_null(pg_text(r, i)?, i));
column!(Option<String>, |r, i| pg_text(r, i));

#[cfg(test)]
mod tests {
    use super::dollar_placeholders;

    #[test]
    fn placeholders_become_dollars_outside_quotes() {
        assert_eq!(
            dollar_placeholders("SELECT ?1, '?2', ?12 WHERE a = ? AND b = '' || ?3"),
            "SELECT $1, '?2', $12 WHERE a = ? AND b = '' || $3"
        );
    }
}
