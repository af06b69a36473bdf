"""Benchmarks and their corpus generator (not collected by default test runs)."""
