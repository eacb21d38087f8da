//! Tells the integration tests whether the real CognioNews page is beside the project
//! (`../shared/fixtures/`): tests about it are ignored, with the reason shown, when it
//! is absent, unless ACST_REQUIRE_FIXTURE=1 (as `.ci/run` sets) makes it mandatory.
fn main() {
    const FIXTURE: &str = "../shared/fixtures/seed-softbank-openai-loan.txt";
    println!("cargo::rustc-check-cfg=cfg(acst_fixture)");
    println!("cargo::rerun-if-env-changed=ACST_REQUIRE_FIXTURE");
    println!("cargo::rerun-if-changed={FIXTURE}");
    let present = std::path::Path::new(FIXTURE).exists();
    let required = std::env::var("ACST_REQUIRE_FIXTURE").is_ok_and(|v| v == "1");
    if present || required {
        println!("cargo::rustc-cfg=acst_fixture");
    }
}
