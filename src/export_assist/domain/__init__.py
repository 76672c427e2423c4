"""Pure models and rules: no I/O, no vendor imports."""
