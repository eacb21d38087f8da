//! Issue 16: one convention for output, help that teaches, completions and man pages,
//! and commands that say what to do on an empty store or an unknown story.

use crate::env::{stories, Env};
use crate::servers::acst_serve;
use std::process::Command;

fn acst() -> Command {
    Command::new(env!("CARGO_BIN_EXE_acst"))
}

/// The subcommands `acst --help` lists.
fn subcommands() -> Vec<String> {
    let out = acst().arg("--help").output().unwrap();
    let help = String::from_utf8_lossy(&out.stdout).into_owned();
    help.split("Commands:")
        .nth(1)
        .unwrap()
        .split("\n\n")
        .next()
        .unwrap()
        .lines()
        // A command's line starts with two spaces; its wrapped description with more.
        .filter(|l| l.starts_with("  ") && !l.starts_with("   "))
        .filter_map(|l| l.split_whitespace().next().map(str::to_owned))
        .filter(|c| c != "help")
        .collect()
}

#[test]
fn issue16_every_data_printing_command_takes_format_json() {
    let env = Env::new();
    let ingest = env.json(&["ingest", stories().to_str().unwrap(), "--format", "json"]);
    assert!(ingest["added"].as_u64().unwrap() > 20, "{ingest}");
    let xref = env.json(&["xref", "--format", "json"]);
    assert!(xref["cross_references"].as_u64().unwrap() > 0, "{xref}");
    let story = "CoreWeave’s $20B";
    for args in [
        vec!["validate", "--format", "json"],
        vec!["stats", "--format", "json"],
        vec!["show", story, "--format", "json"],
        vec!["related", story, "--format", "json"],
        vec!["shared", story, "--format", "json"],
        vec!["patterns", "--format", "json"],
        vec!["entities", "--format", "json"],
        vec!["query", "ASK { ?s ?p ?o }", "--format", "json"],
        vec![
            "update",
            "INSERT DATA { GRAPH <urn:x> { <urn:a> <urn:b> 1 } }",
            "--format",
            "json",
        ],
        vec!["export", "--format", "cyjs"],
    ] {
        env.json(&args);
    }
    // CSV where it fits.
    for args in [
        vec!["validate", "--format", "csv"],
        vec!["related", story, "--format", "csv"],
        vec!["patterns", "--format", "csv"],
        vec![
            "query",
            "SELECT ?s ?t WHERE { ?s a cognio:Review ; schema:name ?t } LIMIT 2",
            "--format",
            "csv",
        ],
    ] {
        let out = env.ok(&args);
        assert!(out.lines().next().unwrap().contains(','), "{args:?}: {out}");
    }
    // The old flag still works, hidden, for one release.
    env.json(&["validate", "--json"]);
    env.json(&["shared", story, "--json"]);
    let again = env.json(&["ingest", stories().to_str().unwrap(), "--json"]);
    assert_eq!(again["added"], 0);
    // The reader is chosen with --reader now.
    let err = env.fails(&["ingest", "--reader", "layout-z", "x.txt"]);
    assert!(err.contains("layout-a"), "{err}");
}

#[test]
fn issue16_push_and_pull_take_format_json() {
    let src = Env::with_corpus();
    let server = acst_serve(&src.path("store"), &[]);
    let dst = Env::new();
    let pulled = dst.json(&[
        "pull",
        "--endpoint",
        &server.url("/query"),
        "--graph-store",
        &server.url("/store"),
        "--format",
        "json",
    ]);
    assert!(pulled["graphs"].as_u64().unwrap() > 20, "{pulled}");
    drop(server);
    let token = dst.path("token");
    std::fs::write(&token, "push-token-0123456789\n").unwrap();
    let target = Env::new();
    target.ok(&["ingest", stories().to_str().unwrap()]);
    let server = acst_serve(
        &target.path("store"),
        &["--writable", "--token-file", token.to_str().unwrap()],
    );
    let pushed = dst.json(&[
        "push",
        "--endpoint",
        &server.url("/query"),
        "--graph-store",
        &server.url("/store"),
        "--token",
        "push-token-0123456789",
        "--format",
        "json",
    ]);
    assert_eq!(pushed["graphs"], pulled["graphs"], "{pushed}");
}

#[test]
fn issue16_every_command_help_shows_an_example() {
    let commands = subcommands();
    assert!(commands.len() >= 17, "{commands:?}");
    for c in &commands {
        let out = acst().args([c.as_str(), "--help"]).output().unwrap();
        let help = String::from_utf8_lossy(&out.stdout);
        let examples = help.split("Examples:").nth(1).unwrap_or("");
        assert!(
            examples.contains(&format!("acst {c}")) || examples.contains(&format!(" {c} ")),
            "`acst {c} --help` shows no example:\n{help}"
        );
    }
}

#[test]
fn issue16_completions_and_man_pages_are_generated_and_parse() {
    let dir = tempfile::tempdir().unwrap();
    for shell in ["bash", "zsh", "fish", "powershell", "elvish"] {
        let out = acst().args(["completions", shell]).output().unwrap();
        assert!(out.status.success() && out.stdout.len() > 1000, "{shell}");
        if shell == "bash" {
            let file = dir.path().join("acst.bash");
            std::fs::write(&file, &out.stdout).unwrap();
            let check = Command::new("bash").arg("-n").arg(&file).output().unwrap();
            assert!(
                check.status.success(),
                "{}",
                String::from_utf8_lossy(&check.stderr)
            );
            let text = String::from_utf8_lossy(&out.stdout);
            assert!(text.contains("--reader") && text.contains("completions"));
        }
    }
    let man = acst().arg("man").output().unwrap();
    assert!(man.status.success());
    let page = dir.path().join("acst.1");
    std::fs::write(&page, &man.stdout).unwrap();
    // groff reads the page and reports any malformed request as a warning.
    let render = Command::new("groff")
        .args(["-man", "-Kutf8", "-Tutf8", "-ww", "-z"])
        .arg(&page)
        .output()
        .unwrap();
    assert!(render.status.success());
    assert!(
        render.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&render.stderr)
    );
    let pages = dir.path().join("man1");
    let out = acst().args(["man", "--dir"]).arg(&pages).output().unwrap();
    assert!(out.status.success());
    for c in subcommands() {
        assert!(
            pages.join(format!("acst-{c}.1")).is_file(),
            "no page for {c}"
        );
    }
}

#[test]
fn issue16_an_empty_store_and_an_unknown_story_say_what_to_do() {
    let env = Env::with_corpus();
    let err = env.fails(&["related", "Coreweave debt binj"]);
    assert!(
        err.contains("closest titles") && err.contains("54dc73205936c8a3"),
        "{err}"
    );
    let empty = Env::new();
    empty.run(&[
        "update",
        "INSERT DATA { GRAPH <urn:x> { <urn:a> <urn:b> 1 } }",
    ]);
    for args in [
        vec!["patterns"],
        vec!["stats"],
        vec!["query", "SELECT * WHERE { ?s a cognio:Review }"],
    ] {
        let out = empty.run(&args);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(
            stderr.contains("holds no stories yet") && stderr.contains("acst ingest"),
            "{args:?}: {stderr}"
        );
    }
    assert!(empty
        .fails(&["related", "anything"])
        .contains("no stories yet"));
}
