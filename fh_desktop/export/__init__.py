"""Exporters: plain domain data in, a file out. No Qt, no database."""
