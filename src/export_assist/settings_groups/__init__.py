"""Groups of the settings tree, by area; `export_assist.settings` holds the root and
re-exports every group, so callers import from there."""
