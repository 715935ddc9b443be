"""Onward: a self-hosted companion for the days after a job rejection."""

__version__ = "0.1.0"
