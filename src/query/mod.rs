//! SPARQL over the store: read-only queries on the union of all graphs by default, with
//! typed parameter substitution and a timeout; updates separately.

pub mod bind;
pub mod canned;
pub mod results;
pub mod shape;

use crate::error::{Error, Result};
use crate::vocab;
use oxigraph::model::{Term, Variable};
use oxigraph::sparql::{
    CancellationToken, QueryEvaluationError, QueryResults, QuerySolution, QuerySolutionIter,
    QueryTripleIter, SparqlEvaluator, UpdateEvaluationError,
};
use oxigraph::store::Store;
use std::collections::HashMap;
use std::sync::mpsc;
use std::time::Duration;

/// How a query runs.
#[derive(Debug, Clone, Default)]
pub struct QueryOptions {
    /// Stop the query after this long.
    pub timeout: Option<Duration>,
    /// Variables bound before evaluation (`--param name=value`).
    pub params: Vec<(Variable, Term)>,
    /// Query only the default graph instead of the union of all graphs.
    pub no_union: bool,
    /// The dataset a SPARQL Protocol request names (`default-graph-uri`,
    /// `named-graph-uri`); it replaces the query's own, as the protocol says.
    pub default_graphs: Vec<oxigraph::model::NamedNode>,
    pub named_graphs: Vec<oxigraph::model::NamedNode>,
    /// Refuse shapes the engine cannot stop at the timeout (see [`shape`]): a server
    /// sets this, since it cannot end its process to stop a query.
    pub refuse_unstoppable: bool,
}

/// Cancels a query when its timeout passes; dropping it stops the watchdog.
pub struct Watchdog {
    _done: Option<mpsc::Sender<()>>,
    pub timeout: Option<Duration>,
}

impl Watchdog {
    fn start(timeout: Option<Duration>, token: CancellationToken) -> Self {
        let Some(t) = timeout else {
            return Watchdog {
                _done: None,
                timeout,
            };
        };
        let (tx, rx) = mpsc::channel::<()>();
        std::thread::spawn(move || {
            if let Err(mpsc::RecvTimeoutError::Timeout) = rx.recv_timeout(t) {
                token.cancel();
            }
        });
        Watchdog {
            _done: Some(tx),
            timeout,
        }
    }

    /// Maps an evaluation error, naming the timeout when that is what stopped it.
    pub fn error(&self, e: QueryEvaluationError) -> Error {
        match (e, self.timeout) {
            (QueryEvaluationError::Cancelled, Some(t)) => Error::QueryTimeout(t),
            (e, _) => Error::QueryEvaluation(e.to_string()),
        }
    }
}

/// A SPARQL parser with the acst prefixes predeclared.
pub(crate) fn parser() -> spargebra::SparqlParser {
    let mut p = spargebra::SparqlParser::new();
    for (prefix, iri) in vocab::PREFIXES {
        p = p.with_prefix(*prefix, *iri).expect("valid prefix IRIs");
    }
    p
}

/// Parses with the acst prefixes predeclared.
fn evaluator(token: &CancellationToken) -> SparqlEvaluator {
    let mut e = SparqlEvaluator::new().with_cancellation_token(token.clone());
    for (p, iri) in vocab::PREFIXES {
        e = e.with_prefix(*p, *iri).expect("valid prefix IRIs");
    }
    e
}

/// Runs `f`, turning a panic inside the query engine into an error that says so: a bug
/// in evaluation (a sort's comparison that is not a total order, say) must end one query
/// with a clear message, not the process, and not look like a timeout.
pub fn guard<T>(f: impl FnOnce() -> Result<T>) -> Result<T> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(f)).unwrap_or_else(|panic| {
        let why = panic
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| panic.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "panic".into());
        Err(Error::QueryEvaluation(format!(
            "the query engine failed on this query ({why}); please report it with the query"
        )))
    })
}

/// Refuses a query or update nested too deeply for the recursive parser (a stack
/// overflow would abort the process, a server with it), before it is parsed.
pub fn check_depth(text: &str) -> Result<()> {
    let depth = crate::nesting::sparql_depth(text);
    if depth > crate::nesting::MAX_DEPTH {
        return Err(Error::QuerySyntax(format!(
            "brackets nested {depth} levels deep (at most {} are accepted)",
            crate::nesting::MAX_DEPTH
        )));
    }
    Ok(())
}

/// A `--param` naming a variable the query does not use: most likely misspelt.
pub(crate) fn unused_parameter(var: &Variable) -> Error {
    Error::Invalid(format!(
        "the query does not use the variable ?{} given as a parameter",
        var.as_str()
    ))
}

/// Runs a query. Results stream; keep the [`Watchdog`] alive while reading them.
pub fn run(
    store: &Store,
    query: &str,
    opts: &QueryOptions,
) -> Result<(QueryResults<'static>, Watchdog)> {
    check_depth(query)?;
    let token = CancellationToken::new();
    let mut parsed = parser()
        .parse_query(query)
        .map_err(|e| Error::QuerySyntax(syntax_message(query, &e.to_string())))?;
    for (var, term) in &opts.params {
        if !bind::bind(&mut parsed, var, term) {
            return Err(unused_parameter(var));
        }
    }
    if opts.refuse_unstoppable {
        if let Some(product) = shape::find_product(&parsed) {
            return Err(Error::QueryRefused(product.to_string()));
        }
    }
    let mut prepared = evaluator(&token).for_query(parsed);
    if !opts.default_graphs.is_empty() || !opts.named_graphs.is_empty() {
        let d = prepared.dataset_mut();
        d.set_default_graph(
            opts.default_graphs
                .iter()
                .cloned()
                .map(Into::into)
                .collect(),
        );
        if !opts.named_graphs.is_empty() {
            d.set_available_named_graphs(
                opts.named_graphs.iter().cloned().map(Into::into).collect(),
            );
        }
    } else if !opts.no_union && prepared.dataset().is_default_dataset() {
        prepared.dataset_mut().set_default_graph_as_union();
    }
    let watchdog = Watchdog::start(opts.timeout, token.clone());
    let results = prepared
        .on_store(store)
        .execute()
        .map_err(|e| watchdog.error(e))?;
    Ok((stop_when_cancelled(results, token), watchdog))
}

/// Oxigraph checks cancellation when it reads from the store; a join producing rows
/// from memory (a cartesian product) can run long between reads. Checking before each
/// row handed out stops any query that is still producing rows.
fn stop_when_cancelled(
    results: QueryResults<'static>,
    token: CancellationToken,
) -> QueryResults<'static> {
    match results {
        QueryResults::Solutions(s) => {
            let vars = s.variables().to_vec().into();
            QuerySolutionIter::new(vars, s.map(unless_cancelled(token))).into()
        }
        QueryResults::Graph(t) => QueryTripleIter::new(t.map(unless_cancelled(token))).into(),
        b @ QueryResults::Boolean(_) => b,
    }
}

type Evaluated<T> = std::result::Result<T, QueryEvaluationError>;

/// Passes results through until the token is cancelled, then says so.
fn unless_cancelled<T>(token: CancellationToken) -> impl FnMut(Evaluated<T>) -> Evaluated<T> {
    move |r| {
        if token.is_cancelled() {
            Err(QueryEvaluationError::Cancelled)
        } else {
            r
        }
    }
}

/// Runs a SELECT and collects its rows (internal queries of acst itself).
pub fn select(store: &Store, query: &str) -> Result<Vec<QuerySolution>> {
    select_bound(store, query, &[])
}

/// Runs a SELECT with variables bound to terms before evaluation: a value read from the
/// store or a request is never pasted into the query's text.
pub fn select_bound(
    store: &Store,
    query: &str,
    binds: &[(&str, &Term)],
) -> Result<Vec<QuerySolution>> {
    let opts = QueryOptions {
        params: binds
            .iter()
            .map(|(v, t)| (Variable::new_unchecked(*v), (*t).clone()))
            .collect(),
        ..QueryOptions::default()
    };
    let (results, w) = run(store, query, &opts)?;
    match results {
        QueryResults::Solutions(s) => s.map(|r| r.map_err(|e| w.error(e))).collect(),
        _ => Err(Error::Invalid("internal query is not a SELECT".into())),
    }
}

/// Runs an update (on the store's real graphs: no union view for writes). It runs in one
/// transaction, so an update stopped at its timeout changes nothing.
pub fn update(store: &Store, update: &str, timeout: Option<Duration>) -> Result<()> {
    check_depth(update)?;
    let token = CancellationToken::new();
    let prepared = evaluator(&token)
        .parse_update(update)
        .map_err(|e| Error::QuerySyntax(syntax_message(update, &e.to_string())))?;
    let watchdog = Watchdog::start(timeout, token);
    prepared.on_store(store).execute().map_err(|e| match e {
        // Oxigraph wraps the cancellation of the update's WHERE clause.
        UpdateEvaluationError::Unexpected(inner) => {
            match inner.downcast::<QueryEvaluationError>() {
                Ok(q) => watchdog.error(*q),
                Err(other) => Error::QueryEvaluation(other.to_string()),
            }
        }
        e => Error::QueryEvaluation(e.to_string()),
    })
}

/// A syntax error with the offending line quoted under it.
pub(crate) fn syntax_message(text: &str, error: &str) -> String {
    // Oxigraph reports positions as "line:column"; show that line with a caret.
    let pos = error
        .split(|c: char| !c.is_ascii_digit() && c != ':')
        .find_map(|t| {
            let mut it = t.split(':');
            let l: usize = it.next()?.parse().ok()?;
            let c: usize = it.next()?.parse().ok()?;
            Some((l, c))
        });
    match pos.and_then(|(l, c)| text.lines().nth(l.checked_sub(1)?).map(|line| (l, c, line))) {
        Some((l, c, line)) => format!(
            "{error}\n  {l} | {line}\n  {} | {}^",
            " ".repeat(l.to_string().len()),
            " ".repeat(c.saturating_sub(1))
        ),
        None => error.to_owned(),
    }
}

/// The string value of a solution's binding, if bound.
/// One value per subject from a query of `?e ?v` rows, the least of each subject's
/// values. Facts of an entity that each story graph naming it declares (its name, kind,
/// pattern) are read this way, on their own, since a join of two such facts multiplies
/// their copies: an entity in N graphs gives N × N rows.
pub fn first_values(store: &Store, query: &str) -> Result<HashMap<String, String>> {
    let mut out: HashMap<String, String> = HashMap::new();
    for r in select(store, query)? {
        if let (Some(e), Some(v)) = (value(&r, "e"), value(&r, "v")) {
            let slot = out.entry(e).or_insert_with(|| v.clone());
            if v < *slot {
                *slot = v;
            }
        }
    }
    Ok(out)
}

pub fn value(row: &QuerySolution, var: &str) -> Option<String> {
    row.get(var).map(|t| match t {
        Term::NamedNode(n) => n.as_str().to_owned(),
        Term::Literal(l) => l.value().to_owned(),
        Term::BlankNode(b) => b.to_string(),
    })
}
