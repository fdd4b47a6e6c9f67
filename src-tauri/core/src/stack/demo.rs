//! Stacks and speeches for `plenary demo`.
