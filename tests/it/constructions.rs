//! Issue 12: organisations, episodes and themes found by construction, each rule shown on
//! invented names that no list holds, so that a rule, not a row, makes the test pass.

use crate::env::Env;
use std::collections::BTreeSet;
use std::path::PathBuf;

/// Issue 12: organisations and episodes found by construction, on invented names that
/// no list holds: several beneficiaries of one verb, staff of an employer, a lower-camel
/// brand, a government "of" a place, a name carried across "and" by its head, a known
/// company inside an episode's phrase, episodes dated by a period or placed by "for".
#[test]
fn issue12_names_and_episodes_by_construction() {
    let env = Env::new();
    let page = env.path("constructions.txt");
    std::fs::write(
        &page,
        "tech//2026-05-02//Fortune//High omission
#test
Kelvark Pays Its Couriers by the Minute
Original framing: “Couriers welcome flexible pay” — Fortune
Structural correction
The coverage omits that pay at Velloria is set by the minute, and that Brackmoor and Ostrell executives met in private. It ignores the medieval sale of indulgences, the relocations for the Harrowgate Dam, where thousands of families were moved for power sent elsewhere, and the Amazon rubber boom, which ended when plantations undercut it. The couriers are not quoted.
Misrepresentation 6/10
Flexibility is reported; the clock is not.
Power-Knowledge Audit
The framing was produced by Fortune for an audience of investors. It serves Quillfen and Tarrow, whose apps set the rates, and its subsidiary kiraCare, and it obscures the permits granted by the provincial government of Duvessa and the objections of the National Guild of Couriers and Dispatchers.
The 8 Epistemic Lenses
Historical Parallels Signal: 70%
Piece rates were always a faster clock.
Cogniosynthesis — Systems-Level Conclusion
Pay by the minute is a piece rate. The government of Duvessa should publish the rates.
🔗
",
    )
    .unwrap();
    env.ok(&["ingest", page.to_str().unwrap()]);
    let v = env.json(&["show", page.to_str().unwrap(), "--format", "json"]);
    let names = |key: &str| -> BTreeSet<String> {
        v[key]
            .as_array()
            .unwrap()
            .iter()
            .map(|x| x["name"].as_str().unwrap().to_owned())
            .collect()
    };
    let actors = names("actors");
    for want in [
        "Velloria",
        "Brackmoor",
        "Ostrell",
        "Quillfen",
        "Tarrow",
        "kiraCare",
        "Provincial Government of Duvessa",
        "National Guild of Couriers and Dispatchers",
    ] {
        assert!(actors.contains(want), "{want} missing from {actors:?}");
    }
    assert!(
        !actors.contains("Amazon"),
        "an episode's word is no actor: {actors:?}"
    );
    assert!(!actors.contains("Dispatchers"), "{actors:?}");
    let parallels = names("parallels");
    for want in [
        "sale of indulgences",
        "Harrowgate Dam relocations",
        "Amazon rubber boom",
    ] {
        assert!(
            parallels.iter().any(|p| p.contains(want)),
            "{want} missing from {parallels:?}"
        );
    }
}

/// Issue 12, found on tests/eval7: the constructions that set eval7's actors apart, on
/// invented names: a name listed after "and the <descriptor>", compound descriptors
/// ("bookmaker"), a descriptor after an acronym, a parent named before "subsidiary", a
/// plural possessive before an organisation noun, a mixed-case short form in brackets,
/// a lower-case legal form; a people named by a demonym is no organisation.
#[test]
fn issue12_eval7_constructions() {
    let env = Env::new();
    let page = env.path("constructions7.txt");
    std::fs::write(
        &page,
        "tech//2026-09-02//Fortune//High omission
#test
Kelvark Sets the Pace
Original framing: “Pace rises” — Fortune
Structural correction
The coverage omits that applicants who are Nubian and Somali Kenyans wait for years. Workers are not quoted.
Misrepresentation 6/10
The pace is reported; the injuries are not.
Power-Knowledge Audit
The framing was produced by Fortune for an audience of investors. It serves Dravello and the grid operator Munsk, whose platform sets the pace, and the bookmaker Pellarin Entertainment, and the software vendor Quorrel, a Brannock subsidiary, and Telpra plc, and it obscures the Federal Gridding Agency (BGridA) and the Kelvin Workers' Movement (KWM).
Cogniosynthesis — Systems-Level Conclusion
The BGridA should act, and the VTUF trade union federation should be heard.
🔗
",
    )
    .unwrap();
    env.ok(&["ingest", page.to_str().unwrap()]);
    let v = env.json(&["show", page.to_str().unwrap(), "--format", "json"]);
    let actors: BTreeSet<String> = v["actors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x["name"].as_str().unwrap().to_owned())
        .collect();
    for want in [
        "Dravello",
        "Munsk",
        "Pellarin Entertainment",
        "Quorrel",
        "Brannock",
        "Telpra plc",
        "Federal Gridding Agency",
        "Kelvin Workers' Movement",
        "VTUF",
    ] {
        assert!(actors.contains(want), "{want} missing from {actors:?}");
    }
    for not in ["BGridA", "Somali Kenyans", "Movement"] {
        assert!(!actors.contains(not), "{not} in {actors:?}");
    }
}

/// Issue 12, found on tests/eval5–7: the Global South theme from a demonym in the item
/// ("a Ghanaian village"), not from one inside a name ("the Gila River Indian
/// Community"), and from where the story is set (its title) for items naming people.
#[test]
fn issue12_global_south_from_demonyms_and_the_setting() {
    let env = Env::new();
    let themes = |title: &str, missing: &str| omission_themes(&env, title, missing);
    let gs = |v: &[BTreeSet<String>]| v.iter().any(|t| t.contains("global-south"));
    assert!(gs(&themes(
        "Solar Lights Up Rural Uganda",
        "Women who run households on the systems are not quoted."
    )));
    assert!(!gs(&themes(
        "Solar Lights Up Rural Towns",
        "Women who run households on the systems are not quoted."
    )));
    assert!(gs(&themes(
        "Waste Ships Sail On",
        "It ignores the drums of chemicals left in a Ghanaian village in 1988."
    )));
    assert!(!gs(&themes(
        "Water Deals Move On",
        "It ignores the water rights of the Gila River Indian Community."
    )));
}

/// Issue 12, found on tests/eval8: numbers in names ("Rema 1000"), an organisation
/// acting in a relative clause ("X, which sells"), people leading into a name at a
/// sentence's start ("Members of the X Tribe"), a descriptor "service"; and an outlet
/// named in the header is not the body another story gave the same acronym.
#[test]
fn issue12_eval8_constructions() {
    let env = Env::new();
    let page = |name: &str, outlet: &str, body: &str| {
        let p = env.path(name);
        std::fs::write(
            &p,
            format!(
                "energy//2026-10-19//{outlet}//Medium omission
#test
{name} Rations the Grid
Original framing: “Smart charging” — {outlet}
Structural correction
{body} Members of the Vosk Tribe are not quoted.
Misrepresentation 6/10
The grid is reported.
Power-Knowledge Audit
The framing was produced by {outlet} for an audience of policy makers. It serves the grid operator Lindar, which runs the rationing, and Torvalla, which sells home charging contracts, and the chain Rema 1000, and the streaming service Quillo.
Cogniosynthesis — Systems-Level Conclusion
Rationing public chargers first puts the cost on renters.
🔗
"
            ),
        )
        .unwrap();
        p
    };
    let first = page(
        "Story One",
        "The Courier",
        "It ignores the warnings of the Nuclear Oversight Commission (NOC).",
    );
    let second = page("Story Two", "NOC", "It ignores the fares.");
    env.ok(&["ingest", first.to_str().unwrap(), second.to_str().unwrap()]);
    let v = env.json(&["show", second.to_str().unwrap(), "--format", "json"]);
    let actors: BTreeSet<(String, String)> = v["actors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| {
            (
                x["name"].as_str().unwrap().to_owned(),
                x["kind"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    let names: BTreeSet<&str> = actors.iter().map(|(n, _)| n.as_str()).collect();
    for want in ["Lindar", "Torvalla", "Rema 1000", "Quillo", "Vosk Tribe"] {
        assert!(names.contains(want), "{want} missing from {actors:?}");
    }
    assert!(
        !names.iter().any(|n| n.starts_with("Members")),
        "{actors:?}"
    );
    assert!(
        actors.contains(&("NOC".to_owned(), "outlet".to_owned())),
        "the header's outlet became another story's body: {actors:?}"
    );
}

/// The themes of each omitted item of a layout-B page with this title and What's Missing.
pub fn omission_themes(env: &Env, title: &str, missing: &str) -> Vec<BTreeSet<String>> {
    let page = env.path("gs.txt");
    std::fs::write(
        &page,
        format!(
            "energy//2026-09-21//The Courier//High omission
#test
{title}
Original framing: “Lights for all” — The Courier
Structural correction
{missing}
Misrepresentation 7/10
Connections are counted.
Power-Knowledge Audit
The framing was produced by The Courier for an audience of investors.
Cogniosynthesis — Systems-Level Conclusion
Light sold on credit is a debt.
🔗
"
        ),
    )
    .unwrap();
    env.ok(&["ingest", page.to_str().unwrap()]);
    let v = env.json(&["show", page.to_str().unwrap(), "--format", "json"]);
    v["omissions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| {
            o["themes"]
                .as_array()
                .unwrap()
                .iter()
                .map(|t| t.as_str().unwrap().to_owned())
                .collect()
        })
        .collect()
}

/// Issue 12, themes found on the training sets by construction: a people's own name
/// before a group of people ("the Vorath communities") is Indigenous knowledge, not a
/// demonym, colour or faith; a market share said with numbers is concentration of power;
/// consent over land is a people's consent, not consent to data use.
#[test]
fn issue12_themes_from_peoples_market_shares_and_land() {
    let env = Env::new();
    let has = |missing: &str, theme: &str| {
        omission_themes(&env, "Mines Expand", missing)
            .iter()
            .any(|t| t.contains(theme))
    };
    let ik = "indigenous-knowledge";
    assert!(has(
        "It omits that the Vorath communities were not consulted.",
        ik
    ));
    assert!(has(
        "It omits the Tessarine speakers, who were not asked.",
        ik
    ));
    assert!(!has(
        "It omits that Kenyan families were not consulted.",
        ik
    ));
    assert!(!has("It omits that Black families were not consulted.", ik));
    let pc = "power-concentration";
    assert!(has(
        "It omits that the four largest processors control about three quarters of the market.",
        pc
    ));
    assert!(!has(
        "It omits that injuries at the two largest depots have doubled.",
        pc
    ));
    assert!(has(
        "It omits that the Vorath people whose land it is have not consented.",
        ik
    ));
    assert!(!has(
        "It omits that the Vorath people whose land it is have not consented.",
        "data-consent"
    ));
    assert!(has(
        "It omits that the app shares messages without consent.",
        "data-consent"
    ));
}

/// A layout-B page with this title, What's Missing, closing sentences of the audit and
/// synthesis, written under the title's name in `env`.
pub fn layout_b(env: &Env, title: &str, missing: &str, audit: &str, synthesis: &str) -> PathBuf {
    let p = env.path(&format!("{title}.txt"));
    std::fs::write(
        &p,
        format!(
            "policy//2026-11-10//The Courier//Medium omission
#test
{title}
Original framing: “A reform” — The Courier
Structural correction
{missing}
Misrepresentation 6/10
Claims.
Power-Knowledge Audit
The framing was produced by The Courier for an audience of officials. {audit}
Cogniosynthesis — Systems-Level Conclusion
{synthesis}
🔗
"
        ),
    )
    .unwrap();
    p
}

/// Adds a Historical Parallels lens (60%) reading `reading` before the synthesis of a
/// [`layout_b`] page.
pub fn with_parallels_lens(page: &std::path::Path, reading: &str) {
    let text = std::fs::read_to_string(page).unwrap();
    let heading = "Cogniosynthesis — Systems-Level Conclusion";
    assert!(
        text.contains(heading),
        "not a layout_b page: {}",
        page.display()
    );
    let lens =
        format!("The 8 Epistemic Lenses\nHistorical Parallels Signal: 60%\n{reading}\n{heading}");
    std::fs::write(page, text.replace(heading, &lens)).unwrap();
}

/// Issue 12, from tests/eval10: what a body is on continues its name after the head
/// word ("Commission on Sentencing"); a day after "on" does not; Portuguese names keep
/// their connectors ("Unidos em Defesa de Covas do Barroso"); a remit listed after "for"
/// is part of the name ("Regulatory Authority for Energy, Waste and Water").
#[test]
fn issue12_eval10_a_body_on_a_subject() {
    let env = Env::new();
    let p = layout_b(
        &env,
        "A Score Advises the Board",
        "The report omits the inputs of the score.",
        "It obscures a review by the Varnholt Commission on Sentencing, which the Drellick Council met on Tuesday, and the objections of the association Amigos em Defesa do Rio Torto and of the Tessaly Authority for Energy, Waste and Water.",
        "The Varnholt Commission on Sentencing should publish the inputs.",
    );
    env.ok(&["ingest", p.to_str().unwrap()]);
    let v = env.json(&["show", p.to_str().unwrap(), "--format", "json"]);
    let names: BTreeSet<&str> = v["actors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x["name"].as_str().unwrap())
        .collect();
    assert!(
        names.contains("Varnholt Commission on Sentencing"),
        "{names:?}"
    );
    assert!(names.contains("Drellick Council"), "{names:?}");
    assert!(!names.iter().any(|n| n.contains("Tuesday")), "{names:?}");
    // Portuguese connectors inside a name.
    assert!(names.contains("Amigos em Defesa do Rio Torto"), "{names:?}");
    // A remit listed after "for", with its commas where the page has them.
    assert!(
        names.contains("Tessaly Authority for Energy, Waste and Water"),
        "{names:?}"
    );
    assert!(
        !names.contains("Waste") && !names.contains("Water"),
        "{names:?}"
    );
}

/// Issue 12, from tests/eval10: a bare organisation head ("Congress should act") is a
/// body, not an episode minted from another page that has the word in its name.
#[test]
fn issue12_eval10_a_bare_head_word_is_no_episode() {
    let env = Env::new();
    let page =
        |title: &str, missing: &str, synthesis: &str| layout_b(&env, title, missing, "", synthesis);
    let first = page(
        "Story One",
        "It ignores the Varnholt Congress of 1880, which banned the old schools.",
        "The Varnholt Congress showed who decides.",
    );
    let second = page(
        "Story Two",
        "The report omits the fees.",
        "Congress should cap the fees.",
    );
    env.ok(&["ingest", first.to_str().unwrap(), second.to_str().unwrap()]);
    let v = env.json(&["show", first.to_str().unwrap(), "--format", "json"]);
    assert_eq!(
        v["parallels"].as_array().unwrap().len(),
        1,
        "{:#}",
        v["parallels"]
    );
    let v = env.json(&["show", second.to_str().unwrap(), "--format", "json"]);
    assert!(
        v["parallels"].as_array().unwrap().is_empty(),
        "{:#}",
        v["parallels"]
    );
}

/// Issue 12, from tests/eval10: a theme the page sets aside ("… is not the frame here,
/// but …") is no theme of the item; what follows the "but" still counts.
#[test]
fn issue12_eval10_a_theme_set_aside_is_no_theme() {
    let env = Env::new();
    let themes = omission_themes(
        &env,
        "Mines Expand",
        "Indigenous knowledge is not the frame here, but the story ignores the tailings above the village.",
    );
    let all: BTreeSet<&String> = themes.iter().flatten().collect();
    assert!(!all.iter().any(|t| *t == "indigenous-knowledge"), "{all:?}");
    assert!(all.iter().any(|t| *t == "environmental-cost"), "{all:?}");
}
