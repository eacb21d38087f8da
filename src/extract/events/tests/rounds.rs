//! Constructions found on the evaluation sets of the later rounds (tests/eval18 to
//! tests/eval21), each shown on invented names.

use super::*;

/// tests/eval18's errors, on invented names: the noun before a dated name is the
/// episode, a finite verb ends a noun phrase, a when-clause's subject may run long.
#[test]
fn issue12_eval18_heads_before_dated_names_and_verbs_inside_phrases() {
    assert_eq!(
        strong("Nor does it recall the timber concession granted to Holloway in Verania in 1931, a million acres.", false),
        ["timber concession granted to Holloway in Verania in 1931"]
    );
    assert_eq!(
        strong("It forgets the reclamation for the Pelham Arts Centre in the late 1960s, which began it.", false),
        ["reclamation for the Pelham Arts Centre in the late 1960s"]
    );
    let f = strong("It forgets the shooting at Varneck in 2009, when a police operation against a Tessin and Oluma river blockade left thirty dead.", false);
    assert_eq!(f, ["shooting at Varneck in 2009"]);
    let f = strong("Nor does it recall the Ostrava weir, whose reservoir began filling in 2019 and cut the flow.", false);
    assert_eq!(f, ["Ostrava weir"]);
    // The people of a place are no episode's head.
    let f = strong(
        "It forgets the farmers of Varneck in 2009, who sold.",
        false,
    );
    assert!(f.iter().all(|n| !n.contains("farmers")), "{f:?}");
}

/// tests/eval19's errors, on invented names.
#[test]
fn issue12_eval19_clauses_chains_and_names_that_are_no_episodes() {
    // A participle before "when", a preposition before "which".
    assert_eq!(
        strong("It says nothing of the Tarro villages drowned when Lake Velm was filled in 1913, nor of the Osca dam, for which Wenu communities were moved in the 1970s.", false),
        ["Tarro villages", "Osca dam"]
    );
    // Dates between two years, or a participle's after a comma; chains of phrases.
    assert_eq!(
        strong("It forgets the lead smelter at Brava, closed in 1994 and still poisoning children, and who were held at the Pell Island labour camp between 1905 and 1907.", false),
        ["lead smelter at Brava", "Pell Island labour camp between 1905 and 1907"]
    );
    assert_eq!(
        strong("Nor does it remember the cyanide spill from the Tamu gold mine into the Orra River in 1995, after which the miners paid little.", false),
        ["cyanide spill from the Tamu gold mine into the Orra River in 1995"]
    );
    // Without a comma a participle is a verb or a thing's making.
    assert!(strong("The Velm City council banned in 2007 the spraying.", false).is_empty());
    assert!(strong(
        "They live in line rooms built in the nineteenth century.",
        false
    )
    .is_empty());
    // No -ism inside an organisation's name; no river as an episode; no pronoun.
    assert!(strong(
        "It serves the Ministry of Environment, Forestry and Tourism, which approved it.",
        false
    )
    .is_empty());
    assert!(strong(
        "The Orra fire also poisoned a river, and the Severn took a decade to recover.",
        true
    )
    .iter()
    .all(|n| n != "Severn"));
    assert!(strong(
        "It says nothing of the 2023 ruling of the Velm Land Court in Isiolo, which found that.",
        false
    )
    .iter()
    .all(|n| !n.contains("nothing")));
}

/// tests/eval20's errors, on invented names: a word between a participle and its date;
/// a participle's clause is no noun phrase; two years date only a definite phrase.
#[test]
fn issue12_eval20_participle_dates_and_indefinite_phrases() {
    assert_eq!(
        strong("Nor does it recall the Tamsk dam, finished upstream in 1980, whose reservoir moved villages.", false),
        ["Tamsk dam"]
    );
    let f = strong("It forgets the road gangs of the occupation, when peasants were forced to build roads between 1915 and 1918.", false);
    assert!(f.iter().all(|n| !n.contains("roads")), "{f:?}");
}

/// tests/eval21's errors, on invented names: "whose" opens an episode's clause; what
/// the clause says is the same episode unless it is named; people and places own.
#[test]
fn issue12_eval21_whose_clauses_and_descriptions() {
    assert_eq!(
        strong("Nor does it recall the Orsk dam, whose reservoir moved people to the resettlement scheme at Vela in 1998, where many have no land, or the Tamm dam, finished in 2015.", false),
        ["Orsk dam", "Tamm dam"]
    );
    assert_eq!(
        strong("It ignores the card marketing on campuses in the 1990s, when issuers gave out shirts until the Velm Act of 2009 restricted them.", false),
        ["card marketing on campuses in the 1990s", "Velm Act of 2009"]
    );
    assert!(strong(
        "It omits that the Tessaru people whose land it is have not consented.",
        false
    )
    .is_empty());
}
