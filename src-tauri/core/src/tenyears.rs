//! ten years
