"""Luoshi (落实): carry out and disclose the key tasks of a government work report."""

__version__ = "0.1.0"
