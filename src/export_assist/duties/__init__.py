"""Import duties: the UK Trade Tariff API adapter (off unless enabled) and official links."""
