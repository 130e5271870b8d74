"""The demo generator: organisations, coaching environments, opportunities and images of the
kind found in North Karelia, the same for the same seed.

It feeds `kuhina demo`, the association window's "Try with demo data", the screenshots and
the benchmarks. It builds domain records only (`content.generate_demo`); making workspaces
and packages of them is left to the callers, through `services/`.
"""
