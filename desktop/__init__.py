"""Excerpta, the desktop application. Everything outside `desktop.ui` is Qt-free."""

__all__ = ["__version__"]

try:  # written by hatch-vcs from the git tag when the package is installed (`make` does it)
    from desktop._version import __version__
except ImportError:  # a source tree that was never installed
    __version__ = "0.0.0+unknown"
