"""Evaluation harness: datasets (JSONL), metrics with pure scorers, runners, reports."""
