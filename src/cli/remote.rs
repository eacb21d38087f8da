//! The global flags that put acst's graphs on a SPARQL server instead of the local store.

use acst::remote::{Auth, Endpoint};
use anyhow::bail;
use std::time::Duration;

/// Flags shared by every command; `--endpoint` switches from the local store to a server.
#[derive(Debug, clap::Args)]
#[command(next_help_heading = "Remote store (SPARQL server)")]
pub struct RemoteArgs {
    /// Work on a SPARQL server instead of the local store: its query endpoint, e.g.
    /// http://localhost:7878/query (Oxigraph), http://localhost:8890/sparql (Virtuoso),
    /// http://localhost:7200/repositories/acst (GraphDB), http://localhost:3030/acst/query
    /// (Fuseki).
    #[arg(long, global = true, env = "ACST_ENDPOINT", value_name = "URL")]
    endpoint: Option<String>,
    /// The server's SPARQL update endpoint, when not the query endpoint (Oxigraph:
    /// …/update, GraphDB: …/repositories/acst/statements, Fuseki: …/acst/update).
    #[arg(long, global = true, env = "ACST_UPDATE_ENDPOINT", value_name = "URL")]
    update_endpoint: Option<String>,
    /// The server's Graph Store Protocol endpoint (Oxigraph: …/store, Virtuoso:
    /// …/sparql-graph-crud-auth, Fuseki: …/acst/data). Without it graphs are written with
    /// SPARQL Update (DROP + INSERT DATA), which every server takes.
    #[arg(long, global = true, env = "ACST_GRAPH_STORE", value_name = "URL")]
    graph_store: Option<String>,
    /// User name for the server (with --password).
    #[arg(long, global = true, env = "ACST_USER")]
    user: Option<String>,
    /// Password for the server; prefer the ACST_PASSWORD variable to a flag.
    #[arg(long, global = true, env = "ACST_PASSWORD", hide_env_values = true)]
    password: Option<String>,
    /// How --user/--password are sent: basic or digest (Virtuoso's graph store).
    #[arg(
        long,
        global = true,
        env = "ACST_AUTH",
        value_enum,
        default_value = "basic"
    )]
    auth: AuthKind,
    /// Bearer token for the server (instead of a user and password).
    #[arg(long, global = true, env = "ACST_TOKEN", hide_env_values = true)]
    token: Option<String>,
    /// The server's default graph already is the union of its named graphs (Virtuoso,
    /// GraphDB, `oxigraph serve --union-default-graph`): send queries as they are.
    /// Without it acst names its graphs as default-graph-uri so that queries see the
    /// union, as they do on the local store (Oxigraph's and Fuseki's default graph is a
    /// graph of its own).
    #[arg(long, global = true, env = "ACST_SERVER_UNION", value_parser = clap::builder::BoolishValueParser::new())]
    server_union: bool,
    /// Give up on one HTTP exchange with the server after this many seconds.
    #[arg(long, global = true, default_value = "300", value_name = "SECS", value_parser = super::io::seconds)]
    http_timeout: Duration,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum AuthKind {
    Basic,
    Digest,
}

impl RemoteArgs {
    /// The endpoint the flags describe, if any.
    pub fn endpoint(&self) -> anyhow::Result<Option<Endpoint>> {
        let Some(query) = self.endpoint.clone() else {
            if self.update_endpoint.is_some() || self.graph_store.is_some() {
                bail!("--update-endpoint and --graph-store need --endpoint (the query endpoint)");
            }
            return Ok(None);
        };
        let auth = match (&self.token, &self.user, &self.password) {
            (Some(t), None, _) => Auth::Bearer(t.clone()),
            (Some(_), Some(_), _) => bail!("give either --token or --user, not both"),
            (None, Some(u), p) => {
                let (user, password) = (u.clone(), p.clone().unwrap_or_default());
                match self.auth {
                    AuthKind::Basic => Auth::Basic { user, password },
                    AuthKind::Digest => Auth::Digest { user, password },
                }
            }
            (None, None, Some(_)) => bail!("--password needs --user"),
            (None, None, None) => Auth::None,
        };
        Ok(Some(Endpoint {
            query,
            update: self.update_endpoint.clone(),
            graph_store: self.graph_store.clone(),
            auth,
            server_union: self.server_union,
            timeout: Some(self.http_timeout),
        }))
    }
}
