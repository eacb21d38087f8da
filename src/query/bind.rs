//! Parameters as constants in the algebra.
//!
//! `--param story=ID` replaces `?story` by the story's IRI in every triple pattern, path,
//! template and expression of the parsed query, so the engine starts from a constant (an
//! index lookup) instead of joining everything and keeping the rows where `?story` has
//! the value. The variable is still bound, once, beside the query's own pattern, so it is
//! projected and grouped on as before. Terms are typed: nothing is spliced into text.

use oxigraph::model::{Literal, NamedNode, Term, Variable};
use spargebra::algebra::{
    AggregateExpression, Expression, GraphPattern, OrderExpression, PropertyPathExpression,
};
use spargebra::term::{GroundTerm, NamedNodePattern, TermPattern, TriplePattern};
use spargebra::Query;
use std::cell::Cell;

/// Binds `var` to `term` throughout `query`; false when the query's pattern never uses
/// `var` (a misspelt parameter, which the callers report instead of ignoring).
pub fn bind(query: &mut Query, var: &Variable, term: &Term) -> bool {
    let b = Binding {
        var,
        term,
        hits: Cell::new(0),
    };
    match query {
        Query::Select { pattern, .. }
        | Query::Ask { pattern, .. }
        | Query::Describe { pattern, .. } => b.root(pattern),
        Query::Construct {
            template, pattern, ..
        } => {
            template.iter_mut().for_each(|t| b.triple(t));
            b.root(pattern);
        }
    }
    b.hits.get() > 0
}

struct Binding<'a> {
    var: &'a Variable,
    term: &'a Term,
    /// How many places used the variable.
    hits: Cell<usize>,
}

impl Binding<'_> {
    /// The query's own pattern: substituted, and joined with the one-row binding just
    /// inside the solution modifiers and grouping, where projection and GROUP BY see it.
    fn root(&self, p: &mut GraphPattern) {
        self.top(p);
        if self.hits.get() > 0 {
            self.join_binding(p);
        }
    }

    /// Joins the one-row binding under the modifiers, grouping and projection of `p`
    /// (the query's or a subquery's that projects the variable), so that the variable
    /// has its value there, grouped on and projected as before.
    fn join_binding(&self, p: &mut GraphPattern) {
        let mut at = p;
        // Past the modifiers above the projection and the projection itself; not into a
        // subquery's projection under it, which binds the variable itself (`pattern`).
        while let GraphPattern::Distinct { inner }
        | GraphPattern::Reduced { inner }
        | GraphPattern::Slice { inner, .. } = at
        {
            at = inner;
        }
        if let GraphPattern::Project { inner, .. } = at {
            at = inner;
        }
        while let GraphPattern::Distinct { inner }
        | GraphPattern::Reduced { inner }
        | GraphPattern::Slice { inner, .. }
        | GraphPattern::OrderBy { inner, .. }
        | GraphPattern::Group { inner, .. }
        | GraphPattern::Filter { inner, .. }
        | GraphPattern::Extend { inner, .. } = at
        {
            at = inner;
        }
        let Some(ground) = ground(self.term) else {
            return;
        };
        let inner = std::mem::replace(at, GraphPattern::Bgp { patterns: vec![] });
        *at = GraphPattern::Join {
            left: Box::new(GraphPattern::Values {
                variables: vec![self.var.clone()],
                bindings: vec![vec![Some(ground)]],
            }),
            right: Box::new(inner),
        };
    }

    /// The query's own projection binds the variable whether or not it projects it: the
    /// user named it. Only subqueries may have a variable of their own by that name.
    fn top(&self, p: &mut GraphPattern) {
        match p {
            GraphPattern::Distinct { inner }
            | GraphPattern::Reduced { inner }
            | GraphPattern::Slice { inner, .. } => self.top(inner),
            GraphPattern::Project { inner, .. } => self.pattern(inner),
            _ => self.pattern(p),
        }
    }

    fn pattern(&self, p: &mut GraphPattern) {
        use GraphPattern as G;
        match p {
            G::Bgp { patterns } => patterns.iter_mut().for_each(|t| self.triple(t)),
            G::Path {
                subject,
                path,
                object,
            } => {
                self.term_pattern(subject);
                self.path(path);
                self.term_pattern(object);
            }
            G::Join { left, right }
            | G::Lateral { left, right }
            | G::Union { left, right }
            | G::Minus { left, right } => {
                self.pattern(left);
                self.pattern(right);
            }
            G::LeftJoin {
                left,
                right,
                expression,
            } => {
                self.pattern(left);
                self.pattern(right);
                if let Some(e) = expression {
                    self.expression(e);
                }
            }
            G::Filter { expr, inner } => {
                self.expression(expr);
                self.pattern(inner);
            }
            G::Graph { name, inner } => {
                self.named_node_pattern(name);
                self.pattern(inner);
            }
            G::Extend {
                inner, expression, ..
            } => {
                self.pattern(inner);
                self.expression(expression);
            }
            G::Values {
                variables,
                bindings,
            } => self.values(variables, bindings),
            G::OrderBy { inner, expression } => {
                self.pattern(inner);
                for o in expression {
                    match o {
                        OrderExpression::Asc(e) | OrderExpression::Desc(e) => self.expression(e),
                    }
                }
            }
            // A subquery that does not project the variable has a variable of its own
            // by that name: it is left alone.
            // A subquery that projects it has it bound to the value too: grouped on
            // and projected with it, as the query is (some servers lose the rows of a
            // subquery that groups on a variable its pattern no longer binds).
            G::Project { inner, variables } => {
                if variables.contains(self.var) {
                    self.pattern(inner);
                    self.join_binding(inner);
                }
            }
            G::Distinct { inner }
            | G::Reduced { inner }
            | G::Slice { inner, .. }
            | G::Service { inner, .. } => self.pattern(inner),
            G::Group {
                inner, aggregates, ..
            } => {
                self.pattern(inner);
                for (_, a) in aggregates {
                    if let AggregateExpression::FunctionCall { expr, .. } = a {
                        self.expression(expr);
                    }
                }
            }
        }
    }

    fn hit(&self) {
        self.hits.set(self.hits.get() + 1);
    }

    fn triple(&self, t: &mut TriplePattern) {
        self.term_pattern(&mut t.subject);
        self.named_node_pattern(&mut t.predicate);
        self.term_pattern(&mut t.object);
    }

    fn term_pattern(&self, t: &mut TermPattern) {
        if matches!(t, TermPattern::Variable(v) if v == self.var) {
            self.hit();
            match self.term {
                Term::NamedNode(n) => *t = TermPattern::NamedNode(n.clone()),
                Term::Literal(l) => *t = TermPattern::Literal(l.clone()),
                Term::BlankNode(_) => {}
            }
        }
    }

    fn named_node_pattern(&self, n: &mut NamedNodePattern) {
        if let (NamedNodePattern::Variable(v), Term::NamedNode(iri)) = (&*n, self.term) {
            if v == self.var {
                self.hit();
                *n = NamedNodePattern::NamedNode(iri.clone());
            }
        }
    }

    fn path(&self, _p: &mut PropertyPathExpression) {
        // Paths hold only IRIs: nothing to bind.
    }

    fn values(&self, variables: &mut Vec<Variable>, bindings: &mut Vec<Vec<Option<GroundTerm>>>) {
        let Some(col) = variables.iter().position(|v| v == self.var) else {
            return;
        };
        self.hit();
        let mine = ground(self.term);
        // Rows giving the variable another value cannot match the bound value.
        bindings.retain(|row| row[col].is_none() || row[col] == mine);
        for row in bindings.iter_mut() {
            row.remove(col);
        }
        variables.remove(col);
    }

    fn expression(&self, e: &mut Expression) {
        use Expression as E;
        match e {
            E::Variable(v) if v == self.var => {
                self.hit();
                *e = self.constant();
            }
            E::Bound(v) if v == self.var => {
                self.hit();
                *e = E::Literal(Literal::from(true));
            }
            E::NamedNode(_) | E::Literal(_) | E::Variable(_) | E::Bound(_) => {}
            E::Or(a, b)
            | E::And(a, b)
            | E::Equal(a, b)
            | E::SameTerm(a, b)
            | E::Greater(a, b)
            | E::GreaterOrEqual(a, b)
            | E::Less(a, b)
            | E::LessOrEqual(a, b)
            | E::Add(a, b)
            | E::Subtract(a, b)
            | E::Multiply(a, b)
            | E::Divide(a, b) => {
                self.expression(a);
                self.expression(b);
            }
            E::UnaryPlus(a) | E::UnaryMinus(a) | E::Not(a) => self.expression(a),
            E::In(a, list) => {
                self.expression(a);
                list.iter_mut().for_each(|x| self.expression(x));
            }
            E::If(a, b, c) => {
                self.expression(a);
                self.expression(b);
                self.expression(c);
            }
            E::Coalesce(list) | E::FunctionCall(_, list) => {
                list.iter_mut().for_each(|x| self.expression(x))
            }
            E::Exists(p) => self.pattern(p),
        }
    }

    fn constant(&self) -> Expression {
        match self.term {
            Term::NamedNode(n) => Expression::NamedNode(n.clone()),
            Term::Literal(l) => Expression::Literal(l.clone()),
            Term::BlankNode(_) => Expression::Variable(self.var.clone()),
        }
    }
}

fn ground(term: &Term) -> Option<GroundTerm> {
    match term {
        Term::NamedNode(n) => Some(GroundTerm::NamedNode(NamedNode::clone(n))),
        Term::Literal(l) => Some(GroundTerm::Literal(l.clone())),
        Term::BlankNode(_) => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bound(q: &str, var: &str, term: Term) -> String {
        let mut query = spargebra::SparqlParser::new().parse_query(q).unwrap();
        assert!(bind(&mut query, &Variable::new_unchecked(var), &term));
        query.to_string()
    }

    fn iri(s: &str) -> Term {
        NamedNode::new_unchecked(s).into()
    }

    #[test]
    fn the_value_stands_in_every_pattern_and_expression() {
        let q = bound(
            "SELECT ?story ?o WHERE { ?story <http://e/p> ?o . ?x <http://e/q> ?story FILTER(?story != ?x) }",
            "story",
            iri("http://e/s"),
        );
        assert!(q.contains("<http://e/s> <http://e/p> ?o"), "{q}");
        assert!(q.contains("?x <http://e/q> <http://e/s>"), "{q}");
        assert!(q.contains("!(<http://e/s> = ?x)"), "{q}");
        // Still projected, with its value.
        assert!(q.contains("VALUES ( ?story ) { ( <http://e/s> )  }"), "{q}");
    }

    #[test]
    fn grouping_on_the_variable_still_works_and_subqueries_keep_their_own() {
        let q = bound(
            "SELECT ?story (COUNT(*) AS ?n) WHERE { ?story ?p ?o { SELECT ?o WHERE { ?story <http://e/r> ?o } } } GROUP BY ?story",
            "story",
            iri("http://e/s"),
        );
        assert!(q.contains("<http://e/s> ?p ?o"), "{q}");
        assert!(q.contains("?story <http://e/r> ?o"), "{q}");
        assert!(q.contains("GROUP BY ?story"), "{q}");
    }

    #[test]
    fn a_subquery_that_projects_the_variable_has_it_bound_inside() {
        let q = bound(
            "SELECT ?story ?n WHERE { { SELECT ?story (COUNT(*) AS ?n) WHERE { ?story <http://e/p> ?o } GROUP BY ?story } }",
            "story",
            iri("http://e/s"),
        );
        // Inside the subquery's grouping, where its GROUP BY sees the value.
        let inner = q.find("GROUP BY").unwrap();
        let values = q.find("VALUES ( ?story )").unwrap();
        assert!(values < inner, "{q}");
        assert!(q.contains("<http://e/s> <http://e/p> ?o"), "{q}");
    }

    #[test]
    fn literals_bind_and_values_rows_that_disagree_drop() {
        let q = bound(
            "SELECT ?n WHERE { VALUES (?k ?n) { (1 \"a\") (2 \"b\") } ?s <http://e/n> ?n }",
            "k",
            Literal::from(2).into(),
        );
        assert!(q.contains("\"b\"") && !q.contains("\"a\""), "{q}");
    }

    #[test]
    fn a_variable_the_query_does_not_use_is_reported() {
        let mut query = spargebra::SparqlParser::new()
            .parse_query("SELECT ?x WHERE { ?x ?p ?o }")
            .unwrap();
        let before = query.to_string();
        assert!(!bind(
            &mut query,
            &Variable::new_unchecked("nope"),
            &iri("http://e/s")
        ));
        assert_eq!(query.to_string(), before);
    }
}
