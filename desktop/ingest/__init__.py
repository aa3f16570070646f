"""Reading reports (text and PDF), repairing extraction damage and splitting them by a report profile."""
