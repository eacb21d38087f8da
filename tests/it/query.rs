//! Issue 4: canned queries (golden results), formats read back by independent readers,
//! parameters and errors.
