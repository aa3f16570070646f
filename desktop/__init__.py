"""Excerpta, the desktop application. Everything outside `desktop.ui` is Qt-free."""

__version__ = "0.1.0"
