"""Outcomes of support (支援効果の見える化): events advisors record, and the figures from them."""
