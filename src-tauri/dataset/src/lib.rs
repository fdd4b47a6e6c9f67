//! Generated datasets for benchmarks and end-to-end tests, kept apart from the core's
//! rules (the app does not ship them): [`tenyears`], "ten busy years" of one assembly
//! written straight into the tables, and [`federated`], the same plus other assemblies'
//! histories imported through real signed bundles. The `plenary-dataset` binary
//! (`scripts/dataset`) writes them to a file.

pub mod federated;
pub mod tenyears;
