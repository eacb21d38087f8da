//! Regression tests, named after the issue that reported them.
