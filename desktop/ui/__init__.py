"""The PySide6 application. Every Qt import of Excerpta lives under this package."""
